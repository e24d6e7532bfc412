//! Typed errors for every bad input (docs/rules.md#input-limits).
//!
//! Errors are data: every variant carries its field, the text typed and the limits, so the
//! interface can word the message in either language (`src/i18n/errors.rs`). `Display` is
//! English, for logs.

use std::fmt;

use rust_decimal::Decimal;

use super::level::{DLevel, TechLevel};
use super::project::TechName;

/// The input field an [`InputError`] belongs to, so the page can show it next to that field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    TechnologyName,
    /// A technology level where the page has not said whose (see [`InputError::in_field`]).
    TechnologyLevel,
    /// The project's minimum level `I`.
    MinimumLevel,
    /// The developer's current level `L`.
    CurrentLevel,
    Weight,
    BaseRate,
    Currency,
    HoursPerDay,
    DaysPerWeek,
    /// The coefficient of one level, or of an unnamed one.
    Coefficient(Option<DLevel>),
    MaxMultiplier,
    Qualification,
    ExperienceAmount,
    /// A count where the page has not said of what (see [`InputError::in_field`]).
    Count,
    SignificantProjects,
    LargeProjects,
    ExpertRecognitions,
    ContributionAudience,
    ContributionRecognisers,
    ContributionNonRecognisers,
}

impl Field {
    /// The field's name in English, lowercase, for the log messages of `Display`.
    fn name(self) -> String {
        match self {
            Self::TechnologyName => "technology name".into(),
            Self::TechnologyLevel => "technology level".into(),
            Self::MinimumLevel => "minimum level I".into(),
            Self::CurrentLevel => "current level L".into(),
            Self::Weight => "weight W".into(),
            Self::BaseRate => "D2 base rate".into(),
            Self::Currency => "currency".into(),
            Self::HoursPerDay => "hours per workday".into(),
            Self::DaysPerWeek => "workdays per week".into(),
            Self::Coefficient(Some(level)) => format!("coefficient of {level}"),
            Self::Coefficient(None) => "coefficient".into(),
            Self::MaxMultiplier => "maximum multiplier".into(),
            Self::Qualification => "qualification Q".into(),
            Self::ExperienceAmount => "experience".into(),
            Self::Count => "count".into(),
            Self::SignificantProjects => "significant projects".into(),
            Self::LargeProjects => "large projects".into(),
            Self::ExpertRecognitions => "expert recognitions".into(),
            Self::ContributionAudience => "people the contribution is significant for".into(),
            Self::ContributionRecognisers => "developers who call it outstanding".into(),
            Self::ContributionNonRecognisers => "developers who do not".into(),
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// One field's input is not acceptable.
///
/// `text` is the input as typed (trimmed, shortened to [`InputError::TEXT_LIMIT`] characters),
/// or the rejected value when it came as a number.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("{field} is empty")]
    Empty { field: Field },
    #[error("{field} is too long: {chars} characters, at most {max}")]
    TooLong {
        field: Field,
        chars: usize,
        max: usize,
    },
    #[error("{field} must be a number, got \"{text}\"")]
    NotANumber { field: Field, text: String },
    #[error("{field} must be a whole number, got \"{text}\"")]
    NotAWholeNumber { field: Field, text: String },
    #[error("{field} must be greater than 0, got {text}")]
    NotPositive { field: Field, text: String },
    #[error("{field} must not be negative, got {text}")]
    Negative { field: Field, text: String },
    #[error("{field} must be at least {min}, got {text}")]
    BelowMinimum {
        field: Field,
        text: String,
        min: Decimal,
    },
    #[error("{field} must be at most {max}, got {text}")]
    AboveMaximum {
        field: Field,
        text: String,
        max: Decimal,
    },
    #[error("{field} must be from {min} to {max}, got {text}")]
    OutOfRange {
        field: Field,
        text: String,
        min: u32,
        max: u32,
    },
    #[error("{field} allows at most {max_places} decimal places, got {text}")]
    TooManyDecimals {
        field: Field,
        text: String,
        max_places: u32,
    },
    #[error(
        "coefficient of {level} ({value}) is less than that of {previous_level} ({previous}): coefficients must not decrease"
    )]
    CoefficientDecreases {
        level: DLevel,
        value: Decimal,
        previous_level: DLevel,
        previous: Decimal,
    },
    #[error("currency must be USD, EUR or RUB, got \"{text}\"")]
    UnknownCurrency { text: String },
}

