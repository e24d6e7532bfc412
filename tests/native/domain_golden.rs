//! Golden cases from seed 003 (docs/rules.md#salary-band): the worked example, the reference table,
//! the D0 cap, D5, and what-if raises.

use std::str::FromStr;

use grades::domain::{
    BaseRate, Currency, DLevel, DeveloperLevels, MaxMultiplier, QualificationError, Requirement,
    Requirements, Settings, TechLevel, TechName, Weight, assess, next_level_raises,
    reference_table, salary,
};
use rust_decimal::Decimal;

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// One row of a project: name, I, W, L.
type Row<'a> = (&'a str, u8, &'a str, u8);

fn project(rows: &[Row]) -> (Requirements, DeveloperLevels) {
    let requirements = rows
        .iter()
        .map(|&(name, min, weight, _)| Requirement {
            name: TechName::parse(name).unwrap(),
            min: TechLevel::try_from(min).unwrap(),
            weight: Weight::parse(weight).unwrap(),
        })
        .collect();
    let levels = rows
        .iter()
        .map(|&(name, _, _, level)| {
            (
                TechName::parse(name).unwrap(),
                TechLevel::try_from(level).unwrap(),
            )
        })
        .collect();
    (Requirements::new(requirements).unwrap(), levels)
}

fn seed_example() -> (Requirements, DeveloperLevels) {
    project(&[
        ("Письменный английский", 1, "0.5", 1),
        ("Разработка на Rust", 1, "1.0", 3),
        ("Разработка серверного ПО", 2, "0.8", 2),
    ])
}

#[test]
fn seed_worked_example_gives_q_2_22_at_d2() {
    let (requirements, levels) = seed_example();
    let assessment = assess(&requirements, &levels).unwrap();
    let q = assessment.qualification;
    assert_eq!(q.value().to_string(), "2.22");
    assert_eq!(q.level(), DLevel::D2);
    assert_eq!(q.fraction().to_string(), "0.22");
    assert_eq!(assessment.weighted_sum, dec("5.1"));
    assert_eq!(assessment.weight_sum, dec("2.3"));
    assert_eq!(
        assessment.to_string(),
        "Q = (1 × 0.5 + 3 × 1.0 + 2 × 0.8) / (0.5 + 1.0 + 0.8) = 5.1 / 2.3 ≈ 2.22"
    );
}

#[test]
fn seed_worked_example_salary_follows_the_rule_not_the_seeds_61() {
    // The seed writes `50 + 50 * 0.22 = 61`, but its own rule multiplies the fraction by the
    // difference of minimum rates between D2 and D3: 75 − 50 = 25, so 50 + 25 × 0.22 = 55.50
    // (docs/rules.md#worked-example). The seed multiplied by the D2 rate, 50, not by that gap.
    let (requirements, levels) = seed_example();
    let q = assess(&requirements, &levels).unwrap().qualification;
    let pay = salary(&q, &Settings::default()).unwrap();
    assert_eq!(pay.hourly.min.to_string(), "55.50");
    assert_eq!(pay.hourly.max.to_string(), "100.00");
    assert_eq!(pay.monthly.min.to_string(), "5550.00");
    assert_eq!(pay.monthly.max.to_string(), "10000.00");
    assert_eq!(pay.hours_per_month, dec("100"));
    assert!(!pay.capped);
    assert_eq!(pay.currency, Currency::Usd);
    assert_eq!(
        pay.to_string(),
        "min(D2) = 1 × 50 = 50\n\
         max(D2) = 2 × 50 = 100\n\
         min = 50 + (75 − 50) × 0.22 = 55.50\n\
         max = max(D2) = 100.00\n\
         hours per month = 5 × 5 × 4 = 100\n\
         monthly min = 55.50 × 100 = 5550.00\n\
         monthly max = 100.00 × 100 = 10000.00"
    );
}

#[test]
fn reference_table_for_50_and_100_hours_matches_the_seed() {
    let table = reference_table(&Settings::default()).unwrap();
    let rows: Vec<(String, String, String, String, String, String)> = table
        .iter()
        .map(|band| {
            (
                band.level.to_string(),
                band.coefficient.value().normalize().to_string(),
                band.hourly.min.to_string(),
                band.hourly.max.to_string(),
                band.monthly.min.to_string(),
                band.monthly.max.to_string(),
            )
        })
        .collect();
    let expected = [
        ("D0", "0.2", "10.00", "20.00", "1000.00", "2000.00"),
        ("D1", "0.5", "25.00", "50.00", "2500.00", "5000.00"),
        ("D2", "1", "50.00", "100.00", "5000.00", "10000.00"),
        ("D3", "1.5", "75.00", "150.00", "7500.00", "15000.00"),
        ("D4", "2", "100.00", "200.00", "10000.00", "20000.00"),
        ("D5", "2", "100.00", "200.00", "10000.00", "20000.00"),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|&(a, b, c, d, e, f)| {
            (
                a.to_owned(),
                b.to_owned(),
                c.to_owned(),
                d.to_owned(),
                e.to_owned(),
                f.to_owned(),
            )
        })
        .collect();
    assert_eq!(rows, expected);
}

