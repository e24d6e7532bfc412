//! The browser side of persistence: `localStorage` access, loading a key at start-up with its
//! recovery, saving with the other-tab check. Thin over the pure decisions in the parent module,
//! and it never panics when storage is missing, blocked or full.

use thiserror::Error;

use super::{
    BackupPlan, DecodeError, MAX_BACKUPS, Plan, RecoveryReason, StorageKey, Stored, WriteDecision,
    decode_migrated, encode, plan, plan_backup, write_decision,
};

/// Stored data set aside because it could not be read, for the notice that tells the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    pub key: StorageKey,
    pub error: DecodeError,
    /// The value exactly as it was stored.
    pub raw: String,
    /// The backup entry holding it; `None` when storage refused the copy, in which case the
    /// value was left in place and this tab will not overwrite it.
    pub backup: Option<String>,
}

/// What loading a key found.
#[derive(Debug, PartialEq)]
pub enum Loaded<T> {
    /// Nothing stored (or no storage): start from defaults.
    Missing,
    Found(T),
    /// Stored data could not be read; it was copied to a backup key (when storage allowed).
    Unreadable {
        error: DecodeError,
        backed_up: bool,
    },
}

/// A key opened for a persisted signal.
#[derive(Debug)]
pub struct Opened<T> {
    pub value: T,
    /// The stored text `value` came from, i.e. what this tab last saw in storage.
    pub seen: Option<String>,
    pub recovery: Option<Recovery>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum SaveError {
    #[error("local storage is unavailable")]
    Unavailable,
    #[error("local storage refused the write (full or blocked)")]
    Refused,
    #[error("the value could not be serialised: {0}")]
    Serialise(String),
    #[error("another tab changed the stored value")]
    Conflict { stored: Option<String> },
}

/// What a successful [`save_checked`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Saved {
    /// Storage now holds this text.
    Stored(String),
    /// Nothing stored and the value is the default: storage left empty.
    LeftEmpty,
}

/// `localStorage`, if this browser lets the page use it. Never panics (gloo's `raw()` does).
pub(crate) fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Raw text stored under a key, if any.
pub fn read_raw(key: StorageKey) -> Option<String> {
    read_name(key.name())
}

pub fn read_name(name: &str) -> Option<String> {
    storage()?.get_item(name).ok().flatten()
}

pub fn storage_available() -> bool {
    storage().is_some()
}

/// Copies an unreadable value to a backup slot, then clears the key so the app starts from
/// defaults. When no backup could be made the value stays where it is.
fn set_aside(
    storage: &web_sys::Storage,
    key: StorageKey,
    raw: &str,
    error: &DecodeError,
) -> Recovery {
    let existing = |name: &str| storage.get_item(name).ok().flatten();
    let backup = match plan_backup(key, raw, existing) {
        BackupPlan::AlreadyKept(name) => Some(name),
        BackupPlan::WriteTo(name) => storage.set_item(&name, raw).ok().map(|()| name),
        BackupPlan::NoFreeSlot => None,
    };
    if backup.is_some() {
        // Best effort: if the removal fails, the next write replaces the value (it is kept).
        let _ = storage.remove_item(key.name());
    }
    Recovery {
        key,
        error: error.clone(),
        raw: raw.to_owned(),
        backup,
    }
}

impl Recovery {
    pub fn reason(&self) -> RecoveryReason {
        RecoveryReason::from(&self.error)
    }
}

/// What the check of a stored key found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub recovery: Option<Recovery>,
    /// Storage refused to write a migrated value (it stays readable in its old version).
    pub write_refused: bool,
}

/// Checks a key no signal has opened ([`open`] checks the others), whichever page will use
/// it: an unreadable value is set aside, an older version is rewritten in the current one.
pub fn check_stored(key: StorageKey) -> CheckReport {
    let mut report = CheckReport::default();
    let Some(storage) = storage() else {
        return report;
    };
    let Ok(Some(raw)) = storage.get_item(key.name()) else {
        return report;
    };
    let existing = |name: &str| storage.get_item(name).ok().flatten();
    match plan(key, &raw, existing) {
        Plan::Readable { rewrite: None, .. } => {}
        Plan::Readable {
            rewrite: Some(current),
            ..
        } => {
            report.write_refused = storage.set_item(key.name(), &current).is_err();
        }
        Plan::Unreadable { error, .. } => {
            report.recovery = Some(set_aside(&storage, key, &raw, &error));
        }
    }
    report
}

