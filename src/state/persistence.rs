//! Everything the app keeps in `localStorage`, behind one key enum and a versioned envelope
//! `{"v":N,"data":…}`.
//!
//! The decisions are pure and tested natively: reading an envelope, migrating older versions,
//! checking the shape of each key's data, choosing a backup slot for what cannot be read, and
//! deciding whether a write would overwrite another tab's newer data. The browser side, in
//! [`browser`], is thin over them and never panics when storage is missing, blocked or full: it
//! reports, and the app carries on in memory.

use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;
use thiserror::Error;

use crate::lang::Lang;
use crate::state::calculator::{LevelsDraft, ProjectsDraft, SettingsDraft};
use crate::state::evidence::EvidenceBook;
use crate::state::matrices::OwnMatrices;
use crate::state::profile::Profile;
use crate::state::self_assessment::SelfAssessment;
use crate::state::snapshots::Snapshots;
use crate::state::team::KeptTeam;

/// A type the app keeps in `localStorage`, under the one key it names: a page asks for
/// `use_persisted::<SettingsDraft>()` and cannot pair a key with the wrong type.
/// [`check_shape`] matches every key to its type, so a key without one, or with two, fails to
/// compile.
pub trait Stored:
    Default + Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static
{
    const KEY: StorageKey;
    /// Refuse stored members the type would not write back. For types that read missing
    /// fields as defaults, where an unknown field would otherwise vanish silently.
    const ONLY_KNOWN_FIELDS: bool = false;
}

impl Stored for Lang {
    const KEY: StorageKey = StorageKey::Language;
}

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
    SelfAssessment,
    /// About the user: name, profession, current and target grade.
    Profile,
    /// The user's own professions (matrices).
    Matrices,
    /// Evidence (note, links, date) per skill item.
    Evidence,
    /// Dated snapshots of the ticks, estimates and project figures.
    Snapshots,
    /// The team a lead chose to keep on this device: other people's data, so it is kept
    /// apart from the user's own (see [`StorageKey::EXPORTED`]).
    Team,
}

/// How many backups one key may accumulate before the app refuses to make more
/// (and leaves the unreadable value where it is instead).
pub const MAX_BACKUPS: u32 = 20;

impl StorageKey {
    /// Every key the app stores: each is checked at start-up and backed up when unreadable.
    pub const ALL: [StorageKey; 10] = [
        StorageKey::Language,
        StorageKey::Settings,
        StorageKey::Projects,
        StorageKey::Levels,
        StorageKey::SelfAssessment,
        StorageKey::Profile,
        StorageKey::Matrices,
        StorageKey::Evidence,
        StorageKey::Snapshots,
        StorageKey::Team,
    ];

    /// The user's own data: what export writes, import replaces and reset removes. The kept
    /// team is not among them (docs/formats.md#team-key): it is other people's data, and
    /// "forget the team" removes it.
    pub const EXPORTED: [StorageKey; 9] = [
        StorageKey::Language,
        StorageKey::Settings,
        StorageKey::Projects,
        StorageKey::Levels,
        StorageKey::SelfAssessment,
        StorageKey::Profile,
        StorageKey::Matrices,
        StorageKey::Evidence,
        StorageKey::Snapshots,
    ];

    /// Whether the key is the user's own data ([`StorageKey::EXPORTED`]).
    pub fn is_exported(self) -> bool {
        Self::EXPORTED.contains(&self)
    }

    pub const fn name(self) -> &'static str {
        match self {
            StorageKey::Language => "grades.language",
            StorageKey::Settings => "grades.settings",
            StorageKey::Projects => "grades.projects",
            StorageKey::Levels => "grades.levels",
            StorageKey::SelfAssessment => "grades.assessment",
            StorageKey::Profile => "grades.profile",
            StorageKey::Matrices => "grades.matrices",
            StorageKey::Evidence => "grades.evidence",
            StorageKey::Snapshots => "grades.snapshots",
            StorageKey::Team => "grades.team",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|key| key.name() == name)
    }

    /// Schema version of what is stored under this key now. Version 0 is a bare value
    /// without an envelope; [`migrate`] brings every older version up to this one.
    pub const fn version(self) -> u32 {
        match self {
            StorageKey::Language
            | StorageKey::Settings
            | StorageKey::Projects
            | StorageKey::Levels
            | StorageKey::SelfAssessment
            | StorageKey::Profile
            | StorageKey::Matrices
            | StorageKey::Evidence
            | StorageKey::Snapshots
            | StorageKey::Team => 1,
        }
    }

    /// Where an unreadable value is copied before the app starts from defaults: the first
    /// backup slot. Later, different values go to `….backup.2`, `….backup.3`, …
    pub fn backup_name(self) -> String {
        format!("{}.backup", self.name())
    }

    /// Backup slot `n` (1-based): `grades.profile.backup`, `grades.profile.backup.2`, …
    pub fn backup_slot(self, n: u32) -> String {
        if n <= 1 {
            self.backup_name()
        } else {
            format!("{}.{n}", self.backup_name())
        }
    }

    /// The key whose backup a storage entry is, if it is one.
    pub fn of_backup(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|key| {
            let base = key.backup_name();
            match name.strip_prefix(base.as_str()) {
                Some("") => true,
                Some(rest) => rest
                    .strip_prefix('.')
                    .and_then(|n| n.parse::<u32>().ok())
                    .is_some_and(|n| n >= 2),
                None => false,
            }
        })
    }
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
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

