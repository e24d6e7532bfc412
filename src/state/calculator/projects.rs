//! Saved projects and their required technologies, as typed.

use serde::{Deserialize, Serialize};

use super::{Id, level_key};
use crate::catalog::worked_example;
use crate::state::persistence::{StorageKey, Stored};

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

/// Every saved project and which one is open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectsDraft {
    pub projects: Vec<ProjectDraft>,
    pub current: Option<Id>,
    /// The next id to hand out (a lower value read from storage is corrected on use).
    pub next_id: Id,
}

impl Stored for ProjectsDraft {
    const KEY: StorageKey = StorageKey::Projects;
    const ONLY_KNOWN_FIELDS: bool = true;
}

impl Default for ProjectsDraft {
    /// The first run: the seed's worked example.
    fn default() -> Self {
        let mut projects = Self {
            projects: Vec::new(),
            current: None,
            next_id: 1,
        };
        let example = worked_example();
        let rows = example
            .technologies
            .iter()
            .map(|t| (t.name.clone(), t.min.clone(), t.weight.clone()))
            .collect();
        projects.add(example.name.clone(), rows);
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