/// Opens a type's key for a persisted signal: its value (or the default) and what storage held.
pub fn open<T: Stored>() -> Opened<T> {
    let key = T::KEY;
    let missing = || Opened {
        value: T::default(),
        seen: None,
        recovery: None,
    };
    let Some(storage) = storage() else {
        return missing();
    };
    let Ok(Some(raw)) = storage.get_item(key.name()) else {
        return missing();
    };
    match decode_migrated::<T>(&raw) {
        Ok((value, rewrite)) => {
            // An older version is rewritten in the current one as it is opened, as the check
            // of the other keys does ([`check_stored`]); if storage refuses, it stays readable.
            let seen = match rewrite {
                Some(current) if storage.set_item(key.name(), &current).is_ok() => current,
                _ => raw,
            };
            Opened {
                value,
                seen: Some(seen),
                recovery: None,
            }
        }
        Err(error) => {
            let recovery = set_aside(&storage, key, &raw, &error);
            // Without a backup the value is still stored and was never "seen": any write
            // from this tab counts as a conflict and is refused.
            let seen = match recovery.backup {
                Some(_) => storage.get_item(key.name()).ok().flatten(),
                None => None,
            };
            Opened {
                value: T::default(),
                seen,
                recovery: Some(recovery),
            }
        }
    }
}

pub fn load<T: Stored>() -> Loaded<T> {
    let opened = open::<T>();
    match (opened.recovery, opened.seen) {
        (Some(recovery), _) => Loaded::Unreadable {
            backed_up: recovery.backup.is_some(),
            error: recovery.error,
        },
        (None, Some(_)) => Loaded::Found(opened.value),
        (None, None) => Loaded::Missing,
    }
}

/// Writes a value unless storage already holds exactly it, so that applying another tab's
/// write does not echo it back. Does not look for conflicts; see [`save_checked`].
/// Removes what is stored under a key (its backups stay).
pub fn remove(key: StorageKey) -> Result<(), SaveError> {
    storage()
        .ok_or(SaveError::Unavailable)?
        .remove_item(key.name())
        .map_err(|_| SaveError::Refused)
}

pub fn save<T: Stored>(data: &T) -> Result<(), SaveError> {
    let key = T::KEY;
    let storage = storage().ok_or(SaveError::Unavailable)?;
    let raw = encode(key, data).map_err(|e| SaveError::Serialise(e.to_string()))?;
    if storage.get_item(key.name()).ok().flatten().as_deref() == Some(raw.as_str()) {
        return Ok(());
    }
    storage
        .set_item(key.name(), &raw)
        .map_err(|_| SaveError::Refused)
}

/// Writes a value unless another tab changed the key since this one last saw it (`seen`).
pub fn save_checked<T: Stored>(
    data: &T,
    seen: Option<&str>,
    is_default: bool,
) -> Result<Saved, SaveError> {
    let key = T::KEY;
    let storage = storage().ok_or(SaveError::Unavailable)?;
    let raw = encode(key, data).map_err(|e| SaveError::Serialise(e.to_string()))?;
    let stored = storage.get_item(key.name()).ok().flatten();
    match write_decision(stored.as_deref(), seen, &raw, is_default) {
        WriteDecision::Skip if stored.is_none() => Ok(Saved::LeftEmpty),
        WriteDecision::Skip => Ok(Saved::Stored(raw)),
        WriteDecision::Conflict => Err(SaveError::Conflict { stored }),
        WriteDecision::Write => storage
            .set_item(key.name(), &raw)
            .map(|()| Saved::Stored(raw))
            .map_err(|_| SaveError::Refused),
    }
}

/// Every backup entry in storage, by key, in slot order.
pub fn backups() -> Vec<(StorageKey, String)> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for key in StorageKey::ALL {
        for n in 1..=MAX_BACKUPS {
            let name = key.backup_slot(n);
            if let Ok(Some(_)) = storage.get_item(&name) {
                found.push((key, name));
            }
        }
    }
    found
}

/// Removes one backup entry (only backup entries: anything else is refused).
pub fn remove_backup(name: &str) -> Result<(), SaveError> {
    if StorageKey::of_backup(name).is_none() {
        return Err(SaveError::Refused);
    }
    storage()
        .ok_or(SaveError::Unavailable)?
        .remove_item(name)
        .map_err(|_| SaveError::Refused)
}
