//! Interface text: every error and level the domain, the catalog and the state hand over is
//! worded in both languages by `src/i18n/`, and the storage keys are labelled by key.

use grades::catalog::CatalogError;
use grades::domain::{
    Criterion, DLevel, ExperienceUnit, Field, InputError, ProjectError, TechLevel, Weight,
};
use grades::i18n::{Localize, strings};
use grades::lang::Lang;
use grades::state::calculator::base64url::Base64Error;
use grades::state::calculator::share::ShareError;
use grades::state::persistence::{StorageKey, stored_types};
use proptest::prelude::*;
use rust_decimal::Decimal;

#[test]
fn level_names_are_the_sources_and_bilingual() {
    let d: Vec<_> = DLevel::ALL
        .iter()
        .map(|d| (d.to_string(), d.localize(Lang::Ru)))
        .collect();
    assert_eq!(
        d,
        [
            ("D0".to_owned(), "Стажер".to_owned()),
            ("D1".to_owned(), "Начинающий".to_owned()),
            ("D2".to_owned(), "Уверенный".to_owned()),
            ("D3".to_owned(), "Опытный".to_owned()),
            ("D4".to_owned(), "Эксперт".to_owned()),
            ("D5".to_owned(), "Выдающийся".to_owned()),
        ]
    );
    let t: Vec<_> = TechLevel::ALL
        .iter()
        .map(|t| t.localize(Lang::Ru))
        .collect();
    assert_eq!(
        t,
        [
            "нет",
            "Начальный",
            "Уверенный",
            "Опытный",
            "Экспертный",
            "Выдающийся"
        ]
    );
    assert_eq!(DLevel::D0.localize(Lang::En), "Intern");
    assert_eq!(TechLevel::T5.localize(Lang::En), "Outstanding");
}

#[test]
fn russian_messages_name_the_field_in_russian() {
    assert_eq!(
        Weight::parse("0").unwrap_err().localize(Lang::Ru),
        "вес W: нужно число больше 0, введено 0"
    );
    assert_eq!(
        TechLevel::parse_as(Field::CurrentLevel, "9")
            .unwrap_err()
            .localize(Lang::Ru),
        "текущий уровень L: от 0 до 5, введено 9"
    );
}

/// One of every input error, about `field`.
fn input_errors(field: Field) -> Vec<InputError> {
    let text = "x".to_owned();
    vec![
        InputError::Empty { field },
        InputError::TooLong {
            field,
            chars: 300,
            max: 200,
        },
        InputError::NotANumber {
            field,
            text: text.clone(),
        },
        InputError::NotAWholeNumber {
            field,
            text: text.clone(),
        },
        InputError::NotPositive {
            field,
            text: text.clone(),
        },
        InputError::Negative {
            field,
            text: text.clone(),
        },
        InputError::BelowMinimum {
            field,
            text: text.clone(),
            min: Decimal::ONE,
        },
        InputError::AboveMaximum {
            field,
            text: text.clone(),
            max: Decimal::TEN,
        },
        InputError::OutOfRange {
            field,
            text: text.clone(),
            min: 0,
            max: 5,
        },
        InputError::TooManyDecimals {
            field,
            text,
            max_places: 4,
        },
        InputError::CoefficientDecreases {
            level: DLevel::D3,
            value: Decimal::ONE,
            previous_level: DLevel::D2,
            previous: Decimal::TWO,
        },
        InputError::UnknownCurrency { text: "GBP".into() },
    ]
}

const FIELDS: [Field; 21] = [
    Field::TechnologyName,
    Field::TechnologyLevel,
    Field::MinimumLevel,
    Field::CurrentLevel,
    Field::Weight,
    Field::BaseRate,
    Field::Currency,
    Field::HoursPerDay,
    Field::DaysPerWeek,
    Field::Coefficient(Some(DLevel::D4)),
    Field::Coefficient(None),
    Field::MaxMultiplier,
    Field::Qualification,
    Field::ExperienceAmount,
    Field::Count,
    Field::SignificantProjects,
    Field::LargeProjects,
    Field::ExpertRecognitions,
    Field::ContributionAudience,
    Field::ContributionRecognisers,
    Field::ContributionNonRecognisers,
];

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4FF}')
}

#[test]
fn every_input_error_reads_in_russian_and_english_for_every_field() {
    for field in FIELDS {
        for error in input_errors(field) {
            let ru = error.localize(Lang::Ru);
            let en = error.localize(Lang::En);
            assert!(ru.chars().any(is_cyrillic), "{ru}");
            assert!(!en.chars().any(is_cyrillic), "{en}");
            // The log message and the English interface text say the same thing.
            assert_eq!(en, error.to_string());
        }
    }
}

