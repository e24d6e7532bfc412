//! Proptest laws of the share payload (docs/formats.md#payload) and the calculator's stored shapes.

use std::collections::BTreeSet;

use crate::support::decimal;
use grades::domain::{
    BaseRate, Coefficient, Coefficients, Currency, DaysPerWeek, HoursPerDay, MaxMultiplier,
    Requirement, Requirements, Settings, TechLevel, TechName, Weight,
};
use grades::state::calculator::share::{SharedProject, decode, encode};
use grades::state::calculator::{
    EvidenceDraft, LevelsDraft, ProjectsDraft, SettingsDraft, base64url, level_key,
};
use proptest::prelude::*;

const CASES: u32 = 500;

fn settings() -> impl Strategy<Value = Settings> {
    (
        1_i64..=100_000_000,
        0_usize..3,
        1_i64..=2400,
        1_i64..=700,
        prop::collection::vec(1_i64..=20_000, 6),
        100_i64..=10_000,
    )
        .prop_map(
            |(base, currency, hours, days, mut coefficients, multiplier)| {
                coefficients.sort_unstable();
                let coefficients: [Coefficient; 6] = coefficients
                    .into_iter()
                    .map(|c| Coefficient::try_from(decimal(c, 4)).unwrap())
                    .collect::<Vec<_>>()
                    .try_into()
                    .unwrap();
                Settings {
                    base_rate: BaseRate::try_from(decimal(base, 2)).unwrap(),
                    currency: Currency::ALL[currency],
                    hours_per_day: HoursPerDay::try_from(decimal(hours, 2)).unwrap(),
                    days_per_week: DaysPerWeek::try_from(decimal(days, 2)).unwrap(),
                    coefficients: Coefficients::new(coefficients).unwrap(),
                    max_multiplier: MaxMultiplier::try_from(decimal(multiplier, 2)).unwrap(),
                }
            },
        )
}

/// Names with Cyrillic, spaces, quotes and symbols JSON must escape.
fn name() -> impl Strategy<Value = String> {
    "[A-Za-zА-Яа-яЁё0-9 +#\"\\\\/.…-]{1,30}".prop_filter("not blank", |n| !n.trim().is_empty())
}

fn weight_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (1_i64..=10_000_000).prop_map(|m| decimal(m, 4).to_string()),
        (1_i64..=1000).prop_map(|m| m.to_string()),
        (1_i64..=10).prop_map(|m| format!("{m}.0")),
    ]
}

