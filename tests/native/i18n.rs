//! Interface text: every error and level the domain, the catalog (its matrix formats too) and
//! the state hand over is worded in both languages by `src/i18n/`, and the storage keys are
//! labelled by key.

use grades::catalog::CatalogError;
use grades::catalog::format::{
    Format, FormatError, FormatWarning, IdKind, JsonType, ListKind, Location, MAX_ID_CHARS,
    TextField,
};
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

/// One of every matrix-format error. The match below has no catch-all, so a new variant
/// fails to compile until it is listed here and worded in `src/i18n/matrix.rs`.
fn matrix_errors() -> Vec<FormatError> {
    let at = Location::Path("professions[0].grades[2]".into());
    let line = Location::Line(12);
    let mut errors = vec![
        FormatError::Empty,
        FormatError::TooLarge { bytes: 2_000_000 },
        FormatError::NotUtf8 { line: 3 },
        FormatError::NoProfession,
        FormatError::JsonSyntax { line: 1, column: 9 },
        FormatError::JsonTruncated { line: 1, column: 9 },
        FormatError::NotAMatrix,
        FormatError::OtherFormat {
            found: "grades-export".into(),
        },
        FormatError::OtherFormat {
            found: "other".into(),
        },
        FormatError::NewerVersion { found: 2 },
        FormatError::MissingMember {
            at: at.clone(),
            member: "title",
        },
        FormatError::UnknownMember {
            at: at.clone(),
            member: "titel".into(),
        },
        FormatError::IdAndLevel { at: at.clone() },
        FormatError::MissingColumn { column: "item" },
        FormatError::DuplicateColumn {
            column: "grade".into(),
        },
        FormatError::UnclosedQuote { line: 4 },
        FormatError::StrayQuote { line: 4 },
        FormatError::TooFewFields {
            line: 5,
            expected: 4,
            found: 3,
        },
        FormatError::TooManyFields {
            line: 5,
            expected: 4,
            found: 6,
        },
        FormatError::RowWithoutProfession { line: 6 },
        FormatError::RowWithoutGrade { line: 6 },
        FormatError::ConflictingValue {
            line: 7,
            column: "summary",
        },
        FormatError::BeforeProfession { line: 1 },
        FormatError::GroupBeforeGrade { line: 2 },
        FormatError::ItemBeforeGrade { line: 3 },
        FormatError::TooManyProfessions { at: at.clone() },
        FormatError::TooManyGrades { at: at.clone() },
        FormatError::TooManyGroups { at: at.clone() },
        FormatError::TooManyItems { at: line.clone() },
        FormatError::EmptyItem { at: line.clone() },
        FormatError::ItemTooLong {
            at: line.clone(),
            chars: 1001,
        },
        FormatError::EmptyGroup { at: at.clone() },
        FormatError::CommaInStackEntry {
            at: at.clone(),
            entry: "Go, Rust".into(),
        },
        FormatError::DuplicateProfessionId {
            at: at.clone(),
            id: "go".into(),
        },
        FormatError::DuplicateGradeId {
            at: at.clone(),
            id: "junior".into(),
        },
        FormatError::DuplicateGroupId {
            at: at.clone(),
            id: "soft".into(),
        },
        FormatError::DuplicateItemId {
            at: line.clone(),
            id: "1".into(),
        },
        FormatError::WrongType {
            at: Location::Path(String::new()),
            expected: JsonType::Object,
        },
    ];
    for expected in [
        JsonType::List,
        JsonType::Text,
        JsonType::TextOrObject,
        JsonType::Id,
        JsonType::Version,
    ] {
        errors.push(FormatError::WrongType {
            at: at.clone(),
            expected,
        });
    }
    for list in [ListKind::Stack, ListKind::Glossary] {
        errors.push(FormatError::TooManyEntries {
            at: at.clone(),
            list,
        });
    }
    for field in TextField::ALL {
        errors.push(FormatError::EmptyText {
            at: at.clone(),
            field,
        });
        errors.push(FormatError::TextTooLong {
            at: line.clone(),
            field,
            chars: 5000,
        });
    }
    for kind in [
        IdKind::Profession,
        IdKind::Grade,
        IdKind::Group,
        IdKind::Item,
    ] {
        errors.push(FormatError::InvalidId {
            at: at.clone(),
            kind,
            id: "Bad Id".into(),
        });
    }
    for error in &errors {
        match error {
            FormatError::Empty
            | FormatError::TooLarge { .. }
            | FormatError::NotUtf8 { .. }
            | FormatError::NoProfession
            | FormatError::JsonSyntax { .. }
            | FormatError::JsonTruncated { .. }
            | FormatError::NotAMatrix
            | FormatError::OtherFormat { .. }
            | FormatError::NewerVersion { .. }
            | FormatError::WrongType { .. }
            | FormatError::MissingMember { .. }
            | FormatError::UnknownMember { .. }
            | FormatError::IdAndLevel { .. }
            | FormatError::MissingColumn { .. }
            | FormatError::DuplicateColumn { .. }
            | FormatError::UnclosedQuote { .. }
            | FormatError::StrayQuote { .. }
            | FormatError::TooFewFields { .. }
            | FormatError::TooManyFields { .. }
            | FormatError::RowWithoutProfession { .. }
            | FormatError::RowWithoutGrade { .. }
            | FormatError::ConflictingValue { .. }
            | FormatError::BeforeProfession { .. }
            | FormatError::GroupBeforeGrade { .. }
            | FormatError::ItemBeforeGrade { .. }
            | FormatError::TooManyProfessions { .. }
            | FormatError::TooManyGrades { .. }
            | FormatError::TooManyGroups { .. }
            | FormatError::TooManyItems { .. }
            | FormatError::TooManyEntries { .. }
            | FormatError::EmptyText { .. }
            | FormatError::TextTooLong { .. }
            | FormatError::EmptyItem { .. }
            | FormatError::ItemTooLong { .. }
            | FormatError::EmptyGroup { .. }
            | FormatError::CommaInStackEntry { .. }
            | FormatError::InvalidId { .. }
            | FormatError::DuplicateProfessionId { .. }
            | FormatError::DuplicateGradeId { .. }
            | FormatError::DuplicateGroupId { .. }
            | FormatError::DuplicateItemId { .. } => {}
        }
    }
    errors
}

