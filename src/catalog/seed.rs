//! The typed shape of an embedded matrix file: profession 1 — * grades, as the seeds' own
//! FastAPI design has it. Read once at start-up and turned into the app's [`Profession`]
//! model, whose keys these files' levels and item numbers give (docs/formats.md#item-keys).

use serde::{Deserialize, Serialize};

use super::level::GradeLevel;
use super::model::{GlossaryEntry, Grade, Item, Profession, SkillGroup};

/// One career track, e.g. "Python-разработчик".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedProfession {
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
    pub grades: Vec<SeedGrade>,
    /// Terms the source explains next to the matrix.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryEntry>,
}

/// One rung of a profession's ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedGrade {
    pub level: GradeLevel,
    /// The label as the source writes it: "Junior+ / Middle-", "Джун+", "стажер".
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Empty when the source names the grade but gives no content.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skill_groups: Vec<SeedGroup>,
    /// A remark the source makes about the grade as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A list of skills inside a grade: Soft Skills, Hard Skills, or the single
/// unnamed list of a seed-002 grade line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedGroup {
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

impl SeedProfession {
    /// The profession in the app's model: its grades' levels become their ids and its items
    /// are numbered from 1, so every key stays what it was (docs/formats.md#item-keys).
    pub(crate) fn to_model(&self) -> Profession {
        Profession {
            id: self.id.clone(),
            name: self.name.clone(),
            summary: self.summary.clone(),
            stack: self.stack.clone(),
            source: Some(self.source.clone()),
            grades: self.grades.iter().map(SeedGrade::to_model).collect(),
            glossary: self.glossary.clone(),
        }
    }
}

impl SeedGrade {
    fn to_model(&self) -> Grade {
        Grade {
            id: self.level.as_str().to_owned(),
            title: self.title.clone(),
            description: self.description.clone(),
            notes: self.notes.clone(),
            groups: self.skill_groups.iter().map(SeedGroup::to_model).collect(),
        }
    }
}

impl SeedGroup {
    fn to_model(&self) -> SkillGroup {
        SkillGroup {
            id: self.id.clone(),
            title: self.title.clone(),
            note: self.note.clone(),
            items: self
                .items
                .iter()
                .enumerate()
                .map(|(index, text)| Item {
                    id: index.saturating_add(1).to_string(),
                    text: text.clone(),
                })
                .collect(),
        }
    }
}
