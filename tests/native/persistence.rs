//! Local data, natively: migrations, the parse/backup decision, export building and import
//! validation (docs/formats.md#stored-keys). The browser side: tests/e2e/specs/storage.spec.ts.

use grades::lang::Lang;
use grades::state::persistence::{
    BackupPlan, DecodeError, Plan, StorageKey, decode, encode, plan, upgrade_raw,
};
use grades::state::profile::{Profile, Summary};
use grades::state::transfer::{
    FORMAT, ImportError, MAX_IMPORT_BYTES, build_export, check_size, parse_import, preview,
};
use serde_json::{Value, json};

fn stored(pairs: &[(StorageKey, &str)]) -> Vec<(StorageKey, Option<String>)> {
    StorageKey::ALL
        .into_iter()
        .map(|key| {
            let raw = pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, raw)| (*raw).to_owned());
            (key, raw)
        })
        .collect()
}

fn export_of(keys: Value) -> String {
    json!({
        "format": FORMAT,
        "format_version": 1,
        "app_version": "0.1.0",
        "exported_at": "2026-11-22T09:30:00.000Z",
        "keys": keys,
    })
    .to_string()
}

fn everything() -> Vec<(StorageKey, Option<String>)> {
    stored(&[
        (StorageKey::Language, r#"{"data":"en","v":1}"#),
        (
            StorageKey::Settings,
            r#"{"data":{"base_rate":"60","currency":"EUR"},"v":1}"#,
        ),
        (
            StorageKey::Projects,
            r#"{"data":{"projects":[{"id":1,"name":"A","technologies":[]},{"id":2,"name":"B","technologies":[]}],"current":1,"next_id":3},"v":1}"#,
        ),
        (
            StorageKey::Levels,
            r#"{"data":{"rust":{"name":"Rust","level":"3"}},"v":1}"#,
        ),
        (
            StorageKey::SelfAssessment,
            r#"{"data":{"ticked":["python-developer/junior/soft/1"]},"v":1}"#,
        ),
        (
            StorageKey::Profile,
            r#"{"data":{"name":"Анна","profession":"python-backend","current_grade":"junior","target_grade":"middle"},"v":1}"#,
        ),
        (
            StorageKey::Evidence,
            r#"{"data":{"items":{"python-developer/junior/soft/1":{"note":"PR","links":["https://x.org/1"]}}},"v":1}"#,
        ),
        (
            StorageKey::Snapshots,
            r#"{"data":{"snapshots":[{"taken_at":"2026-11-01T09:00:00.000Z","ticks":[]},{"taken_at":"2026-11-22T09:00:00.000Z","label":"review","automatic":false,"ticks":["python-developer/junior/soft/1"],"estimates":{"python-developer":null},"projects":[{"name":"A","q":"2.22","d":"D2"}]}]},"v":1}"#,
        ),
    ])
}

// Migrations and the parse/backup decision.

#[test]
fn a_bare_profile_from_before_envelopes_is_migrated() {
    let profile: Profile = decode(r#"{"name":"Анна"}"#).unwrap();
    assert_eq!(profile.name, "Анна");
    let Plan::Readable { rewrite, .. } = plan(StorageKey::Profile, r#"{"name":"Анна"}"#, |_| None)
    else {
        panic!("a version-0 profile was not read");
    };
    let rewrite = rewrite.unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&rewrite).unwrap(),
        json!({"v": 1, "data": {"name": "Анна"}})
    );
    assert_eq!(decode::<Profile>(&rewrite).unwrap(), profile);
}

#[test]
fn a_bare_language_is_migrated_and_rewritten_in_the_current_envelope() {
    assert_eq!(
        plan(StorageKey::Language, r#""en""#, |_| None),
        Plan::Readable {
            data: json!("en"),
            rewrite: Some(encode(StorageKey::Language, &Lang::En).unwrap()),
        }
    );
}

#[test]
fn corrupted_values_of_every_key_are_backed_up() {
    for key in StorageKey::ALL {
        for raw in ["{not json", "", r#"{"data":1}"#, r#"{"v":1,"data":"x"}"#] {
            let Plan::Unreadable { backup, .. } = plan(key, raw, |_| None) else {
                panic!("{raw:?} under {} was read", key.name());
            };
            assert_eq!(backup, BackupPlan::WriteTo(key.backup_name()), "{raw:?}");
        }
    }
}

#[test]
fn values_from_a_newer_version_of_every_key_are_backed_up() {
    for key in StorageKey::ALL {
        let raw = format!(r#"{{"v":{},"data":{{}}}}"#, key.version() + 1);
        let Plan::Unreadable { error, backup } = plan(key, &raw, |_| None) else {
            panic!("a newer {} was read", key.name());
        };
        assert!(matches!(error, DecodeError::Newer { .. }));
        assert_eq!(backup, BackupPlan::WriteTo(key.backup_name()));
    }
}

#[test]
fn a_second_different_unreadable_value_gets_its_own_backup() {
    let key = StorageKey::Settings;
    let first = key.backup_name();
    let existing = |name: &str| (name == first).then(|| "{first".to_owned());
    let Plan::Unreadable { backup, .. } = plan(key, "{second", existing) else {
        panic!("garbage was read");
    };
    assert_eq!(backup, BackupPlan::WriteTo(key.backup_slot(2)));
    let Plan::Unreadable { backup, .. } = plan(key, "{first", existing) else {
        panic!("garbage was read");
    };
    assert_eq!(backup, BackupPlan::AlreadyKept(first.clone()));
}

#[test]
fn a_typed_key_refuses_data_of_the_wrong_type() {
    assert!(upgrade_raw(StorageKey::Language, r#"{"v":1,"data":"de"}"#).is_err());
    assert!(
        upgrade_raw(
            StorageKey::Profile,
            r#"{"v":1,"data":{"current_grade":["guru"]}}"#
        )
        .is_err()
    );
    // Any slug is a grade id now that professions can be the user's own.
    assert!(
        upgrade_raw(
            StorageKey::Profile,
            r#"{"v":1,"data":{"current_grade":"guru"}}"#
        )
        .is_ok()
    );
    assert!(
        upgrade_raw(
            StorageKey::Matrices,
            r#"{"v":1,"data":{"professions":[{"id":"a"}]}}"#
        )
        .is_err(),
        "a profession without a name"
    );
    assert!(
        upgrade_raw(
            StorageKey::Matrices,
            r#"{"v":1,"data":{"professions":[],"colour":"grey"}}"#
        )
        .is_err()
    );
    // A draft is kept as typed: an empty title is the editor's message, not a lost matrix.
    assert!(
        upgrade_raw(
            StorageKey::Matrices,
            r#"{"v":1,"data":{"professions":[{"id":"a","name":"","grades":[{"id":"g","title":""}]}]}}"#
        )
        .is_ok()
    );
    assert!(upgrade_raw(StorageKey::Settings, r#"{"v":1,"data":{"currency":"XYZ"}}"#).is_err());
    // A rate typed but not valid yet is kept: the page shows its message.
    assert!(upgrade_raw(StorageKey::Settings, r#"{"v":1,"data":{"base_rate":"-1"}}"#).is_ok());
    assert!(upgrade_raw(StorageKey::Projects, r#"{"v":1,"data":"x"}"#).is_err());
}

#[test]
fn corrupted_snapshots_and_evidence_are_unreadable_so_they_are_backed_up() {
    let cases = [
        (StorageKey::Snapshots, r#"{"v":1,"data":{"snapshots":{}}}"#),
        (
            StorageKey::Snapshots,
            r#"{"v":1,"data":{"snapshots":[{"ticks":[]}]}}"#,
        ),
        (
            StorageKey::Snapshots,
            r#"{"v":1,"data":{"snapshots":[],"extra":1}}"#,
        ),
        (
            StorageKey::Snapshots,
            r#"{"v":1,"data":{"snapshots":[{"taken_at":"t","ticks":"p/g/s/1"}]}}"#,
        ),
        (
            StorageKey::Snapshots,
            r#"{"v":1,"data":{"snapshots":[{"taken_at":"t","projects":[{"name":"A","q":2}]}]}}"#,
        ),
        (
            StorageKey::Evidence,
            r#"{"v":1,"data":{"items":{"k":{"links":["javascript:alert(1)"]}}}}"#,
        ),
        (
            StorageKey::Evidence,
            r#"{"v":1,"data":{"items":{"k":{"date":"yesterday"}}}}"#,
        ),
        (StorageKey::Evidence, r#"{"v":1,"data":{"items":[]}}"#),
    ];
    for (key, raw) in cases {
        let Plan::Unreadable { error, backup } = plan(key, raw, |_| None) else {
            panic!("{raw} under {} was read", key.name());
        };
        assert!(
            matches!(error, DecodeError::WrongShape(_)),
            "{raw}: {error:?}"
        );
        assert_eq!(backup, BackupPlan::WriteTo(key.backup_name()), "{raw}");
    }
    for (key, raw) in [
        (StorageKey::Snapshots, r#"{"v":1,"data":{}}"#),
        (
            StorageKey::Snapshots,
            r#"{"v":1,"data":{"snapshots":[],"automatic_off":false}}"#,
        ),
        (StorageKey::Evidence, r#"{"v":1,"data":{}}"#),
    ] {
        assert!(
            matches!(plan(key, raw, |_| None), Plan::Readable { .. }),
            "{raw}"
        );
    }
}

#[test]
fn an_import_with_a_link_that_is_not_http_is_refused() {
    let file = export_of(json!({
        "grades.evidence": {"v": 1, "data": {"items": {"k": {"links": ["javascript:alert(1)"]}}}}
    }));
    assert!(matches!(
        parse_import(&file),
        Err(ImportError::BadData {
            key: StorageKey::Evidence,
            ..
        })
    ));
}

// Export.

#[test]
fn an_export_holds_every_stored_envelope_and_imports_back_unchanged() {
    let now = everything();
    let file = build_export(&now, "2026-11-22T09:30:00.000Z");
    let parsed: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(parsed["format"], FORMAT);
    assert_eq!(parsed["format_version"], 1);
    assert_eq!(parsed["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(parsed["exported_at"], "2026-11-22T09:30:00.000Z");
    assert_eq!(
        parsed["keys"]["grades.language"],
        json!({"v": 1, "data": "en"})
    );

    let import = parse_import(&file).unwrap();
    assert_eq!(
        import.exported_at.as_deref(),
        Some("2026-11-22T09:30:00.000Z")
    );
    for ((key, before), (same_key, after)) in now.iter().zip(&import.entries) {
        assert_eq!(key, same_key);
        let as_json = |raw: &Option<String>| {
            raw.as_deref()
                .map(|r| serde_json::from_str::<Value>(r).unwrap())
        };
        assert_eq!(as_json(before), as_json(after), "{}", key.name());
    }
}

#[test]
fn absent_keys_are_left_out_and_imported_as_absent() {
    let now = stored(&[(StorageKey::Language, r#"{"data":"ru","v":1}"#)]);
    let file = build_export(&now, "t");
    let parsed: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(parsed["keys"].as_object().unwrap().len(), 1);
    let import = parse_import(&file).unwrap();
    assert_eq!(
        import
            .entries
            .iter()
            .filter(|(_, raw)| raw.is_some())
            .count(),
        1
    );
}

#[test]
fn a_stored_value_that_is_not_json_is_exported_as_text_not_dropped() {
    let now = stored(&[(StorageKey::Projects, "{broken")]);
    let parsed: Value = serde_json::from_str(&build_export(&now, "t")).unwrap();
    assert_eq!(parsed["unreadable"]["grades.projects"], "{broken");
    assert!(parse_import(&parsed.to_string()).is_ok());
}

// Import validation.

#[test]
fn a_file_over_one_megabyte_is_refused_before_reading() {
    assert!(check_size(MAX_IMPORT_BYTES as f64).is_ok());
    assert!(matches!(
        check_size(1.5 * 1024.0 * 1024.0),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn a_file_that_is_not_json_is_refused_with_its_position() {
    assert_eq!(
        parse_import("hello"),
        Err(ImportError::NotJson { line: 1, column: 1 })
    );
    assert!(matches!(parse_import(""), Err(ImportError::NotJson { .. })));
}

#[test]
fn json_that_is_not_an_export_is_refused() {
    for text in [
        "[]",
        "42",
        r#"{"hello":1}"#,
        r#"{"format":"something-else","format_version":1,"keys":{}}"#,
    ] {
        assert_eq!(parse_import(text), Err(ImportError::NotAnExport), "{text}");
    }
}

#[test]
fn an_export_with_missing_or_malformed_fields_is_refused() {
    assert_eq!(
        parse_import(&json!({"format": FORMAT, "keys": {}}).to_string()),
        Err(ImportError::BadField {
            field: "format_version"
        })
    );
    assert_eq!(
        parse_import(&json!({"format": FORMAT, "format_version": 1}).to_string()),
        Err(ImportError::BadField { field: "keys" })
    );
    assert_eq!(
        parse_import(&json!({"format": FORMAT, "format_version": 1, "keys": []}).to_string()),
        Err(ImportError::BadField { field: "keys" })
    );
    assert_eq!(
        parse_import(&export_of(json!({"grades.secret": {"v": 1, "data": 1}}))),
        Err(ImportError::UnknownKey("grades.secret".into()))
    );
}

#[test]
fn an_export_from_a_newer_version_is_refused() {
    assert_eq!(
        parse_import(&json!({"format": FORMAT, "format_version": 2, "keys": {}}).to_string()),
        Err(ImportError::NewerFormat { found: 2 })
    );
    assert_eq!(
        parse_import(&export_of(json!({"grades.profile": {"v": 9, "data": {}}}))),
        Err(ImportError::NewerData {
            key: StorageKey::Profile,
            found: 9,
            supported: 1
        })
    );
}

#[test]
fn an_export_with_data_of_the_wrong_shape_names_the_key() {
    for (name, key, data) in [
        ("grades.language", StorageKey::Language, json!("klingon")),
        ("grades.profile", StorageKey::Profile, json!({"name": 5})),
        (
            "grades.settings",
            StorageKey::Settings,
            json!({"bogus": true}),
        ),
        ("grades.assessment", StorageKey::SelfAssessment, json!(7)),
    ] {
        let result = parse_import(&export_of(json!({ name: {"v": 1, "data": data} })));
        assert!(
            matches!(&result, Err(ImportError::BadData { key: k, .. }) if *k == key),
            "{name}: {result:?}"
        );
    }
    assert!(matches!(
        parse_import(&export_of(json!({"grades.language": {"data": "en"}}))),
        Err(ImportError::BadData {
            key: StorageKey::Language,
            ..
        })
    ));
}

#[test]
fn an_export_with_version_zero_values_is_accepted() {
    let import = parse_import(&export_of(json!({"grades.language": "en"}))).unwrap();
    assert_eq!(
        import.entries[0],
        (StorageKey::Language, Some(r#""en""#.to_owned()))
    );
}

#[test]
fn the_preview_says_what_each_key_holds_now_and_after() {
    let now = stored(&[
        (StorageKey::Language, r#"{"data":"ru","v":1}"#),
        (
            StorageKey::Projects,
            r#"{"data":{"projects":[{"id":1,"name":"A","technologies":[]},{"id":2,"name":"B","technologies":[]},{"id":3,"name":"C","technologies":[]}]},"v":1}"#,
        ),
    ]);
    let import = parse_import(&build_export(&everything(), "t")).unwrap();
    let changes = preview(&import, &now);
    assert_eq!(changes.len(), StorageKey::EXPORTED.len());
    let of = |key| changes.iter().find(|c| c.key == key).unwrap();
    assert_eq!(of(StorageKey::Language).now, Summary::Language(Lang::Ru));
    assert_eq!(of(StorageKey::Language).after, Summary::Language(Lang::En));
    assert_eq!(of(StorageKey::Projects).now, Summary::Count(3));
    assert_eq!(of(StorageKey::Projects).after, Summary::Count(2));
    assert_eq!(of(StorageKey::Evidence).now, Summary::Absent);
    assert_eq!(of(StorageKey::Evidence).after, Summary::Count(1));
    assert_eq!(of(StorageKey::Snapshots).after, Summary::Count(2));
    assert_eq!(of(StorageKey::Profile).now, Summary::Absent);
    assert_eq!(
        of(StorageKey::Profile).after,
        Summary::Profile {
            name: "Анна".into(),
            filled: 4
        }
    );
    assert_eq!(
        of(StorageKey::Settings).after,
        Summary::Settings {
            base_rate: "60".into(),
            currency: "EUR".into()
        }
    );
}
