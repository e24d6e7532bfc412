//! A technology level T0–T5 from evidence, criterion by criterion (docs/rules.md#tech-levels).

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::{Field, InputError, Overflow};
use super::level::TechLevel;
use super::number::{Lower, check_whole, decimal_newtype, parse_whole};
use super::settings::Settings;

/// A count of projects or people: a whole number from 0 to [`Count::MAX`].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "u32", into = "u32")]
pub struct Count(u32);

impl Count {
    pub const MAX: u32 = 1_000_000;

    /// Reads a whole number; errors name [`Field::Count`].
    pub fn parse(text: &str) -> Result<Self, InputError> {
        Self::parse_as(Field::Count, text)
    }

    /// Reads a whole number for a given field, e.g. [`Field::LargeProjects`].
    pub fn parse_as(field: Field, text: &str) -> Result<Self, InputError> {
        parse_whole(field, text, 0, Self::MAX).map(Self)
    }

    pub fn value(self) -> u32 {
        self.0
    }
}

impl TryFrom<u32> for Count {
    type Error = InputError;

    fn try_from(value: u32) -> Result<Self, Self::Error> {
        check_whole(Field::Count, value, 0, Self::MAX).map(Self)
    }
}

impl From<Count> for u32 {
    fn from(count: Count) -> Self {
        count.0
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

decimal_newtype! {
    /// An amount of experience in some [`ExperienceUnit`]: from 0 to 1 000 000, at most
    /// 2 decimal places (1.5 years, 7.25 hours).
    ExperienceAmount { field: Field::ExperienceAmount, lower: Lower::NonNegative, max: Decimal::from_parts(1_000_000, 0, 0, false, 0), places: 2 }
}

impl Default for ExperienceAmount {
    fn default() -> Self {
        Self(Decimal::ZERO)
    }
}

/// The unit experience is given in. A person-day is the workday setting, a person-week
/// the days-per-week setting, a person-month four weeks, a year twelve months.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExperienceUnit {
    #[default]
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

impl ExperienceUnit {
    pub const ALL: [Self; 5] = [
        Self::Hours,
        Self::Days,
        Self::Weeks,
        Self::Months,
        Self::Years,
    ];

    /// Person-hours in one of this unit under `settings`.
    pub fn hours(self, settings: &Settings) -> Result<Decimal, Overflow> {
        match self {
            Self::Hours => Ok(Decimal::ONE),
            Self::Days => Ok(settings.hours_per_day.value()),
            Self::Weeks => settings.hours_per_week(),
            Self::Months => settings.hours_per_month(),
            Self::Years => settings
                .hours_per_month()?
                .checked_mul(TWELVE)
                .ok_or(Overflow),
        }
    }
}

/// Experience with a technology: an amount in a unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Experience {
    pub amount: ExperienceAmount,
    pub unit: ExperienceUnit,
}

impl Experience {
    /// The experience in person-hours, exact.
    pub fn hours(&self, settings: &Settings) -> Result<Decimal, Overflow> {
        self.amount
            .value()
            .checked_mul(self.unit.hours(settings)?)
            .ok_or(Overflow)
    }
}

/// Something new the developer created, and how others judge it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    /// People for whom it is significant.
    pub audience: Count,
    /// T2+ developers who recognise it as outstanding.
    pub recognisers: Count,
    /// T2+ developers who do not.
    pub non_recognisers: Count,
}

/// What is known about a developer's use of one technology.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub experience: Experience,
    /// Significant projects that are not large.
    pub significant_projects: Count,
    /// Large projects; they count as significant too.
    pub large_projects: Count,
    /// People at T3 or above in the technology who recognise the developer as an expert.
    pub expert_recognitions: Count,
    pub contribution: Option<Contribution>,
}

/// One criterion of a level, with the numbers it compares. "More than" is strict,
/// "at least" is not. A missing contribution counts as zero people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    ExperienceAtLeast {
        months: u32,
        required_hours: Decimal,
        actual_hours: Decimal,
    },
    ExperienceMoreThan {
        months: u32,
        required_hours: Decimal,
        actual_hours: Decimal,
    },
    /// Significant projects, large ones included.
    SignificantProjectsAtLeast {
        required: u32,
        actual: u32,
    },
    LargeProjectsAtLeast {
        required: u32,
        actual: u32,
    },
    /// Every criterion of T3 holds.
    MeetsT3 {
        held: bool,
    },
    ExpertRecognitionsAtLeast {
        required: u32,
        actual: u32,
    },
    ContributionAudienceMoreThan {
        required: u32,
        actual: u32,
    },
    /// More T2+ developers recognise the contribution as outstanding than do not.
    RecognisersOutnumberOthers {
        recognisers: u32,
        non_recognisers: u32,
    },
}

impl Criterion {
    /// Whether the criterion holds.
    pub fn held(&self) -> bool {
        match *self {
            Self::ExperienceAtLeast {
                required_hours,
                actual_hours,
                ..
            } => actual_hours >= required_hours,
            Self::ExperienceMoreThan {
                required_hours,
                actual_hours,
                ..
            } => actual_hours > required_hours,
            Self::SignificantProjectsAtLeast { required, actual }
            | Self::LargeProjectsAtLeast { required, actual }
            | Self::ExpertRecognitionsAtLeast { required, actual } => actual >= required,
            Self::MeetsT3 { held } => held,
            Self::ContributionAudienceMoreThan { required, actual } => actual > required,
            Self::RecognisersOutnumberOthers {
                recognisers,
                non_recognisers,
            } => recognisers > non_recognisers,
        }
    }
}

