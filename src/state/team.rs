//! The team view (docs/rules.md#team): members read from the export files of their
//! profiles, and what the lead sees of them. Pure: reading a file, telling the same person
//! twice apart, and one pass of aggregation over every member (estimates, progress, project
//! figures with the lead's settings, holders per item, the distribution of estimates, and the
//! ticks on matrices this browser lacks). The page reads files and draws what comes out.
//!
//! A file is checked exactly as the profile's import checks it ([`parse_import`], then each
//! key's own decoding); only what the team view shows is kept of it. The team lives in memory;
//! [`KeptTeam`] is its stored form when the lead chooses to keep it on this device.

mod aggregate;
mod csv;
mod sort;
mod unknown;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::catalog::{Profession, fold};
use crate::state::calculator::{LevelsDraft, ProjectDraft, ProjectsDraft};
use crate::state::evidence::EvidenceBook;
use crate::state::matrices::OwnMatrices;
use crate::state::persistence::{self, DecodeError, StorageKey, Stored};
use crate::state::profile::Profile;
use crate::state::self_assessment::SelfAssessment;
use crate::state::transfer::{ImportError, parse_import};

pub use aggregate::{
    Cell, Distribution, GradeRef, ItemRow, MemberEstimate, MemberRow, Overview, ProfessionRef,
    ProfessionView, ProjectOutcome, ProjectResult, overview,
};
pub use csv::{CSV_COLUMNS, CsvColumn, members_csv};
pub use sort::{SortColumn, sort_rows};
pub use unknown::{Offer, UnknownItem, UnknownMatrix};

/// One member, as read from their export file: only what the team view shows. Their
/// evidence is kept as the set of item keys that have some, not its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The name of the file it was read from.
    pub file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<String>,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default)]
    pub ticks: SelfAssessment,
    #[serde(default)]
    pub evidence: BTreeSet<String>,
    #[serde(default)]
    pub projects: Vec<ProjectDraft>,
    #[serde(default = "LevelsDraft::empty")]
    pub levels: LevelsDraft,
    /// Their own professions, as their file carries them.
    #[serde(default)]
    pub matrices: Vec<Profession>,
    /// In a [`KeptTeam`] only: ids of professions of its shared list that this member's file
    /// carried (a whole team usually carries the same company matrix: it is kept once).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared_matrices: Vec<String>,
}

impl Default for Member {
    fn default() -> Self {
        Self {
            file: String::new(),
            exported_at: None,
            profile: Profile::default(),
            ticks: SelfAssessment::default(),
            evidence: BTreeSet::new(),
            projects: Vec::new(),
            levels: LevelsDraft::empty(),
            matrices: Vec::new(),
            shared_matrices: Vec::new(),
        }
    }
}

/// The stored form of a team the lead chose to keep on this device
/// (docs/formats.md#team-key). Not part of the user's own export.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptTeam {
    #[serde(default)]
    pub members: Vec<Member>,
    /// Professions members' files carried, each once; members name them by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matrices: Vec<Profession>,
}

impl Stored for KeptTeam {
    const KEY: StorageKey = StorageKey::Team;
}

/// Why a member's file was not loaded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MemberError {
    /// What the profile's import would say of the file.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A key passed the import's check but does not read as its type.
    #[error("{key:?} cannot be read: {error}")]
    Decode { key: StorageKey, error: DecodeError },
    /// The browser would not give the file's text.
    #[error("the file could not be read")]
    ReadFailed,
}

/// Reads one member from the text of their export file, named `file`.
pub fn read_member(file: &str, text: &str) -> Result<Member, MemberError> {
    let import = parse_import(text)?;
    let raw = |key: StorageKey| {
        import
            .entries
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, raw)| raw.as_deref())
    };
    fn read<T: Stored>(raw: Option<&str>) -> Result<Option<T>, MemberError> {
        raw.map(|raw| {
            persistence::decode::<T>(raw)
                .map_err(|error| MemberError::Decode { key: T::KEY, error })
        })
        .transpose()
    }
    let profile = read::<Profile>(raw(StorageKey::Profile))?.unwrap_or_default();
    let ticks = read::<SelfAssessment>(raw(StorageKey::SelfAssessment))?.unwrap_or_default();
    let evidence = read::<EvidenceBook>(raw(StorageKey::Evidence))?
        .map(|book| {
            book.iter()
                .filter(|(_, evidence)| !evidence.is_empty())
                .map(|(key, _)| key.to_owned())
                .collect()
        })
        .unwrap_or_default();
    // A member who saved no project has none: the calculator's first-run example is not theirs.
    let projects = read::<ProjectsDraft>(raw(StorageKey::Projects))?
        .map(|p| p.projects)
        .unwrap_or_default();
    let levels = read::<LevelsDraft>(raw(StorageKey::Levels))?.unwrap_or_else(LevelsDraft::empty);
    let matrices = read::<OwnMatrices>(raw(StorageKey::Matrices))?
        .map(|m| m.professions)
        .unwrap_or_default();
    Ok(Member {
        file: file.to_owned(),
        exported_at: import.exported_at,
        profile,
        ticks,
        evidence,
        projects,
        levels,
        matrices,
        shared_matrices: Vec::new(),
    })
}