impl InputError {
    /// How many characters of the user's text an error keeps.
    pub const TEXT_LIMIT: usize = 40;

    /// The field the error belongs to.
    pub fn field(&self) -> Field {
        match self {
            Self::Empty { field }
            | Self::TooLong { field, .. }
            | Self::NotANumber { field, .. }
            | Self::NotAWholeNumber { field, .. }
            | Self::NotPositive { field, .. }
            | Self::Negative { field, .. }
            | Self::BelowMinimum { field, .. }
            | Self::AboveMaximum { field, .. }
            | Self::OutOfRange { field, .. }
            | Self::TooManyDecimals { field, .. } => *field,
            Self::CoefficientDecreases { level, .. } => Field::Coefficient(Some(*level)),
            Self::UnknownCurrency { .. } => Field::Currency,
        }
    }

    /// The same error told about another field, e.g. a [`TechLevel`] parsed for `L` or `I`.
    #[must_use]
    pub fn in_field(mut self, to: Field) -> Self {
        match &mut self {
            Self::Empty { field }
            | Self::TooLong { field, .. }
            | Self::NotANumber { field, .. }
            | Self::NotAWholeNumber { field, .. }
            | Self::NotPositive { field, .. }
            | Self::Negative { field, .. }
            | Self::BelowMinimum { field, .. }
            | Self::AboveMaximum { field, .. }
            | Self::OutOfRange { field, .. }
            | Self::TooManyDecimals { field, .. } => *field = to,
            Self::CoefficientDecreases { .. } | Self::UnknownCurrency { .. } => {}
        }
        self
    }
}

/// Keeps a bounded, trimmed copy of what the user typed for a message.
pub(crate) fn shown(text: &str) -> String {
    let trimmed = text.trim();
    let mut chars = trimmed.chars();
    let kept: String = chars.by_ref().take(InputError::TEXT_LIMIT).collect();
    if chars.next().is_some() {
        format!("{kept}…")
    } else {
        kept
    }
}

/// The project's list of required technologies is not acceptable.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProjectError {
    #[error("the project has no technologies")]
    NoTechnologies,
    /// Rows are numbered from 1; names match trimmed and case-insensitively.
    #[error(
        "rows {first_row} and {second_row} name the same technology: \"{first_name}\" and \"{second_name}\""
    )]
    DuplicateTechnology {
        first_row: usize,
        first_name: String,
        second_row: usize,
        second_name: String,
    },
}

/// A required technology the developer's level does not reach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shortfall {
    pub name: TechName,
    /// The developer's level `L`.
    pub level: TechLevel,
    /// The project's minimum `I`.
    pub min: TechLevel,
}

impl fmt::Display for Shortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: L {} < I {}",
            self.name,
            self.level.value(),
            self.min.value()
        )
    }
}

/// `L >= I` fails for at least one technology; every failing one is listed, in row order.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not eligible: {}", list(.shortfalls))]
pub struct NotEligible {
    pub shortfalls: Vec<Shortfall>,
}

fn list(shortfalls: &[Shortfall]) -> String {
    shortfalls
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A calculation left the range `Decimal` can hold exactly; validated input never gets here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the calculation overflowed")]
pub struct Overflow;

/// Why no qualification could be computed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QualificationError {
    #[error(transparent)]
    NotEligible(#[from] NotEligible),
    #[error(transparent)]
    Overflow(#[from] Overflow),
}

/// Any error of the domain, for callers that handle them alike.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Project(#[from] ProjectError),
    #[error(transparent)]
    NotEligible(#[from] NotEligible),
    #[error(transparent)]
    Overflow(#[from] Overflow),
}

impl From<QualificationError> for Error {
    fn from(error: QualificationError) -> Self {
        match error {
            QualificationError::NotEligible(e) => Self::NotEligible(e),
            QualificationError::Overflow(e) => Self::Overflow(e),
        }
    }
}