/// The criterion and its numbers in English.
impl fmt::Display for Criterion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::ExperienceAtLeast {
                months,
                required_hours,
                actual_hours,
            } => write!(
                f,
                "experience of at least {months} months ({} h): {} h",
                required_hours.normalize(),
                actual_hours.normalize()
            ),
            Self::ExperienceMoreThan {
                months,
                required_hours,
                actual_hours,
            } => write!(
                f,
                "experience of more than {months} months ({} h): {} h",
                required_hours.normalize(),
                actual_hours.normalize()
            ),
            Self::SignificantProjectsAtLeast { required, actual } => write!(
                f,
                "at least {required} significant projects, large ones included: {actual}"
            ),
            Self::LargeProjectsAtLeast { required, actual } => {
                write!(f, "at least {required} large projects: {actual}")
            }
            Self::MeetsT3 { held } => write!(f, "meets T3: {}", if held { "yes" } else { "no" }),
            Self::ExpertRecognitionsAtLeast { required, actual } => write!(
                f,
                "recognised as an expert by at least {required} people at T3 or above: {actual}"
            ),
            Self::ContributionAudienceMoreThan { required, actual } => write!(
                f,
                "contribution significant for more than {required} people: {actual}"
            ),
            Self::RecognisersOutnumberOthers {
                recognisers,
                non_recognisers,
            } => write!(
                f,
                "more T2+ developers call the contribution outstanding than do not: {recognisers} vs {non_recognisers}"
            ),
        }
    }
}

/// Criteria of which at least one must hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    pub any_of: Vec<Criterion>,
}

impl Condition {
    fn one(criterion: Criterion) -> Self {
        Self {
            any_of: vec![criterion],
        }
    }

    pub fn holds(&self) -> bool {
        self.any_of.iter().any(Criterion::held)
    }
}

/// One level's conditions, all of which must hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelCheck {
    pub level: TechLevel,
    pub conditions: Vec<Condition>,
}

impl LevelCheck {
    pub fn holds(&self) -> bool {
        self.conditions.iter().all(Condition::holds)
    }
}

/// The derived level and, for each of T1–T5, which criteria hold and which fail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceAssessment {
    /// The highest level whose conditions all hold; 0 when none do.
    pub level: TechLevel,
    pub experience_hours: Decimal,
    pub hours_per_month: Decimal,
    /// T1 to T5, in order.
    pub checks: Vec<LevelCheck>,
}

fn months_in_hours(months: u32, hours_per_month: Decimal) -> Result<Decimal, Overflow> {
    hours_per_month
        .checked_mul(Decimal::from(months))
        .ok_or(Overflow)
}

/// Applies docs/rules.md#criteria to `evidence`, converting experience to person-hours
/// through the workday and week `settings`; comparisons are exact.
pub fn assess_evidence(
    evidence: &Evidence,
    settings: &Settings,
) -> Result<EvidenceAssessment, Overflow> {
    let hours_per_month = settings.hours_per_month()?;
    let actual_hours = evidence.experience.hours(settings)?;
    let significant = evidence
        .significant_projects
        .value()
        .checked_add(evidence.large_projects.value())
        .ok_or(Overflow)?;
    let large = evidence.large_projects.value();
    let contribution = evidence.contribution.unwrap_or_default();

    let at_least = |months| -> Result<Criterion, Overflow> {
        Ok(Criterion::ExperienceAtLeast {
            months,
            required_hours: months_in_hours(months, hours_per_month)?,
            actual_hours,
        })
    };
    let more_than = |months| -> Result<Criterion, Overflow> {
        Ok(Criterion::ExperienceMoreThan {
            months,
            required_hours: months_in_hours(months, hours_per_month)?,
            actual_hours,
        })
    };
    let significant_at_least = |required| Criterion::SignificantProjectsAtLeast {
        required,
        actual: significant,
    };
    let large_at_least = |required| Criterion::LargeProjectsAtLeast {
        required,
        actual: large,
    };

    let t1 = LevelCheck {
        level: TechLevel::T1,
        conditions: vec![Condition {
            any_of: vec![significant_at_least(1), at_least(1)?],
        }],
    };
    let t2 = LevelCheck {
        level: TechLevel::T2,
        conditions: vec![
            Condition::one(more_than(6)?),
            Condition {
                any_of: vec![significant_at_least(2), large_at_least(1)],
            },
        ],
    };
    // The seed's "two significant and one large" is three projects (docs/rules.md#t3-reading).
    let t3 = LevelCheck {
        level: TechLevel::T3,
        conditions: vec![
            Condition::one(more_than(12)?),
            Condition::one(large_at_least(1)),
            Condition::one(significant_at_least(3)),
        ],
    };
    let meets_t3 = Condition::one(Criterion::MeetsT3 { held: t3.holds() });
    let t4 = LevelCheck {
        level: TechLevel::T4,
        conditions: vec![
            meets_t3.clone(),
            Condition::one(Criterion::ExpertRecognitionsAtLeast {
                required: 2,
                actual: evidence.expert_recognitions.value(),
            }),
        ],
    };
    let t5 = LevelCheck {
        level: TechLevel::T5,
        conditions: vec![
            meets_t3,
            Condition::one(Criterion::ContributionAudienceMoreThan {
                required: 3,
                actual: contribution.audience.value(),
            }),
            Condition::one(Criterion::RecognisersOutnumberOthers {
                recognisers: contribution.recognisers.value(),
                non_recognisers: contribution.non_recognisers.value(),
            }),
        ],
    };
    let checks = vec![t1, t2, t3, t4, t5];
    let level = checks
        .iter()
        .filter(|check| check.holds())
        .map(|check| check.level)
        .max()
        .unwrap_or(TechLevel::NONE);
    Ok(EvidenceAssessment {
        level,
        experience_hours: actual_hours,
        hours_per_month,
        checks,
    })
}
