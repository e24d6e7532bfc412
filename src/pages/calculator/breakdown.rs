//! The breakdown of every figure: the engine's formula with the user's numbers, written in the
//! interface language. Only wording: every number comes from the engine's `Assessment` and
//! `Salary`.

use rust_decimal::Decimal;

use super::format::{grouped, number};
use crate::domain::{Assessment, Money, Salary};
use crate::lang::Lang;

/// Rows beyond which `Q`'s formula is written with sums instead of every term.
pub const TERMS_SHOWN: usize = 12;

fn relation(exact: Decimal, shown: Decimal) -> &'static str {
    if exact == shown { "=" } else { "≈" }
}

/// `Q = (1 × 0,5 + 3 × 1,0 + 2 × 0,8) / (0,5 + 1,0 + 0,8) = 5,1 / 2,3 ≈ 2,22`.
pub fn qualification(assessment: &Assessment, lang: Lang) -> String {
    let q = &assessment.qualification;
    let sums = format!(
        "{} / {}",
        number(assessment.weighted_sum, lang),
        number(assessment.weight_sum, lang)
    );
    let value = super::format::fixed(q.value(), lang);
    let relation = relation(q.exact(), q.value());
    if assessment.rows.len() > TERMS_SHOWN {
        return format!("Q = Σ(L × W) / ΣW = {sums} {relation} {value}");
    }
    let weight = |w: &crate::domain::Weight| super::format::fixed(w.value(), lang);
    let products: Vec<String> = assessment
        .rows
        .iter()
        .map(|r| format!("{} × {}", r.level.value(), weight(&r.weight)))
        .collect();
    let weights: Vec<String> = assessment.rows.iter().map(|r| weight(&r.weight)).collect();
    format!(
        "Q = ({}) / ({}) = {sums} {relation} {value}",
        products.join(" + "),
        weights.join(" + ")
    )
}

/// `D = ⌊Q⌋ = 2 → D2; дробная часть 0,22`.
pub fn level(assessment: &Assessment, lang: Lang) -> String {
    let q = &assessment.qualification;
    let fraction = number(q.fraction(), lang);
    (crate::i18n::calculator::strings(lang).breakdown_level)(
        q.level().index(),
        &q.level().to_string(),
        &fraction,
    )
}

fn money(value: Money, lang: Lang) -> String {
    grouped(value, lang)
}

/// The hourly minimum, one formula a line.
pub fn rate_min(salary: &Salary, lang: Lang) -> Vec<String> {
    let level = salary.qualification.level();
    let n = |d: Decimal| number(d, lang);
    let mut lines = vec![format!(
        "min({level}) = {} × {} = {}",
        n(salary.coefficient),
        n(salary.base_rate),
        n(salary.level_min)
    )];
    match (salary.next_min, level.next()) {
        (Some(next_min), Some(next)) => {
            lines.push(format!("min({next}) = {}", n(next_min)));
            let formula = format!(
                "min = {} + ({} − {}) × {} = {}",
                n(salary.level_min),
                n(next_min),
                n(salary.level_min),
                n(salary.qualification.fraction()),
                n(salary.interpolated_min)
            );
            if salary.capped {
                lines.push(format!(
                    "{formula} > max({level}) = {} → {}",
                    n(salary.level_max),
                    money(salary.hourly.min, lang)
                ));
            } else if salary.interpolated_min == salary.hourly.min.value() {
                lines.push(format!(
                    "min = {} + ({} − {}) × {} = {}",
                    n(salary.level_min),
                    n(next_min),
                    n(salary.level_min),
                    n(salary.qualification.fraction()),
                    money(salary.hourly.min, lang)
                ));
            } else {
                lines.push(format!("{formula} ≈ {}", money(salary.hourly.min, lang)));
            }
        }
        _ => lines.push(format!(
            "min = min({level}) {} {}",
            relation(salary.level_min, salary.hourly.min.value()),
            money(salary.hourly.min, lang)
        )),
    }
    lines
}

/// `max = max(D2) = 2 × 50 = 100,00`.
pub fn rate_max(salary: &Salary, lang: Lang) -> Vec<String> {
    let level = salary.qualification.level();
    let n = |d: Decimal| number(d, lang);
    vec![format!(
        "max = max({level}) = {} × {} {} {}",
        n(salary.multiplier),
        n(salary.level_min),
        relation(salary.level_max, salary.hourly.max.value()),
        money(salary.hourly.max, lang)
    )]
}