/// Splits stored JSON into its schema version and data. An object with a `v` or `data`
/// member is an envelope and must be a whole one; any other JSON is a bare value from
/// before envelopes, version 0.
pub fn split_envelope(stored: Value) -> Result<(u64, Value), DecodeError> {
    match stored {
        Value::Object(mut map) if map.contains_key("v") || map.contains_key("data") => {
            let version = map
                .get("v")
                .and_then(Value::as_u64)
                .ok_or(DecodeError::NoVersion)?;
            let data = map
                .remove("data")
                .ok_or_else(|| DecodeError::WrongShape("the envelope has no data".into()))?;
            Ok((version, data))
        }
        bare => Ok((0, bare)),
    }
}

/// Stored JSON (an envelope of any version this app knows, or a bare version-0 value),
/// brought up to the current version and checked. Returns the data and the version found.
pub fn upgrade(key: StorageKey, stored: Value) -> Result<(Value, u64), DecodeError> {
    let (version, data) = split_envelope(stored)?;
    if version > u64::from(key.version()) {
        return Err(DecodeError::Newer {
            found: version,
            supported: key.version(),
        });
    }
    let data = migrate(key, version, data)?;
    check_shape(key, &data)?;
    Ok((data, version))
}

/// [`upgrade`] from stored text.
pub fn upgrade_raw(key: StorageKey, raw: &str) -> Result<(Value, u64), DecodeError> {
    let stored: Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    upgrade(key, stored)
}

/// Reads stored text into its type, migrating older versions.
pub fn decode<T: Stored>(raw: &str) -> Result<T, DecodeError> {
    decode_migrated(raw).map(|(value, _)| value)
}

/// [`decode`], and the text to store instead when `raw` is an older version: the migrated data
/// in the current one, as the check of stored keys rewrites it ([`plan`]).
pub fn decode_migrated<T: Stored>(raw: &str) -> Result<(T, Option<String>), DecodeError> {
    let (data, version) = upgrade_raw(T::KEY, raw)?;
    let value = typed(&data)?;
    Ok((value, rewrite_of(T::KEY, &data, version)))
}

/// What to store instead of data read as `version`: the data in the current version, when
/// `version` is older; `None` when it is current (or cannot be written, and stays readable).
fn rewrite_of(key: StorageKey, data: &Value, version: u64) -> Option<String> {
    if version < u64::from(key.version()) {
        encode(key, data).ok()
    } else {
        None
    }
}

/// Brings data stored under schema version `from` up to the key's current version, one
/// step at a time. `from` is at most the current version ([`upgrade`] checks).
pub fn migrate(key: StorageKey, from: u64, data: Value) -> Result<Value, DecodeError> {
    let mut data = data;
    for version in from..u64::from(key.version()) {
        data = migrate_step(key, version, data)?;
    }
    Ok(data)
}

/// One migration, from `version` to `version + 1`.
fn migrate_step(key: StorageKey, version: u64, data: Value) -> Result<Value, DecodeError> {
    match (key, version) {
        // 0 → 1: the value gained its envelope; the data itself kept its shape.
        (_, 0) => Ok(data),
        (key, version) => Err(DecodeError::WrongShape(format!(
            "no migration of {} from version {version}",
            key.name()
        ))),
    }
}

/// Checks that current-version data has the shape of the key's type. Drafts hold what the
/// user typed, valid or not: only their shape is checked, never their values, so a half-typed
/// rate survives a reload.
#[deny(unreachable_patterns)]
pub fn check_shape(key: StorageKey, data: &Value) -> Result<(), DecodeError> {
    match key {
        <Lang as Stored>::KEY => check::<Lang>(data),
        <SettingsDraft as Stored>::KEY => check::<SettingsDraft>(data),
        <ProjectsDraft as Stored>::KEY => check::<ProjectsDraft>(data),
        <LevelsDraft as Stored>::KEY => check::<LevelsDraft>(data),
        <SelfAssessment as Stored>::KEY => check::<SelfAssessment>(data),
        <Profile as Stored>::KEY => check::<Profile>(data),
        <OwnMatrices as Stored>::KEY => check::<OwnMatrices>(data),
        <EvidenceBook as Stored>::KEY => check::<EvidenceBook>(data),
        <Snapshots as Stored>::KEY => check::<Snapshots>(data),
        <KeptTeam as Stored>::KEY => check::<KeptTeam>(data),
    }
}

