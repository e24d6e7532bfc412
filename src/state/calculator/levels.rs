//! The developer's levels `L` and the evidence behind them, as typed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::keep;
use crate::catalog::worked_example;
use crate::domain::{
    Contribution, Count, Evidence, Experience, ExperienceAmount, ExperienceUnit, Field, InputError,
    TechLevel,
};
use crate::state::persistence::{StorageKey, Stored};

/// The key levels are filed under: the same as `TechName::key` (lowercase, single-spaced,
/// trimmed) and defined for any text, so a level can be typed before the name is valid.
pub fn level_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What the evidence helper was told about one technology, as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvidenceDraft {
    pub amount: String,
    pub unit: ExperienceUnit,
    /// Significant projects that are not large.
    pub significant: String,
    pub large: String,
    pub experts: String,
    /// Whether the developer created something new (the T5 criteria).
    pub contribution: bool,
    pub audience: String,
    pub recognisers: String,
    pub non_recognisers: String,
}

impl Default for EvidenceDraft {
    fn default() -> Self {
        Self {
            amount: "0".into(),
            unit: ExperienceUnit::Months,
            significant: "0".into(),
            large: "0".into(),
            experts: "0".into(),
            contribution: false,
            audience: "0".into(),
            recognisers: "0".into(),
            non_recognisers: "0".into(),
        }
    }
}

impl EvidenceDraft {
    /// Reads every field; returns every field's error.
    pub fn parse(&self) -> Result<Evidence, Vec<InputError>> {
        let mut errors = Vec::new();
        let amount = keep(&mut errors, ExperienceAmount::parse(&self.amount));
        let significant = keep(
            &mut errors,
            Count::parse_as(Field::SignificantProjects, &self.significant),
        );
        let large = keep(
            &mut errors,
            Count::parse_as(Field::LargeProjects, &self.large),
        );
        let experts = keep(
            &mut errors,
            Count::parse_as(Field::ExpertRecognitions, &self.experts),
        );
        let contribution = if self.contribution {
            let audience = keep(
                &mut errors,
                Count::parse_as(Field::ContributionAudience, &self.audience),
            );
            let recognisers = keep(
                &mut errors,
                Count::parse_as(Field::ContributionRecognisers, &self.recognisers),
            );
            let non_recognisers = keep(
                &mut errors,
                Count::parse_as(Field::ContributionNonRecognisers, &self.non_recognisers),
            );
            match (audience, recognisers, non_recognisers) {
                (Some(audience), Some(recognisers), Some(non_recognisers)) => Some(Contribution {
                    audience,
                    recognisers,
                    non_recognisers,
                }),
                _ => None,
            }
        } else {
            None
        };
        match (amount, significant, large, experts) {
            (Some(amount), Some(significant_projects), Some(large_projects), Some(experts))
                if errors.is_empty() =>
            {
                Ok(Evidence {
                    experience: Experience {
                        amount,
                        unit: self.unit,
                    },
                    significant_projects,
                    large_projects,
                    expert_recognitions: experts,
                    contribution,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The developer's level in one technology as typed, and the evidence behind it, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelDraft {
    /// The name as last typed (the map's key is its [`level_key`]).
    pub name: String,
    pub level: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceDraft>,
}

/// The developer's levels `L`, one per technology name (by [`level_key`]), shared by every
/// project: one person checked against many projects. A technology not listed is at 0.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LevelsDraft(BTreeMap<String, LevelDraft>);

impl Stored for LevelsDraft {
    const KEY: StorageKey = StorageKey::Levels;
}

impl Default for LevelsDraft {
    /// The first run: the levels of the seed's worked example.
    fn default() -> Self {
        let mut levels = Self::empty();
        for technology in &worked_example().technologies {
            levels.set_level(&technology.name, technology.level.clone());
        }
        levels
    }
}

/// The level shown for a technology nobody has set: "none".
pub const UNSET_LEVEL: &str = "0";

impl LevelsDraft {
    pub fn empty() -> Self {
        Self(BTreeMap::new())
    }

    pub fn get(&self, name: &str) -> Option<&LevelDraft> {
        self.0.get(&level_key(name))
    }

    /// The level as typed, or [`UNSET_LEVEL`].
    pub fn level_text(&self, name: &str) -> &str {
        self.get(name).map_or(UNSET_LEVEL, |l| l.level.as_str())
    }

    pub fn set_level(&mut self, name: &str, text: String) {
        self.entry(name).level = text;
    }

    pub fn set_evidence(&mut self, name: &str, evidence: EvidenceDraft) {
        self.entry(name).evidence = Some(evidence);
    }

    fn entry(&mut self, name: &str) -> &mut LevelDraft {
        let entry = self.0.entry(level_key(name)).or_insert_with(|| LevelDraft {
            name: name.trim().to_owned(),
            level: UNSET_LEVEL.to_owned(),
            evidence: None,
        });
        entry.name = name.trim().to_owned();
        entry
    }

    /// A row was renamed from `from` to `to`: its level (and evidence) goes with it unless the
    /// developer already has a level under the new name, in which case both stay. A moved entry
    /// is copied rather than moved when another row still uses the old name
    /// (`from_still_used`). Returns whether anything changed.
    pub fn follow_rename(&mut self, from: &str, to: &str, from_still_used: bool) -> bool {
        let (old, new) = (level_key(from), level_key(to));
        if old == new {
            return match self.0.get_mut(&new) {
                Some(entry) if entry.name != to.trim() => {
                    to.trim().clone_into(&mut entry.name);
                    true
                }
                _ => false,
            };
        }
        match self.0.get(&old).cloned() {
            Some(mut entry) if !self.0.contains_key(&new) => {
                if !from_still_used {
                    self.0.remove(&old);
                }
                entry.name = to.trim().to_owned();
                self.0.insert(new, entry);
                true
            }
            // The developer already has a level under the new name (or none under the old):
            // nothing moves, and nothing typed is dropped.
            _ => false,
        }
    }

    /// Every entry, by key.
    pub fn iter(&self) -> impl Iterator<Item = &LevelDraft> {
        self.0.values()
    }
}

/// A level typed for `L`, read with the engine's rule.
pub fn parse_current_level(text: &str) -> Result<TechLevel, InputError> {
    TechLevel::parse_as(Field::CurrentLevel, text)
}
