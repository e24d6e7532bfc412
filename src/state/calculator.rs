//! What the calculator keeps: settings, projects and the developer's levels, stored exactly
//! as typed (strings), so nothing the user typed is lost, even invalid and across a reload.
//! The page derives validated values from these drafts through the engine's `parse`s.
//!
//! Storage keys: [`SettingsDraft`] under `StorageKey::Settings`, [`ProjectsDraft`] under
//! `StorageKey::Projects`, [`LevelsDraft`] under `StorageKey::Levels`.

pub mod base64url;
pub mod share;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::{
    Coefficients, Contribution, Count, Currency, DLevel, Evidence, Experience, ExperienceAmount,
    ExperienceUnit, Field, InputError, Settings, TechLevel,
};

/// The value, or `None` with its error noted.
fn keep<T>(errors: &mut Vec<InputError>, result: Result<T, InputError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

/// Identifies a project or a technology row; unique within one [`ProjectsDraft`].
pub type Id = u64;

/// The salary settings as typed. Missing fields read as their defaults.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsDraft {
    pub base_rate: String,
    pub currency: Currency,
    pub hours_per_day: String,
    pub days_per_week: String,
    /// D0 to D5.
    pub coefficients: [String; 6],
    pub max_multiplier: String,
}

impl Default for SettingsDraft {
    /// The engine's defaults, written out: 50 USD, 5 h, 5 days, 0.2 … 2, ×2.
    fn default() -> Self {
        Self::from(&Settings::default())
    }
}

impl From<&Settings> for SettingsDraft {
    fn from(settings: &Settings) -> Self {
        Self {
            base_rate: settings.base_rate.to_string(),
            currency: settings.currency,
            hours_per_day: settings.hours_per_day.to_string(),
            days_per_week: settings.days_per_week.to_string(),
            coefficients: settings.coefficients.as_array().map(|c| c.to_string()),
            max_multiplier: settings.max_multiplier.to_string(),
        }
    }
}

impl SettingsDraft {
    /// Reads every field; returns every field's error (each names its field).
    pub fn parse(&self) -> Result<Settings, Vec<InputError>> {
        let mut errors = Vec::new();
        let base_rate = keep(&mut errors, crate::domain::BaseRate::parse(&self.base_rate));
        let hours_per_day = keep(
            &mut errors,
            crate::domain::HoursPerDay::parse(&self.hours_per_day),
        );
        let days_per_week = keep(
            &mut errors,
            crate::domain::DaysPerWeek::parse(&self.days_per_week),
        );
        let max_multiplier = keep(
            &mut errors,
            crate::domain::MaxMultiplier::parse(&self.max_multiplier),
        );
        let [d0, d1, d2, d3, d4, d5] = &self.coefficients;
        let coefficients = match Coefficients::parse([d0, d1, d2, d3, d4, d5].map(String::as_str)) {
            Ok(c) => Some(c),
            Err(list) => {
                errors.extend(list);
                None
            }
        };
        match (
            base_rate,
            hours_per_day,
            days_per_week,
            coefficients,
            max_multiplier,
        ) {
            (Some(base_rate), Some(hours_per_day), Some(days_per_week), Some(c), Some(m))
                if errors.is_empty() =>
            {
                Ok(Settings {
                    base_rate,
                    currency: self.currency,
                    hours_per_day,
                    days_per_week,
                    coefficients: c,
                    max_multiplier: m,
                })
            }
            _ => Err(errors),
        }
    }

    /// The text of one level's coefficient.
    pub fn coefficient(&self, level: DLevel) -> &str {
        self.coefficients
            .get(usize::from(level.index()))
            .map_or("", String::as_str)
    }

    pub fn set_coefficient(&mut self, level: DLevel, text: String) {
        if let Some(slot) = self.coefficients.get_mut(usize::from(level.index())) {
            *slot = text;
        }
    }
}

/// One required technology as typed: name, minimum level `I`, weight `W`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TechnologyDraft {
    pub id: Id,
    pub name: String,
    pub min: String,
    pub weight: String,
}

/// A saved project: its name and required technologies, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectDraft {
    pub id: Id,
    pub name: String,
    pub technologies: Vec<TechnologyDraft>,
}

impl ProjectDraft {
    /// The row with this id and its position (from 0).
    pub fn row(&self, id: Id) -> Option<(usize, &TechnologyDraft)> {
        self.technologies
            .iter()
            .enumerate()
            .find(|(_, row)| row.id == id)
    }

    fn row_mut(&mut self, id: Id) -> Option<&mut TechnologyDraft> {
        self.technologies.iter_mut().find(|row| row.id == id)
    }
}

/// The seed's worked example (SPEC §4), the first-run project.
pub const DEMO_PROJECT_NAME: &str = "Пример из методики";
/// Name, `I`, `W`, `L` of the seed's worked example.
pub const DEMO_ROWS: [(&str, &str, &str, &str); 3] = [
    ("Письменный английский", "1", "0.5", "1"),
    ("Разработка на Rust", "1", "1.0", "3"),
    ("Разработка серверного ПО", "2", "0.8", "2"),
];

/// Every saved project and which one is open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectsDraft {
    pub projects: Vec<ProjectDraft>,
    pub current: Option<Id>,
    /// The next id to hand out (a lower value read from storage is corrected on use).
    pub next_id: Id,
}