fn hours_per_month(salary: &Salary, lang: Lang) -> String {
    let n = |d: Decimal| number(d, lang);
    let words = crate::i18n::calculator::strings(lang).breakdown_hours_per_month;
    format!(
        "{words} = {} × {} × 4 = {}",
        n(salary.hours_per_day),
        n(salary.days_per_week),
        n(salary.hours_per_month)
    )
}

fn monthly(hourly: Money, monthly: Money, salary: &Salary, lang: Lang) -> String {
    let exact = hourly.value().checked_mul(salary.hours_per_month);
    let relation = exact.map_or("≈", |exact| relation(exact, monthly.value()));
    format!(
        "{} × {} {relation} {}",
        money(hourly, lang),
        number(salary.hours_per_month, lang),
        money(monthly, lang)
    )
}

/// The monthly minimum: hours per month, then the rounded hourly figure times them.
pub fn month_min(salary: &Salary, lang: Lang) -> Vec<String> {
    vec![
        hours_per_month(salary, lang),
        monthly(salary.hourly.min, salary.monthly.min, salary, lang),
    ]
}

pub fn month_max(salary: &Salary, lang: Lang) -> Vec<String> {
    vec![monthly(salary.hourly.max, salary.monthly.max, salary, lang)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        DeveloperLevels, Requirement, Requirements, Settings, TechLevel, TechName, assess, salary,
    };

    fn seed() -> (Assessment, Salary) {
        let rows = [
            ("Письменный английский", "1", "0.5", 1_u8),
            ("Разработка на Rust", "1", "1.0", 3),
            ("Разработка серверного ПО", "2", "0.8", 2),
        ];
        let requirements = Requirements::new(
            rows.iter()
                .map(|(n, i, w, _)| Requirement::parse(n, i, w).unwrap())
                .collect(),
        )
        .unwrap();
        let levels: DeveloperLevels = rows
            .iter()
            .map(|(n, _, _, l)| {
                (
                    TechName::parse(n).unwrap(),
                    TechLevel::try_from(*l).unwrap(),
                )
            })
            .collect();
        let assessment = assess(&requirements, &levels).unwrap();
        let salary = salary(&assessment.qualification, &Settings::default()).unwrap();
        (assessment, salary)
    }

    #[test]
    fn the_seed_breakdown_reads_like_the_spec() {
        let (assessment, salary) = seed();
        assert_eq!(
            qualification(&assessment, Lang::En),
            "Q = (1 × 0.5 + 3 × 1.0 + 2 × 0.8) / (0.5 + 1.0 + 0.8) = 5.1 / 2.3 ≈ 2.22"
        );
        assert_eq!(
            qualification(&assessment, Lang::Ru),
            "Q = (1 × 0,5 + 3 × 1,0 + 2 × 0,8) / (0,5 + 1,0 + 0,8) = 5,1 / 2,3 ≈ 2,22"
        );
        assert_eq!(
            level(&assessment, Lang::Ru),
            "D = целая часть Q = 2 → D2; дробная часть 0,22"
        );
        assert_eq!(
            rate_min(&salary, Lang::En),
            [
                "min(D2) = 1 × 50 = 50",
                "min(D3) = 75",
                "min = 50 + (75 − 50) × 0.22 = 55.50"
            ]
        );
        assert_eq!(
            rate_max(&salary, Lang::En),
            ["max = max(D2) = 2 × 50 = 100.00"]
        );
        assert_eq!(
            month_min(&salary, Lang::Ru),
            [
                "часов в месяц = 5 × 5 × 4 = 100",
                "55,50 × 100 = 5\u{a0}550,00"
            ]
        );
        assert_eq!(month_max(&salary, Lang::En), ["100.00 × 100 = 10,000.00"]);
    }

    #[test]
    fn a_capped_minimum_says_so_in_its_formula() {
        let q = crate::domain::Qualification::parse("0.9").unwrap();
        let salary = salary(&q, &Settings::default()).unwrap();
        assert!(salary.capped);
        assert_eq!(
            rate_min(&salary, Lang::En)[2],
            "min = 10 + (25 − 10) × 0.9 = 23.5 > max(D0) = 20 → 20.00"
        );
    }

    #[test]
    fn d5_has_no_next_level() {
        let q = crate::domain::Qualification::parse("5").unwrap();
        let salary = salary(&q, &Settings::default()).unwrap();
        assert_eq!(rate_min(&salary, Lang::En)[1], "min = min(D5) = 100.00");
    }
}
