//! Everything the app keeps in `localStorage`, behind one key enum and a versioned envelope.
//! Decoding is pure (tested natively); the browser side never panics when storage is missing,
//! blocked or full: it reports, and the app carries on in memory.

use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;
use thiserror::Error;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StorageKey {
    /// Interface language.
    Language,
    /// Calculator settings: base rate, currency, hours, coefficients.
    Settings,
    /// Saved calculator projects and which one is open.
    Projects,
    /// The developer's own technology levels, shared by every project.
    Levels,
    /// Self-assessment ticks on the matrices.
    Assessment,
    /// About the user: name, profession, current and target grade.
    Profile,
}

impl StorageKey {
    pub const ALL: [StorageKey; 6] = [
        StorageKey::Language,
        StorageKey::Settings,
        StorageKey::Projects,
        StorageKey::Levels,
        StorageKey::Assessment,
        StorageKey::Profile,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            StorageKey::Language => "grades.language",
            StorageKey::Settings => "grades.settings",
            StorageKey::Projects => "grades.projects",
            StorageKey::Levels => "grades.levels",
            StorageKey::Assessment => "grades.assessment",
            StorageKey::Profile => "grades.profile",
        }
    }

    /// Schema version of what is stored under this key now.
    pub const fn version(self) -> u32 {
        match self {
            StorageKey::Language
            | StorageKey::Settings
            | StorageKey::Projects
            | StorageKey::Levels
            | StorageKey::Assessment
            | StorageKey::Profile => 1,
        }
    }

    /// Where an unreadable value is copied before the app starts from defaults.
    pub fn backup_name(self) -> String {
        format!("{}.backup", self.name())
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("stored data is not valid JSON: {0}")]
    NotJson(String),
    #[error("stored data has no schema version")]
    NoVersion,
    #[error(
        "stored data was written by a newer version of the app ({found}, this one reads up to {supported})"
    )]
    Newer { found: u64, supported: u32 },
    #[error("stored data has the wrong shape: {0}")]
    WrongShape(String),
}

/// Wraps a value with its key's schema version: `{"v":1,"data":…}`.
pub fn encode<T: Serialize>(key: StorageKey, data: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(&serde_json::json!({ "v": key.version(), "data": data }))
}

/// Reads an envelope, migrating older versions to the current shape.
pub fn decode<T: DeserializeOwned>(key: StorageKey, raw: &str) -> Result<T, DecodeError> {
    let envelope: Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let version = envelope
        .get("v")
        .and_then(Value::as_u64)
        .ok_or(DecodeError::NoVersion)?;
    if version > u64::from(key.version()) {
        return Err(DecodeError::Newer {
            found: version,
            supported: key.version(),
        });
    }
    let data = envelope.get("data").cloned().unwrap_or(Value::Null);
    let data = migrate(key, version, data);
    serde_json::from_value(data).map_err(|e| DecodeError::WrongShape(e.to_string()))
}

/// Brings data stored under an older schema version up to the current one.
fn migrate(key: StorageKey, _from: u64, data: Value) -> Value {
    match key {
        StorageKey::Language
        | StorageKey::Settings
        | StorageKey::Projects
        | StorageKey::Levels
        | StorageKey::Assessment
        | StorageKey::Profile => data,
    }
}

/// What loading a key found.
#[derive(Debug, PartialEq)]
pub enum Loaded<T> {
    /// Nothing stored (or no storage): start from defaults.
    Missing,
    Found(T),
    /// Stored data could not be read; it was copied to the backup key (when storage allowed).
    Unreadable {
        error: DecodeError,
        backed_up: bool,
    },
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum SaveError {
    #[error("local storage is unavailable")]
    Unavailable,
    #[error("local storage refused the write (full or blocked)")]
    Refused,
    #[error("the value could not be serialised: {0}")]
    Serialise(String),
}

/// `localStorage`, if this browser lets the page use it. Never panics (gloo's `raw()` does).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Raw text stored under a key, if any.
pub fn read_raw(key: StorageKey) -> Option<String> {
    storage()?.get_item(key.name()).ok().flatten()
}

pub fn storage_available() -> bool {
    storage().is_some()
}

pub fn load<T: DeserializeOwned>(key: StorageKey) -> Loaded<T> {
    let Some(storage) = storage() else {
        return Loaded::Missing;
    };
    let Ok(Some(raw)) = storage.get_item(key.name()) else {
        return Loaded::Missing;
    };
    match decode(key, &raw) {
        Ok(value) => Loaded::Found(value),
        Err(error) => {
            let backed_up = storage.set_item(&key.backup_name(), &raw).is_ok();
            Loaded::Unreadable { error, backed_up }
        }
    }
}

/// Writes a value unless storage already holds exactly it, so that applying another tab's
/// write does not echo it back.
pub fn save<T: Serialize>(key: StorageKey, data: &T) -> Result<(), SaveError> {
    let storage = storage().ok_or(SaveError::Unavailable)?;
    let raw = encode(key, data).map_err(|e| SaveError::Serialise(e.to_string()))?;
    if storage.get_item(key.name()).ok().flatten().as_deref() == Some(raw.as_str()) {
        return Ok(());
    }
    storage
        .set_item(key.name(), &raw)
        .map_err(|_| SaveError::Refused)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_saved_value_reads_back() {
        let raw = encode(StorageKey::Language, &Lang::En).unwrap();
        assert_eq!(raw, r#"{"data":"en","v":1}"#);
        assert_eq!(decode::<Lang>(StorageKey::Language, &raw), Ok(Lang::En));
    }

    #[test]
    fn unreadable_values_are_told_apart() {
        let key = StorageKey::Language;
        assert!(matches!(
            decode::<Lang>(key, "{not json"),
            Err(DecodeError::NotJson(_))
        ));
        assert_eq!(
            decode::<Lang>(key, r#"{"data":"en"}"#),
            Err(DecodeError::NoVersion)
        );
        assert_eq!(
            decode::<Lang>(key, r#"{"v":99,"data":"en"}"#),
            Err(DecodeError::Newer {
                found: 99,
                supported: 1
            })
        );
        assert!(matches!(
            decode::<Lang>(key, r#"{"v":1,"data":"klingon"}"#),
            Err(DecodeError::WrongShape(_))
        ));
    }

    #[test]
    fn key_names_are_unique() {
        let names: std::collections::HashSet<_> =
            StorageKey::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names.len(), StorageKey::ALL.len());
    }
}
