//! The app's matrix model (docs/formats.md#matrix-model): every profession the app shows,
//! built-in or the user's own, what every file format reads into and writes from. Built-in
//! professions come from the embedded files (`seed.rs`) with their levels as grade ids and their
//! item numbers as item ids, so no self-assessment key changes.

use serde::{Deserialize, Serialize};

use super::level::GradeLevel;

/// One career track with its ladder of grades.
///
/// Serde gives the stored form of the user's own professions, which keeps a draft as typed
/// (an empty title is a field message in the editor, not a reason to lose the profession);
/// files go through the checked readers of [`super::format`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profession {
    /// Slug, unique among the professions shown together: `python-backend`.
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Technologies named for the profession; none holds a comma.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stack: Vec<String>,
    /// Where the matrix comes from; the built-in ones name their seed file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Ordered by position: the first is the lowest rung.
    #[serde(default)]
    pub grades: Vec<Grade>,
    /// Terms explained next to the matrix (only JSON carries them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryEntry>,
}

/// One rung. Its id is unique within the profession; built-in grades use their level
/// (`junior+`) as the id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grade {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Empty when the grade is named but not described yet.
    #[serde(default)]
    pub groups: Vec<SkillGroup>,
}

/// A list of skills inside a grade: Soft Skills, Hard Skills, or one untitled list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillGroup {
    /// Unique within its grade.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// At least one in a file; an editor's draft may have none yet.
    #[serde(default)]
    pub items: Vec<Item>,
}

/// One skill. The id is unique within its group and stays when the text is edited, so
/// ticks stay on the item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub text: String,
}

/// One item with the path to it, enough to show it or key a tick on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRef<'a> {
    pub profession: &'a Profession,
    pub grade: &'a Grade,
    pub group: &'a SkillGroup,
    pub item: &'a Item,
}

impl ItemRef<'_> {
    /// `{profession}/{grade}/{group}/{item}` (docs/formats.md#item-keys).
    pub fn key(&self) -> String {
        item_key(
            &self.profession.id,
            &self.grade.id,
            &self.group.id,
            &self.item.id,
        )
    }
}

/// The self-assessment key of an item, e.g. `python-developer/junior+/soft/3`. No id holds
/// a `/`, so [`split_item_key`] takes the four parts back apart.
pub fn item_key(profession: &str, grade: &str, group: &str, item: &str) -> String {
    format!("{profession}/{grade}/{group}/{item}")
}

impl Profession {
    pub fn grade(&self, id: &str) -> Option<&Grade> {
        self.grades.iter().find(|grade| grade.id == id)
    }

    /// Every item, grade by grade, in order.
    pub fn items(&self) -> impl Iterator<Item = ItemRef<'_>> {
        self.grades
            .iter()
            .flat_map(move |grade| self.items_of(grade))
    }

    /// The item a key points at, if this profession holds it.
    pub fn item(&self, key: &str) -> Option<ItemRef<'_>> {
        let [profession, grade, group, item] = split_item_key(key)?;
        if profession != self.id {
            return None;
        }
        let grade = self.grade(grade)?;
        let group = grade.groups.iter().find(|g| g.id == group)?;
        let item = group.items.iter().find(|i| i.id == item)?;
        Some(ItemRef {
            profession: self,
            grade,
            group,
            item,
        })
    }

    pub fn item_count(&self) -> usize {
        self.grades.iter().map(Grade::item_count).sum()
    }

    /// Where a grade stands on the ladder, 0 for the lowest.
    pub fn grade_position(&self, id: &str) -> Option<usize> {
        self.grades.iter().position(|grade| grade.id == id)
    }

    /// The items of one grade; none when the profession has no such grade.
    pub fn grade_items<'a>(&'a self, id: &str) -> impl Iterator<Item = ItemRef<'a>> {
        self.grade(id)
            .into_iter()
            .flat_map(move |grade| self.items_of(grade))
    }

    /// Glossary entries whose term occurs in `text` (case-insensitive), for explaining an
    /// item such as "Многозадачность.".
    pub fn glossary_in<'a>(&'a self, text: &str) -> impl Iterator<Item = &'a GlossaryEntry> {
        let text = text.to_lowercase();
        self.glossary
            .iter()
            .filter(move |entry| text.contains(&entry.term.to_lowercase()))
    }

    fn items_of<'a>(&'a self, grade: &'a Grade) -> impl Iterator<Item = ItemRef<'a>> {
        grade.groups.iter().flat_map(move |group| {
            group.items.iter().map(move |item| ItemRef {
                profession: self,
                grade,
                group,
                item,
            })
        })
    }
}

impl Grade {
    pub fn item_count(&self) -> usize {
        self.groups.iter().map(|group| group.items.len()).sum()
    }

    /// False for grades named without content.
    pub fn has_skills(&self) -> bool {
        self.item_count() > 0
    }

    /// The common ladder level the id names (`junior+`), for built-in grades and own ones
    /// that use the same ids.
    pub fn level(&self) -> Option<GradeLevel> {
        self.id.parse().ok()
    }
}

impl SkillGroup {
    /// The id for an item added to this group: one more than the largest number in use.
    /// (An id freed by removing the last item comes back, so removing an item drops its
    /// ticks with it.)
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

/// A term the source defines, e.g. "Многозадачность".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: String,
    pub definition: String,
}

/// The four parts of a self-assessment key, `{profession}/{grade}/{group}/{item}`; `None`
/// for any other shape.
pub fn split_item_key(key: &str) -> Option<[&str; 4]> {
    let mut parts = key.split('/');
    let split = [parts.next()?, parts.next()?, parts.next()?, parts.next()?];
    parts.next().is_none().then_some(split)
}
