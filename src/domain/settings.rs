//! The user's salary settings (docs/rules.md#rates) with the seed's defaults.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::{Field, InputError, Overflow, shown};
use super::level::DLevel;
use super::number::{Lower, decimal_newtype};

decimal_newtype! {
    /// The minimum hourly rate of D2 (`B`): greater than 0, at most 1 000 000, at most
    /// 2 decimal places (it is money). Default 50.
    BaseRate { field: Field::BaseRate, lower: Lower::Positive, max: Decimal::from_parts(1_000_000, 0, 0, false, 0), places: 2 }
}

decimal_newtype! {
    /// Hours in the organisation's standard workday: in (0, 24], at most 2 decimal places
    /// (7.75 h is a real workday). Default 5.
    HoursPerDay { field: Field::HoursPerDay, lower: Lower::Positive, max: Decimal::from_parts(24, 0, 0, false, 0), places: 2 }
}

decimal_newtype! {
    /// Workdays in the standard week: in (0, 7], at most 2 decimal places (4.5 days happens).
    /// Default 5.
    DaysPerWeek { field: Field::DaysPerWeek, lower: Lower::Positive, max: Decimal::from_parts(7, 0, 0, false, 0), places: 2 }
}

decimal_newtype! {
    /// One level's coefficient of the base rate: greater than 0, at most 1000, at most
    /// 4 decimal places (the precision weights have).
    Coefficient { field: Field::Coefficient(None), lower: Lower::Positive, max: Decimal::ONE_THOUSAND, places: 4 }
}

decimal_newtype! {
    /// How many times a level's minimum its maximum is: from 1 (a range cannot be inverted)
    /// to 100, at most 2 decimal places. Default 2.
    MaxMultiplier { field: Field::MaxMultiplier, lower: Lower::AtLeast(Decimal::ONE), max: Decimal::ONE_HUNDRED, places: 2 }
}

// Constants, so the decimals are built at compile time.
const FIVE: Decimal = Decimal::from_parts(5, 0, 0, false, 0);
const FIFTY: Decimal = Decimal::from_parts(50, 0, 0, false, 0);
const TWO_TENTHS: Decimal = Decimal::from_parts(2, 0, 0, false, 1);
const FIVE_TENTHS: Decimal = Decimal::from_parts(5, 0, 0, false, 1);
const FIFTEEN_TENTHS: Decimal = Decimal::from_parts(15, 0, 0, false, 1);

impl Default for BaseRate {
    fn default() -> Self {
        Self(FIFTY)
    }
}

impl Default for HoursPerDay {
    fn default() -> Self {
        Self(FIVE)
    }
}

impl Default for DaysPerWeek {
    fn default() -> Self {
        Self(FIVE)
    }
}

impl Default for MaxMultiplier {
    fn default() -> Self {
        Self(Decimal::TWO)
    }
}

impl Coefficient {
    /// Reads the coefficient of `level`, so an error names that level.
    pub fn parse_for(level: DLevel, text: &str) -> Result<Self, InputError> {
        Self::parse(text).map_err(|e| e.in_field(Field::Coefficient(Some(level))))
    }
}

/// The coefficients of D0–D5, positive and never decreasing from one level to the next.
/// Default: the seed's 0.2, 0.5, 1, 1.5, 2, 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "[Coefficient; 6]", into = "[Coefficient; 6]")]
pub struct Coefficients([Coefficient; 6]);

impl Coefficients {
    /// Checks the order; the error names the first level whose coefficient is below the one before.
    pub fn new(values: [Coefficient; 6]) -> Result<Self, InputError> {
        let pairs = DLevel::ALL.iter().zip(values.iter());
        for ((previous_level, previous), (level, value)) in pairs.clone().zip(pairs.skip(1)) {
            if value < previous {
                return Err(InputError::CoefficientDecreases {
                    level: *level,
                    value: value.value(),
                    previous_level: *previous_level,
                    previous: previous.value(),
                });
            }
        }
        Ok(Self(values))
    }

