//! The team view's pure rules (docs/rules.md#team): reading members' export files, the same
//! person twice, and the aggregation, with laws over generated teams.

use std::sync::Arc;

use grades::catalog::format::CsvSeparator;
use grades::catalog::{Grade, Item, Profession, SkillGroup};
use grades::state::calculator::SettingsDraft;
use grades::state::persistence::StorageKey;
use grades::state::team::{
    Cell, CsvColumn, KeptTeam, Member, MemberError, MemberEstimate, ProjectOutcome, SortColumn,
    Team, members_csv, overview, read_member, sort_rows,
};
use grades::state::transfer::{FORMAT, ImportError, build_export, check_size, parse_import};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::support::catalog;

/// An export file holding these keys' data (each wrapped in its version-1 envelope).
fn export(keys: &[(&str, Value)], exported_at: &str) -> String {
    let keys: serde_json::Map<String, Value> = keys
        .iter()
        .map(|(name, data)| ((*name).to_owned(), json!({"v": 1, "data": data})))
        .collect();
    json!({
        "format": FORMAT,
        "format_version": 1,
        "app_version": "0.1.0",
        "exported_at": exported_at,
        "keys": keys,
    })
    .to_string()
}

fn person(name: &str, profession: &str, ticks: &[String]) -> String {
    export(
        &[
            (
                "grades.profile",
                json!({"name": name, "profession": profession, "current_grade": "junior", "target_grade": "middle"}),
            ),
            ("grades.assessment", json!({"ticked": ticks})),
        ],
        "2026-11-22T09:30:00.000Z",
    )
}

fn keys_of(profession: &str, grade: &str) -> Vec<String> {
    catalog()
        .profession(profession)
        .unwrap()
        .grade_items(grade)
        .map(|item| item.key())
        .collect()
}

#[test]
fn a_members_file_reads_as_the_profile_import_reads_it() {
    let mut ticks = keys_of("python-developer", "junior");
    ticks.push("python-developer/junior/no-such/1".into());
    let text = export(
        &[
            (
                "grades.profile",
                json!({"name": " Анна ", "profession": "python-developer", "current_grade": "junior", "target_grade": "middle"}),
            ),
            ("grades.assessment", json!({"ticked": ticks})),
            (
                "grades.evidence",
                json!({"items": {"python-developer/junior/soft/1": {"note": "led the retro"}}}),
            ),
            (
                "grades.projects",
                json!({"projects": [{"id": 1, "name": "Пример", "technologies": [
                {"id": 2, "name": "English", "min": "1", "weight": "0.5"},
                {"id": 3, "name": "Rust", "min": "1", "weight": "1.0"},
                {"id": 4, "name": "server development", "min": "2", "weight": "0.8"}
            ]}], "current": 1, "next_id": 5}),
            ),
            (
                "grades.levels",
                json!({
                    "english": {"name": "English", "level": "1"},
                    "rust": {"name": "Rust", "level": "3"},
                    "server development": {"name": "server development", "level": "2"}
                }),
            ),
        ],
        "2026-11-22T09:30:00.000Z",
    );
    let member = read_member("anna.json", &text).unwrap();
    assert_eq!(member.name(), "Анна");
    assert_eq!(member.file, "anna.json");
    assert_eq!(member.evidence.len(), 1);
    assert_eq!(member.projects.len(), 1);

    let view = overview(
        std::slice::from_ref(&member),
        catalog(),
        &SettingsDraft::default(),
    );
    let row = &view.rows[0];
    assert_eq!(row.estimate.grade_id(), "junior");
    assert_eq!(row.progress.map(|p| (p.ticked, p.total)), Some((10, 20)));
    match &row.projects[0].outcome {
        ProjectOutcome::Eligible {
            q, level, hourly, ..
        } => {
            assert_eq!(q.to_string(), "2.22");
            assert_eq!(level.to_string(), "D2");
            assert_eq!(hourly.min.to_string(), "55.50");
            assert_eq!(hourly.max.to_string(), "100.00");
        }
        other => panic!("the seed's example is eligible, got {other:?}"),
    }
    // The lead's settings, not the member's: a higher base rate raises the band.
    let lead = SettingsDraft {
        base_rate: "100".into(),
        ..SettingsDraft::default()
    };
    let view = overview(std::slice::from_ref(&member), catalog(), &lead);
    match &view.rows[0].projects[0].outcome {
        ProjectOutcome::Eligible { hourly, .. } => assert_eq!(hourly.max.to_string(), "200.00"),
        other => panic!("{other:?}"),
    }
    let broken = SettingsDraft {
        base_rate: "-1".into(),
        ..SettingsDraft::default()
    };
    let view = overview(std::slice::from_ref(&member), catalog(), &broken);
    assert_eq!(view.rows[0].projects[0].outcome, ProjectOutcome::NoSettings);

    // The tick on an item this browser lacks is kept, under its profession.
    assert_eq!(view.unknown.len(), 1);
    assert!(view.unknown[0].known_profession);
    assert_eq!(
        view.unknown[0].items[0].key,
        "python-developer/junior/no-such/1"
    );
    let heat = view
        .professions
        .iter()
        .find(|p| p.id == "python-developer")
        .unwrap();
    let first = heat
        .items
        .iter()
        .find(|i| i.key == "python-developer/junior/soft/1")
        .unwrap();
    assert_eq!(first.cells, vec![Cell::Evidence]);
    assert_eq!(heat.nobody().count(), 30);
    assert_eq!(heat.single().count(), 10);
}