fn shared() -> impl Strategy<Value = SharedProject> {
    (
        settings(),
        "[^\\u{0}]{0,40}",
        prop::collection::vec((name(), 0_u8..=5, weight_text(), 0_u8..=5), 1..20),
    )
        .prop_map(|(settings, project_name, rows)| {
            let mut seen = BTreeSet::new();
            let mut requirements = Vec::new();
            let mut levels = Vec::new();
            for (name, min, weight, level) in rows {
                let name = TechName::parse(&name).unwrap();
                if seen.insert(name.key()) {
                    requirements.push(Requirement {
                        name,
                        min: TechLevel::try_from(min).unwrap(),
                        weight: Weight::parse(&weight).unwrap(),
                    });
                    levels.push(TechLevel::try_from(level).unwrap());
                }
            }
            SharedProject::new(
                settings,
                project_name.trim().to_owned(),
                Requirements::new(requirements).unwrap(),
                levels,
            )
            .unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn base64url_round_trips_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = base64url::encode(&bytes);
        prop_assert!(text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        prop_assert_eq!(text.len(), (bytes.len() * 4).div_ceil(3));
        prop_assert_eq!(base64url::decode(&text).unwrap(), bytes);
    }

    #[test]
    fn base64url_decoding_never_panics(text in ".{0,200}") {
        let _ = base64url::decode(&text);
    }

    #[test]
    fn a_shared_project_survives_its_link(project in shared()) {
        let payload = encode(&project);
        prop_assert!(payload.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let decoded = decode(&payload).unwrap();
        // Weights keep the spelling they travel in (`1.0` stays `1.0`).
        let spelled = |p: &SharedProject| -> Vec<String> {
            p.requirements.as_slice().iter().map(|r| r.weight.to_string()).collect()
        };
        prop_assert_eq!(spelled(&decoded), spelled(&project));
        prop_assert_eq!(decoded, project);
    }

    #[test]
    fn a_shared_project_opens_as_drafts_that_read_back_the_same(project in shared()) {
        let (settings, draft, levels) = project.drafts();
        prop_assert_eq!(settings.parse().unwrap(), project.settings.clone());
        for ((row, requirement), level) in draft
            .technologies
            .iter()
            .zip(project.requirements.as_slice())
            .zip(&project.levels)
        {
            let parsed = Requirement::parse(&row.name, &row.min, &row.weight).unwrap();
            prop_assert_eq!(&parsed, requirement);
            prop_assert_eq!(TechLevel::parse(levels.level_text(&row.name)).unwrap(), *level);
        }
    }

    #[test]
    fn decoding_any_payload_never_panics(text in "[A-Za-z0-9_-]{0,400}") {
        let _ = decode(&text);
    }

    #[test]
    fn decoding_any_json_never_panics(json in "\\{\"v\":1(,\"settings\":\\{[a-z_\":0-9.,\\[\\]]{0,60}\\})?,\"project\":\\{\"name\":\"[^\"\\\\]{0,10}\",\"technologies\":\\[(\\{\"name\":\"[a-z]{0,4}\",\"min\":-?[0-9]{1,3},\"weight\":\"[0-9.,-]{0,8}\",\"level\":[0-9]{1,3}\\},?){0,3}\\]\\}\\}") {
        let _ = decode(&base64url::encode(json.as_bytes()));
    }

    #[test]
    fn level_keys_match_the_engines_name_keys(name in name()) {
        prop_assert_eq!(level_key(&name), TechName::parse(&name).unwrap().key());
    }

    #[test]
    fn stored_drafts_read_back_whatever_was_typed(
        texts in prop::collection::vec(".{0,12}", 8),
        names in prop::collection::vec(".{0,12}", 1..6),
    ) {
        let settings = SettingsDraft {
            base_rate: texts[0].clone(),
            hours_per_day: texts[1].clone(),
            days_per_week: texts[2].clone(),
            max_multiplier: texts[3].clone(),
            coefficients: std::array::from_fn(|i| texts[(i + 4) % 8].clone()),
            currency: Currency::Rub,
        };
        let json = serde_json::to_string(&settings).unwrap();
        prop_assert_eq!(serde_json::from_str::<SettingsDraft>(&json).unwrap(), settings);

        let mut projects = ProjectsDraft::default();
        let mut levels = LevelsDraft::empty();
        for (name, text) in names.iter().zip(&texts) {
            let row = projects.add_technology().unwrap();
            projects.edit_technology(row, |t| { t.name.clone_from(name); t.weight.clone_from(text); true });
            levels.set_level(name, text.clone());
            levels.set_evidence(name, EvidenceDraft { amount: text.clone(), ..EvidenceDraft::default() });
        }
        let json = serde_json::to_string(&projects).unwrap();
        prop_assert_eq!(serde_json::from_str::<ProjectsDraft>(&json).unwrap(), projects);
        let json = serde_json::to_string(&levels).unwrap();
        prop_assert_eq!(serde_json::from_str::<LevelsDraft>(&json).unwrap(), levels);
    }

    /// Any sequence of project edits keeps every id unique and the open project valid.
    #[test]
    fn project_edits_keep_ids_unique(ops in prop::collection::vec(0_u8..6, 0..40)) {
        let mut projects = ProjectsDraft::default();
        for op in ops {
            let current = projects.current().map(|p| p.id);
            match (op, current) {
                (0, _) => { projects.create("P".into()); }
                (1, Some(id)) => { projects.duplicate(id, "C".into()); }
                (2, Some(id)) => projects.delete(id),
                (3, _) => { projects.add_technology(); }
                (4, Some(_)) => {
                    let first = projects.current().and_then(|p| p.technologies.first()).map(|t| t.id);
                    if let Some(row) = first { projects.remove_technology(row); }
                }
                (5, _) => {
                    let last = projects.projects.first().map(|p| p.id);
                    if let Some(id) = last { projects.select(id); }
                }
                _ => {}
            }
            let ids: Vec<u64> = projects.projects.iter()
                .flat_map(|p| std::iter::once(p.id).chain(p.technologies.iter().map(|t| t.id)))
                .collect();
            let unique: BTreeSet<u64> = ids.iter().copied().collect();
            prop_assert_eq!(unique.len(), ids.len());
            prop_assert_eq!(projects.current().is_some(), !projects.projects.is_empty());
        }
    }

    /// A level follows its row through renames and is never lost: the levels the developer
    /// typed are all still there, whatever names the row passes through.
    #[test]
    fn a_level_follows_renames_and_none_is_lost(steps in prop::collection::vec("[a-c ]{0,3}", 1..12)) {
        let mut levels = LevelsDraft::empty();
        levels.set_level("start", "4".into());
        levels.set_level("b", "2".into());
        let mut name = "start".to_owned();
        for next in steps {
            let mine = levels.get(&name).map(|l| l.level.clone());
            let theirs = levels.get(&next).map(|l| l.level.clone());
            levels.follow_rename(&name, &next, false);
            let expected = match (level_key(&name) == level_key(&next), theirs) {
                (true, _) => mine.clone(),
                (false, Some(theirs)) => Some(theirs),
                (false, None) => mine.clone(),
            };
            prop_assert_eq!(levels.get(&next).map(|l| l.level.clone()), expected);
            let mut values: Vec<String> = levels.iter().map(|l| l.level.clone()).collect();
            values.sort();
            prop_assert_eq!(values, ["2", "4"]);
            name = next;
        }
    }
}
