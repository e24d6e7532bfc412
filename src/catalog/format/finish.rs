//! From what a parser read to the model: texts cleaned, limits and ids checked, missing ids
//! given, warnings collected. Every format ends here, so each rule is written once and
//! names the place in the format's own terms (a line, a JSON path).

use std::borrow::Cow;
use std::collections::HashSet;

use crate::catalog::GlossaryEntry;

use super::error::{FormatError, FormatWarning, IdKind, ListKind, Location, TextField};
use super::ids;
use super::{MAX_GRADES, MAX_GROUPS, MAX_ITEM_CHARS, MAX_ITEMS, MAX_PROFESSIONS};
use crate::catalog::{Grade, Item, Profession, SkillGroup};

/// A text as read, with where it was.
#[derive(Debug, Clone)]
pub(super) struct Text {
    pub value: String,
    pub at: Location,
}

impl Text {
    pub fn new(value: impl Into<String>, at: Location) -> Self {
        Self {
            value: value.into(),
            at,
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct DraftProfession {
    pub at: Location,
    pub id: Option<Text>,
    pub name: Text,
    pub summary: Option<Text>,
    pub stack: Vec<Text>,
    pub source: Option<Text>,
    pub grades: Vec<DraftGrade>,
    pub glossary: Vec<(Text, Text)>,
}

#[derive(Debug, Clone)]
pub(super) struct DraftGrade {
    pub at: Location,
    pub id: Option<Text>,
    pub title: Text,
    pub description: Option<Text>,
    pub notes: Option<Text>,
    pub groups: Vec<DraftGroup>,
}

#[derive(Debug, Clone)]
pub(super) struct DraftGroup {
    pub at: Location,
    pub id: Option<Text>,
    pub title: Option<Text>,
    pub note: Option<Text>,
    pub items: Vec<DraftItem>,
}

#[derive(Debug, Clone)]
pub(super) struct DraftItem {
    pub at: Location,
    pub id: Option<Text>,
    pub text: Text,
}

/// Trimmed, with every run of ASCII whitespace or control characters inside made one
/// space, so a line break in a JSON string or a CSV cell cannot break a Markdown line.
/// Other spaces (a no-break space in `5 000`) are kept.
pub fn clean(text: &str) -> String {
    cleaned(text).into_owned()
}

/// [`clean`] without a copy when the text is clean already, as nearly every text is.
pub(super) fn cleaned(text: &str) -> Cow<'_, str> {
    // Clean: single spaces between words, no other ASCII whitespace or control character,
    // nothing to trim at either end.
    let mut previous_space = true;
    let clean = text.chars().all(|c| {
        let fine = match c {
            ' ' => !previous_space,
            _ => !c.is_ascii_whitespace() && !c.is_control(),
        };
        previous_space = c == ' ';
        fine
    }) && !previous_space
        && text.trim() == text;
    if clean {
        return Cow::Borrowed(text);
    }
    let joined = text
        .split(|c: char| c.is_ascii_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Cow::Owned(joined.trim().to_owned())
}

fn required(text: &Text, field: TextField) -> Result<String, FormatError> {
    let value = clean(&text.value);
    if value.is_empty() {
        return Err(FormatError::EmptyText {
            at: text.at.clone(),
            field,
        });
    }
    within(text, field, value)
}

fn optional(text: Option<&Text>, field: TextField) -> Result<Option<String>, FormatError> {
    let Some(text) = text else {
        return Ok(None);
    };
    let value = clean(&text.value);
    if value.is_empty() {
        return Ok(None);
    }
    within(text, field, value).map(Some)
}

fn within(text: &Text, field: TextField, value: String) -> Result<String, FormatError> {
    let chars = value.chars().count();
    if chars > field.max_chars() {
        return Err(FormatError::TextTooLong {
            at: text.at.clone(),
            field,
            chars,
        });
    }
    Ok(value)
}

/// The `index`-th element's location, when a list is longer than its limit.
fn over<T>(list: &[T], limit: usize, at: impl Fn(&T) -> Location) -> Option<Location> {
    list.get(limit).map(at)
}

/// Assigns the ids of one scope (the professions of a file, the grades of a profession …):
/// explicit ids first, checked and reserved, then derived ones, made unique.
struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    fn explicit<'a>(
        explicit: impl Iterator<Item = Option<&'a Text>>,
        kind: IdKind,
    ) -> Result<Self, FormatError> {
        let mut taken = HashSet::new();
        for id in explicit.flatten() {
            let value = id.value.trim();
            let valid = match kind {
                IdKind::Profession => ids::is_profession_id(value),
                _ => ids::is_id(value),
            };
            if !valid {
                return Err(FormatError::InvalidId {
                    at: id.at.clone(),
                    kind,
                    id: id.value.clone(),
                });
            }
            if !taken.insert(value.to_owned()) {
                return Err(duplicate(kind, id.at.clone(), value.to_owned()));
            }
        }
        Ok(Self { taken })
    }

    /// The explicit id, or a new one from `base`.
    fn id(&mut self, explicit: Option<&Text>, base: impl FnOnce() -> String) -> String {
        match explicit {
            Some(id) => id.value.trim().to_owned(),
            None => {
                let id = ids::free_id(&base(), |candidate| self.taken.contains(candidate));
                self.taken.insert(id.clone());
                id
            }
        }
    }

    fn item_id(&mut self, explicit: Option<&Text>, position: usize) -> String {
        match explicit {
            Some(id) => id.value.trim().to_owned(),
            None => {
                let id = ids::item_id(position, &self.taken);
                self.taken.insert(id.clone());
                id
            }
        }
    }
}

fn duplicate(kind: IdKind, at: Location, id: String) -> FormatError {
    match kind {
        IdKind::Profession => FormatError::DuplicateProfessionId { at, id },
        IdKind::Grade => FormatError::DuplicateGradeId { at, id },
        IdKind::Group => FormatError::DuplicateGroupId { at, id },
        IdKind::Item => FormatError::DuplicateItemId { at, id },
    }
}

/// The model of everything read, or the first thing wrong in it.
pub(super) fn finish(
    drafts: Vec<DraftProfession>,
    mut warnings: Vec<FormatWarning>,
) -> Result<(Vec<Profession>, Vec<FormatWarning>), FormatError> {
    if drafts.is_empty() {
        return Err(FormatError::NoProfession);
    }
    if let Some(at) = over(&drafts, MAX_PROFESSIONS, |p| p.at.clone()) {
        return Err(FormatError::TooManyProfessions { at });
    }
    let mut scope = Scope::explicit(drafts.iter().map(|p| p.id.as_ref()), IdKind::Profession)?;
    let mut professions = Vec::with_capacity(drafts.len());
    for draft in &drafts {
        let name = required(&draft.name, TextField::Name)?;
        let id = scope.id(draft.id.as_ref(), || ids::profession_base(&name));
        let profession = profession(draft, id, name, &mut warnings)?;
        professions.push(profession);
    }
    Ok((professions, warnings))
}

fn profession(
    draft: &DraftProfession,
    id: String,
    name: String,
    warnings: &mut Vec<FormatWarning>,
) -> Result<Profession, FormatError> {
    let summary = optional(draft.summary.as_ref(), TextField::Summary)?;
    let source = optional(draft.source.as_ref(), TextField::Source)?;
    let mut stack = Vec::new();
    for entry in &draft.stack {
        let value = clean(&entry.value);
        if value.is_empty() {
            continue;
        }
        if stack.len() == ListKind::Stack.max() {
            return Err(FormatError::TooManyEntries {
                at: entry.at.clone(),
                list: ListKind::Stack,
            });
        }
        if value.contains(',') {
            return Err(FormatError::CommaInStackEntry {
                at: entry.at.clone(),
                entry: value,
            });
        }
        stack.push(within(entry, TextField::StackEntry, value)?);
    }
    if let Some(at) = over(&draft.glossary, ListKind::Glossary.max(), |(term, _)| {
        term.at.clone()
    }) {
        return Err(FormatError::TooManyEntries {
            at,
            list: ListKind::Glossary,
        });
    }
    let mut glossary = Vec::with_capacity(draft.glossary.len());
    for (term, definition) in &draft.glossary {
        glossary.push(GlossaryEntry {
            term: required(term, TextField::GlossaryTerm)?,
            definition: required(definition, TextField::GlossaryDefinition)?,
        });
    }
    if let Some(at) = over(&draft.grades, MAX_GRADES, |g| g.at.clone()) {
        return Err(FormatError::TooManyGrades { at });
    }
    let mut scope = Scope::explicit(draft.grades.iter().map(|g| g.id.as_ref()), IdKind::Grade)?;
    let mut grades = Vec::with_capacity(draft.grades.len());
    for (index, draft) in draft.grades.iter().enumerate() {
        let title = required(&draft.title, TextField::GradeTitle)?;
        let id = scope.id(draft.id.as_ref(), || {
            ids::grade_base(&title, index.saturating_add(1))
        });
        let grade = grade(draft, id, title)?;
        if grade.item_count() == 0 {
            warnings.push(FormatWarning::GradeWithoutItems {
                at: draft.at.clone(),
                grade: grade.title.clone(),
            });
        }
        grades.push(grade);
    }
    if grades.is_empty() {
        warnings.push(FormatWarning::ProfessionWithoutGrades {
            at: draft.at.clone(),
            profession: name.clone(),
        });
    }
    Ok(Profession {
        id,
        name,
        summary,
        stack,
        source,
        grades,
        glossary,
    })
}

fn grade(draft: &DraftGrade, id: String, title: String) -> Result<Grade, FormatError> {
    let description = optional(draft.description.as_ref(), TextField::GradeDescription)?;
    let notes = optional(draft.notes.as_ref(), TextField::GradeNotes)?;
    if let Some(at) = over(&draft.groups, MAX_GROUPS, |g| g.at.clone()) {
        return Err(FormatError::TooManyGroups { at });
    }
    let mut scope = Scope::explicit(draft.groups.iter().map(|g| g.id.as_ref()), IdKind::Group)?;
    let mut groups = Vec::with_capacity(draft.groups.len());
    for (index, draft) in draft.groups.iter().enumerate() {
        let title = optional(draft.title.as_ref(), TextField::GroupTitle)?;
        let id = scope.id(draft.id.as_ref(), || {
            ids::group_base(title.as_deref(), index.saturating_add(1))
        });
        groups.push(group(draft, id, title)?);
    }
    Ok(Grade {
        id,
        title,
        description,
        notes,
        groups,
    })
}

fn group(draft: &DraftGroup, id: String, title: Option<String>) -> Result<SkillGroup, FormatError> {
    let note = optional(draft.note.as_ref(), TextField::GroupNote)?;
    if draft.items.is_empty() {
        return Err(FormatError::EmptyGroup {
            at: draft.at.clone(),
        });
    }
    if let Some(at) = over(&draft.items, MAX_ITEMS, |i| i.at.clone()) {
        return Err(FormatError::TooManyItems { at });
    }
    let mut scope = Scope::explicit(draft.items.iter().map(|i| i.id.as_ref()), IdKind::Item)?;
    let mut items = Vec::with_capacity(draft.items.len());
    for (index, draft) in draft.items.iter().enumerate() {
        let text = clean(&draft.text.value);
        if text.is_empty() {
            return Err(FormatError::EmptyItem {
                at: draft.text.at.clone(),
            });
        }
        let chars = text.chars().count();
        if chars > MAX_ITEM_CHARS {
            return Err(FormatError::ItemTooLong {
                at: draft.text.at.clone(),
                chars,
            });
        }
        let id = scope.item_id(draft.id.as_ref(), index.saturating_add(1));
        items.push(Item { id, text });
    }
    Ok(SkillGroup {
        id,
        title,
        note,
        items,
    })
}