/// Who a member is, for telling the same person loaded twice: their name (trimmed, case
/// and `ё` folded) and profession. A member without a name is told apart by file name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Identity {
    name: String,
    profession: Option<String>,
}

impl Member {
    pub fn identity(&self) -> Identity {
        let name = fold(&self.profile.name);
        let name = if name.is_empty() {
            format!("\u{0}{}", self.file)
        } else {
            name
        };
        Identity {
            name,
            profession: self.profile.profession.clone(),
        }
    }

    /// The name to show: the profile's, trimmed; empty when there is none.
    pub fn name(&self) -> &str {
        self.profile.name.trim()
    }
}

/// The same person loaded twice: the file kept and the one set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub name: String,
    pub profession: Option<String>,
    pub kept: String,
    pub dropped: String,
}

/// The members loaded, each person once, in the order first loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Team {
    members: Vec<Member>,
    duplicates: Vec<Duplicate>,
}

impl Team {
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// Every time the same person came again, in order.
    pub fn duplicates(&self) -> &[Duplicate] {
        &self.duplicates
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Adds a member. The same person again (same [`Identity`]) is not counted twice: the
    /// newer export of the two stays (the one already loaded when neither is newer), in the
    /// place the person first had, and the pair is recorded.
    pub fn add(&mut self, member: Member) {
        let identity = member.identity();
        let Some(existing) = self.members.iter_mut().find(|m| m.identity() == identity) else {
            self.members.push(member);
            return;
        };
        let newer = match (&member.exported_at, &existing.exported_at) {
            (Some(new), Some(old)) => new > old,
            (Some(_), None) => true,
            (None, _) => false,
        };
        let (kept, dropped) = if newer {
            let dropped = std::mem::replace(existing, member);
            (existing.file.clone(), dropped.file)
        } else {
            (existing.file.clone(), member.file)
        };
        self.duplicates.push(Duplicate {
            name: existing.name().to_owned(),
            profession: existing.profile.profession.clone(),
            kept,
            dropped,
        });
    }

    /// A team from its stored form; the same person twice in hand-edited storage collapses,
    /// and a shared id the list lacks is left out (hand-edited storage too).
    pub fn from_kept(kept: KeptTeam) -> Self {
        let mut team = Self::default();
        for mut member in kept.members {
            for id in std::mem::take(&mut member.shared_matrices) {
                if let Some(profession) = kept.matrices.iter().find(|p| p.id == id) {
                    member.matrices.push(profession.clone());
                }
            }
            team.add(member);
        }
        team.duplicates.clear();
        team
    }

    /// The stored form: each profession the members' files carry is kept once, unless two
    /// files carry different professions under one id (the later ones stay with their member).
    pub fn to_kept(&self) -> KeptTeam {
        let mut shared: Vec<Profession> = Vec::new();
        let members = self
            .members
            .iter()
            .map(|member| {
                let mut kept = Member {
                    matrices: Vec::new(),
                    shared_matrices: Vec::new(),
                    ..member.clone()
                };
                for profession in &member.matrices {
                    match shared.iter().find(|p| p.id == profession.id) {
                        Some(p) if p == profession => kept.shared_matrices.push(p.id.clone()),
                        Some(_) => kept.matrices.push(profession.clone()),
                        None => {
                            kept.shared_matrices.push(profession.id.clone());
                            shared.push(profession.clone());
                        }
                    }
                }
                kept
            })
            .collect();
        KeptTeam {
            members,
            matrices: shared,
        }
    }
}
