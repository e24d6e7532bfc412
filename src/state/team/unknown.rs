//! The ticks on matrices this browser lacks, never dropped, and the professions members'
//! files carry that could be added here.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::catalog::{Catalog, Profession, split_item_key};

use super::Member;

/// A tick on an item this browser's matrices do not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownItem {
    pub key: String,
    /// Its text, when a member's file carries the matrix.
    pub text: Option<String>,
    /// Indexes into the team's members.
    pub holders: Vec<usize>,
}

/// The ticks on one profession id this browser lacks, or on items its matrix here lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownMatrix {
    /// The first part of the keys (empty for a key that is not a matrix key at all).
    pub profession_id: String,
    /// Its name, from this browser or a member's file.
    pub name: Option<String>,
    /// This browser has the profession, but not these items of it.
    pub known_profession: bool,
    pub items: Vec<UnknownItem>,
}

/// A profession a member's file carries and this browser lacks: it can be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub profession: Profession,
    /// The member whose file carries it (the first, when several do).
    pub from: usize,
}

/// Ticks whose key this browser's matrices do not have, by profession id, never dropped.
pub(super) fn unknown(members: &[Member], catalog: &Catalog) -> Vec<UnknownMatrix> {
    let mut known: HashMap<&str, HashSet<String>> = HashMap::new();
    let mut groups: BTreeMap<String, BTreeMap<String, Vec<usize>>> = BTreeMap::new();
    for (index, member) in members.iter().enumerate() {
        for key in member.ticks.ticked_keys() {
            let profession_id = split_item_key(key).map_or("", |[p, ..]| p);
            let is_known = catalog.profession(profession_id).is_some_and(|profession| {
                known
                    .entry(profession.id.as_str())
                    .or_insert_with(|| profession.items().map(|item| item.key()).collect())
                    .contains(key)
            });
            if !is_known {
                groups
                    .entry(profession_id.to_owned())
                    .or_default()
                    .entry(key.to_owned())
                    .or_default()
                    .push(index);
            }
        }
    }
    groups
        .into_iter()
        .map(|(profession_id, items)| {
            let here = catalog.profession(&profession_id);
            let carried = members
                .iter()
                .flat_map(|m| &m.matrices)
                .find(|p| p.id == profession_id);
            UnknownMatrix {
                name: here
                    .map(|p| p.name.clone())
                    .or_else(|| carried.map(|p| p.name.clone())),
                known_profession: here.is_some(),
                items: items
                    .into_iter()
                    .map(|(key, holders)| UnknownItem {
                        text: carried
                            .and_then(|p| p.item(&key))
                            .map(|item| item.item.text.clone()),
                        key,
                        holders,
                    })
                    .collect(),
                profession_id,
            }
        })
        .collect()
}

/// Professions members' files carry that this browser lacks, each id once.
pub(super) fn offers(members: &[Member], catalog: &Catalog) -> Vec<Offer> {
    let mut offers: Vec<Offer> = Vec::new();
    for (index, member) in members.iter().enumerate() {
        for profession in &member.matrices {
            if catalog.profession(&profession.id).is_none()
                && offers.iter().all(|o| o.profession.id != profession.id)
            {
                offers.push(Offer {
                    profession: profession.clone(),
                    from: index,
                });
            }
        }
    }
    offers
}
