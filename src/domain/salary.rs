//! Salary bands: hourly and monthly minimum and maximum of a `Q` (docs/rules.md#salary-band).

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::error::Overflow;
use super::level::DLevel;
use super::number::plain;
use super::qualification::Qualification;
use super::settings::{Coefficient, Currency, Settings};

/// An amount of money rounded to 2 decimal places, half away from zero, and always
/// written with both places (`55.50`), `.` as separator, no grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Money(Decimal);

impl Money {
    pub const PLACES: u32 = 2;

    /// Rounds an exact amount.
    pub fn round(exact: Decimal) -> Self {
        let mut value =
            exact.round_dp_with_strategy(Self::PLACES, RoundingStrategy::MidpointAwayFromZero);
        value.rescale(Self::PLACES);
        Self(value)
    }

    /// The amount.
    pub fn value(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// A minimum and a maximum; `min <= max` always holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RateRange {
    pub min: Money,
    pub max: Money,
}

/// One row of the reference table: a level's minimum and maximum, hourly and monthly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Band {
    pub level: DLevel,
    pub coefficient: Coefficient,
    pub hourly: RateRange,
    pub monthly: RateRange,
}

/// Monthly = the rounded hourly figure × hours per month, rounded, so shown figures multiply out.
fn monthly(hourly: Money, hours_per_month: Decimal) -> Result<Money, Overflow> {
    hourly
        .value()
        .checked_mul(hours_per_month)
        .map(Money::round)
        .ok_or(Overflow)
}

fn range(
    min: Decimal,
    max: Decimal,
    hours_per_month: Decimal,
) -> Result<(RateRange, RateRange), Overflow> {
    let hourly = RateRange {
        min: Money::round(min),
        max: Money::round(max),
    };
    let per_month = RateRange {
        min: monthly(hourly.min, hours_per_month)?,
        max: monthly(hourly.max, hours_per_month)?,
    };
    Ok((hourly, per_month))
}

/// The bands of D0–D5 for these settings, without a qualification's interpolation:
/// `min(D) = coef(D) × B`, `max(D) = multiplier × min(D)`.
pub fn reference_table(settings: &Settings) -> Result<Vec<Band>, Overflow> {
    let hours_per_month = settings.hours_per_month()?;
    DLevel::ALL
        .into_iter()
        .map(|level| {
            let (hourly, monthly) = range(
                settings.min_rate(level)?,
                settings.max_rate(level)?,
                hours_per_month,
            )?;
            Ok(Band {
                level,
                coefficient: settings.coefficients.get(level),
                hourly,
                monthly,
            })
        })
        .collect()
}

/// The salary band of one qualification, with every number the figures came from.
/// `Display` writes the breakdown, one formula a line (see [`Salary::lines`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Salary {
    pub qualification: Qualification,
    pub currency: Currency,
    pub base_rate: Decimal,
    pub coefficient: Decimal,
    pub multiplier: Decimal,
    /// `min(D)`, exact.
    pub level_min: Decimal,
    /// `max(D)`, exact.
    pub level_max: Decimal,
    /// `min(D+1)`, exact; `None` at D5, which has no next level.
    pub next_min: Option<Decimal>,
    /// `min(D) + fraction × (min(D+1) − min(D))`, exact, before the cap; `min(D5)` at D5.
    pub interpolated_min: Decimal,
    /// The interpolated minimum exceeded `max(D)` and was lowered to it.
    pub capped: bool,
    pub hourly: RateRange,
    pub hours_per_day: Decimal,
    pub days_per_week: Decimal,
    pub hours_per_month: Decimal,
    pub monthly: RateRange,
}

