use super::*;
use serde_json::json;

#[test]
fn a_saved_value_reads_back() {
    let raw = encode(StorageKey::Language, &Lang::En).unwrap();
    assert_eq!(raw, r#"{"data":"en","v":1}"#);
    assert_eq!(decode::<Lang>(&raw), Ok(Lang::En));
}

#[test]
fn unreadable_values_are_told_apart() {
    assert!(matches!(
        decode::<Lang>("{not json"),
        Err(DecodeError::NotJson(_))
    ));
    assert_eq!(
        decode::<Lang>(r#"{"data":"en"}"#),
        Err(DecodeError::NoVersion)
    );
    assert_eq!(
        decode::<Lang>(r#"{"v":"1","data":"en"}"#),
        Err(DecodeError::NoVersion)
    );
    assert_eq!(
        decode::<Lang>(r#"{"v":99,"data":"en"}"#),
        Err(DecodeError::Newer {
            found: 99,
            supported: 1
        })
    );
    assert!(matches!(
        decode::<Lang>(r#"{"v":1,"data":"klingon"}"#),
        Err(DecodeError::WrongShape(_))
    ));
    assert!(matches!(
        decode::<Lang>(r#"{"v":1}"#),
        Err(DecodeError::WrongShape(_))
    ));
}

#[test]
fn key_names_are_unique_and_found_by_name() {
    let names: std::collections::HashSet<_> = StorageKey::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(names.len(), StorageKey::ALL.len());
    for key in StorageKey::ALL {
        assert_eq!(StorageKey::from_name(key.name()), Some(key));
    }
    assert_eq!(StorageKey::from_name("grades.nothing"), None);
}

#[test]
fn backup_slots_are_recognised_and_nothing_else() {
    let key = StorageKey::Profile;
    assert_eq!(key.backup_slot(1), "grades.profile.backup");
    assert_eq!(key.backup_slot(3), "grades.profile.backup.3");
    assert_eq!(StorageKey::of_backup("grades.profile.backup"), Some(key));
    assert_eq!(StorageKey::of_backup("grades.profile.backup.7"), Some(key));
    assert_eq!(StorageKey::of_backup("grades.profile"), None);
    assert_eq!(StorageKey::of_backup("grades.profile.backup.1"), None);
    assert_eq!(StorageKey::of_backup("grades.profile.backupx"), None);
    assert_eq!(StorageKey::of_backup("grades.profile.backup.x"), None);
}

#[test]
fn a_bare_value_is_version_zero_and_gains_its_envelope() {
    assert_eq!(split_envelope(json!("en")), Ok((0, json!("en"))));
    assert_eq!(
        split_envelope(json!({"name": "Анна"})),
        Ok((0, json!({"name": "Анна"})))
    );
    assert_eq!(decode::<Lang>(r#""en""#), Ok(Lang::En));
    let plan = plan(StorageKey::Language, r#""en""#, |_| None);
    assert_eq!(
        plan,
        Plan::Readable {
            data: json!("en"),
            rewrite: Some(r#"{"data":"en","v":1}"#.into())
        }
    );
}

#[test]
fn a_current_value_is_not_rewritten() {
    assert_eq!(
        plan(StorageKey::Language, r#"{"v":1,"data":"ru"}"#, |_| None),
        Plan::Readable {
            data: json!("ru"),
            rewrite: None
        }
    );
}

#[test]
fn settings_with_an_unknown_field_are_not_silently_trimmed() {
    assert!(check_shape(StorageKey::Settings, &json!({"base_rate": "60"})).is_ok());
    assert!(matches!(
        check_shape(StorageKey::Settings, &json!({"bogus": 1})),
        Err(DecodeError::WrongShape(_))
    ));
    assert!(check_shape(StorageKey::Settings, &json!([1])).is_err());
}

#[test]
fn calculator_and_assessment_keys_are_checked_with_their_types() {
    let projects = json!({"projects": [{"id": 1, "name": "A", "technologies": [
        {"id": 2, "name": "Rust", "min": "x", "weight": ""}]}], "current": 1, "next_id": 3});
    assert!(check_shape(StorageKey::Projects, &projects).is_ok());
    assert!(check_shape(StorageKey::Projects, &json!({"projects": [{"name": "A"}]})).is_err());
    assert!(check_shape(StorageKey::Projects, &json!({"bogus": 1})).is_err());
    let levels = json!({"rust": {"name": "Rust", "level": "abc"}});
    assert!(check_shape(StorageKey::Levels, &levels).is_ok());
    assert!(check_shape(StorageKey::Levels, &json!({"rust": 3})).is_err());
    assert!(check_shape(StorageKey::SelfAssessment, &json!({"ticked": ["a"]})).is_ok());
    assert!(check_shape(StorageKey::SelfAssessment, &json!(["a"])).is_err());
    // What the user typed is kept even when it is not a valid value yet.
    assert!(check_shape(StorageKey::Settings, &json!({"base_rate": "-5,"})).is_ok());
    for key in [
        StorageKey::Projects,
        StorageKey::Levels,
        StorageKey::SelfAssessment,
    ] {
        assert!(check_shape(key, &json!("text")).is_err());
        assert!(check_shape(key, &Value::Null).is_err());
    }
}

#[test]
fn opening_a_key_refuses_what_the_check_refuses_and_rewrites_what_it_rewrites() {
    // A key a page opens before the check of stored keys runs is decided here instead.
    let old = r#"{"name":"Анна"}"#;
    let Ok((profile, rewrite)) = decode_migrated::<Profile>(old) else {
        panic!("a version-0 profile was refused");
    };
    assert_eq!(profile.name, "Анна");
    let Plan::Readable {
        rewrite: checked, ..
    } = plan(StorageKey::Profile, old, |_| None)
    else {
        panic!("the check refused a version-0 profile");
    };
    assert_eq!(rewrite, checked);
    assert_eq!(
        rewrite.as_deref(),
        Some(r#"{"data":{"name":"Анна"},"v":1}"#)
    );

    let current = encode(StorageKey::Profile, &profile).unwrap();
    assert_eq!(
        decode_migrated::<Profile>(&current).map(|(_, r)| r),
        Ok(None)
    );

    // A member the type would drop on its next write makes the value unreadable either way.
    let unknown = r#"{"v":1,"data":{"ticked":[],"mood":"x"}}"#;
    assert!(decode::<SelfAssessment>(unknown).is_err());
    assert!(matches!(
        plan(StorageKey::SelfAssessment, unknown, |_| None),
        Plan::Unreadable { .. }
    ));
}

#[test]
fn an_unreadable_value_goes_to_the_first_free_backup_slot() {
    let key = StorageKey::Projects;
    let Plan::Unreadable { error, backup } = plan(key, "{oops", |_| None) else {
        panic!("garbage was read");
    };
    assert!(matches!(error, DecodeError::NotJson(_)));
    assert_eq!(backup, BackupPlan::WriteTo("grades.projects.backup".into()));
}

#[test]
fn an_existing_different_backup_is_never_overwritten() {
    let key = StorageKey::Profile;
    let existing = |name: &str| match name {
        "grades.profile.backup" => Some("older".to_owned()),
        "grades.profile.backup.2" => Some("old".to_owned()),
        _ => None,
    };
    assert_eq!(
        plan_backup(key, "new", existing),
        BackupPlan::WriteTo("grades.profile.backup.3".into())
    );
    assert_eq!(
        plan_backup(key, "old", existing),
        BackupPlan::AlreadyKept("grades.profile.backup.2".into())
    );
    let full = |_: &str| Some("something else".to_owned());
    assert_eq!(plan_backup(key, "new", full), BackupPlan::NoFreeSlot);
}

#[test]
fn a_value_from_a_newer_version_is_backed_up_not_read() {
    let plan = plan(
        StorageKey::Profile,
        r#"{"v":2,"data":{"name":"x"}}"#,
        |_| None,
    );
    assert!(matches!(
        plan,
        Plan::Unreadable {
            error: DecodeError::Newer {
                found: 2,
                supported: 1
            },
            backup: BackupPlan::WriteTo(_)
        }
    ));
}

#[test]
fn migrating_the_current_version_changes_nothing() {
    for key in StorageKey::ALL {
        let data = json!({"a": 1});
        assert_eq!(
            migrate(key, u64::from(key.version()), data.clone()),
            Ok(data)
        );
    }
}

#[test]
fn a_write_never_replaces_what_another_tab_wrote_since() {
    use WriteDecision::*;
    // Storage unchanged since this tab saw it.
    assert_eq!(write_decision(Some("a"), Some("a"), "b", false), Write);
    assert_eq!(write_decision(None, None, "b", false), Write);
    // Another tab wrote "c" in between.
    assert_eq!(write_decision(Some("c"), Some("a"), "b", false), Conflict);
    // Another tab cleared it.
    assert_eq!(write_decision(None, Some("a"), "b", false), Conflict);
    // Someone else stored something this tab never saw (e.g. a newer version).
    assert_eq!(write_decision(Some("c"), None, "b", false), Conflict);
    // Already there, whoever wrote it.
    assert_eq!(write_decision(Some("b"), Some("a"), "b", false), Skip);
    // Absent is the same as the default: nothing to write.
    assert_eq!(write_decision(None, None, "d", true), Skip);
}
