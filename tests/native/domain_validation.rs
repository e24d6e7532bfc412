//! Every bad input (docs/rules.md#input-limits) gets a typed error with a message, never a panic.

use grades::domain::{
    BaseRate, Coefficient, Coefficients, Count, Currency, DLevel, DaysPerWeek, DeveloperLevels,
    Error, ExperienceAmount, Field, HoursPerDay, InputError, MaxMultiplier, ProjectError,
    Qualification, Requirement, Requirements, Settings, TechLevel, TechName, Weight,
};
use rust_decimal::Decimal;

fn requirement(name: &str) -> Requirement {
    Requirement::parse(name, "1", "1").unwrap()
}

#[test]
fn an_empty_technology_list_is_rejected() {
    assert_eq!(Requirements::new(vec![]), Err(ProjectError::NoTechnologies));
    assert_eq!(
        ProjectError::NoTechnologies.to_string(),
        "the project has no technologies"
    );
}

#[test]
fn a_duplicate_name_is_rejected_naming_both_rows() {
    let rows = vec![
        requirement("Rust"),
        requirement("SQL"),
        requirement("  rust "),
    ];
    let error = Requirements::new(rows).unwrap_err();
    assert_eq!(
        error,
        ProjectError::DuplicateTechnology {
            first_row: 1,
            first_name: "Rust".into(),
            second_row: 3,
            second_name: "rust".into(),
        }
    );
    assert_eq!(
        error.to_string(),
        "rows 1 and 3 name the same technology: \"Rust\" and \"rust\""
    );
}

#[test]
fn names_match_case_insensitively_and_by_single_spaces() {
    let cases = [
        ("Rust", "RUST", true),
        ("Разработка на Rust", "разработка  на   rust", true),
        ("Rust", "Rust 2", false),
    ];
    for (a, b, same) in cases {
        let a = TechName::parse(a).unwrap();
        let b = TechName::parse(b).unwrap();
        assert_eq!(a.key() == b.key(), same, "{a} / {b}");
    }
}

#[test]
fn technology_names_are_trimmed_and_bounded() {
    assert_eq!(TechName::parse("  Rust \t").unwrap().as_str(), "Rust");
    assert_eq!(
        TechName::parse(" \n "),
        Err(InputError::Empty {
            field: Field::TechnologyName
        })
    );
    let long = "я".repeat(101);
    assert_eq!(
        TechName::parse(&long),
        Err(InputError::TooLong {
            field: Field::TechnologyName,
            chars: 101,
            max: 100
        })
    );
    assert!(TechName::parse(&"я".repeat(100)).is_ok());
}

#[test]
fn levels_outside_0_to_5_or_not_whole_are_rejected() {
    let cases: [(&str, Option<u8>); 14] = [
        ("0", Some(0)),
        ("5", Some(5)),
        (" 3 ", Some(3)),
        ("3.0", Some(3)),
        ("3,00", Some(3)),
        ("+2", Some(2)),
        ("-0", Some(0)),
        ("6", None),
        ("-1", None),
        ("2.5", None),
        ("99999999999999999999", None),
        ("three", None),
        ("", None),
        ("T3", None),
    ];
    for (text, expected) in cases {
        let got = TechLevel::parse_as(Field::CurrentLevel, text);
        assert_eq!(got.as_ref().ok().map(|l| l.value()), expected, "{text:?}");
        if let Err(error) = got {
            assert_eq!(error.field(), Field::CurrentLevel, "{text:?}");
        }
    }
    assert_eq!(
        TechLevel::parse_as(Field::MinimumLevel, "6")
            .unwrap_err()
            .to_string(),
        "minimum level I must be from 0 to 5, got 6"
    );
    assert_eq!(
        TechLevel::parse("2.5").unwrap_err().to_string(),
        "technology level must be a whole number, got \"2.5\""
    );
    assert!(TechLevel::try_from(6_u8).is_err());
}

#[test]
fn weight_of_zero_is_rejected() {
    assert_eq!(
        Weight::parse("0"),
        Err(InputError::NotPositive {
            field: Field::Weight,
            text: "0".into()
        })
    );
}

#[test]
fn weights_are_positive_at_most_1000_with_at_most_4_places() {
    let cases: [(&str, Option<&str>); 14] = [
        ("0.5", Some("0.5")),
        ("1.0", Some("1.0")),
        (" 0,8 ", Some("0.8")),
        ("1000", Some("1000")),
        ("0.0001", Some("0.0001")),
        ("2.50000", Some("2.5000")),
        (".5", Some("0.5")),
        ("-1", None),
        ("0.00", None),
        ("1000.0001", None),
        ("0.00001", None),
        ("1e3", None),
        ("abc", None),
        ("1 000", None),
    ];
    for (text, expected) in cases {
        let got = Weight::parse(text).map(|w| w.to_string());
        assert_eq!(got.as_deref().ok(), expected, "{text:?}");
    }
    let messages = [
        ("-1", "weight W must be greater than 0, got -1"),
        ("1000.5", "weight W must be at most 1000, got 1000.5"),
        (
            "0.12345",
            "weight W allows at most 4 decimal places, got 0.12345",
        ),
        ("abc", "weight W must be a number, got \"abc\""),
        ("", "weight W is empty"),
    ];
    for (text, message) in messages {
        assert_eq!(Weight::parse(text).unwrap_err().to_string(), message);
    }
}