impl Default for ProjectsDraft {
    /// The first run: the seed's worked example.
    fn default() -> Self {
        let mut projects = Self {
            projects: Vec::new(),
            current: None,
            next_id: 1,
        };
        let rows = DEMO_ROWS
            .iter()
            .map(|(name, min, weight, _)| {
                ((*name).to_owned(), (*min).to_owned(), (*weight).to_owned())
            })
            .collect();
        projects.add(DEMO_PROJECT_NAME.to_owned(), rows);
        projects
    }
}

impl ProjectsDraft {
    fn fresh_id(&mut self) -> Id {
        let highest = self
            .projects
            .iter()
            .flat_map(|p| std::iter::once(p.id).chain(p.technologies.iter().map(|t| t.id)))
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(highest.saturating_add(1));
        self.next_id = id.saturating_add(1);
        id
    }

    /// The open project: the one selected, or the first when the selection is stale.
    pub fn current(&self) -> Option<&ProjectDraft> {
        self.current
            .and_then(|id| self.get(id))
            .or_else(|| self.projects.first())
    }

    pub fn current_mut(&mut self) -> Option<&mut ProjectDraft> {
        let id = self.current()?.id;
        self.projects.iter_mut().find(|p| p.id == id)
    }

    pub fn get(&self, id: Id) -> Option<&ProjectDraft> {
        self.projects.iter().find(|p| p.id == id)
    }

    pub fn select(&mut self, id: Id) {
        if self.get(id).is_some() {
            self.current = Some(id);
        }
    }

    /// Adds a project with these rows (name, `I`, `W`), opens it and returns its id.
    pub fn add(&mut self, name: String, rows: Vec<(String, String, String)>) -> Id {
        let id = self.fresh_id();
        let technologies = rows
            .into_iter()
            .map(|(name, min, weight)| TechnologyDraft {
                id: self.fresh_id(),
                name,
                min,
                weight,
            })
            .collect();
        self.projects.push(ProjectDraft {
            id,
            name,
            technologies,
        });
        self.current = Some(id);
        id
    }

    /// A new project with one empty row (`I` 1, `W` 1), opened.
    pub fn create(&mut self, name: String) -> Id {
        self.add(name, vec![(String::new(), "1".into(), "1".into())])
    }

    /// Copies a project under a new name, right after it, and opens the copy.
    pub fn duplicate(&mut self, id: Id, name: String) -> Option<Id> {
        let source = self.get(id)?.clone();
        let rows = source
            .technologies
            .into_iter()
            .map(|t| (t.name, t.min, t.weight))
            .collect();
        let copy = self.add(name, rows);
        // Move the copy next to its source.
        if let (Some(from), Some(to)) = (
            self.projects.iter().position(|p| p.id == copy),
            self.projects.iter().position(|p| p.id == id),
        ) {
            let project = self.projects.remove(from);
            let at = to.saturating_add(1).min(self.projects.len());
            self.projects.insert(at, project);
        }
        Some(copy)
    }

    /// Deletes a project; the one after it (or before, if it was last) opens.
    pub fn delete(&mut self, id: Id) {
        let Some(index) = self.projects.iter().position(|p| p.id == id) else {
            return;
        };
        let was_current = self.current().map(|p| p.id) == Some(id);
        self.projects.remove(index);
        if was_current {
            self.current = self
                .projects
                .get(index)
                .or_else(|| self.projects.last())
                .map(|p| p.id);
        }
    }

    pub fn rename(&mut self, id: Id, name: String) {
        if let Some(project) = self.projects.iter_mut().find(|p| p.id == id) {
            project.name = name;
        }
    }

    /// Appends an empty row (`I` 1, `W` 1) to the open project; returns its id.
    pub fn add_technology(&mut self) -> Option<Id> {
        let id = self.fresh_id();
        let project = self.current_mut()?;
        project.technologies.push(TechnologyDraft {
            id,
            name: String::new(),
            min: "1".into(),
            weight: "1".into(),
        });
        Some(id)
    }

    pub fn remove_technology(&mut self, row: Id) {
        if let Some(project) = self.current_mut() {
            project.technologies.retain(|t| t.id != row);
        }
    }

    /// Changes one field of a row of the open project; false when nothing changed.
    pub fn edit_technology(
        &mut self,
        row: Id,
        edit: impl FnOnce(&mut TechnologyDraft) -> bool,
    ) -> bool {
        self.current_mut()
            .and_then(|p| p.row_mut(row))
            .is_some_and(edit)
    }

    /// Whether any row of any project other than `except` is named like `name`.
    pub fn name_used_elsewhere(&self, name: &str, except: Id) -> bool {
        let key = level_key(name);
        self.projects
            .iter()
            .flat_map(|p| &p.technologies)
            .any(|t| t.id != except && level_key(&t.name) == key)
    }
}

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

impl Default for LevelsDraft {
    /// The first run: the levels of the seed's worked example.
    fn default() -> Self {
        let mut levels = Self::empty();
        for (name, _, _, level) in DEMO_ROWS {
            levels.set_level(name, level.to_owned());
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

#[cfg(test)]
mod tests;
