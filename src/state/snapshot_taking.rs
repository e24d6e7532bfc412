//! Taking a snapshot now, by hand or automatically: the ticks, the estimates, and Q and D of
//! each saved project as the calculator's engine works them out. The app watches only the
//! ticks; the snapshots, the calculator's data and the engine are read and run on the first
//! change, from a wasm chunk of their own in the release (docs/architecture.md, "Loading per
//! route"), so no page pays for them at start.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::browser::chunk::ChunkError;
use crate::state::calculator::evaluation::{Outcome, evaluate};
use crate::state::calculator::{LevelsDraft, ProjectsDraft, SettingsDraft};
use crate::state::matrices::{SharedCatalog, use_catalog};
use crate::state::notices::{Notice, use_notices};
use crate::state::self_assessment::SelfAssessment;
use crate::state::snapshots::{ProjectFigures, Snapshot, SnapshotError, Snapshots, auto_due, take};
use crate::state::use_persisted;

/// Q and D of every saved project, in the calculator's order. A project without a result
/// (its developer not eligible, or a field the engine refuses) gets an empty Q and no D.
pub fn project_figures(
    settings: &SettingsDraft,
    projects: &ProjectsDraft,
    levels: &LevelsDraft,
) -> Vec<ProjectFigures> {
    projects
        .projects
        .iter()
        .map(|project| {
            let evaluation = evaluate(settings, Some(project), levels);
            let (q, d) = match &evaluation.outcome {
                Some(Outcome::Eligible(report)) => {
                    let qualification = &report.assessment.qualification;
                    (
                        qualification.value().to_string(),
                        Some(qualification.level().to_string()),
                    )
                }
                _ => (String::new(), None),
            };
            ProjectFigures {
                name: project.name.clone(),
                q,
                d,
            }
        })
        .collect()
}

/// Why no snapshot was taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TakeError {
    Snapshot(SnapshotError),
    /// The built-in matrices could not be read, so there is nothing to estimate.
    Catalog,
}

/// Everything a snapshot is taken from, and where it goes.
#[derive(Clone, Copy)]
pub struct Sources {
    pub ticks: RwSignal<SelfAssessment>,
    pub snapshots: RwSignal<Snapshots>,
    catalog: Memo<SharedCatalog>,
    settings: RwSignal<SettingsDraft>,
    projects: RwSignal<ProjectsDraft>,
    levels: RwSignal<LevelsDraft>,
}

impl Sources {
    /// The app's signals of every key a snapshot reads or writes, opened where not yet.
    pub fn open() -> Self {
        Self {
            ticks: use_persisted::<SelfAssessment>(),
            snapshots: use_persisted::<Snapshots>(),
            catalog: use_catalog(),
            settings: use_persisted::<SettingsDraft>(),
            projects: use_persisted::<ProjectsDraft>(),
            levels: use_persisted::<LevelsDraft>(),
        }
    }

    /// Takes a snapshot now and stores it; returns the snapshots pruned to make room.
    pub fn take_now(&self, label: &str, automatic: bool) -> Result<Vec<Snapshot>, TakeError> {
        let Ok(catalog) = self.catalog.get_untracked().0 else {
            return Err(TakeError::Catalog);
        };
        let figures = self.settings.with_untracked(|settings| {
            self.projects.with_untracked(|projects| {
                self.levels
                    .with_untracked(|levels| project_figures(settings, projects, levels))
            })
        });
        let snapshot = self
            .ticks
            .with_untracked(|ticks| {
                take(
                    ticks,
                    &catalog,
                    figures,
                    &browser::now_iso(),
                    label,
                    automatic,
                )
            })
            .map_err(TakeError::Snapshot)?;
        self.snapshots
            .try_update(|list| list.push(snapshot))
            .unwrap_or(Ok(Vec::new()))
            .map_err(TakeError::Snapshot)
    }
}

/// A cheap mark of the ticks, to tell a real change from a write of the same set.
fn fingerprint(ticks: &SelfAssessment) -> u64 {
    let mut hasher = DefaultHasher::new();
    for key in ticks.ticked_keys() {
        key.hash(&mut hasher);
    }
    hasher.finish()
}

/// Saves an automatic snapshot when the ticks change and one is due (docs/rules.md#snapshots),
/// on whatever page the ticks change. Set up once, by the app.
pub fn watch_automatic() {
    let ticks = use_persisted::<SelfAssessment>();
    let owner = Owner::current().unwrap_or_default();
    let pending = StoredValue::new(false);
    // Snapshots are a record of the ticks, not state derived from them: this effect only
    // notices a change and leaves the taking to a task of its own, after the change (and any
    // other tab's snapshot that came with it) has landed.
    Effect::new(move |previous: Option<u64>| {
        let mark = ticks.with(fingerprint);
        let changed = previous.is_some_and(|previous| previous != mark);
        if changed && !pending.get_value() {
            pending.set_value(true);
            let owner = owner.clone();
            set_timeout(
                move || {
                    pending.set_value(false);
                    // A chunk that cannot be fetched (offline before it was cached) skips
                    // this change; the next one tries again.
                    spawn_local(async move {
                        let _ = take_automatic(owner).await;
                    });
                },
                Duration::from_millis(50),
            );
        }
        mark
    });
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(snapshot_taking, wasm_split_path = ::leptos::wasm_split, fallible)]
fn take_automatic(owner: Owner) -> Result<(), ChunkError> {
    take_automatic_when_due(&owner);
    Ok(())
}

#[cfg(not(feature = "split"))]
async fn take_automatic(owner: Owner) -> Result<(), ChunkError> {
    take_automatic_when_due(&owner);
    Ok(())
}

/// An automatic snapshot now, if one is due, in the app's reactive scope.
fn take_automatic_when_due(owner: &Owner) {
    let sources = owner.with(Sources::open);
    let due = sources.snapshots.with_untracked(|list| {
        list.automatic_enabled() && auto_due(list.last_automatic(), &browser::now_iso(), true)
    });
    if !due {
        return;
    }
    // A full list of labelled snapshots refuses an automatic one; the page says so when the
    // user saves one by hand.
    if let Ok(pruned) = sources.take_now("", true)
        && !pruned.is_empty()
    {
        owner
            .with(use_notices)
            .push(Notice::SnapshotsPruned(pruned.len()));
    }
}
