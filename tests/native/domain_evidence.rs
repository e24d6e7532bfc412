//! T-levels from evidence (docs/rules.md#criteria): each level just below and at its threshold.
//! Default settings: 5 h × 5 days × 4 = 100 h a month.

use std::str::FromStr;

use grades::domain::{
    Contribution, Count, Criterion, Evidence, Experience, ExperienceAmount, ExperienceUnit,
    Settings, TechLevel, assess_evidence,
};
use grades::i18n::Localize;
use grades::lang::Lang;
use rust_decimal::Decimal;

fn count(n: u32) -> Count {
    Count::try_from(n).unwrap()
}

fn experience(amount: &str, unit: ExperienceUnit) -> Experience {
    Experience {
        amount: ExperienceAmount::parse(amount).unwrap(),
        unit,
    }
}

/// Evidence with experience in hours, significant (not large) and large project counts.
fn evidence(hours: &str, significant: u32, large: u32) -> Evidence {
    Evidence {
        experience: experience(hours, ExperienceUnit::Hours),
        significant_projects: count(significant),
        large_projects: count(large),
        ..Evidence::default()
    }
}

fn with_recognitions(mut e: Evidence, n: u32) -> Evidence {
    e.expert_recognitions = count(n);
    e
}

fn with_contribution(mut e: Evidence, audience: u32, yes: u32, no: u32) -> Evidence {
    e.contribution = Some(Contribution {
        audience: count(audience),
        recognisers: count(yes),
        non_recognisers: count(no),
    });
    e
}

fn level(e: &Evidence) -> TechLevel {
    assess_evidence(e, &Settings::default()).unwrap().level
}

/// Strong T3 evidence: 1200.01 h, one large and two other significant projects.
fn t3() -> Evidence {
    evidence("1200.01", 2, 1)
}

#[test]
fn each_level_holds_at_its_threshold_and_not_just_below() {
    let cases: [(&str, Evidence, TechLevel); 20] = [
        ("nothing", evidence("0", 0, 0), TechLevel::NONE),
        (
            "T1 below: 99.99 h",
            evidence("99.99", 0, 0),
            TechLevel::NONE,
        ),
        ("T1 at: one month", evidence("100", 0, 0), TechLevel::T1),
        ("T1 at: one significant", evidence("0", 1, 0), TechLevel::T1),
        ("T1 at: one large", evidence("0", 0, 1), TechLevel::T1),
        (
            "T2 below: exactly 6 months",
            evidence("600", 2, 0),
            TechLevel::T1,
        ),
        (
            "T2 at: just over 6 months",
            evidence("600.01", 2, 0),
            TechLevel::T2,
        ),
        (
            "T2 below: one significant",
            evidence("700", 1, 0),
            TechLevel::T1,
        ),
        ("T2 at: one large", evidence("700", 0, 1), TechLevel::T2),
        (
            "T3 below: exactly 12 months",
            evidence("1200", 2, 1),
            TechLevel::T2,
        ),
        ("T3 at: just over 12 months", t3(), TechLevel::T3),
        (
            "T3 below: two projects",
            evidence("1300", 1, 1),
            TechLevel::T2,
        ),
        ("T3 below: no large", evidence("1300", 5, 0), TechLevel::T2),
        ("T3 at: three large", evidence("1300", 0, 3), TechLevel::T3),
        (
            "T4 below: one recognition",
            with_recognitions(t3(), 1),
            TechLevel::T3,
        ),
        (
            "T4 at: two recognitions",
            with_recognitions(t3(), 2),
            TechLevel::T4,
        ),
        (
            "T5 below: significant for 3",
            with_contribution(t3(), 3, 5, 0),
            TechLevel::T3,
        ),
        (
            "T5 below: recognisers tie",
            with_contribution(t3(), 4, 2, 2),
            TechLevel::T3,
        ),
        (
            "T5 at: 4 people, 3 against 2",
            with_contribution(t3(), 4, 3, 2),
            TechLevel::T5,
        ),
        (
            "T5 needs T3",
            with_contribution(with_recognitions(evidence("1300", 1, 1), 9), 100, 50, 0),
            TechLevel::T2,
        ),
    ];
    for (name, e, expected) in cases {
        assert_eq!(level(&e), expected, "{name}");
    }
}

