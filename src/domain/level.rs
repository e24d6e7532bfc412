//! Technology proficiency T0–T5 and qualification levels D0–D5 (seed 003).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::error::{Field, InputError};
use super::number::{check_whole, parse_whole};

/// Proficiency in one technology: 0 (none) or T1–T5.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "u8", into = "u8")]
pub struct TechLevel(u8);

impl TechLevel {
    pub const NONE: Self = Self(0);
    pub const T1: Self = Self(1);
    pub const T2: Self = Self(2);
    pub const T3: Self = Self(3);
    pub const T4: Self = Self(4);
    pub const T5: Self = Self(5);
    pub const MAX: Self = Self::T5;
    /// Every level, lowest first.
    pub const ALL: [Self; 6] = [Self::NONE, Self::T1, Self::T2, Self::T3, Self::T4, Self::T5];

    /// Reads a whole number 0–5 (`3`, ` 3 `, `3.0`); errors name [`Field::TechnologyLevel`].
    pub fn parse(text: &str) -> Result<Self, InputError> {
        Self::parse_as(Field::TechnologyLevel, text)
    }

    /// Reads a level for a given field, e.g. [`Field::MinimumLevel`] or [`Field::CurrentLevel`].
    pub fn parse_as(field: Field, text: &str) -> Result<Self, InputError> {
        let value = parse_whole(field, text, 0, u32::from(Self::MAX.0))?;
        Self::try_from(value).map_err(|e| e.in_field(field))
    }

    /// The number 0–5.
    pub fn value(self) -> u8 {
        self.0
    }

    /// One level up, or `None` from T5.
    pub fn raised(self) -> Option<Self> {
        self.0
            .checked_add(1)
            .filter(|&n| n <= Self::MAX.0)
            .map(Self)
    }
}

impl TryFrom<u8> for TechLevel {
    type Error = InputError;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::try_from(u32::from(value))
    }
}

impl TryFrom<u32> for TechLevel {
    type Error = InputError;

    fn try_from(value: u32) -> Result<Self, Self::Error> {
        let max = u32::from(Self::MAX.0);
        let checked = check_whole(Field::TechnologyLevel, value, 0, max)?;
        u8::try_from(checked)
            .map(Self)
            .map_err(|_| InputError::OutOfRange {
                field: Field::TechnologyLevel,
                text: value.to_string(),
                min: 0,
                max,
            })
    }
}

impl From<TechLevel> for u8 {
    fn from(level: TechLevel) -> Self {
        level.0
    }
}

/// `T3`, or `T0` for none.
impl fmt::Display for TechLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "T{}", self.0)
    }
}

/// Qualification of a developer on a project, the integer part of `Q`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum DLevel {
    #[default]
    D0,
    D1,
    D2,
    D3,
    D4,
    D5,
}

impl DLevel {
    /// Every level, lowest first.
    pub const ALL: [Self; 6] = [Self::D0, Self::D1, Self::D2, Self::D3, Self::D4, Self::D5];

    /// The number 0–5.
    pub fn index(self) -> u8 {
        match self {
            Self::D0 => 0,
            Self::D1 => 1,
            Self::D2 => 2,
            Self::D3 => 3,
            Self::D4 => 4,
            Self::D5 => 5,
        }
    }

    /// The level numbered `index`, if it is 0–5.
    pub fn from_index(index: u8) -> Option<Self> {
        Self::ALL.get(usize::from(index)).copied()
    }

    /// The level above, or `None` from D5.
    pub fn next(self) -> Option<Self> {
        self.index().checked_add(1).and_then(Self::from_index)
    }

    /// The level below, or `None` from D0.
    pub fn previous(self) -> Option<Self> {
        self.index().checked_sub(1).and_then(Self::from_index)
    }
}

/// `D2`.
impl fmt::Display for DLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "D{}", self.index())
    }
}