#[test]
fn every_matrix_error_and_warning_reads_in_both_languages() {
    let errors = matrix_errors();
    let mut russian: Vec<String> = Vec::new();
    for error in &errors {
        let ru = error.localize(Lang::Ru);
        assert!(ru.chars().any(is_cyrillic), "{ru}");
        assert_eq!(error.localize(Lang::En), error.to_string());
        assert!(!error.to_string().chars().any(is_cyrillic), "{error}");
        russian.push(ru);
    }
    russian.sort_unstable();
    russian.dedup();
    assert_eq!(russian.len(), errors.len(), "two errors read the same");
    let warnings = [
        FormatWarning::GradeWithoutItems {
            at: Location::Line(4),
            grade: "Senior".into(),
        },
        FormatWarning::ProfessionWithoutGrades {
            at: Location::Path("[0]".into()),
            profession: "QA".into(),
        },
        FormatWarning::IgnoredColumn {
            column: "comment".into(),
        },
        FormatWarning::IgnoredLine { line: 9 },
    ];
    for warning in warnings {
        let ru = warning.localize(Lang::Ru);
        assert!(ru.chars().any(is_cyrillic), "{ru}");
        assert_eq!(warning.localize(Lang::En), warning.to_string());
    }
    for format in [Format::Json, Format::Csv, Format::Outline] {
        assert!(!format.localize(Lang::Ru).is_empty());
        assert!(!format.localize(Lang::En).chars().any(is_cyrillic));
    }
}

#[test]
fn matrix_messages_name_the_place_in_the_readers_language() {
    let error = FormatError::ItemTooLong {
        at: Location::Line(12),
        chars: 1001,
    };
    assert_eq!(
        error.localize(Lang::Ru),
        "строка 12: пункт длиной 1001 символов, допустимо не более 1000"
    );
    assert_eq!(
        error.localize(Lang::En),
        "line 12: the item has 1001 characters, more than 1000"
    );
    let error = FormatError::TooManyItems {
        at: Location::Path("professions[0].grades[2].skill_groups[0].items[200]".into()),
    };
    assert_eq!(
        error.localize(Lang::Ru),
        "professions[0].grades[2].skill_groups[0].items[200]: в группе больше 200 пунктов"
    );
    let error = FormatError::WrongType {
        at: Location::Path(String::new()),
        expected: JsonType::Object,
    };
    assert_eq!(
        error.localize(Lang::Ru),
        "верхний уровень: ожидается объект"
    );
    assert_eq!(error.to_string(), "the top level: expected an object");
}

#[test]
fn the_id_rules_state_the_id_limit() {
    for kind in [IdKind::Profession, IdKind::Grade] {
        let limit = MAX_ID_CHARS.to_string();
        assert!(kind.rule().contains(&limit));
        let error = FormatError::InvalidId {
            at: Location::Line(1),
            kind,
            id: "x".into(),
        };
        assert!(error.localize(Lang::Ru).contains(&limit));
    }
}