#[test]
fn q_exactly_halfway_rounds_away_from_zero() {
    let cases: [(&[Row], &str); 3] = [
        (&[("Rust", 0, "1", 1), ("Go", 0, "7", 0)], "0.13"),
        (&[("Rust", 0, "0.225", 3), ("Go", 0, "0.775", 2)], "2.23"),
        (&[("Rust", 0, "0.2249", 3), ("Go", 0, "0.7751", 2)], "2.22"),
    ];
    for (rows, expected) in cases {
        let (requirements, levels) = project(rows);
        let q = assess(&requirements, &levels).unwrap().qualification;
        assert_eq!(q.value().to_string(), expected);
    }
}

#[test]
fn d0_minimum_above_its_maximum_is_capped() {
    // Q 0.90: 10 + (25 − 10) × 0.9 = 23.5 > max(D0) = 20.
    let (requirements, levels) = project(&[("Rust", 0, "0.9", 1), ("SQL", 0, "0.1", 0)]);
    let q = assess(&requirements, &levels).unwrap().qualification;
    assert_eq!(q.value().to_string(), "0.90");
    assert_eq!(q.level(), DLevel::D0);
    let pay = salary(&q, &Settings::default()).unwrap();
    assert!(pay.capped);
    assert_eq!(pay.interpolated_min, dec("23.5"));
    assert_eq!(pay.hourly.min.to_string(), "20.00");
    assert_eq!(pay.hourly.max.to_string(), "20.00");
    assert_eq!(pay.monthly.min.to_string(), "2000.00");
    assert!(
        pay.lines()
            .contains(&"min = 10 + (25 − 10) × 0.90 = 23.5 > max(D0) = 20, capped at 20.00".into())
    );
}

#[test]
fn d0_cap_starts_just_above_two_thirds() {
    let settings = Settings::default();
    let cases = [("0.66", false, "19.90"), ("0.67", true, "20.00")];
    for (q, capped, min) in cases {
        let pay = salary(
            &q.parse::<Decimal>().unwrap().try_into().unwrap(),
            &settings,
        )
        .unwrap();
        assert_eq!(pay.capped, capped, "Q {q}");
        assert_eq!(pay.hourly.min.to_string(), min, "Q {q}");
    }
}

