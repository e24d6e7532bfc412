//! Invariants serde cannot express. Item keys rely on the id rules here.

use std::collections::HashSet;

use super::CatalogError;
use super::seed::{SeedGrade, SeedProfession};

pub(super) fn professions(professions: &[SeedProfession]) -> Result<(), CatalogError> {
    let mut seen = HashSet::new();
    for profession in professions {
        if !is_slug(&profession.id) {
            return Err(CatalogError::InvalidId {
                id: profession.id.clone(),
            });
        }
        if !seen.insert(profession.id.as_str()) {
            return Err(CatalogError::DuplicateProfession {
                id: profession.id.clone(),
            });
        }
        one(profession)?;
    }
    Ok(())
}

fn one(profession: &SeedProfession) -> Result<(), CatalogError> {
    let id = profession.id.as_str();
    text(&profession.name, || format!("{id}: name"))?;
    text(&profession.source, || format!("{id}: source"))?;
    if let Some(summary) = &profession.summary {
        text(summary, || format!("{id}: summary"))?;
    }
    for (index, tech) in profession.stack.iter().enumerate() {
        text(tech, || format!("{id}: stack entry {}", index + 1))?;
    }
    for entry in &profession.glossary {
        text(&entry.term, || format!("{id}: glossary term"))?;
        text(&entry.definition, || {
            format!("{id}: glossary entry {}", entry.term)
        })?;
    }
    for pair in profession.grades.windows(2) {
        if let [previous, next] = pair
            && previous.level >= next.level
        {
            return Err(CatalogError::GradeOrder {
                profession: id.to_owned(),
                previous: previous.level,
                level: next.level,
            });
        }
    }
    profession
        .grades
        .iter()
        .try_for_each(|grade| self::grade(id, grade))
}

fn grade(profession: &str, grade: &SeedGrade) -> Result<(), CatalogError> {
    let at = format!("{profession}/{}", grade.level.as_str());
    text(&grade.title, || format!("{at}: title"))?;
    for (value, field) in [(&grade.description, "description"), (&grade.notes, "notes")] {
        if let Some(value) = value {
            text(value, || format!("{at}: {field}"))?;
        }
    }
    let mut seen = HashSet::new();
    for group in &grade.skill_groups {
        if !is_slug(&group.id) || !seen.insert(group.id.as_str()) {
            return Err(CatalogError::InvalidGroup {
                grade: at,
                group: group.id.clone(),
            });
        }
        // A heading with nothing under it is a data slip; a grade without
        // content simply has no groups.
        if group.items.is_empty() {
            return Err(CatalogError::EmptyGroup {
                grade: at,
                group: group.id.clone(),
            });
        }
        for value in group.title.iter().chain(&group.note) {
            text(value, || format!("{at}/{}: heading", group.id))?;
        }
        for (index, item) in group.items.iter().enumerate() {
            text(item, || format!("{at}/{}/{}", group.id, index + 1))?;
        }
    }
    Ok(())
}

/// Text shown to users must be non-empty and already trimmed, so the seed
/// comparison and search never trip over stray spaces.
fn text(value: &str, place: impl FnOnce() -> String) -> Result<(), CatalogError> {
    if value.is_empty() || value.trim() != value {
        return Err(CatalogError::BadText { place: place() });
    }
    Ok(())
}

/// Lowercase ASCII letters and digits in dash-separated words: safe in URLs,
/// localStorage keys and `/`-joined item keys.
fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
