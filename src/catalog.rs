//! The grade matrices of the seeds, embedded at compile time.
//!
//! One JSON file per seed under `assets/matrices/`, each a list of
//! professions. They are parsed and validated once; a bad file becomes a
//! [`CatalogError`] the UI can show, never a panic (docs/rules.md#catalog).
//! Pure data: no browser imports, so it builds and tests natively.

pub mod format;
pub mod inline_code;
mod level;
mod model;
mod search;
mod validate;
mod worked_example;

use std::sync::OnceLock;

use thiserror::Error;

pub use format::{MatrixGrade, MatrixGroup, MatrixItem, MatrixItemRef, MatrixProfession};
pub use level::{GradeLevel, UnknownGradeLevel};
pub use model::{GlossaryEntry, Grade, ItemRef, Profession, SkillGroup, item_key, split_item_key};
pub use search::{SearchHit, fold};
pub use worked_example::{ExampleTechnology, WorkedExample, worked_example};

/// A matrix file compiled into the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbeddedFile {
    /// File name under `assets/matrices/`.
    pub name: &'static str,
    pub json: &'static str,
}

macro_rules! embed {
    ($name:literal) => {
        EmbeddedFile {
            name: $name,
            json: include_str!(concat!("../assets/matrices/", $name)),
        }
    };
}

/// Every matrix file, in catalog order. Adding a file means adding it here;
/// a test checks this list against the directory.
pub const EMBEDDED: &[EmbeddedFile] = &[
    embed!("000_python_developer.json"),
    embed!("001_python_developer_extended.json"),
    embed!("002_python_specialties.json"),
];

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogError {
    /// Kept as text so the error can be cloned out of the shared cache.
    #[error("matrix file {file} is not valid: {message}")]
    Parse { file: String, message: String },
    #[error("profession id {id:?} is not a slug (lowercase latin letters, digits, dashes)")]
    InvalidId { id: String },
    #[error("profession id {id:?} is used more than once")]
    DuplicateProfession { id: String },
    #[error(
        "profession {profession}: grade {level} follows {previous}, levels must strictly increase"
    )]
    GradeOrder {
        profession: String,
        previous: GradeLevel,
        level: GradeLevel,
    },
    #[error("{grade}: skill group id {group:?} is not a slug or is used twice")]
    InvalidGroup { grade: String, group: String },
    #[error("{grade}: skill group {group} has no items")]
    EmptyGroup { grade: String, group: String },
    #[error("{place}: text is empty or has surrounding whitespace")]
    BadText { place: String },
}

/// How much the catalog (or a part of it) holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub professions: usize,
    pub grades: usize,
    pub items: usize,
}

/// Every profession of every embedded matrix, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    professions: Vec<Profession>,
}

static EMBEDDED_CATALOG: OnceLock<Result<Catalog, CatalogError>> = OnceLock::new();

impl Catalog {
    /// The embedded catalog, parsed on first use and shared afterwards.
    pub fn load() -> Result<&'static Self, CatalogError> {
        EMBEDDED_CATALOG
            .get_or_init(|| Self::from_files(EMBEDDED.iter().map(|file| (file.name, file.json))))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Parses `(file name, json)` pairs, each a JSON list of professions, and
    /// validates the whole.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, CatalogError> {
        let mut professions = Vec::new();
        for (file, json) in files {
            let parsed: Vec<Profession> =
                serde_json::from_str(json).map_err(|error| CatalogError::Parse {
                    file: file.to_owned(),
                    message: error.to_string(),
                })?;
            professions.extend(parsed);
        }
        Self::from_professions(professions)
    }

    pub fn from_professions(professions: Vec<Profession>) -> Result<Self, CatalogError> {
        validate::professions(&professions)?;
        Ok(Self { professions })
    }

    pub fn professions(&self) -> &[Profession] {
        &self.professions
    }

    pub fn profession(&self, id: &str) -> Option<&Profession> {
        self.professions
            .iter()
            .find(|profession| profession.id == id)
    }

    /// Every skill item, profession by profession, in ladder order.
    pub fn items(&self) -> impl Iterator<Item = ItemRef<'_>> {
        self.professions.iter().flat_map(Profession::items)
    }

    /// The item a self-assessment key points at; `None` for keys left over
    /// from data that has since changed.
    pub fn item(&self, key: &str) -> Option<ItemRef<'_>> {
        let [profession, level, group, number] = split_item_key(key)?;
        let level: GradeLevel = level.parse().ok()?;
        let number: usize = number.parse().ok()?;
        self.profession(profession)?
            .grade_items(level)
            .find(|item| item.group.id == group && item.number == number)
    }

    pub fn counts(&self) -> Counts {
        Counts {
            professions: self.professions.len(),
            grades: self.professions.iter().map(|p| p.grades.len()).sum(),
            items: self.professions.iter().map(Profession::item_count).sum(),
        }
    }

    /// Case-insensitive substring search over each profession's name, summary
    /// and stack and over every skill item (see [`fold`]). A blank query
    /// matches every profession with no item singled out.
    pub fn search(&self, query: &str) -> Vec<SearchHit<'_>> {
        search::search(&self.professions, query)
    }
}
