//! The typed shape of a matrix file: profession 1 — * grades, as the seeds'
//! own FastAPI design has it.

use serde::{Deserialize, Serialize};

use super::level::GradeLevel;

/// One career track, e.g. "Python-разработчик".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profession {
    /// Slug, unique across the catalog: `python-backend`.
    pub id: String,
    pub name: String,
    /// The source's one-line description; `None` where the source has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Technologies named for this profession.
    #[serde(default)]
    pub stack: Vec<String>,
    /// The seed file it comes from, e.g. `002_5000173e9bee1159.txt`.
    pub source: String,
    /// Strictly increasing by level; empty when the source defines none yet.
    #[serde(default)]
    pub grades: Vec<Grade>,
    /// Terms the source explains next to the matrix.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryEntry>,
}

/// One rung of a profession's ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grade {
    pub level: GradeLevel,
    /// The label as the source writes it: "Junior+ / Middle-", "Джун+", "стажер".
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Empty when the source names the grade but gives no content.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skill_groups: Vec<SkillGroup>,
    /// A remark the source makes about the grade as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A list of skills inside a grade: Soft Skills, Hard Skills, or the single
/// unnamed list of a seed-002 grade line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillGroup {
    /// Slug, unique within its grade: `soft`, `hard`, `summary`.
    pub id: String,
    /// `None` where the source gives the list no heading (seed 002).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A remark the source puts at the head of the list ("Как у Senior +:").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub items: Vec<String>,
}

/// A term the source defines, e.g. "Многозадачность".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: String,
    pub definition: String,
}

/// One skill item with everything needed to show it or key a tick on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRef<'a> {
    pub profession: &'a Profession,
    pub grade: &'a Grade,
    pub group: &'a SkillGroup,
    /// 1-based position in its group, as the sources number them.
    pub number: usize,
    pub text: &'a str,
}

impl ItemRef<'_> {
    /// Stable key for self-assessment: `{profession}/{level}/{group}/{number}`.
    pub fn key(&self) -> String {
        item_key(
            &self.profession.id,
            self.grade.level,
            &self.group.id,
            self.number,
        )
    }
}

/// Builds the key [`ItemRef::key`] returns, e.g. `python-developer/junior+/soft/3`.
/// Unique because profession ids, levels within a profession and group ids
/// within a grade are (the catalog validates all three).
pub fn item_key(profession_id: &str, level: GradeLevel, group_id: &str, number: usize) -> String {
    format!("{profession_id}/{}/{group_id}/{number}", level.as_str())
}

/// The four parts of a self-assessment key, `{profession}/{grade}/{group}/{item}`; `None`
/// for any other shape.
pub fn split_item_key(key: &str) -> Option<[&str; 4]> {
    let mut parts = key.split('/');
    let split = [parts.next()?, parts.next()?, parts.next()?, parts.next()?];
    parts.next().is_none().then_some(split)
}

impl Profession {
    pub fn grade(&self, level: GradeLevel) -> Option<&Grade> {
        self.grades.iter().find(|grade| grade.level == level)
    }

    /// Every item of every grade, in ladder order.
    pub fn items(&self) -> impl Iterator<Item = ItemRef<'_>> {
        self.grades.iter().flat_map(|grade| self.items_of(grade))
    }

    /// The items of one grade; empty when the profession has no such grade.
    pub fn grade_items(&self, level: GradeLevel) -> impl Iterator<Item = ItemRef<'_>> {
        self.grade(level)
            .into_iter()
            .flat_map(|grade| self.items_of(grade))
    }

    pub fn item_count(&self) -> usize {
        self.grades.iter().map(Grade::item_count).sum()
    }

    /// Glossary entries whose term occurs in `text` (case-insensitive), for
    /// explaining an item such as "Многозадачность.".
    pub fn glossary_in<'a>(&'a self, text: &str) -> impl Iterator<Item = &'a GlossaryEntry> {
        let text = text.to_lowercase();
        self.glossary
            .iter()
            .filter(move |entry| text.contains(&entry.term.to_lowercase()))
    }

    fn items_of<'a>(&'a self, grade: &'a Grade) -> impl Iterator<Item = ItemRef<'a>> {
        grade.skill_groups.iter().flat_map(move |group| {
            group
                .items
                .iter()
                .enumerate()
                .map(move |(index, text)| ItemRef {
                    profession: self,
                    grade,
                    group,
                    number: index + 1,
                    text,
                })
        })
    }
}

impl Grade {
    pub fn item_count(&self) -> usize {
        self.skill_groups
            .iter()
            .map(|group| group.items.len())
            .sum()
    }

    /// False for grades the source names without content.
    pub fn has_skills(&self) -> bool {
        self.item_count() > 0
    }
}