#[test]
fn weights_from_numbers_are_checked_too() {
    assert!(Weight::try_from(Decimal::new(5, 1)).is_ok());
    assert!(Weight::try_from(Decimal::new(-5, 1)).is_err());
    assert!(Weight::try_from(Decimal::new(123_456, 5)).is_err());
    assert_eq!(
        Weight::try_from(Decimal::new(1_500_000, 6))
            .unwrap()
            .to_string(),
        "1.5"
    );
    assert!(Weight::try_from(Decimal::MAX).is_err());
}

#[test]
fn settings_fields_keep_to_their_ranges() {
    fn ok<T, E>(r: Result<T, E>) -> bool {
        r.is_ok()
    }
    let cases: [(&str, bool, bool); 24] = [
        ("base rate 50", ok(BaseRate::parse("50")), true),
        ("base rate 0", ok(BaseRate::parse("0")), false),
        ("base rate -5", ok(BaseRate::parse("-5")), false),
        ("base rate 1000000", ok(BaseRate::parse("1000000")), true),
        (
            "base rate 1000000.01",
            ok(BaseRate::parse("1000000.01")),
            false,
        ),
        ("base rate 49.999", ok(BaseRate::parse("49.999")), false),
        ("hours 24", ok(HoursPerDay::parse("24")), true),
        ("hours 24.01", ok(HoursPerDay::parse("24.01")), false),
        ("hours 0", ok(HoursPerDay::parse("0")), false),
        ("hours 7,75", ok(HoursPerDay::parse("7,75")), true),
        ("days 7", ok(DaysPerWeek::parse("7")), true),
        ("days 7.5", ok(DaysPerWeek::parse("7.5")), false),
        ("days 0", ok(DaysPerWeek::parse("0")), false),
        ("days 0.5", ok(DaysPerWeek::parse("0.5")), true),
        ("coefficient 0", ok(Coefficient::parse("0")), false),
        ("coefficient 0.0001", ok(Coefficient::parse("0.0001")), true),
        ("coefficient -1", ok(Coefficient::parse("-1")), false),
        ("multiplier 1", ok(MaxMultiplier::parse("1")), true),
        ("multiplier 0.99", ok(MaxMultiplier::parse("0.99")), false),
        ("multiplier 100", ok(MaxMultiplier::parse("100")), true),
        (
            "multiplier 100.01",
            ok(MaxMultiplier::parse("100.01")),
            false,
        ),
        ("experience 0", ok(ExperienceAmount::parse("0")), true),
        ("experience -1", ok(ExperienceAmount::parse("-1")), false),
        ("count 1.5", ok(Count::parse("1.5")), false),
    ];
    for (name, got, expected) in cases {
        assert_eq!(got, expected, "{name}");
    }
    assert_eq!(
        HoursPerDay::parse("25").unwrap_err().to_string(),
        "hours per workday must be at most 24, got 25"
    );
    assert_eq!(
        DaysPerWeek::parse("x").unwrap_err().to_string(),
        "workdays per week must be a number, got \"x\""
    );
    assert_eq!(
        MaxMultiplier::parse("0.5").unwrap_err().to_string(),
        "maximum multiplier must be at least 1, got 0.5"
    );
    assert_eq!(
        ExperienceAmount::parse("-2").unwrap_err().to_string(),
        "experience must not be negative, got -2"
    );
}

#[test]
fn decreasing_coefficients_are_rejected_naming_the_first_offending_level() {
    let error = Coefficients::parse(["0.2", "0.5", "1", "0.9", "0.8", "2"]).unwrap_err();
    assert_eq!(
        error,
        [InputError::CoefficientDecreases {
            level: DLevel::D3,
            value: Decimal::new(9, 1),
            previous_level: DLevel::D2,
            previous: Decimal::ONE,
        }]
    );
    assert_eq!(
        error[0].to_string(),
        "coefficient of D3 (0.9) is less than that of D2 (1): coefficients must not decrease"
    );
    assert_eq!(error[0].field(), Field::Coefficient(Some(DLevel::D3)));
    assert!(Coefficients::parse(["1", "1", "1", "1", "1", "1"]).is_ok());
}

#[test]
fn every_bad_coefficient_field_is_reported() {
    let errors = Coefficients::parse(["0", "0.5", "x", "1.5", "2", "2"]).unwrap_err();
    let fields: Vec<Field> = errors.iter().map(InputError::field).collect();
    assert_eq!(
        fields,
        [
            Field::Coefficient(Some(DLevel::D0)),
            Field::Coefficient(Some(DLevel::D2))
        ]
    );
    assert_eq!(
        errors[0].to_string(),
        "coefficient of D0 must be greater than 0, got 0"
    );
}

