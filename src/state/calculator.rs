//! What the calculator keeps: settings, projects and the developer's levels, stored exactly
//! as typed (strings), so nothing the user typed is lost, even invalid and across a reload.
//! The page derives validated values from these drafts through the engine's `parse`s.
//!
//! Storage keys: [`SettingsDraft`] under `StorageKey::Settings`, [`ProjectsDraft`] under
//! `StorageKey::Projects`, [`LevelsDraft`] under `StorageKey::Levels`.

pub mod base64url;
pub mod evaluation;
pub mod share;

use crate::state::persistence::{StorageKey, Stored};
use serde::{Deserialize, Serialize};

use crate::domain::{Coefficients, Currency, DLevel, InputError, Settings};

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

impl Stored for SettingsDraft {
    const KEY: StorageKey = StorageKey::Settings;
    const ONLY_KNOWN_FIELDS: bool = true;
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

mod levels;
mod projects;
pub use levels::{
    EvidenceDraft, LevelDraft, LevelsDraft, UNSET_LEVEL, level_key, parse_current_level,
};
pub use projects::{ProjectDraft, ProjectsDraft, TechnologyDraft};

#[cfg(test)]
mod tests;