/// Every stored type's key and name, in the order of [`check_shape`]: the table a test reads
/// to prove each key has exactly one type.
pub fn stored_types() -> [(StorageKey, &'static str); 10] {
    fn entry<T: Stored>() -> (StorageKey, &'static str) {
        (T::KEY, std::any::type_name::<T>())
    }
    [
        entry::<Lang>(),
        entry::<SettingsDraft>(),
        entry::<ProjectsDraft>(),
        entry::<LevelsDraft>(),
        entry::<SelfAssessment>(),
        entry::<Profile>(),
        entry::<OwnMatrices>(),
        entry::<EvidenceBook>(),
        entry::<Snapshots>(),
        entry::<KeptTeam>(),
    ]
}

fn check<T: Stored>(data: &Value) -> Result<(), DecodeError> {
    typed::<T>(data).map(drop)
}

/// Current-version data as its type, refused where [`check_shape`] would refuse it.
fn typed<T: Stored>(data: &Value) -> Result<T, DecodeError> {
    let typed = T::deserialize(data).map_err(|e| DecodeError::WrongShape(e.to_string()))?;
    if T::ONLY_KNOWN_FIELDS {
        no_unknown_fields(data, &typed)?;
    }
    Ok(typed)
}

/// Every member of the stored object is one the type writes back.
fn no_unknown_fields<T: Serialize>(data: &Value, typed: &T) -> Result<(), DecodeError> {
    let known = serde_json::to_value(typed).map_err(|e| DecodeError::WrongShape(e.to_string()))?;
    let (Some(stored), Some(known)) = (data.as_object(), known.as_object()) else {
        return Ok(());
    };
    match stored.keys().find(|name| !known.contains_key(*name)) {
        Some(name) => Err(DecodeError::WrongShape(format!("unknown field `{name}`"))),
        None => Ok(()),
    }
}

/// Why stored data had to be set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecoveryReason {
    /// Not JSON, or not the shape this app writes.
    Unreadable,
    /// Written by a newer version of the app.
    Newer,
}

impl From<&DecodeError> for RecoveryReason {
    fn from(error: &DecodeError) -> Self {
        match error {
            DecodeError::Newer { .. } => RecoveryReason::Newer,
            DecodeError::NotJson(_) | DecodeError::NoVersion | DecodeError::WrongShape(_) => {
                RecoveryReason::Unreadable
            }
        }
    }
}

/// Where an unreadable value goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupPlan {
    /// This very value is already kept under that name: nothing to write.
    AlreadyKept(String),
    /// Write it to this free slot.
    WriteTo(String),
    /// Every slot holds a different value: make no backup and leave the value in place.
    NoFreeSlot,
}

/// Chooses the backup slot for `raw`: the first slot that already holds it, or else the first
/// free one. An existing, different backup is never overwritten.
pub fn plan_backup(
    key: StorageKey,
    raw: &str,
    existing: impl Fn(&str) -> Option<String>,
) -> BackupPlan {
    for n in 1..=MAX_BACKUPS {
        let name = key.backup_slot(n);
        match existing(&name) {
            Some(kept) if kept == raw => return BackupPlan::AlreadyKept(name),
            Some(_) => {}
            None => return BackupPlan::WriteTo(name),
        }
    }
    BackupPlan::NoFreeSlot
}

/// What to do with the text found under a key at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Plan {
    /// Readable. `rewrite` holds the current envelope when the stored one was older.
    Readable {
        data: Value,
        rewrite: Option<String>,
    },
    /// Unreadable: set it aside as `backup` says, then start from defaults.
    Unreadable {
        error: DecodeError,
        backup: BackupPlan,
    },
}

/// The parse/backup decision for one stored value.
pub fn plan(key: StorageKey, raw: &str, existing: impl Fn(&str) -> Option<String>) -> Plan {
    match upgrade_raw(key, raw) {
        Ok((data, version)) => {
            let rewrite = rewrite_of(key, &data, version);
            Plan::Readable { data, rewrite }
        }
        Err(error) => Plan::Unreadable {
            backup: plan_backup(key, raw, existing),
            error,
        },
    }
}

/// Whether a tab may write its value, given what storage holds now and what the tab last
/// read from or wrote to storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteDecision {
    /// Storage already holds this value (or holds nothing and the value is the default).
    Skip,
    Write,
    /// Storage changed since this tab last saw it (another tab wrote): writing would
    /// overwrite newer data with stale state.
    Conflict,
}

pub fn write_decision(
    stored: Option<&str>,
    last_seen: Option<&str>,
    new_raw: &str,
    is_default: bool,
) -> WriteDecision {
    if stored == Some(new_raw) {
        WriteDecision::Skip
    } else if stored != last_seen {
        WriteDecision::Conflict
    } else if stored.is_none() && is_default {
        WriteDecision::Skip
    } else {
        WriteDecision::Write
    }
}

mod browser;
pub(crate) use browser::storage;
pub use browser::{
    CheckReport, Loaded, Opened, Recovery, SaveError, Saved, backups, check_stored, load, open,
    read_name, read_raw, remove, remove_backup, save, save_checked, storage_available,
};

#[cfg(test)]
mod tests;
