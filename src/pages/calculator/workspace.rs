//! The drafts the calculator edits and what the engine makes of them, shared by the page's
//! parts through context. Saved projects persist; a project opened from a share link lives in
//! memory only, so opening a link never overwrites saved data.

use leptos::prelude::*;

use crate::state::calculator::evaluation::{Evaluation, Shown, evaluate, shown};
use crate::state::calculator::{Id, LevelsDraft, ProjectsDraft, SettingsDraft};

#[derive(Clone, Copy)]
pub struct Workspace {
    pub settings: RwSignal<SettingsDraft>,
    pub projects: RwSignal<ProjectsDraft>,
    pub levels: RwSignal<LevelsDraft>,
    /// The current drafts through the engine.
    pub evaluation: Memo<Evaluation>,
    /// The result to show: current, or the last valid one while the input is invalid.
    pub shown: Memo<Option<Shown>>,
}

impl Workspace {
    pub fn new(
        settings: RwSignal<SettingsDraft>,
        projects: RwSignal<ProjectsDraft>,
        levels: RwSignal<LevelsDraft>,
    ) -> Self {
        let evaluation = Memo::new(move |_| {
            settings.with(|s| projects.with(|p| levels.with(|l| evaluate(s, p.current(), l))))
        });
        let shown = Memo::new(move |previous: Option<&Option<Shown>>| {
            evaluation.with(|e| shown(previous.and_then(Option::as_ref), e))
        });
        let workspace = Self {
            settings,
            projects,
            levels,
            evaluation,
            shown,
        };
        provide_context(workspace);
        workspace
    }

    /// The ids of the open project's rows, in order.
    pub fn row_ids(&self) -> Vec<Id> {
        self.projects.with(|p| {
            p.current()
                .map(|p| p.technologies.iter().map(|t| t.id).collect())
                .unwrap_or_default()
        })
    }

    /// Renames a row; the developer's level follows the name (see `LevelsDraft::follow_rename`).
    pub fn rename_row(&self, row: Id, name: String) {
        let Some(old) = self.projects.with_untracked(|p| {
            p.current()
                .and_then(|p| p.row(row))
                .map(|(_, t)| t.name.clone())
        }) else {
            return;
        };
        let still_used = self
            .projects
            .with_untracked(|p| p.name_used_elsewhere(&old, row));
        self.projects.update(|p| {
            p.edit_technology(row, |t| {
                t.name.clone_from(&name);
                true
            });
        });
        self.levels
            .maybe_update(|l| l.follow_rename(&old, &name, still_used));
    }

    /// Sets the developer's level `L` for a technology name, as typed.
    pub fn set_level(&self, name: &str, text: String) {
        self.levels.update(|l| l.set_level(name, text));
    }
}

pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}
