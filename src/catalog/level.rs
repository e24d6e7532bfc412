//! The grade ladder shared by every matrix.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A rung of the ladder. Declaration order is the ladder order, so `Ord`
/// compares seniority. The seed's Python enum stops at `senior`; the matrices
/// also use `junior+`, `middle+`, `senior+` and `lead` (docs/rules.md#grade-levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GradeLevel {
    #[serde(rename = "intern")]
    Intern,
    #[serde(rename = "junior")]
    Junior,
    #[serde(rename = "junior+")]
    JuniorPlus,
    #[serde(rename = "middle")]
    Middle,
    #[serde(rename = "middle+")]
    MiddlePlus,
    #[serde(rename = "senior")]
    Senior,
    #[serde(rename = "senior+")]
    SeniorPlus,
    #[serde(rename = "lead")]
    Lead,
}

/// A string that names no grade level.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown grade level {0:?}")]
pub struct UnknownGradeLevel(pub String);

impl GradeLevel {
    /// Every level, lowest first.
    pub const ALL: [Self; 8] = [
        Self::Intern,
        Self::Junior,
        Self::JuniorPlus,
        Self::Middle,
        Self::MiddlePlus,
        Self::Senior,
        Self::SeniorPlus,
        Self::Lead,
    ];

    /// The serde name, also used in item keys: `intern`, `junior+`, …
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Intern => "intern",
            Self::Junior => "junior",
            Self::JuniorPlus => "junior+",
            Self::Middle => "middle",
            Self::MiddlePlus => "middle+",
            Self::Senior => "senior",
            Self::SeniorPlus => "senior+",
            Self::Lead => "lead",
        }
    }

    /// Language-neutral display label: `Intern`, `Junior+`, … A grade's own
    /// `title` keeps the source's wording; this is for axes and filters.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Intern => "Intern",
            Self::Junior => "Junior",
            Self::JuniorPlus => "Junior+",
            Self::Middle => "Middle",
            Self::MiddlePlus => "Middle+",
            Self::Senior => "Senior",
            Self::SeniorPlus => "Senior+",
            Self::Lead => "Lead",
        }
    }
}

impl fmt::Display for GradeLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for GradeLevel {
    type Err = UnknownGradeLevel;

    /// Accepts the serde name (`junior+`), as stored in keys and JSON.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|level| level.as_str() == s)
            .ok_or_else(|| UnknownGradeLevel(s.to_owned()))
    }
}
