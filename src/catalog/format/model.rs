//! The interchange model (docs/formats.md#matrix-model): what every format reads into and
//! writes from, and what a profession of the user's own is. Built-in professions convert
//! into it without changing a single self-assessment key.

use crate::catalog::split_item_key;
use crate::catalog::{GlossaryEntry, Grade, Profession, SkillGroup};

/// One career track with its ladder of grades.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatrixProfession {
    /// Slug, unique among the professions shown together: `python-backend`.
    pub id: String,
    pub name: String,
    pub summary: Option<String>,
    /// Technologies named for the profession; none holds a comma.
    pub stack: Vec<String>,
    /// Where the matrix comes from; the built-in ones name their seed file.
    pub source: Option<String>,
    /// Ordered by position: the first is the lowest rung.
    pub grades: Vec<MatrixGrade>,
    /// Terms explained next to the matrix (only JSON carries them).
    pub glossary: Vec<GlossaryEntry>,
}

/// One rung. Its id is unique within the profession; built-in grades use their level
/// (`junior+`) as the id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatrixGrade {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub notes: Option<String>,
    /// Empty when the grade is named but not described yet.
    pub groups: Vec<MatrixGroup>,
}

/// A list of skills inside a grade: Soft Skills, Hard Skills, or one untitled list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatrixGroup {
    /// Unique within its grade.
    pub id: String,
    pub title: Option<String>,
    pub note: Option<String>,
    /// At least one.
    pub items: Vec<MatrixItem>,
}

/// One skill. The id is unique within its group and stays when the text is edited, so
/// ticks stay on the item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatrixItem {
    pub id: String,
    pub text: String,
}

/// One item with the path to it, enough to show it or key a tick on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatrixItemRef<'a> {
    pub profession: &'a MatrixProfession,
    pub grade: &'a MatrixGrade,
    pub group: &'a MatrixGroup,
    pub item: &'a MatrixItem,
}

impl MatrixItemRef<'_> {
    /// `{profession}/{grade}/{group}/{item}` (docs/formats.md#item-keys).
    pub fn key(&self) -> String {
        matrix_item_key(
            &self.profession.id,
            &self.grade.id,
            &self.group.id,
            &self.item.id,
        )
    }
}

/// The self-assessment key of an item. No id holds a `/`, so the four parts come back
/// apart by splitting on it.
pub fn matrix_item_key(profession: &str, grade: &str, group: &str, item: &str) -> String {
    format!("{profession}/{grade}/{group}/{item}")
}

impl MatrixProfession {
    /// The built-in profession in the interchange model: its grades' levels become their
    /// ids and its items are numbered from 1, so every key stays what it was.
    pub fn from_builtin(profession: &Profession) -> Self {
        Self {
            id: profession.id.clone(),
            name: profession.name.clone(),
            summary: profession.summary.clone(),
            stack: profession.stack.clone(),
            source: Some(profession.source.clone()),
            grades: profession
                .grades
                .iter()
                .map(MatrixGrade::from_builtin)
                .collect(),
            glossary: profession.glossary.clone(),
        }
    }

    pub fn grade(&self, id: &str) -> Option<&MatrixGrade> {
        self.grades.iter().find(|grade| grade.id == id)
    }

    /// Every item, grade by grade, in order.
    pub fn items(&self) -> impl Iterator<Item = MatrixItemRef<'_>> {
        self.grades.iter().flat_map(move |grade| {
            grade.groups.iter().flat_map(move |group| {
                group.items.iter().map(move |item| MatrixItemRef {
                    profession: self,
                    grade,
                    group,
                    item,
                })
            })
        })
    }

    /// The item a key points at, if this profession holds it.
    pub fn item(&self, key: &str) -> Option<MatrixItemRef<'_>> {
        let [profession, grade, group, item] = split_item_key(key)?;
        if profession != self.id {
            return None;
        }
        let grade = self.grade(grade)?;
        let group = grade.groups.iter().find(|g| g.id == group)?;
        let item = group.items.iter().find(|i| i.id == item)?;
        Some(MatrixItemRef {
            profession: self,
            grade,
            group,
            item,
        })
    }

    pub fn item_count(&self) -> usize {
        self.grades.iter().map(MatrixGrade::item_count).sum()
    }
}

impl From<&Profession> for MatrixProfession {
    fn from(profession: &Profession) -> Self {
        Self::from_builtin(profession)
    }
}

impl MatrixGrade {
    fn from_builtin(grade: &Grade) -> Self {
        Self {
            id: grade.level.as_str().to_owned(),
            title: grade.title.clone(),
            description: grade.description.clone(),
            notes: grade.notes.clone(),
            groups: grade
                .skill_groups
                .iter()
                .map(MatrixGroup::from_builtin)
                .collect(),
        }
    }

    pub fn item_count(&self) -> usize {
        self.groups.iter().map(|group| group.items.len()).sum()
    }
}

impl MatrixGroup {
    fn from_builtin(group: &SkillGroup) -> Self {
        Self {
            id: group.id.clone(),
            title: group.title.clone(),
            note: group.note.clone(),
            items: group
                .items
                .iter()
                .enumerate()
                .map(|(index, text)| MatrixItem {
                    id: index.saturating_add(1).to_string(),
                    text: text.clone(),
                })
                .collect(),
        }
    }

    /// The id for an item added to this group: one more than the largest number in use.
    /// (An id freed by removing the last item comes back; the editor should drop that
    /// item's ticks with it.)
    pub fn next_item_id(&self) -> String {
        let largest = self
            .items
            .iter()
            .filter_map(|item| item.id.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        largest.saturating_add(1).to_string()
    }
}
