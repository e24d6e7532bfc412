use super::*;
use crate::domain::Field;

#[test]
fn default_settings_are_the_engines_written_out() {
    let draft = SettingsDraft::default();
    assert_eq!(draft.base_rate, "50");
    assert_eq!(draft.hours_per_day, "5");
    assert_eq!(draft.days_per_week, "5");
    assert_eq!(draft.coefficients, ["0.2", "0.5", "1", "1.5", "2", "2"]);
    assert_eq!(draft.max_multiplier, "2");
    assert_eq!(draft.parse(), Ok(Settings::default()));
}

#[test]
fn every_bad_setting_is_reported_with_its_field() {
    let mut draft = SettingsDraft {
        base_rate: "0".into(),
        hours_per_day: "25".into(),
        days_per_week: "abc".into(),
        ..SettingsDraft::default()
    };
    draft.set_coefficient(DLevel::D3, "0.9".into());
    let errors = draft.parse().unwrap_err();
    let fields: Vec<Field> = errors.iter().map(InputError::field).collect();
    assert_eq!(
        fields,
        [
            Field::BaseRate,
            Field::HoursPerDay,
            Field::DaysPerWeek,
            Field::Coefficient(Some(DLevel::D3)),
        ]
    );
}

#[test]
fn a_missing_setting_reads_as_its_default() {
    let draft: SettingsDraft = serde_json::from_str(r#"{"base_rate":"70"}"#).unwrap();
    assert_eq!(draft.base_rate, "70");
    assert_eq!(draft.hours_per_day, "5");
    assert_eq!(draft.currency, Currency::Usd);
}

#[test]
fn the_first_run_holds_the_seed_example() {
    let projects = ProjectsDraft::default();
    let demo = projects.current().unwrap();
    assert_eq!(demo.name, "Пример из методики");
    let rows: Vec<(&str, &str, &str)> = demo
        .technologies
        .iter()
        .map(|t| (t.name.as_str(), t.min.as_str(), t.weight.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Письменный английский", "1", "0.5"),
            ("Разработка на Rust", "1", "1.0"),
            ("Разработка серверного ПО", "2", "0.8"),
        ]
    );
    let levels = LevelsDraft::default();
    assert_eq!(levels.level_text("разработка  на rust"), "3");
    assert_eq!(levels.level_text("Go"), UNSET_LEVEL);
}

#[test]
fn ids_stay_unique_even_after_a_stale_counter_is_read() {
    let mut projects = ProjectsDraft {
        next_id: 1,
        ..ProjectsDraft::default()
    };
    let id = projects.create("Новый".into());
    let mut ids: Vec<Id> = projects
        .projects
        .iter()
        .flat_map(|p| std::iter::once(p.id).chain(p.technologies.iter().map(|t| t.id)))
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count);
    assert_eq!(projects.current().unwrap().id, id);
}

#[test]
fn duplicate_copies_rows_next_to_the_source_and_delete_opens_a_neighbour() {
    let mut projects = ProjectsDraft::default();
    let demo = projects.current().unwrap().id;
    let other = projects.create("Другой".into());
    let copy = projects.duplicate(demo, "Копия".into()).unwrap();
    let order: Vec<Id> = projects.projects.iter().map(|p| p.id).collect();
    assert_eq!(order, [demo, copy, other]);
    assert_eq!(projects.current().unwrap().id, copy);
    let names = |id| {
        projects
            .get(id)
            .unwrap()
            .technologies
            .iter()
            .map(|t| t.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(copy), names(demo));
    projects.delete(copy);
    assert_eq!(projects.current().unwrap().id, other);
    projects.delete(other);
    assert_eq!(projects.current().unwrap().id, demo);
    projects.delete(demo);
    assert!(projects.current().is_none());
    assert!(projects.add_technology().is_none());
}

#[test]
fn rows_are_added_edited_and_removed_in_the_open_project() {
    let mut projects = ProjectsDraft::default();
    let row = projects.add_technology().unwrap();
    assert!(projects.edit_technology(row, |t| {
        t.name = "Go".into();
        true
    }));
    assert!(projects.name_used_elsewhere("go", 0));
    assert!(!projects.name_used_elsewhere("go", row));
    projects.remove_technology(row);
    assert_eq!(projects.current().unwrap().technologies.len(), 3);
}

#[test]
fn a_level_follows_its_technology_through_a_rename() {
    let mut levels = LevelsDraft::default();
    assert!(levels.follow_rename("Разработка на Rust", "Rust", false));
    assert_eq!(levels.level_text("Rust"), "3");
    assert!(levels.get("Разработка на Rust").is_none());
}

#[test]
fn a_level_still_used_elsewhere_is_copied_not_moved() {
    let mut levels = LevelsDraft::default();
    levels.follow_rename("Разработка на Rust", "Rust", true);
    assert_eq!(levels.level_text("Rust"), "3");
    assert_eq!(levels.level_text("Разработка на Rust"), "3");
}

#[test]
fn a_rename_onto_a_known_technology_keeps_the_developers_level_there() {
    let mut levels = LevelsDraft::default();
    levels.set_level("Go", "4".into());
    assert!(!levels.follow_rename("Разработка на Rust", "go", false));
    assert_eq!(levels.level_text("Go"), "4");
    // Nothing typed is dropped: renaming back finds the old level.
    assert_eq!(levels.level_text("Разработка на Rust"), "3");
}

#[test]
fn a_case_change_only_updates_the_spelling() {
    let mut levels = LevelsDraft::default();
    assert!(levels.follow_rename("Разработка на Rust", "разработка на RUST", false));
    assert_eq!(
        levels.get("Разработка на Rust").unwrap().name,
        "разработка на RUST"
    );
    assert!(!levels.follow_rename("x", "X", false));
}

#[test]
fn level_keys_match_the_engines_names() {
    for text in ["  Разработка   на Rust ", "RUST", "a\tb"] {
        let name = crate::domain::TechName::parse(text).unwrap();
        assert_eq!(level_key(text), name.key());
    }
}

#[test]
fn evidence_reads_its_counts_with_their_fields() {
    let draft = EvidenceDraft {
        amount: "13".into(),
        significant: "2".into(),
        large: "x".into(),
        contribution: true,
        audience: "-1".into(),
        ..EvidenceDraft::default()
    };
    let fields: Vec<Field> = draft
        .parse()
        .unwrap_err()
        .iter()
        .map(InputError::field)
        .collect();
    assert_eq!(fields, [Field::LargeProjects, Field::ContributionAudience]);
    let fine = EvidenceDraft {
        large: "1".into(),
        audience: "4".into(),
        ..draft
    };
    let evidence = fine.parse().unwrap();
    assert_eq!(evidence.large_projects.value(), 1);
    assert_eq!(evidence.contribution.unwrap().audience.value(), 4);
}

#[test]
fn stored_shapes_read_back() {
    let projects = ProjectsDraft::default();
    let json = serde_json::to_string(&projects).unwrap();
    assert_eq!(
        serde_json::from_str::<ProjectsDraft>(&json).unwrap(),
        projects
    );
    let mut levels = LevelsDraft::default();
    levels.set_evidence("Go", EvidenceDraft::default());
    let json = serde_json::to_string(&levels).unwrap();
    assert_eq!(serde_json::from_str::<LevelsDraft>(&json).unwrap(), levels);
    let settings = SettingsDraft {
        base_rate: "abc".into(),
        ..SettingsDraft::default()
    };
    let json = serde_json::to_string(&settings).unwrap();
    assert_eq!(
        serde_json::from_str::<SettingsDraft>(&json).unwrap(),
        settings
    );
}