    /// Reads six fields, D0 first; returns every field's error, or the order error.
    pub fn parse(texts: [&str; 6]) -> Result<Self, Vec<InputError>> {
        let mut values = Vec::with_capacity(6);
        let mut errors = Vec::new();
        for (level, text) in DLevel::ALL.iter().zip(texts) {
            match Coefficient::parse_for(*level, text) {
                Ok(value) => values.push(value),
                Err(error) => errors.push(error),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let values: [Coefficient; 6] = values.try_into().map_err(|_| {
            vec![InputError::Empty {
                field: Field::Coefficient(None),
            }]
        })?;
        Self::new(values).map_err(|e| vec![e])
    }

    /// The coefficient of `level`.
    pub fn get(&self, level: DLevel) -> Coefficient {
        let [d0, d1, d2, d3, d4, d5] = self.0;
        match level {
            DLevel::D0 => d0,
            DLevel::D1 => d1,
            DLevel::D2 => d2,
            DLevel::D3 => d3,
            DLevel::D4 => d4,
            DLevel::D5 => d5,
        }
    }

    /// All six, D0 first.
    pub fn as_array(&self) -> [Coefficient; 6] {
        self.0
    }
}

impl Default for Coefficients {
    fn default() -> Self {
        Self([
            Coefficient(TWO_TENTHS),
            Coefficient(FIVE_TENTHS),
            Coefficient(Decimal::ONE),
            Coefficient(FIFTEEN_TENTHS),
            Coefficient(Decimal::TWO),
            Coefficient(Decimal::TWO),
        ])
    }
}

impl TryFrom<[Coefficient; 6]> for Coefficients {
    type Error = InputError;

    fn try_from(values: [Coefficient; 6]) -> Result<Self, Self::Error> {
        Self::new(values)
    }
}

impl From<Coefficients> for [Coefficient; 6] {
    fn from(coefficients: Coefficients) -> Self {
        coefficients.0
    }
}

/// The currency rates are shown in. Default USD.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    #[default]
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "RUB")]
    Rub,
}

impl Currency {
    pub const ALL: [Self; 3] = [Self::Usd, Self::Eur, Self::Rub];

    /// Reads a code in any case (`usd`) or a symbol (`$`, `€`, `₽`).
    pub fn parse(text: &str) -> Result<Self, InputError> {
        let trimmed = text.trim();
        Self::ALL
            .into_iter()
            .find(|c| trimmed.eq_ignore_ascii_case(c.code()) || trimmed == c.symbol())
            .ok_or_else(|| InputError::UnknownCurrency {
                text: shown(trimmed),
            })
    }

    /// ISO 4217 code: `USD`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Usd => "USD",
            Self::Eur => "EUR",
            Self::Rub => "RUB",
        }
    }

    /// Symbol: `$`.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Usd => "$",
            Self::Eur => "€",
            Self::Rub => "₽",
        }
    }
}

/// `USD`.
impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Every setting the rates depend on. Each field is validated on its own, so any
/// combination is valid. A missing field deserialises to its default (docs/formats.md#payload).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub base_rate: BaseRate,
    pub currency: Currency,
    pub hours_per_day: HoursPerDay,
    pub days_per_week: DaysPerWeek,
    pub coefficients: Coefficients,
    pub max_multiplier: MaxMultiplier,
}

/// A person-month is four person-weeks (seed 003).
pub(crate) const WEEKS_PER_MONTH: Decimal = Decimal::from_parts(4, 0, 0, false, 0);

impl Settings {
    /// Hours in a standard week: hours per day × days per week.
    pub fn hours_per_week(&self) -> Result<Decimal, Overflow> {
        self.hours_per_day
            .value()
            .checked_mul(self.days_per_week.value())
            .ok_or(Overflow)
    }

    /// Hours per month = hours per day × days per week × 4 (100 by default).
    pub fn hours_per_month(&self) -> Result<Decimal, Overflow> {
        self.hours_per_week()?
            .checked_mul(WEEKS_PER_MONTH)
            .ok_or(Overflow)
    }

    /// `min(D) = coef(D) × B`, exact.
    pub fn min_rate(&self, level: DLevel) -> Result<Decimal, Overflow> {
        self.coefficients
            .get(level)
            .value()
            .checked_mul(self.base_rate.value())
            .ok_or(Overflow)
    }

    /// `max(D) = multiplier × min(D)`, exact.
    pub fn max_rate(&self, level: DLevel) -> Result<Decimal, Overflow> {
        self.max_multiplier
            .value()
            .checked_mul(self.min_rate(level)?)
            .ok_or(Overflow)
    }
}
