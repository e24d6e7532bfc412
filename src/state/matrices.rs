//! The user's own professions (docs/rules.md#own-matrices): kept under their own stored key
//! and shown with the built-in ones on every page, through [`use_catalog`].
//!
//! The edits are pure and tested natively; the `/matrices` page calls them. A draft is kept
//! as typed: an empty title is a message next to its field, never a reason to drop anything.

mod edit;

use std::sync::Arc;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::catalog::format::{self, MAX_PROFESSIONS, free_id, profession_base};
use crate::catalog::{Catalog, CatalogError, Profession};
use crate::state::persistence::{StorageKey, Stored};
use crate::state::use_persisted;

pub use edit::{
    FieldProblem, Place, Spot, add_grade, add_group, add_item, check_text, first_problem,
    move_grade, move_group, move_item, remove_grade, remove_group, remove_item,
};

/// Every profession of the user's own, in the order they are listed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnMatrices {
    #[serde(default)]
    pub professions: Vec<Profession>,
}

impl Stored for OwnMatrices {
    const KEY: StorageKey = StorageKey::Matrices;
    const ONLY_KNOWN_FIELDS: bool = true;
}

/// An edit would go past one of the limits of docs/formats.md#matrix-limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum LimitReached {
    #[error("at most {MAX_PROFESSIONS} professions of your own")]
    Professions,
    #[error("at most {} grades in a profession", format::MAX_GRADES)]
    Grades,
    #[error("at most {} groups in a grade", format::MAX_GROUPS)]
    Groups,
    #[error("at most {} items in a group", format::MAX_ITEMS)]
    Items,
}

/// A profession taken out of the list, with its place, so that it can be put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub index: usize,
    pub profession: Profession,
}

/// What confirming an import will do with one of its professions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportAction {
    /// A new profession.
    Add,
    /// Replaces the profession of yours with the same id.
    Replace,
    /// Its id was a built-in one's, or came twice in the import: it gets `id` instead.
    NewId { from: String },
}

/// One profession of an import, as it will be stored, and what happens to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportEntry {
    pub profession: Profession,
    pub action: ImportAction,
}

impl OwnMatrices {
    pub fn get(&self, id: &str) -> Option<&Profession> {
        self.professions.iter().find(|p| p.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Profession> {
        self.professions.iter_mut().find(|p| p.id == id)
    }

    /// A new profession with this name and no grades yet; returns its id.
    pub fn create(&mut self, name: &str, builtin: &Catalog) -> Result<String, LimitReached> {
        self.add(
            Profession {
                name: name.to_owned(),
                ..Profession::default()
            },
            builtin,
        )
    }

    /// A copy of any profession to edit, under a new id: ticks on the original stay there.
    pub fn copy_of(
        &mut self,
        source: &Profession,
        name: &str,
        builtin: &Catalog,
    ) -> Result<String, LimitReached> {
        self.add(
            Profession {
                name: name.to_owned(),
                ..source.clone()
            },
            builtin,
        )
    }

    fn add(
        &mut self,
        mut profession: Profession,
        builtin: &Catalog,
    ) -> Result<String, LimitReached> {
        if self.professions.len() >= MAX_PROFESSIONS {
            return Err(LimitReached::Professions);
        }
        profession.id = free_id(&profession_base(&profession.name), |id| {
            self.is_taken(id, builtin)
        });
        let id = profession.id.clone();
        self.professions.push(profession);
        Ok(id)
    }

    fn is_taken(&self, id: &str, builtin: &Catalog) -> bool {
        builtin.builtin().iter().any(|p| p.id == id) || self.get(id).is_some()
    }

    pub fn remove(&mut self, id: &str) -> Option<Removed> {
        let index = self.professions.iter().position(|p| p.id == id)?;
        Some(Removed {
            index,
            profession: self.professions.remove(index),
        })
    }

    /// Puts a removed profession back where it was (at the end if the list got shorter).
    /// Nothing happens if its id has been taken since.
    pub fn restore(&mut self, removed: Removed) {
        if self.get(&removed.profession.id).is_some() {
            return;
        }
        let index = removed.index.min(self.professions.len());
        self.professions.insert(index, removed.profession);
    }

    /// What an import of these professions would do, without doing it: the preview.
    /// A built-in id is never taken over (docs/rules.md#own-matrices).
    pub fn plan_import(
        &self,
        incoming: Vec<Profession>,
        builtin: &Catalog,
    ) -> Result<Vec<ImportEntry>, LimitReached> {
        let mut planned: Vec<ImportEntry> = Vec::with_capacity(incoming.len());
        for mut profession in incoming {
            let is_builtin = builtin.builtin().iter().any(|p| p.id == profession.id);
            let repeated = planned.iter().any(|e| e.profession.id == profession.id);
            let action = if is_builtin || repeated {
                let from = std::mem::take(&mut profession.id);
                profession.id = free_id(&from, |id| {
                    self.is_taken(id, builtin) || planned.iter().any(|e| e.profession.id == id)
                });
                ImportAction::NewId { from }
            } else if self.get(&profession.id).is_some() {
                ImportAction::Replace
            } else {
                ImportAction::Add
            };
            planned.push(ImportEntry { profession, action });
        }
        let added = planned
            .iter()
            .filter(|e| e.action != ImportAction::Replace)
            .count();
        if self.professions.len().saturating_add(added) > MAX_PROFESSIONS {
            return Err(LimitReached::Professions);
        }
        Ok(planned)
    }

    /// Carries out a planned import; returns the ids it stored.
    pub fn apply(&mut self, plan: Vec<ImportEntry>) -> Vec<String> {
        plan.into_iter()
            .map(|entry| {
                let id = entry.profession.id.clone();
                match self.get_mut(&id) {
                    Some(existing) => *existing = entry.profession,
                    None => self.professions.push(entry.profession),
                }
                id
            })
            .collect()
    }
}

/// The catalog the pages read: built-in professions, then the user's own. Equal only to
/// itself, so a change of the user's matrices always reaches the pages, and comparing
/// never walks two catalogs.
#[derive(Debug, Clone)]
pub struct SharedCatalog(pub Result<Arc<Catalog>, CatalogError>);

impl PartialEq for SharedCatalog {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Ok(a), Ok(b)) => Arc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        }
    }
}

/// Every profession, built-in and the user's own, kept up to date with the user's
/// matrices. One per app, like the persisted signals it reads.
pub fn use_catalog() -> Memo<SharedCatalog> {
    if let Some(catalog) = use_context::<Memo<SharedCatalog>>() {
        return catalog;
    }
    let own = use_persisted::<OwnMatrices>();
    let catalog = Memo::new(move |_| {
        SharedCatalog(Catalog::load().map(|builtin| {
            own.with(|own| {
                Arc::new(builtin.with_own(own.professions.iter().cloned().map(Arc::new)))
            })
        }))
    });
    provide_context(catalog);
    catalog
}