#[test]
fn a_requirement_row_reports_every_bad_field() {
    let errors = Requirement::parse(" ", "7", "0").unwrap_err();
    let fields: Vec<Field> = errors.iter().map(InputError::field).collect();
    assert_eq!(
        fields,
        [Field::TechnologyName, Field::MinimumLevel, Field::Weight]
    );
}

#[test]
fn currencies_read_codes_and_symbols() {
    let cases = [
        ("USD", Some(Currency::Usd)),
        (" eur ", Some(Currency::Eur)),
        ("₽", Some(Currency::Rub)),
        ("$", Some(Currency::Usd)),
        ("GBP", None),
        ("", None),
    ];
    for (text, expected) in cases {
        assert_eq!(Currency::parse(text).ok(), expected, "{text:?}");
    }
    assert_eq!(
        Currency::parse("GBP").unwrap_err().to_string(),
        "currency must be USD, EUR or RUB, got \"GBP\""
    );
}

#[test]
fn a_typed_qualification_stays_within_0_and_5() {
    let cases = [
        ("2.217", Some("2.22")),
        ("0", Some("0.00")),
        ("5", Some("5.00")),
        ("5.001", None),
        ("-0.5", None),
        ("q", None),
    ];
    for (text, expected) in cases {
        let got = Qualification::parse(text).map(|q| q.to_string());
        assert_eq!(got.as_deref().ok(), expected, "{text:?}");
    }
}

#[test]
fn long_input_is_shortened_in_messages() {
    let text = "x".repeat(1000);
    let message = Weight::parse(&text).unwrap_err().to_string();
    assert!(message.len() < 120, "{message}");
    assert!(message.ends_with("…\""));
}

#[test]
fn messages_are_lowercase_without_a_trailing_period() {
    let errors: Vec<Error> = vec![
        Weight::parse("0").unwrap_err().into(),
        TechName::parse("").unwrap_err().into(),
        Requirements::new(vec![]).unwrap_err().into(),
        Currency::parse("x").unwrap_err().into(),
    ];
    for error in errors {
        let message = error.to_string();
        assert!(!message.ends_with('.'), "{message}");
        let first = message.chars().next().unwrap();
        assert!(!first.is_uppercase(), "{message}");
    }
}

#[test]
fn settings_travel_as_the_share_link_json() {
    let json = r#"{"base_rate":"50","currency":"USD","hours_per_day":"5","days_per_week":"5",
        "coefficients":["0.2","0.5","1","1.5","2","2"],"max_multiplier":"2"}"#;
    let settings: Settings = serde_json::from_str(json).unwrap();
    assert_eq!(settings, Settings::default());
    let partial: Settings = serde_json::from_str(r#"{"base_rate":"60"}"#).unwrap();
    assert_eq!(partial.base_rate, BaseRate::parse("60").unwrap());
    assert_eq!(partial.coefficients, Coefficients::default());
    let back: Settings = serde_json::from_str(&serde_json::to_string(&settings).unwrap()).unwrap();
    assert_eq!(back, settings);
}

#[test]
fn invalid_stored_values_fail_to_deserialise() {
    let cases = [
        r#"{"base_rate":"0"}"#,
        r#"{"base_rate":"abc"}"#,
        r#"{"hours_per_day":"25"}"#,
        r#"{"coefficients":["0.2","0.5","1","0.9","2","2"]}"#,
        r#"{"coefficients":["1","1"]}"#,
        r#"{"currency":"GBP"}"#,
        r#"{"max_multiplier":"0.5"}"#,
    ];
    for json in cases {
        assert!(serde_json::from_str::<Settings>(json).is_err(), "{json}");
    }
    let requirements =
        r#"[{"name":"Rust","min":1,"weight":"1.0"},{"name":"rust","min":1,"weight":"1"}]"#;
    assert!(serde_json::from_str::<Requirements>(requirements).is_err());
    assert!(serde_json::from_str::<Requirements>("[]").is_err());
    let bad_level = r#"[{"name":"Rust","min":6,"weight":"1"}]"#;
    assert!(serde_json::from_str::<Requirements>(bad_level).is_err());
}

#[test]
fn developer_levels_round_trip_and_the_last_duplicate_wins() {
    let json = r#"[{"name":"Rust","level":3},{"name":"RUST","level":4},{"name":"Go","level":1}]"#;
    let levels: DeveloperLevels = serde_json::from_str(json).unwrap();
    assert_eq!(
        levels.level_of(&TechName::parse("rust").unwrap()),
        TechLevel::T4
    );
    assert_eq!(
        levels.level_of(&TechName::parse("SQL").unwrap()),
        TechLevel::NONE
    );
    let back: DeveloperLevels =
        serde_json::from_str(&serde_json::to_string(&levels).unwrap()).unwrap();
    assert_eq!(back, levels);
}