/// The band for `qualification`: the minimum is interpolated towards the next level's
/// minimum by the fraction of `Q` and capped at `max(D)`; the maximum is `max(D)`.
pub fn salary(qualification: &Qualification, settings: &Settings) -> Result<Salary, Overflow> {
    let level = qualification.level();
    let level_min = settings.min_rate(level)?;
    let level_max = settings.max_rate(level)?;
    let next_min = level
        .next()
        .map(|next| settings.min_rate(next))
        .transpose()?;
    let interpolated_min = match next_min {
        Some(next_min) => next_min
            .checked_sub(level_min)
            .and_then(|gap| gap.checked_mul(qualification.fraction()))
            .and_then(|rise| rise.checked_add(level_min))
            .ok_or(Overflow)?,
        None => level_min,
    };
    let capped = interpolated_min > level_max;
    let min = if capped { level_max } else { interpolated_min };
    let hours_per_month = settings.hours_per_month()?;
    let (hourly, monthly) = range(min, level_max, hours_per_month)?;
    Ok(Salary {
        qualification: *qualification,
        currency: settings.currency,
        base_rate: settings.base_rate.value(),
        coefficient: settings.coefficients.get(level).value(),
        multiplier: settings.max_multiplier.value(),
        level_min,
        level_max,
        next_min,
        interpolated_min,
        capped,
        hourly,
        hours_per_day: settings.hours_per_day.value(),
        days_per_week: settings.days_per_week.value(),
        hours_per_month,
        monthly,
    })
}

/// `=` when rounding kept the exact value, `≈` when it changed it.
fn relation(exact: Decimal, shown: Money) -> &'static str {
    if exact == shown.value() { "=" } else { "≈" }
}

impl Salary {
    /// The breakdown, one formula a line, numbers with `.` as separator:
    /// ```text
    /// min(D2) = 1 × 50 = 50
    /// max(D2) = 2 × 50 = 100
    /// min = 50 + (75 − 50) × 0.22 = 55.50
    /// max = max(D2) = 100.00
    /// hours per month = 5 × 5 × 4 = 100
    /// monthly min = 55.50 × 100 = 5550.00
    /// monthly max = 100.00 × 100 = 10000.00
    /// ```
    pub fn lines(&self) -> Vec<String> {
        let level = self.qualification.level();
        let min_line = match self.next_min {
            Some(next_min) => {
                let formula = format!(
                    "min = {} + ({} − {}) × {}",
                    plain(self.level_min),
                    plain(next_min),
                    plain(self.level_min),
                    self.qualification.fraction()
                );
                if self.capped {
                    format!(
                        "{formula} = {} > max({level}) = {}, capped at {}",
                        plain(self.interpolated_min),
                        plain(self.level_max),
                        self.hourly.min
                    )
                } else {
                    format!(
                        "{formula} {} {}",
                        relation(self.interpolated_min, self.hourly.min),
                        self.hourly.min
                    )
                }
            }
            None => format!(
                "min = min({level}) {} {}",
                relation(self.level_min, self.hourly.min),
                self.hourly.min
            ),
        };
        vec![
            format!(
                "min({level}) = {} × {} = {}",
                plain(self.coefficient),
                plain(self.base_rate),
                plain(self.level_min)
            ),
            format!(
                "max({level}) = {} × {} = {}",
                plain(self.multiplier),
                plain(self.level_min),
                plain(self.level_max)
            ),
            min_line,
            format!(
                "max = max({level}) {} {}",
                relation(self.level_max, self.hourly.max),
                self.hourly.max
            ),
            format!(
                "hours per month = {} × {} × 4 = {}",
                plain(self.hours_per_day),
                plain(self.days_per_week),
                plain(self.hours_per_month)
            ),
            format!(
                "monthly min = {} × {} {} {}",
                self.hourly.min,
                plain(self.hours_per_month),
                self.monthly_relation(self.hourly.min, self.monthly.min),
                self.monthly.min
            ),
            format!(
                "monthly max = {} × {} {} {}",
                self.hourly.max,
                plain(self.hours_per_month),
                self.monthly_relation(self.hourly.max, self.monthly.max),
                self.monthly.max
            ),
        ]
    }

    fn monthly_relation(&self, hourly: Money, monthly: Money) -> &'static str {
        hourly
            .value()
            .checked_mul(self.hours_per_month)
            .map_or("≈", |exact| relation(exact, monthly))
    }
}

impl fmt::Display for Salary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}
