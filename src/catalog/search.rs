//! The home page filter: which professions, and which of their items, match.

use std::sync::Arc;

use super::model::{ItemRef, Profession};

/// One profession the query matched, in catalog order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit<'a> {
    pub profession: &'a Arc<Profession>,
    /// The query is in the name, the summary or the stack.
    pub profession_matches: bool,
    /// Items whose text contains the query, in ladder order.
    pub items: Vec<ItemRef<'a>>,
}

impl<'a> SearchHit<'a> {
    pub fn id(&self) -> &'a str {
        &self.profession.id
    }

    pub fn item_keys(&self) -> Vec<String> {
        self.items.iter().map(ItemRef::key).collect()
    }
}

/// See [`super::Catalog::search`].
pub(super) fn search<'a>(professions: &'a [Arc<Profession>], query: &str) -> Vec<SearchHit<'a>> {
    let needle = fold(query);
    if needle.is_empty() {
        return professions
            .iter()
            .map(|profession| SearchHit {
                profession,
                profession_matches: true,
                items: Vec::new(),
            })
            .collect();
    }
    professions
        .iter()
        .filter_map(|profession| {
            let profession_matches = std::iter::once(profession.name.as_str())
                .chain(profession.summary.as_deref())
                .chain(profession.stack.iter().map(String::as_str))
                .any(|text| fold(text).contains(&needle));
            let items: Vec<_> = profession
                .items()
                .filter(|item| fold(&item.item.text).contains(&needle))
                .collect();
            (profession_matches || !items.is_empty()).then_some(SearchHit {
                profession,
                profession_matches,
                items,
            })
        })
        .collect()
}

/// Case-insensitive, `ё` = `е` (the seeds write both "Стажёр" and "стажер"),
/// runs of whitespace as one space.
pub fn fold(text: &str) -> String {
    text.split_whitespace()
        .map(|word| word.to_lowercase().replace('\u{451}', "\u{435}"))
        .collect::<Vec<_>>()
        .join(" ")
}
