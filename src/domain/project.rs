//! A project's required technologies and the developer's levels (docs/rules.md#qualification).

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::{Field, InputError, ProjectError};
use super::level::TechLevel;
use super::number::{Lower, decimal_newtype};

/// A technology's name: trimmed, not empty, at most [`TechName::MAX_CHARS`] characters.
///
/// Two names are the same technology when their [`key`](TechName::key)s are equal:
/// case-insensitive, with runs of inner whitespace counted as one space.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TechName(String);

impl TechName {
    pub const MAX_CHARS: usize = 100;

    /// Trims the text and checks it is neither empty nor too long.
    pub fn parse(text: &str) -> Result<Self, InputError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(InputError::Empty {
                field: Field::TechnologyName,
            });
        }
        let chars = trimmed.chars().count();
        if chars > Self::MAX_CHARS {
            return Err(InputError::TooLong {
                field: Field::TechnologyName,
                chars,
                max: Self::MAX_CHARS,
            });
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// The name as typed, trimmed.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What names are matched by: lowercase, single-spaced.
    pub fn key(&self) -> String {
        self.0
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    }
}

impl TryFrom<String> for TechName {
    type Error = InputError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<TechName> for String {
    fn from(name: TechName) -> Self {
        name.0
    }
}

impl fmt::Display for TechName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

decimal_newtype! {
    /// A technology's relative weight in a project (`W`): greater than 0, at most 1000,
    /// at most 4 decimal places. Trailing zeros typed within those places are kept (`1.0`).
    Weight { field: Field::Weight, lower: Lower::Positive, max: Decimal::ONE_THOUSAND, places: 4 }
}

/// One required technology of a project: its name, minimum level `I` and weight `W`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    pub name: TechName,
    pub min: TechLevel,
    pub weight: Weight,
}

impl Requirement {
    /// Reads one row of the page; returns every field's error at once.
    pub fn parse(name: &str, min: &str, weight: &str) -> Result<Self, Vec<InputError>> {
        let name = TechName::parse(name);
        let min = TechLevel::parse_as(Field::MinimumLevel, min);
        let weight = Weight::parse(weight);
        match (name, min, weight) {
            (Ok(name), Ok(min), Ok(weight)) => Ok(Self { name, min, weight }),
            (name, min, weight) => Err([name.err(), min.err(), weight.err()]
                .into_iter()
                .flatten()
                .collect()),
        }
    }
}

/// A project's required technologies: at least one, no name twice (by [`TechName::key`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<Requirement>", into = "Vec<Requirement>")]
pub struct Requirements(Vec<Requirement>);

impl Requirements {
    /// Checks the list; a duplicate error names the first pair of rows found, numbered from 1.
    pub fn new(requirements: Vec<Requirement>) -> Result<Self, ProjectError> {
        if requirements.is_empty() {
            return Err(ProjectError::NoTechnologies);
        }
        let mut seen: BTreeMap<String, (usize, &TechName)> = BTreeMap::new();
        for (row, requirement) in (1_usize..).zip(&requirements) {
            if let Some((first_row, first_name)) = seen.get(&requirement.name.key()) {
                return Err(ProjectError::DuplicateTechnology {
                    first_row: *first_row,
                    first_name: first_name.to_string(),
                    second_row: row,
                    second_name: requirement.name.to_string(),
                });
            }
            seen.insert(requirement.name.key(), (row, &requirement.name));
        }
        Ok(Self(requirements))
    }

    /// The rows in the order given.
    pub fn as_slice(&self) -> &[Requirement] {
        &self.0
    }
}

impl TryFrom<Vec<Requirement>> for Requirements {
    type Error = ProjectError;

    fn try_from(requirements: Vec<Requirement>) -> Result<Self, Self::Error> {
        Self::new(requirements)
    }
}

impl From<Requirements> for Vec<Requirement> {
    fn from(requirements: Requirements) -> Self {
        requirements.0
    }
}

/// A developer's level in one technology.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeveloperLevel {
    pub name: TechName,
    pub level: TechLevel,
}

/// A developer's current levels `L`, looked up by technology name (by [`TechName::key`]),
/// so one developer can be checked against many projects. A technology not listed
/// has level 0, "none".
///
/// Serialised as a list of [`DeveloperLevel`]; a name given twice keeps its last level.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<DeveloperLevel>", into = "Vec<DeveloperLevel>")]
pub struct DeveloperLevels(BTreeMap<String, DeveloperLevel>);

impl DeveloperLevels {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the level of `name`, replacing the level of any name with the same key.
    pub fn set(&mut self, name: TechName, level: TechLevel) {
        self.0.insert(name.key(), DeveloperLevel { name, level });
    }

    /// The level in `name`, 0 when not listed.
    pub fn level_of(&self, name: &TechName) -> TechLevel {
        self.0
            .get(&name.key())
            .map_or(TechLevel::NONE, |entry| entry.level)
    }

    /// The listed levels, by key.
    pub fn iter(&self) -> impl Iterator<Item = &DeveloperLevel> {
        self.0.values()
    }
}

impl FromIterator<(TechName, TechLevel)> for DeveloperLevels {
    fn from_iter<I: IntoIterator<Item = (TechName, TechLevel)>>(iter: I) -> Self {
        let mut levels = Self::new();
        for (name, level) in iter {
            levels.set(name, level);
        }
        levels
    }
}

impl From<Vec<DeveloperLevel>> for DeveloperLevels {
    fn from(entries: Vec<DeveloperLevel>) -> Self {
        entries.into_iter().map(|e| (e.name, e.level)).collect()
    }
}

impl From<DeveloperLevels> for Vec<DeveloperLevel> {
    fn from(levels: DeveloperLevels) -> Self {
        levels.0.into_values().collect()
    }
}