#[test]
fn d5_takes_its_own_minimum_without_interpolation() {
    let (requirements, levels) = project(&[("Rust", 5, "1", 5), ("Go", 3, "2.5", 5)]);
    let q = assess(&requirements, &levels).unwrap().qualification;
    assert_eq!(q.value().to_string(), "5.00");
    assert_eq!(q.level(), DLevel::D5);
    let pay = salary(&q, &Settings::default()).unwrap();
    assert_eq!(pay.next_min, None);
    assert_eq!(pay.hourly.min.to_string(), "100.00");
    assert_eq!(pay.hourly.max.to_string(), "200.00");
    assert_eq!(pay.monthly.min.to_string(), "10000.00");
    assert_eq!(pay.monthly.max.to_string(), "20000.00");
    assert!(pay.lines().contains(&"min = min(D5) = 100.00".into()));
    assert!(
        next_level_raises(&requirements, &levels)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn not_eligible_names_every_failing_technology() {
    let (requirements, levels) =
        project(&[("Rust", 3, "1", 2), ("SQL", 1, "1", 1), ("Go", 2, "1", 0)]);
    let Err(QualificationError::NotEligible(error)) = assess(&requirements, &levels) else {
        panic!("expected not eligible");
    };
    let failing: Vec<(&str, u8, u8)> = error
        .shortfalls
        .iter()
        .map(|s| (s.name.as_str(), s.level.value(), s.min.value()))
        .collect();
    assert_eq!(failing, [("Rust", 2, 3), ("Go", 0, 2)]);
    assert_eq!(
        error.to_string(),
        "not eligible: Rust: L 2 < I 3, Go: L 0 < I 2"
    );
}

#[test]
fn an_unlisted_technology_counts_as_level_zero() {
    let (requirements, _) = project(&[("Rust", 0, "1", 3), ("Go", 0, "1", 0)]);
    let levels: DeveloperLevels = [(TechName::parse("  RUST ").unwrap(), TechLevel::T3)]
        .into_iter()
        .collect();
    let q = assess(&requirements, &levels).unwrap().qualification;
    assert_eq!(q.value().to_string(), "1.50");
}

#[test]
fn what_if_lists_single_raises_by_fewest_steps_then_name() {
    // Q 2.22 needs 2.995 × 2.3 = 6.8885 weighted to round to 3.00: +1.7885 over 5.1.
    let (requirements, levels) = seed_example();
    let raises = next_level_raises(&requirements, &levels).unwrap();
    let summary: Vec<(&str, u8, u8, u8, String)> = raises
        .iter()
        .map(|r| {
            (
                r.name.as_str(),
                r.from.value(),
                r.to.value(),
                r.steps,
                r.qualification.value().to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("Разработка на Rust", 3, 5, 2, "3.09".to_owned()),
            ("Разработка серверного ПО", 2, 5, 3, "3.26".to_owned()),
            ("Письменный английский", 1, 5, 4, "3.09".to_owned()),
        ]
    );
}

#[test]
fn what_if_leaves_out_technologies_that_cannot_do_it_alone() {
    // Q 1.00 with ten equal weights: one technology from 1 to 5 gives 1.40, still D1.
    let rows: Vec<(String, u8, &str, u8)> =
        (0..10).map(|i| (format!("Tech {i}"), 0, "1", 1)).collect();
    let rows: Vec<Row> = rows
        .iter()
        .map(|(n, i, w, l)| (n.as_str(), *i, *w, *l))
        .collect();
    let (requirements, levels) = project(&rows);
    assert!(
        next_level_raises(&requirements, &levels)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn what_if_is_refused_for_a_developer_who_is_not_eligible() {
    let (requirements, levels) = project(&[("Rust", 3, "1", 2)]);
    assert!(matches!(
        next_level_raises(&requirements, &levels),
        Err(QualificationError::NotEligible(_))
    ));
}

#[test]
fn custom_settings_change_rates_and_hours() {
    let settings = Settings {
        base_rate: BaseRate::parse("3000").unwrap(),
        currency: Currency::Rub,
        hours_per_day: "8".parse::<Decimal>().unwrap().try_into().unwrap(),
        days_per_week: "5".parse::<Decimal>().unwrap().try_into().unwrap(),
        max_multiplier: MaxMultiplier::parse("1,5").unwrap(),
        ..Settings::default()
    };
    let q = "3.5".parse::<Decimal>().unwrap().try_into().unwrap();
    let pay = salary(&q, &settings).unwrap();
    // min(D3) = 4500, min(D4) = 6000: 4500 + 1500 × 0.5 = 5250; max(D3) = 1.5 × 4500 = 6750.
    assert_eq!(pay.hourly.min.to_string(), "5250.00");
    assert_eq!(pay.hourly.max.to_string(), "6750.00");
    assert_eq!(pay.hours_per_month, dec("160"));
    assert_eq!(pay.monthly.min.to_string(), "840000.00");
    assert_eq!(pay.monthly.max.to_string(), "1080000.00");
}

#[test]
fn monthly_figures_multiply_the_rounded_hourly_figure() {
    // Hourly 10 + 15 × 0.33 = 14.95; 7.5 h × 4.5 days × 4 = 135 h; 14.95 × 135 = 2018.25.
    let settings = Settings {
        hours_per_day: "7.5".parse::<Decimal>().unwrap().try_into().unwrap(),
        days_per_week: "4.5".parse::<Decimal>().unwrap().try_into().unwrap(),
        ..Settings::default()
    };
    let q = "0.33".parse::<Decimal>().unwrap().try_into().unwrap();
    let pay = salary(&q, &settings).unwrap();
    assert_eq!(pay.hourly.min.to_string(), "14.95");
    assert_eq!(pay.monthly.min.to_string(), "2018.25");
}

#[test]
fn the_largest_settings_do_not_overflow() {
    let settings = Settings {
        base_rate: BaseRate::parse("1000000").unwrap(),
        currency: Currency::Eur,
        hours_per_day: "24".parse::<Decimal>().unwrap().try_into().unwrap(),
        days_per_week: "7".parse::<Decimal>().unwrap().try_into().unwrap(),
        coefficients: grades::domain::Coefficients::parse([
            "0.0001", "1000", "1000", "1000", "1000", "1000",
        ])
        .unwrap(),
        max_multiplier: MaxMultiplier::parse("100").unwrap(),
    };
    let table = reference_table(&settings).unwrap();
    assert_eq!(table[5].monthly.max.to_string(), "67200000000000.00");
    let q = "0.99".parse::<Decimal>().unwrap().try_into().unwrap();
    let pay = salary(&q, &settings).unwrap();
    // 100 + (1e9 − 100) × 0.99 is far above max(D0) = 10 000.
    assert!(pay.capped);
    assert_eq!(pay.hourly.min.to_string(), "10000.00");
}
