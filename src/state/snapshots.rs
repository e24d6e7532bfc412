//! Snapshots of the user's growth (docs/rules.md#snapshots): dated copies of the ticks, the
//! estimate per profession and the figures of each saved calculator project, kept under their
//! own stored key, oldest first. Pure rules: taking one, when an automatic one is due, adding
//! one within the limit, comparing two, and the timeline of one profession.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::catalog::{Catalog, Profession, split_item_key};
use crate::state::persistence::{StorageKey, Stored};
use crate::state::self_assessment::{Estimate, Progress, SelfAssessment};

/// Most snapshots kept.
pub const MAX_SNAPSHOTS: usize = 365;
/// Longest label, in characters.
pub const LABEL_MAX: usize = 100;

/// Every snapshot, oldest first, and whether automatic ones are taken.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshots {
    #[serde(default)]
    snapshots: Vec<Snapshot>,
    /// The user turned automatic snapshots off.
    #[serde(default, skip_serializing_if = "is_false")]
    automatic_off: bool,
}

impl Stored for Snapshots {
    const KEY: StorageKey = StorageKey::Snapshots;
}

fn is_false(value: &bool) -> bool {
    !value
}

/// The state of the user's growth at one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// When it was taken, ISO 8601 in UTC (`2026-11-22T09:30:00.000Z`).
    pub taken_at: String,
    /// A labelled snapshot is never pruned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Taken on its own when the ticks changed, not by the user.
    #[serde(default)]
    pub automatic: bool,
    /// The ticked item keys, in key order.
    #[serde(default)]
    pub ticks: Vec<String>,
    /// Per assessable profession, the id of the grade its ticks reach (`None` below the
    /// first grade).
    #[serde(default)]
    pub estimates: BTreeMap<String, Option<String>>,
    /// Each saved calculator project, in the calculator's order.
    #[serde(default)]
    pub projects: Vec<ProjectFigures>,
}

/// A project's result at the time: Q as a decimal in text, the D level (`D2`), if eligible.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectFigures {
    pub name: String,
    pub q: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub d: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SnapshotError {
    #[error("the label has {chars} characters, at most {LABEL_MAX}")]
    LabelTooLong { chars: usize },
    #[error("all {MAX_SNAPSHOTS} snapshots are labelled: delete one or remove a label first")]
    Full,
    #[error("there is no snapshot number {index}")]
    NoSuchSnapshot { index: usize },
}

