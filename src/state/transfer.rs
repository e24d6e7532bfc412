//! Export of the user's own stored keys ([`StorageKey::EXPORTED`]) to one JSON file, import of
//! such a file, and reset. A kept team is other people's data and never travels with them.
//!
//! The file:
//! ```json
//! {
//!   "format": "grades-export",
//!   "format_version": 1,
//!   "app_version": "0.1.0",
//!   "exported_at": "2026-11-22T09:30:00.000Z",
//!   "keys": { "grades.language": {"v":1,"data":"en"}, "grades.profile": {"v":1,"data":{…}} },
//!   "unreadable": { "grades.projects": "{broken" }
//! }
//! ```
//! `keys` holds each stored key's envelope as it is stored (absent keys are left out);
//! `unreadable` keeps, as text, stored values that are not JSON, so an export never drops
//! anything (import ignores them). Building and validating are pure; writing is thin.

use serde_json::{Map, Value, json};
use thiserror::Error;

use crate::browser;
use crate::state::persistence::{self, DecodeError, StorageKey};
use crate::state::profile::{Summary, summarize};

pub const FORMAT: &str = "grades-export";
pub const FORMAT_VERSION: u64 = 1;
/// Largest import file read: 1 MB (MiB). Checked before reading the file.
pub const MAX_IMPORT_BYTES: u64 = 1024 * 1024;

/// `grades-2026-11-22.json` for the date `2026-11-22`.
pub fn export_file_name(date: &str) -> String {
    format!("grades-{date}.json")
}

/// `grades.profile-backup-2026-11-22.txt`: the raw text of an unreadable value.
pub fn backup_file_name(key: StorageKey, date: &str) -> String {
    format!("{}-backup-{date}.txt", key.name())
}

/// The export file for what storage holds (`stored`: every key's raw text, if any).
pub fn build_export(stored: &[(StorageKey, Option<String>)], exported_at: &str) -> String {
    let mut keys = Map::new();
    let mut unreadable = Map::new();
    for (key, raw) in stored {
        let Some(raw) = raw.as_ref().filter(|_| key.is_exported()) else {
            continue;
        };
        match serde_json::from_str::<Value>(raw) {
            Ok(value) => keys.insert(key.name().to_owned(), value),
            Err(_) => unreadable.insert(key.name().to_owned(), Value::String(raw.clone())),
        };
    }
    let mut file = json!({
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": env!("CARGO_PKG_VERSION"),
        "exported_at": exported_at,
        "keys": keys,
    });
    if !unreadable.is_empty()
        && let Some(map) = file.as_object_mut()
    {
        map.insert("unreadable".into(), Value::Object(unreadable));
    }
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// `2026-11-22T09:30:00.000Z` as `2026-11-22 09:30 UTC`; anything else as it is.
pub fn display_time(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16), iso.get(10..11)) {
        (Some(date), Some(time), Some("T")) if iso.ends_with('Z') => format!("{date} {time} UTC"),
        _ => iso.to_owned(),
    }
}

/// Why a file cannot be imported. Nothing is written in any of these cases.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ImportError {
    #[error("the file is {size} bytes, more than the {MAX_IMPORT_BYTES} an export can be")]
    TooLarge { size: u64 },
    #[error("the file is not JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("the file is not an export of this app")]
    NotAnExport,
    #[error("the file was exported by a newer version of the app (format {found})")]
    NewerFormat { found: u64 },
    #[error("the file's {field} is missing or malformed")]
    BadField { field: &'static str },
    #[error("the file holds an unknown key {0}")]
    UnknownKey(String),
    #[error(
        "{key:?} was written by a newer version of the app ({found}, this one reads up to {supported})"
    )]
    NewerData {
        key: StorageKey,
        found: u64,
        supported: u32,
    },
    #[error("{key:?} has the wrong shape: {detail}")]
    BadData { key: StorageKey, detail: String },
}

/// Refuses a file before reading it when it is too large.
pub fn check_size(size: f64) -> Result<(), ImportError> {
    if size > MAX_IMPORT_BYTES as f64 {
        Err(ImportError::TooLarge { size: size as u64 })
    } else {
        Ok(())
    }
}

/// A validated export: for every key, the text to store, or `None` to leave it empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFile {
    pub exported_at: Option<String>,
    pub entries: Vec<(StorageKey, Option<String>)>,
}