#[test]
fn project_and_share_errors_read_in_both_languages() {
    let row = InputError::Empty {
        field: Field::Weight,
    };
    let errors = [
        ShareError::Empty,
        ShareError::TooLong(20_000),
        ShareError::Base64(Base64Error::InvalidCharacter {
            position: 3,
            character: '!',
        }),
        ShareError::Base64(Base64Error::InvalidLength(5)),
        ShareError::NotUtf8,
        ShareError::Format("missing field `v`".into()),
        ShareError::Newer { found: 2 },
        ShareError::NameTooLong { chars: 300 },
        ShareError::Row {
            row: 2,
            error: row.clone(),
        },
        ShareError::Setting(row),
        ShareError::Project(ProjectError::NoTechnologies),
    ];
    for error in errors {
        assert!(error.localize(Lang::Ru).chars().any(is_cyrillic));
        assert_eq!(error.localize(Lang::En), error.to_string());
    }
    let duplicate = ProjectError::DuplicateTechnology {
        first_row: 1,
        first_name: "Rust".into(),
        second_row: 3,
        second_name: "rust".into(),
    };
    assert_eq!(
        duplicate.localize(Lang::Ru),
        "строки 1 и 3 называют одну технологию: «Rust» и «rust»"
    );
    assert_eq!(duplicate.localize(Lang::En), duplicate.to_string());
}

#[test]
fn catalog_errors_read_in_russian_in_the_russian_interface() {
    let errors = [
        CatalogError::Parse {
            file: "000.json".into(),
            message: "expected value".into(),
        },
        CatalogError::InvalidId {
            id: "Bad Id".into(),
        },
        CatalogError::DuplicateProfession { id: "dev".into() },
        CatalogError::InvalidGroup {
            grade: "dev/junior".into(),
            group: "Soft".into(),
        },
        CatalogError::EmptyGroup {
            grade: "dev/junior".into(),
            group: "soft".into(),
        },
        CatalogError::BadText {
            place: "dev/junior/soft/1".into(),
        },
    ];
    for error in errors {
        assert!(error.localize(Lang::Ru).chars().any(is_cyrillic), "{error}");
        assert!(
            !error.localize(Lang::En).chars().any(is_cyrillic),
            "{error}"
        );
    }
}

#[test]
fn units_have_names_in_both_languages() {
    for unit in ExperienceUnit::ALL {
        assert!(unit.localize(Lang::Ru).chars().any(is_cyrillic));
        assert!(!unit.localize(Lang::En).is_empty());
    }
}

#[test]
fn every_storage_key_has_its_own_label_in_each_language() {
    for lang in Lang::ALL {
        let t = strings(lang);
        let mut labels: Vec<_> = StorageKey::ALL
            .iter()
            .map(|&key| t.storage_key_label(key))
            .collect();
        assert!(labels.iter().all(|label| !label.is_empty()));
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), StorageKey::ALL.len(), "{lang:?}");
    }
    assert_eq!(
        strings(Lang::Ru).storage_key_label(StorageKey::Profile),
        "Профиль"
    );
    assert_eq!(
        strings(Lang::En).storage_key_label(StorageKey::Settings),
        "Calculator settings"
    );
}

#[test]
fn each_storage_key_has_exactly_one_type() {
    let table = stored_types();
    let mut keys: Vec<_> = table.iter().map(|(key, _)| key.name()).collect();
    let mut types: Vec<_> = table.iter().map(|(_, name)| *name).collect();
    keys.sort_unstable();
    keys.dedup();
    types.sort_unstable();
    types.dedup();
    assert_eq!(
        keys.len(),
        StorageKey::ALL.len(),
        "a key without a type or with two"
    );
    assert_eq!(types.len(), table.len(), "a type stored under two keys");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Whatever was typed, every message is worded, in both languages, without a panic.
    #[test]
    fn any_typed_weight_gets_a_message_in_both_languages(text in "\\PC{0,60}") {
        if let Err(error) = Weight::parse(&text) {
            prop_assert!(!error.localize(Lang::Ru).is_empty());
            prop_assert!(!error.localize(Lang::En).is_empty());
        }
    }

    #[test]
    fn criteria_are_worded_whatever_their_numbers(required in any::<u32>(), actual in any::<u32>()) {
        for criterion in [
            Criterion::SignificantProjectsAtLeast { required, actual },
            Criterion::LargeProjectsAtLeast { required, actual },
            Criterion::ExpertRecognitionsAtLeast { required, actual },
            Criterion::ContributionAudienceMoreThan { required, actual },
            Criterion::RecognisersOutnumberOthers { recognisers: required, non_recognisers: actual },
        ] {
            prop_assert!(criterion.localize(Lang::Ru).contains(&actual.to_string()));
            prop_assert_eq!(criterion.localize(Lang::En), criterion.to_string());
        }
    }
}