#[test]
fn bad_files_get_the_import_reason() {
    let reason = |text: &str| read_member("x.json", text).unwrap_err();
    assert!(matches!(
        reason("{broken"),
        MemberError::Import(ImportError::NotJson { .. })
    ));
    assert_eq!(
        reason("[1,2]"),
        MemberError::Import(ImportError::NotAnExport)
    );
    assert_eq!(
        reason(r#"{"format":"grades-export","format_version":9,"keys":{}}"#),
        MemberError::Import(ImportError::NewerFormat { found: 9 })
    );
    assert!(matches!(
        reason(&export(&[("grades.profile", json!({"name": 5}))], "t")),
        MemberError::Import(ImportError::BadData {
            key: StorageKey::Profile,
            ..
        })
    ));
    // A team kept by a lead never travels in an export, so a file carrying one is refused.
    assert_eq!(
        reason(&export(&[("grades.team", json!({"members": []}))], "t")),
        MemberError::Import(ImportError::UnknownKey("grades.team".into()))
    );
    assert_eq!(
        check_size(5_000_000.0),
        Err(ImportError::TooLarge { size: 5_000_000 })
    );
}

#[test]
fn an_older_file_without_envelopes_still_reads() {
    let text = json!({
        "format": FORMAT,
        "format_version": 1,
        "keys": {
            "grades.profile": {"name": "Old", "profession": "no-such-profession", "current_grade": "guru"},
            "grades.assessment": {"ticked": ["no-such-profession/guru/x/1"]}
        }
    })
    .to_string();
    let member = read_member("old.json", &text).unwrap();
    let view = overview(
        std::slice::from_ref(&member),
        catalog(),
        &SettingsDraft::default(),
    );
    let row = &view.rows[0];
    assert_eq!(row.estimate, MemberEstimate::UnknownProfession);
    assert_eq!(row.estimate.grade_id(), "");
    assert_eq!(
        row.current
            .as_ref()
            .map(|g| (g.id.as_str(), g.title.clone())),
        Some(("guru", None))
    );
    assert_eq!(view.unknown[0].profession_id, "no-such-profession");
    assert!(!view.unknown[0].known_profession);
    assert!(view.professions.is_empty());
}

#[test]
fn the_same_person_twice_counts_once_and_the_newer_file_stays() {
    let older = person("Анна", "python-developer", &[]);
    let newer = export(
        &[(
            "grades.profile",
            json!({"name": "анна", "profession": "python-developer"}),
        )],
        "2026-11-23T09:30:00.000Z",
    );
    let other_profession = person("Анна", "python-backend", &[]);
    let mut team = Team::default();
    team.add(read_member("a1.json", &older).unwrap());
    team.add(read_member("b.json", &other_profession).unwrap());
    team.add(read_member("a2.json", &newer).unwrap());
    team.add(read_member("a1-again.json", &older).unwrap());
    assert_eq!(team.members().len(), 2);
    assert_eq!(team.members()[0].file, "a2.json");
    assert_eq!(team.duplicates().len(), 2);
    assert_eq!(team.duplicates()[0].kept, "a2.json");
    assert_eq!(team.duplicates()[0].dropped, "a1.json");
    assert_eq!(team.duplicates()[1].dropped, "a1-again.json");

    // Two members without a name are two people, told apart by file.
    let mut team = Team::default();
    team.add(read_member("x.json", &person("", "python-developer", &[])).unwrap());
    team.add(read_member("y.json", &person(" ", "python-developer", &[])).unwrap());
    assert_eq!(team.members().len(), 2);

    let kept = team.to_kept();
    assert_eq!(Team::from_kept(kept).members().len(), 2);
}

#[test]
fn a_profession_a_file_carries_is_offered_and_then_known() {
    let own = Profession {
        id: "team-backend".into(),
        name: "Бэкенд команды".into(),
        grades: vec![Grade {
            id: "junior".into(),
            title: "Junior".into(),
            groups: vec![SkillGroup {
                id: "hard".into(),
                items: vec![Item {
                    id: "1".into(),
                    text: "SQL".into(),
                }],
                ..SkillGroup::default()
            }],
            ..Grade::default()
        }],
        ..Profession::default()
    };
    let text = export(
        &[
            (
                "grades.profile",
                json!({"name": "Борис", "profession": "team-backend"}),
            ),
            (
                "grades.assessment",
                json!({"ticked": ["team-backend/junior/hard/1"]}),
            ),
            ("grades.matrices", json!({"professions": [own]})),
        ],
        "t",
    );
    let member = read_member("b.json", &text).unwrap();
    let before = overview(
        std::slice::from_ref(&member),
        catalog(),
        &SettingsDraft::default(),
    );
    assert_eq!(before.offers.len(), 1);
    assert_eq!(before.unknown[0].name.as_deref(), Some("Бэкенд команды"));
    assert_eq!(before.unknown[0].items[0].text.as_deref(), Some("SQL"));

    let with_it = catalog().with_own([Arc::new(own)]);
    let after = overview(
        std::slice::from_ref(&member),
        &with_it,
        &SettingsDraft::default(),
    );
    assert!(after.offers.is_empty() && after.unknown.is_empty());
    assert_eq!(after.rows[0].estimate.grade_id(), "junior");
    assert_eq!(after.professions[0].items[0].holders, 1);
}

#[test]
fn the_kept_team_is_not_the_users_own_data() {
    let stored: Vec<(StorageKey, Option<String>)> = StorageKey::ALL
        .into_iter()
        .map(|key| {
            let raw = match key {
                StorageKey::Language => r#"{"v":1,"data":"en"}"#,
                _ => r#"{"v":1,"data":{}}"#,
            };
            (key, Some(raw.to_owned()))
        })
        .collect();
    let text = build_export(&stored, "t");
    assert!(!text.contains("grades.team"));
    let file = parse_import(&text).unwrap();
    assert!(file.entries.iter().all(|(key, _)| *key != StorageKey::Team));
    assert!(!StorageKey::Team.is_exported());
    assert_eq!(StorageKey::EXPORTED.len() + 1, StorageKey::ALL.len());
    let kept: KeptTeam = serde_json::from_str(r#"{"members":[{"file":"a.json"}]}"#).unwrap();
    assert_eq!(kept.members[0].file, "a.json");
}

#[test]
fn the_csv_has_a_bom_and_the_separator_of_the_language() {
    let member = read_member("a.json", &person("Анна; Ли", "python-developer", &[])).unwrap();
    let view = overview(&[member], catalog(), &SettingsDraft::default());
    let header = [
        "Имя",
        "Файл",
        "Профессия",
        "Текущий",
        "Цель",
        "Оценка",
        "Прогресс",
        "Проекты",
    ];
    let cell = |row: &grades::state::team::MemberRow, column| match column {
        CsvColumn::Name => row.name.clone(),
        _ => String::new(),
    };
    let text = members_csv(&view.rows, header, cell, CsvSeparator::Semicolon);
    assert!(text.starts_with("\u{feff}Имя;Файл;"));
    assert!(text.contains("\r\n\"Анна; Ли\";;"));
}

#[test]
fn rows_sort_by_estimate_with_no_estimate_first() {
    let all = keys_of("python-developer", "junior");
    let files = [
        person("Вера", "python-developer", &all),
        person("Анна", "python-developer", &[]),
        person("Глеб", "no-such", &[]),
    ];
    let members: Vec<Member> = files
        .iter()
        .map(|text| read_member("f.json", text).unwrap())
        .collect();
    let mut rows = overview(&members, catalog(), &SettingsDraft::default()).rows;
    sort_rows(&mut rows, SortColumn::Estimate, false);
    let names: Vec<_> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Глеб", "Анна", "Вера"]);
    sort_rows(&mut rows, SortColumn::Name, true);
    let names: Vec<_> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Глеб", "Вера", "Анна"]);
}

/// A generated member: a name out of a few (so some repeat), a profession out of a few (one
/// unknown here, one without items), and ticks out of the profession's items.
fn member_strategy() -> impl Strategy<Value = Member> {
    let professions = [
        "python-developer",
        "python-backend",
        "python-qa-automation",
        "elsewhere",
    ];
    (
        0..4_usize,
        0..4_usize,
        proptest::collection::vec(any::<bool>(), 40),
        any::<bool>(),
    )
        .prop_map(move |(name, profession, picks, evidence)| {
            let id = professions[profession];
            let keys: Vec<String> = match catalog().profession(id) {
                Some(p) => p.items().map(|i| i.key()).collect(),
                None => (0..10).map(|n| format!("{id}/junior/hard/{n}")).collect(),
            };
            let ticks: Vec<String> = keys
                .iter()
                .zip(&picks)
                .filter(|(_, pick)| **pick)
                .map(|(key, _)| key.clone())
                .collect();
            let mut text = person(["Анна", "Борис", "Вера", "Глеб"][name], id, &ticks);
            if evidence {
                text = text.replace(
                    "\"keys\":{",
                    "\"keys\":{\"grades.evidence\":{\"v\":1,\"data\":{\"items\":{}}},",
                );
            }
            read_member(&format!("{name}-{profession}.json"), &text).unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn team_laws(members in proptest::collection::vec(member_strategy(), 0..12)) {
        let loaded = members.len();
        let mut team = Team::default();
        for member in members {
            team.add(member);
        }
        let members = team.members();
        // Duplicates are counted once: every identity once, and nothing lost or invented.
        let mut identities: Vec<_> = members.iter().map(Member::identity).collect();
        identities.sort();
        identities.dedup();
        prop_assert_eq!(identities.len(), members.len());
        prop_assert_eq!(members.len() + team.duplicates().len(), loaded);

        let view = overview(members, catalog(), &SettingsDraft::default());
        prop_assert_eq!(view.rows.len(), members.len());
        for profession in &view.professions {
            for item in &profession.items {
                prop_assert!(item.holders <= members.len());
                prop_assert!(item.holders <= profession.members.len());
                prop_assert_eq!(item.cells.len(), profession.members.len());
            }
        }
        // The distributions cover exactly the members whose profession is assessable here.
        let assessable = view
            .rows
            .iter()
            .filter(|r| matches!(r.estimate, MemberEstimate::BelowFirst | MemberEstimate::Reached(_)))
            .count();
        let distributed: usize = view
            .professions
            .iter()
            .filter_map(|p| p.distribution.as_ref())
            .map(|d| d.total())
            .sum();
        prop_assert_eq!(distributed, assessable);
        // No tick is dropped: each is in a heatmap or under an unknown matrix.
        for (index, member) in members.iter().enumerate() {
            for key in member.ticks.ticked_keys() {
                let shown = view.professions.iter().any(|p| {
                    p.members.iter().position(|m| *m == index).is_some_and(|at| {
                        p.items.iter().any(|i| i.key == key && i.cells[at] != Cell::Not)
                    })
                }) || view.unknown.iter().any(|u| {
                    u.items.iter().any(|i| i.key == key && i.holders.contains(&index))
                });
                prop_assert!(shown, "{} of member {} is not shown", key, index);
            }
        }
    }

    #[test]
    fn no_text_makes_reading_a_member_panic(text in "\\PC{0,200}") {
        let _ = read_member("any.json", &text);
    }
}