/// Validates an export file's text completely, so that nothing is written unless all of it
/// can be read by this version of the app.
pub fn parse_import(text: &str) -> Result<ImportFile, ImportError> {
    let file: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Some(file) = file.as_object() else {
        return Err(ImportError::NotAnExport);
    };
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version =
        file.get("format_version")
            .and_then(Value::as_u64)
            .ok_or(ImportError::BadField {
                field: "format_version",
            })?;
    if version > FORMAT_VERSION {
        return Err(ImportError::NewerFormat { found: version });
    }
    let keys = file
        .get("keys")
        .and_then(Value::as_object)
        .ok_or(ImportError::BadField { field: "keys" })?;
    // The kept team is not the user's own data: an export never carries it.
    if let Some(unknown) = keys
        .keys()
        .find(|name| !StorageKey::from_name(name).is_some_and(StorageKey::is_exported))
    {
        return Err(ImportError::UnknownKey(unknown.clone()));
    }
    let mut entries = Vec::with_capacity(StorageKey::EXPORTED.len());
    for key in StorageKey::EXPORTED {
        let entry = match keys.get(key.name()) {
            None => None,
            Some(stored) => {
                persistence::upgrade(key, stored.clone()).map_err(|error| match error {
                    DecodeError::Newer { found, supported } => ImportError::NewerData {
                        key,
                        found,
                        supported,
                    },
                    DecodeError::WrongShape(detail) | DecodeError::NotJson(detail) => {
                        ImportError::BadData { key, detail }
                    }
                    DecodeError::NoVersion => ImportError::BadData {
                        key,
                        detail: "no schema version".into(),
                    },
                })?;
                Some(stored.to_string())
            }
        };
        entries.push((key, entry));
    }
    let exported_at = file
        .get("exported_at")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok(ImportFile {
        exported_at,
        entries,
    })
}

/// What importing does to one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub key: StorageKey,
    pub now: Summary,
    pub after: Summary,
}

/// A short summary of stored text.
pub fn summarize_raw(key: StorageKey, raw: Option<&str>) -> Summary {
    match raw {
        None => Summary::Absent,
        Some(raw) => match persistence::upgrade_raw(key, raw) {
            Ok((data, _)) => summarize(key, &data),
            Err(_) => Summary::Present,
        },
    }
}

/// Per key, what is stored now and what the import would leave.
pub fn preview(file: &ImportFile, stored: &[(StorageKey, Option<String>)]) -> Vec<Change> {
    file.entries
        .iter()
        .map(|(key, incoming)| {
            let now = stored
                .iter()
                .find(|(k, _)| k == key)
                .and_then(|(_, raw)| raw.as_deref());
            Change {
                key: *key,
                now: summarize_raw(*key, now),
                after: summarize_raw(*key, incoming.as_deref()),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Browser side.

#[derive(Debug, Error, PartialEq, Eq)]
pub enum WriteError {
    #[error("local storage is unavailable")]
    Unavailable,
    #[error("local storage refused the write; nothing was changed")]
    Refused,
}

/// Every exported key's stored text: the user's own data.
pub fn stored_now() -> Vec<(StorageKey, Option<String>)> {
    StorageKey::EXPORTED
        .into_iter()
        .map(|key| (key, persistence::read_raw(key)))
        .collect()
}

/// Writes every entry (storing or removing); if storage refuses any of it, puts back what
/// was there so that nothing changes.
pub fn write_all(entries: &[(StorageKey, Option<String>)]) -> Result<(), WriteError> {
    let storage = persistence::storage().ok_or(WriteError::Unavailable)?;
    let before = stored_now();
    let write = |key: StorageKey, raw: Option<&str>| match raw {
        Some(raw) => storage.set_item(key.name(), raw),
        None => storage.remove_item(key.name()),
    };
    let failed = entries
        .iter()
        .any(|(key, raw)| write(*key, raw.as_deref()).is_err());
    if failed {
        for (key, raw) in &before {
            let _ = write(*key, raw.as_deref());
        }
        return Err(WriteError::Refused);
    }
    Ok(())
}

/// Imports a validated file.
pub fn import(file: &ImportFile) -> Result<(), WriteError> {
    write_all(&file.entries)
}

/// Removes the user's own data (backups, and a kept team, stay).
pub fn reset() -> Result<(), WriteError> {
    let empty: Vec<_> = StorageKey::EXPORTED
        .into_iter()
        .map(|key| (key, None))
        .collect();
    write_all(&empty)
}

/// A message for the next page load (after import or reset), kept in `sessionStorage`.
const FLASH: &str = "grades.flash";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flash {
    Imported,
    Reset,
}

impl Flash {
    fn code(self) -> &'static str {
        match self {
            Flash::Imported => "imported",
            Flash::Reset => "reset",
        }
    }
}

/// Reloads the page so every part of the app reads what storage now holds, then says `flash`.
pub fn reload_with(flash: Flash) {
    browser::reload_with_note(FLASH, flash.code());
}

/// The message left by [`reload_with`], once.
pub fn take_flash() -> Option<Flash> {
    let code = browser::take_note(FLASH)?;
    [Flash::Imported, Flash::Reset]
        .into_iter()
        .find(|flash| flash.code() == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_file_is_named_with_the_date() {
        assert_eq!(export_file_name("2026-11-22"), "grades-2026-11-22.json");
        assert_eq!(
            backup_file_name(StorageKey::Profile, "2026-11-22"),
            "grades.profile-backup-2026-11-22.txt"
        );
    }

    #[test]
    fn export_times_read_as_utc_minutes() {
        assert_eq!(
            display_time("2026-11-22T09:30:12.345Z"),
            "2026-11-22 09:30 UTC"
        );
        assert_eq!(display_time("yesterday"), "yesterday");
        assert_eq!(display_time(""), "");
    }

    #[test]
    fn the_size_limit_is_one_megabyte() {
        assert_eq!(check_size(1_048_576.0), Ok(()));
        assert_eq!(
            check_size(1_048_577.0),
            Err(ImportError::TooLarge { size: 1_048_577 })
        );
    }
}
