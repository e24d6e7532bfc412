//! Laws of the grading engine, checked by proptest on 1000 generated cases each.

use crate::support::decimal;
use grades::domain::{
    BaseRate, Coefficient, Coefficients, Contribution, Count, Currency, DaysPerWeek,
    DeveloperLevels, Evidence, Experience, ExperienceAmount, ExperienceUnit, HoursPerDay,
    MaxMultiplier, Money, Qualification, Requirement, Requirements, Settings, TechLevel, TechName,
    Weight, assess, assess_evidence, next_level_raises, reference_table, salary,
};
use grades::i18n::Localize;
use grades::lang::Lang;
use proptest::prelude::*;
use proptest::sample::Index;
use rust_decimal::Decimal;

const CASES: u32 = 1000;

/// Any valid weight, 0.0001 to 1000 in steps of 0.0001, or a small whole one: small
/// whole weights make quotients such as 1/8 = 0.125 that land exactly on a half.
fn weight() -> impl Strategy<Value = Weight> {
    prop_oneof![
        (1_i64..=10_000_000).prop_map(|m| decimal(m, 4)),
        (1_i64..=16).prop_map(|m| decimal(m, 0)),
    ]
    .prop_map(|w| Weight::try_from(w).unwrap())
}

fn level() -> impl Strategy<Value = TechLevel> {
    (0_u8..=5).prop_map(|l| TechLevel::try_from(l).unwrap())
}

/// A project of 1 to 8 technologies with no minimum, so every developer is eligible.
fn rows() -> impl Strategy<Value = Vec<(TechLevel, Weight)>> {
    prop::collection::vec((level(), weight()), 1..=8)
}

fn project(rows: &[(TechLevel, Weight)]) -> (Requirements, DeveloperLevels) {
    let name = |i: usize| TechName::parse(&format!("Tech {i}")).unwrap();
    let requirements = rows
        .iter()
        .enumerate()
        .map(|(i, &(_, weight))| Requirement {
            name: name(i),
            min: TechLevel::NONE,
            weight,
        })
        .collect();
    let levels = rows
        .iter()
        .enumerate()
        .map(|(i, &(level, _))| (name(i), level))
        .collect();
    (Requirements::new(requirements).unwrap(), levels)
}

fn q_of(rows: &[(TechLevel, Weight)]) -> Qualification {
    let (requirements, levels) = project(rows);
    assess(&requirements, &levels).unwrap().qualification
}

/// Any valid settings, at every limit docs/rules.md#input-limits allows.
fn settings() -> impl Strategy<Value = Settings> {
    (
        1_i64..=100_000_000,
        prop::collection::vec(1_i64..=10_000_000, 6),
        100_i64..=10_000,
        1_i64..=2400,
        1_i64..=700,
        prop::sample::select(Currency::ALL.to_vec()),
    )
        .prop_map(|(b, mut coefficients, multiplier, hours, days, currency)| {
            coefficients.sort_unstable();
            let coefficients: Vec<Coefficient> = coefficients
                .into_iter()
                .map(|c| Coefficient::try_from(decimal(c, 4)).unwrap())
                .collect();
            Settings {
                base_rate: BaseRate::try_from(decimal(b, 2)).unwrap(),
                currency,
                hours_per_day: HoursPerDay::try_from(decimal(hours, 2)).unwrap(),
                days_per_week: DaysPerWeek::try_from(decimal(days, 2)).unwrap(),
                coefficients: Coefficients::new(coefficients.try_into().unwrap()).unwrap(),
                max_multiplier: MaxMultiplier::try_from(decimal(multiplier, 2)).unwrap(),
            }
        })
}

/// A rounded qualification 0.00 to 5.00.
fn qualification() -> impl Strategy<Value = Qualification> {
    (0_i64..=500).prop_map(|h| Qualification::try_from(decimal(h, 2)).unwrap())
}