#[test]
fn t5_does_not_need_t4() {
    let e = with_contribution(t3(), 4, 1, 0);
    let result = assess_evidence(&e, &Settings::default()).unwrap();
    assert_eq!(result.level, TechLevel::T5);
    let held: Vec<bool> = result.checks.iter().map(|c| c.holds()).collect();
    assert_eq!(held, [true, true, true, false, true]);
}

#[test]
fn experience_units_convert_through_the_settings() {
    let settings = Settings::default();
    let cases = [
        ("10", ExperienceUnit::Hours, "10"),
        ("2", ExperienceUnit::Days, "10"),
        ("1.5", ExperienceUnit::Weeks, "37.5"),
        ("6", ExperienceUnit::Months, "600"),
        ("1", ExperienceUnit::Years, "1200"),
        ("0.25", ExperienceUnit::Years, "300"),
    ];
    for (amount, unit, hours) in cases {
        let got = experience(amount, unit).hours(&settings).unwrap();
        assert_eq!(got, Decimal::from_str(hours).unwrap(), "{amount} {unit:?}");
    }
}

#[test]
fn a_year_is_not_more_than_twelve_months() {
    let mut e = t3();
    e.experience = experience("1", ExperienceUnit::Years);
    assert_eq!(level(&e), TechLevel::T2);
    e.experience = experience("1.01", ExperienceUnit::Years);
    assert_eq!(level(&e), TechLevel::T3);
}

#[test]
fn the_month_follows_the_workday_and_week_settings() {
    // 8 h × 5 days × 4 = 160 h a month: 150 h is below one month.
    let settings = Settings {
        hours_per_day: "8".parse::<Decimal>().unwrap().try_into().unwrap(),
        ..Settings::default()
    };
    let below = assess_evidence(&evidence("150", 0, 0), &settings).unwrap();
    assert_eq!(below.level, TechLevel::NONE);
    assert_eq!(below.hours_per_month, Decimal::from(160));
    let at = assess_evidence(&evidence("160", 0, 0), &settings).unwrap();
    assert_eq!(at.level, TechLevel::T1);
}

#[test]
fn every_criterion_is_explained_with_its_numbers() {
    let result = assess_evidence(&evidence("700", 1, 0), &Settings::default()).unwrap();
    assert_eq!(result.level, TechLevel::T1);
    let t2 = &result.checks[1];
    assert_eq!(t2.level, TechLevel::T2);
    let explained: Vec<Vec<(String, bool)>> = t2
        .conditions
        .iter()
        .map(|c| c.any_of.iter().map(|k| (k.to_string(), k.held())).collect())
        .collect();
    assert_eq!(
        explained,
        [
            vec![(
                "experience of more than 6 months (600 h): 700 h".to_owned(),
                true
            )],
            vec![
                (
                    "at least 2 significant projects, large ones included: 1".to_owned(),
                    false
                ),
                ("at least 1 large projects: 0".to_owned(), false),
            ],
        ]
    );
    assert_eq!(
        t2.conditions[0].any_of[0].localize(Lang::Ru),
        "опыт более 6 мес. (600 ч): 700 ч"
    );
    let t4 = &result.checks[3];
    assert_eq!(
        t4.conditions[0].any_of[0],
        Criterion::MeetsT3 { held: false }
    );
}

#[test]
fn no_contribution_counts_as_nobody() {
    let result = assess_evidence(&t3(), &Settings::default()).unwrap();
    let t5 = &result.checks[4];
    assert!(!t5.holds());
    assert_eq!(
        t5.conditions[1].any_of[0],
        Criterion::ContributionAudienceMoreThan {
            required: 3,
            actual: 0
        }
    );
}