/// What changed from one snapshot to another.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SnapshotDiff {
    /// Item keys ticked in the newer one only, by `{profession}/{grade}`.
    pub gained: BTreeMap<String, Vec<String>>,
    /// Item keys ticked in the older one only, by `{profession}/{grade}`.
    pub lost: BTreeMap<String, Vec<String>>,
    /// Professions whose estimate differs, by id.
    pub estimates: Vec<EstimateChange>,
    /// Projects added, removed, or with another Q or D.
    pub projects: Vec<ProjectChange>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EstimateChange {
    pub profession: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One project matched by name (the n-th of a name with the n-th of that name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectChange {
    pub name: String,
    pub before: Option<ProjectFigures>,
    pub after: Option<ProjectFigures>,
}

/// A label as typed: trimmed, blank is none, longer than [`LABEL_MAX`] refused.
pub fn label(text: &str) -> Result<Option<String>, SnapshotError> {
    let text = text.trim();
    let chars = text.chars().count();
    if chars > LABEL_MAX {
        return Err(SnapshotError::LabelTooLong { chars });
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

/// A snapshot of these ticks, the estimate of every assessable profession of `catalog`, and
/// project figures the calculator worked out. `taken_at` is the browser's clock, ISO 8601.
pub fn take(
    assessment: &SelfAssessment,
    catalog: &Catalog,
    projects: Vec<ProjectFigures>,
    taken_at: &str,
    label_text: &str,
    automatic: bool,
) -> Result<Snapshot, SnapshotError> {
    let estimates = catalog
        .professions()
        .iter()
        .filter_map(|profession| {
            let grade = match assessment.estimate(profession) {
                Estimate::NotAssessable => return None,
                Estimate::BelowFirst => None,
                Estimate::Reached(grade) => Some(grade.id.clone()),
            };
            Some((profession.id.clone(), grade))
        })
        .collect();
    Ok(Snapshot {
        taken_at: taken_at.to_owned(),
        label: label(label_text)?,
        automatic,
        ticks: assessment.ticked_keys().map(str::to_owned).collect(),
        estimates,
        projects,
    })
}

/// Whether an automatic snapshot is due: the ticks changed, and none was taken on the same
/// day as `today`. Both are ISO 8601 dates or times of one clock; only the date is compared.
pub fn auto_due(last_automatic: Option<&str>, today: &str, ticks_changed: bool) -> bool {
    fn day(text: &str) -> &str {
        text.get(..10).unwrap_or(text)
    }
    ticks_changed && last_automatic.is_none_or(|last| day(last) != day(today))
}

impl Snapshots {
    /// Oldest first.
    pub fn list(&self) -> &[Snapshot] {
        &self.snapshots
    }

    pub fn len(&self) -> usize {
        self.snapshots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.snapshots.is_empty()
    }

    pub fn automatic_enabled(&self) -> bool {
        !self.automatic_off
    }

    pub fn set_automatic(&mut self, enabled: bool) {
        self.automatic_off = !enabled;
    }

    /// When the newest automatic snapshot was taken, for [`auto_due`].
    pub fn last_automatic(&self) -> Option<&str> {
        self.snapshots
            .iter()
            .filter(|s| s.automatic)
            .map(|s| s.taken_at.as_str())
            .max()
    }

    /// Adds a snapshot in time order. At [`MAX_SNAPSHOTS`] the oldest automatic unlabelled
    /// ones go first, then the oldest unlabelled; a labelled one never. Returns what was
    /// pruned, to tell the user; refuses, changing nothing, when only labelled ones are left.
    pub fn push(&mut self, snapshot: Snapshot) -> Result<Vec<Snapshot>, SnapshotError> {
        let excess = self
            .snapshots
            .len()
            .saturating_add(1)
            .saturating_sub(MAX_SNAPSHOTS);
        let unlabelled = self.snapshots.iter().filter(|s| s.label.is_none()).count();
        if unlabelled < excess {
            return Err(SnapshotError::Full);
        }
        let mut pruned = Vec::with_capacity(excess);
        while pruned.len() < excess {
            let oldest = self
                .snapshots
                .iter()
                .position(|s| s.automatic && s.label.is_none())
                .or_else(|| self.snapshots.iter().position(|s| s.label.is_none()));
            match oldest {
                Some(index) => pruned.push(self.snapshots.remove(index)),
                None => break,
            }
        }
        let at = self
            .snapshots
            .partition_point(|s| s.taken_at <= snapshot.taken_at);
        self.snapshots.insert(at, snapshot);
        Ok(pruned)
    }

    pub fn remove(&mut self, index: usize) -> Result<Snapshot, SnapshotError> {
        if index < self.snapshots.len() {
            Ok(self.snapshots.remove(index))
        } else {
            Err(SnapshotError::NoSuchSnapshot { index })
        }
    }

    /// Labels a snapshot (a blank label removes it).
    pub fn set_label(&mut self, index: usize, text: &str) -> Result<(), SnapshotError> {
        let label = label(text)?;
        let snapshot = self
            .snapshots
            .get_mut(index)
            .ok_or(SnapshotError::NoSuchSnapshot { index })?;
        snapshot.label = label;
        Ok(())
    }
}

/// `{profession}/{grade}` of an item key; the whole key when it is not one.
fn grade_of(key: &str) -> String {
    match split_item_key(key) {
        Some([profession, grade, ..]) => format!("{profession}/{grade}"),
        None => key.to_owned(),
    }
}

fn by_grade<'a>(keys: impl Iterator<Item = &'a String>) -> BTreeMap<String, Vec<String>> {
    let mut grouped: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for key in keys {
        grouped.entry(grade_of(key)).or_default().push(key.clone());
    }
    grouped
}

/// What changed from `a` to `b` (older to newer).
pub fn diff(a: &Snapshot, b: &Snapshot) -> SnapshotDiff {
    let before: BTreeSet<&String> = a.ticks.iter().collect();
    let after: BTreeSet<&String> = b.ticks.iter().collect();
    let professions: BTreeSet<&String> = a.estimates.keys().chain(b.estimates.keys()).collect();
    let estimates = professions
        .into_iter()
        .filter_map(|id| {
            let before = a.estimates.get(id).cloned().flatten();
            let after = b.estimates.get(id).cloned().flatten();
            (before != after).then(|| EstimateChange {
                profession: id.clone(),
                before,
                after,
            })
        })
        .collect();
    SnapshotDiff {
        gained: by_grade(after.difference(&before).copied()),
        lost: by_grade(before.difference(&after).copied()),
        estimates,
        projects: project_changes(&a.projects, &b.projects),
    }
}

fn project_changes(a: &[ProjectFigures], b: &[ProjectFigures]) -> Vec<ProjectChange> {
    // The n-th project of a name, counting from 0.
    fn numbered(projects: &[ProjectFigures]) -> Vec<((&str, usize), &ProjectFigures)> {
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        projects
            .iter()
            .map(|project| {
                let n = seen.entry(project.name.as_str()).or_default();
                let key = (project.name.as_str(), *n);
                *n = n.saturating_add(1);
                (key, project)
            })
            .collect()
    }
    let before = numbered(a);
    let after = numbered(b);
    let find = |list: &[((&str, usize), &ProjectFigures)], key| {
        list.iter()
            .find(|(k, _)| *k == key)
            .map(|(_, p)| (*p).clone())
    };
    let mut changes: Vec<ProjectChange> = after
        .iter()
        .map(|(key, project)| ProjectChange {
            name: project.name.clone(),
            before: find(&before, *key),
            after: Some((*project).clone()),
        })
        .collect();
    changes.extend(
        before
            .iter()
            .filter(|(key, _)| find(&after, *key).is_none())
            .map(|(_, project)| ProjectChange {
                name: project.name.clone(),
                before: Some((*project).clone()),
                after: None,
            }),
    );
    changes.retain(|change| change.before != change.after);
    changes
}

/// The ticks of `a` with `diff` applied: the ticks of the snapshot it was taken to.
pub fn apply(diff: &SnapshotDiff, a: &Snapshot) -> Vec<String> {
    let mut ticks: BTreeSet<String> = a.ticks.iter().cloned().collect();
    for key in diff.lost.values().flatten() {
        ticks.remove(key);
    }
    ticks.extend(diff.gained.values().flatten().cloned());
    ticks.into_iter().collect()
}

impl SnapshotDiff {
    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        self.gained.is_empty()
            && self.lost.is_empty()
            && self.estimates.is_empty()
            && self.projects.is_empty()
    }

    pub fn gained_count(&self) -> usize {
        self.gained.values().map(Vec::len).sum()
    }

    pub fn lost_count(&self) -> usize {
        self.lost.values().map(Vec::len).sum()
    }
}

impl ProjectChange {
    /// How much Q rose (negative: fell); `None` unless both sides hold a readable Q.
    pub fn q_change(&self) -> Option<Decimal> {
        let q = |figures: &Option<ProjectFigures>| {
            figures
                .as_ref()
                .and_then(|f| Decimal::from_str(f.q.trim()).ok())
        };
        q(&self.after)?.checked_sub(q(&self.before)?)
    }
}

/// One snapshot on the timeline of a profession and a target grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelinePoint<'a> {
    /// Its index in [`Snapshots::list`].
    pub index: usize,
    /// The grade the snapshot recorded as reached: `None` below the first grade, or when it
    /// recorded nothing for the profession.
    pub estimate: Option<&'a str>,
    /// Where that grade stands on today's ladder (0 for the lowest); `None` as above, or when
    /// the grade is gone from the profession.
    pub estimate_position: Option<usize>,
    /// The items of every grade up to the target that the snapshot has ticked, of how many
    /// today's profession holds.
    pub progress: Progress,
}

/// FNV-1a: item keys are short and trusted, and the timeline hashes hundreds of thousands of
/// them, where the standard hasher costs several times more in WebAssembly.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// How many distinct `ticks` are in `wanted`. Stored ticks are distinct and in key order;
/// ticks that are not (edited by hand) are made so first.
fn count_common(ticks: &[String], wanted: &HashSet<&str, BuildHasherDefault<Fnv>>) -> usize {
    if !ticks.windows(2).all(|pair| matches!(pair, [a, b] if a < b)) {
        let distinct: BTreeSet<&str> = ticks.iter().map(String::as_str).collect();
        return distinct
            .into_iter()
            .filter(|key| wanted.contains(key))
            .count();
    }
    ticks
        .iter()
        .filter(|key| wanted.contains(key.as_str()))
        .count()
}

/// Every snapshot's estimate for `profession` and its progress towards `target_id`, oldest
/// first; `None` when the profession has no such grade. Progress reads each snapshot's ticks
/// against today's items, so an item added since counts as not ticked then.
pub fn timeline<'a>(
    snapshots: &'a [Snapshot],
    profession: &Profession,
    target_id: &str,
) -> Option<Vec<TimelinePoint<'a>>> {
    let target = profession.grade_position(target_id)?;
    let keys: Vec<String> = profession
        .grades
        .iter()
        .take(target.saturating_add(1))
        .flat_map(|grade| profession.grade_items(&grade.id))
        .map(|item| item.key())
        .collect();
    let wanted: HashSet<&str, BuildHasherDefault<Fnv>> = keys.iter().map(String::as_str).collect();
    Some(
        snapshots
            .iter()
            .enumerate()
            .map(|(index, snapshot)| {
                let estimate = snapshot
                    .estimates
                    .get(&profession.id)
                    .and_then(Option::as_deref);
                TimelinePoint {
                    index,
                    estimate,
                    estimate_position: estimate.and_then(|id| profession.grade_position(id)),
                    progress: Progress {
                        ticked: count_common(&snapshot.ticks, &wanted),
                        total: wanted.len(),
                    },
                }
            })
            .collect(),
    )
}