/// Any `Decimal` at all: every mantissa, sign and scale.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    (any::<[u32; 3]>(), any::<bool>(), 0_u32..=28).prop_map(|([lo, mid, hi], negative, scale)| {
        Decimal::from_parts(lo, mid, hi, negative, scale)
    })
}

/// Decimals near the limits as often as anywhere else, and zero or negative ones.
fn loose_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        any_decimal(),
        (-2_000_000_i64..=20_000_000, 0_u32..=6).prop_map(|(m, s)| decimal(m, s)),
        (-10_000_i64..=100_000_000_000, 0_u32..=2).prop_map(|(m, s)| decimal(m, s)),
    ]
}

/// Levels in and just out of range, and any byte.
fn loose_level() -> impl Strategy<Value = u8> {
    prop_oneof![0_u8..=6, any::<u8>()]
}

/// Any text, and text shaped like numbers (signs, separators, long digit runs).
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ ]?[-+−]?[0-9]{0,40}([.,][0-9]{0,40})?[ ]?",
        "[0-9.,eE+\\- ]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn q_lies_between_the_smallest_and_largest_level(rows in rows()) {
        let q = q_of(&rows).value();
        let smallest = rows.iter().map(|(l, _)| l.value()).min().unwrap();
        let largest = rows.iter().map(|(l, _)| l.value()).max().unwrap();
        prop_assert!(q >= Decimal::from(smallest), "{q} < {smallest}");
        prop_assert!(q <= Decimal::from(largest), "{q} > {largest}");
    }

    #[test]
    fn q_is_the_exact_quotient_rounded_half_away_from_zero(rows in rows()) {
        let (requirements, levels) = project(&rows);
        let assessment = assess(&requirements, &levels).unwrap();
        let q = assessment.qualification.value();
        let half = decimal(5, 3);
        // v − 0.005 ≤ Σ(L·W)/ΣW < v + 0.005, multiplied out so every step is exact.
        let low = (q - half) * assessment.weight_sum;
        let high = (q + half) * assessment.weight_sum;
        prop_assert!(low <= assessment.weighted_sum && assessment.weighted_sum < high);
        let level = Decimal::from(assessment.qualification.level().index());
        prop_assert_eq!(level + assessment.qualification.fraction(), q);
        prop_assert!(assessment.qualification.fraction() < Decimal::ONE);
    }

    #[test]
    fn raising_any_level_never_lowers_q(rows in rows(), which in any::<Index>(), by in 1_u8..=5) {
        let before = q_of(&rows);
        let mut raised = rows.clone();
        let row = &mut raised[which.index(rows.len())];
        row.0 = TechLevel::try_from(row.0.value().saturating_add(by).min(5)).unwrap();
        let after = q_of(&raised);
        prop_assert!(after.value() >= before.value(), "{} < {}", after, before);
    }

    #[test]
    fn min_never_exceeds_max(settings in settings(), q in qualification()) {
        let pay = salary(&q, &settings).unwrap();
        prop_assert!(pay.hourly.min <= pay.hourly.max);
        prop_assert!(pay.monthly.min <= pay.monthly.max);
        for band in reference_table(&settings).unwrap() {
            prop_assert!(band.hourly.min <= band.hourly.max);
            prop_assert!(band.monthly.min <= band.monthly.max);
        }
    }

    #[test]
    fn the_interpolated_minimum_never_decreases_as_q_grows(
        settings in settings(),
        a in 0_i64..=500,
        b in 0_i64..=500,
    ) {
        let (low, high) = (a.min(b), a.max(b));
        let at = |h| salary(&Qualification::try_from(decimal(h, 2)).unwrap(), &settings).unwrap();
        let (lower, higher) = (at(low), at(high));
        let exact = |s: &grades::domain::Salary| s.interpolated_min.min(s.level_max);
        prop_assert!(exact(&lower) <= exact(&higher), "Q {low}: {}, Q {high}: {}", exact(&lower), exact(&higher));
        prop_assert!(lower.hourly.min <= higher.hourly.min);
    }

    #[test]
    fn the_monthly_figure_is_the_rounded_hourly_times_hours_per_month(
        settings in settings(),
        q in qualification(),
    ) {
        let hours = settings.hours_per_month().unwrap();
        prop_assert_eq!(hours, settings.hours_per_day.value() * settings.days_per_week.value() * Decimal::from(4));
        let pay = salary(&q, &settings).unwrap();
        prop_assert_eq!(pay.monthly.min, Money::round(pay.hourly.min.value() * hours));
        prop_assert_eq!(pay.monthly.max, Money::round(pay.hourly.max.value() * hours));
        prop_assert_eq!(pay.hourly.min.value().scale(), 2);
        for band in reference_table(&settings).unwrap() {
            prop_assert_eq!(band.monthly.min, Money::round(band.hourly.min.value() * hours));
            prop_assert_eq!(band.monthly.max, Money::round(band.hourly.max.value() * hours));
        }
    }

    #[test]
    fn every_what_if_raise_reaches_the_next_level_in_the_fewest_steps(rows in rows()) {
        let (requirements, levels) = project(&rows);
        let q = assess(&requirements, &levels).unwrap().qualification;
        let raises = next_level_raises(&requirements, &levels).unwrap();
        for pair in raises.windows(2) {
            prop_assert!(pair[0].steps <= pair[1].steps);
        }
        for raise in &raises {
            prop_assert!(raise.qualification.level() > q.level());
            let i = rows.iter().enumerate().position(|(i, _)| raise.name.as_str() == format!("Tech {i}")).unwrap();
            let mut fewer = rows.clone();
            fewer[i].0 = TechLevel::try_from(raise.to.value() - 1).unwrap();
            prop_assert!(q_of(&fewer).level() == q.level(), "one step fewer already reaches it");
        }
    }

    #[test]
    fn no_text_makes_any_parse_panic(text in any_text()) {
        let _ = TechName::parse(&text);
        let _ = TechLevel::parse(&text);
        let _ = Weight::parse(&text);
        let _ = BaseRate::parse(&text);
        let _ = Currency::parse(&text);
        let _ = HoursPerDay::parse(&text);
        let _ = DaysPerWeek::parse(&text);
        let _ = Coefficient::parse(&text);
        let _ = Coefficients::parse([&text, "1", &text, "1", "2", &text]);
        let _ = MaxMultiplier::parse(&text);
        let _ = Qualification::parse(&text);
        let _ = ExperienceAmount::parse(&text);
        let _ = Count::parse(&text);
        let _ = Requirement::parse(&text, &text, &text);
        if let Err(error) = Weight::parse(&text) {
            prop_assert!(!error.to_string().is_empty());
            prop_assert!(!error.localize(Lang::Ru).is_empty());
        }
    }

    #[test]
    fn no_number_makes_any_constructor_panic(value in any_decimal(), small in any::<u32>()) {
        let _ = Weight::try_from(value);
        let _ = BaseRate::try_from(value);
        let _ = HoursPerDay::try_from(value);
        let _ = DaysPerWeek::try_from(value);
        let _ = Coefficient::try_from(value);
        let _ = MaxMultiplier::try_from(value);
        let _ = Qualification::try_from(value);
        let _ = ExperienceAmount::try_from(value);
        let _ = TechLevel::try_from(small);
        let _ = Count::try_from(small);
    }

    #[test]
    fn no_generated_project_or_settings_make_the_pipeline_panic(
        rows in prop::collection::vec((any_text(), loose_level(), loose_decimal(), loose_level()), 0..6),
        numbers in prop::collection::vec(loose_decimal(), 11),
        counts in prop::collection::vec(prop_oneof![0_u32..=10, any::<u32>()], 6),
        unit in prop::sample::select(ExperienceUnit::ALL.to_vec()),
    ) {
        let requirements: Vec<Requirement> = rows
            .iter()
            .filter_map(|(name, min, weight, _)| {
                Some(Requirement {
                    name: TechName::parse(name).ok()?,
                    min: TechLevel::try_from(*min).ok()?,
                    weight: Weight::try_from(*weight).ok()?,
                })
            })
            .collect();
        let levels: DeveloperLevels = rows
            .iter()
            .filter_map(|(name, _, _, level)| Some((TechName::parse(name).ok()?, TechLevel::try_from(*level).ok()?)))
            .collect();
        let defaults = Settings::default();
        let coefficients: Option<[Coefficient; 6]> = numbers[5..11]
            .iter()
            .map(|&c| Coefficient::try_from(c).ok())
            .collect::<Option<Vec<_>>>()
            .and_then(|v| v.try_into().ok());
        let settings = Settings {
            base_rate: BaseRate::try_from(numbers[0]).unwrap_or(defaults.base_rate),
            currency: defaults.currency,
            hours_per_day: HoursPerDay::try_from(numbers[1]).unwrap_or(defaults.hours_per_day),
            days_per_week: DaysPerWeek::try_from(numbers[2]).unwrap_or(defaults.days_per_week),
            coefficients: coefficients
                .and_then(|c| Coefficients::new(c).ok())
                .unwrap_or(defaults.coefficients),
            max_multiplier: MaxMultiplier::try_from(numbers[3]).unwrap_or(defaults.max_multiplier),
        };
        prop_assert!(reference_table(&settings).is_ok());
        if let Ok(requirements) = Requirements::new(requirements)
            && let Ok(assessment) = assess(&requirements, &levels)
        {
            let _ = assessment.to_string();
            let pay = salary(&assessment.qualification, &settings);
            prop_assert!(pay.is_ok());
            let _ = pay.map(|p| p.to_string());
            prop_assert!(next_level_raises(&requirements, &levels).is_ok());
        }
        let count = |n: u32| Count::try_from(n).unwrap_or_default();
        let evidence = Evidence {
            experience: Experience {
                amount: ExperienceAmount::try_from(numbers[4]).unwrap_or_default(),
                unit,
            },
            significant_projects: count(counts[0]),
            large_projects: count(counts[1]),
            expert_recognitions: count(counts[2]),
            contribution: Some(Contribution {
                audience: count(counts[3]),
                recognisers: count(counts[4]),
                non_recognisers: count(counts[5]),
            }),
        };
        let result = assess_evidence(&evidence, &settings);
        prop_assert!(result.is_ok());
        for check in result.unwrap().checks {
            for condition in check.conditions {
                for criterion in condition.any_of {
                    let _ = (criterion.to_string(), criterion.localize(Lang::Ru));
                }
            }
        }
    }

    #[test]
    fn more_evidence_never_lowers_the_level(
        hours in 0_i64..=300_000,
        extra in 0_i64..=300_000,
        counts in prop::collection::vec(0_u32..=6, 6),
        more in prop::collection::vec(0_u32..=3, 6),
    ) {
        let build = |h: i64, c: &[u32]| Evidence {
            experience: Experience {
                amount: ExperienceAmount::try_from(decimal(h, 2)).unwrap(),
                unit: ExperienceUnit::Hours,
            },
            significant_projects: Count::try_from(c[0]).unwrap(),
            large_projects: Count::try_from(c[1]).unwrap(),
            expert_recognitions: Count::try_from(c[2]).unwrap(),
            contribution: Some(Contribution {
                audience: Count::try_from(c[3]).unwrap(),
                recognisers: Count::try_from(c[4]).unwrap(),
                non_recognisers: Count::try_from(c[5]).unwrap(),
            }),
        };
        let mut larger: Vec<u32> = counts.iter().zip(&more).map(|(c, m)| c + m).collect();
        // More people against the contribution is not more evidence.
        larger[5] = counts[5];
        let settings = Settings::default();
        let before = assess_evidence(&build(hours, &counts), &settings).unwrap().level;
        let after = assess_evidence(&build(hours + extra, &larger), &settings).unwrap().level;
        prop_assert!(after >= before, "{after} < {before}");
    }
}
