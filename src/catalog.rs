//! Every profession the app shows: the grade matrices of the seeds, embedded at compile
//! time, then the user's own (docs/rules.md#catalog).
//!
//! One JSON file per seed under `assets/matrices/`, each a list of professions. They are
//! parsed and validated once; a bad file becomes a [`CatalogError`] the UI can show, never a
//! panic. The user's own professions join them through [`Catalog::with_own`], so every page
//! reads both through one API. Pure data: no browser imports, so it builds and tests natively.

pub mod format;
pub mod inline_code;
mod level;
mod model;
mod search;
mod seed;
mod validate;
mod worked_example;

use std::sync::{Arc, OnceLock};

use thiserror::Error;

pub use level::{GradeLevel, UnknownGradeLevel};
pub use model::{
    GlossaryEntry, Grade, Item, ItemRef, Profession, SkillGroup, item_key, split_item_key,
};
pub use search::{SearchHit, fold};
use seed::SeedProfession;
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

/// Where a profession comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the app, read-only.
    Builtin,
    /// The user's own, kept in their browser.
    Own,
}

impl Origin {
    /// The value of the home page's `data-origin` hook.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Builtin => "builtin",
            Self::Own => "own",
        }
    }
}

/// Every built-in profession, validated, then the user's own ones. Professions are shared
/// (`Arc`), so adding the user's own to the built-in ones copies no matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    professions: Vec<Arc<Profession>>,
    /// How many of `professions`, from the start, are built in.
    builtin: usize,
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
            let parsed: Vec<SeedProfession> =
                serde_json::from_str(json).map_err(|error| CatalogError::Parse {
                    file: file.to_owned(),
                    message: error.to_string(),
                })?;
            professions.extend(parsed);
        }
        Self::from_professions(professions)
    }

    fn from_professions(professions: Vec<SeedProfession>) -> Result<Self, CatalogError> {
        validate::professions(&professions)?;
        Ok(Self {
            builtin: professions.len(),
            professions: professions
                .iter()
                .map(|profession| Arc::new(profession.to_model()))
                .collect(),
        })
    }

    /// These built-in professions followed by the user's own. An own profession whose id is
    /// taken (by a built-in one, or an earlier own one) is left out: imports and the editor
    /// never make one, so only hand-edited storage can, and it stays there untouched. Items
    /// still blank in the editor are left out too: there is nothing to tick yet.
    pub fn with_own(&self, own: impl IntoIterator<Item = Arc<Profession>>) -> Self {
        let mut professions: Vec<Arc<Profession>> = self
            .professions
            .iter()
            .take(self.builtin)
            .cloned()
            .collect();
        for profession in own {
            if professions.iter().all(|p| p.id != profession.id) {
                professions.push(without_blank_items(profession));
            }
        }
        Self {
            professions,
            builtin: self.builtin,
        }
    }

    pub fn professions(&self) -> &[Arc<Profession>] {
        &self.professions
    }

    /// The built-in professions only.
    pub fn builtin(&self) -> &[Arc<Profession>] {
        self.professions.get(..self.builtin).unwrap_or_default()
    }

    pub fn profession(&self, id: &str) -> Option<&Arc<Profession>> {
        self.professions
            .iter()
            .find(|profession| profession.id == id)
    }

    /// Whether a profession of this catalog is built in or the user's own.
    pub fn origin(&self, id: &str) -> Option<Origin> {
        let position = self.professions.iter().position(|p| p.id == id)?;
        Some(if position < self.builtin {
            Origin::Builtin
        } else {
            Origin::Own
        })
    }

    /// Every skill item, profession by profession, in ladder order.
    pub fn items(&self) -> impl Iterator<Item = ItemRef<'_>> {
        self.professions
            .iter()
            .flat_map(|profession| profession.items())
    }

    /// The item a self-assessment key points at; `None` for keys left over
    /// from data that has since changed.
    pub fn item(&self, key: &str) -> Option<ItemRef<'_>> {
        let [profession, ..] = split_item_key(key)?;
        self.profession(profession)?.item(key)
    }

    pub fn counts(&self) -> Counts {
        Counts {
            professions: self.professions.len(),
            grades: self.professions.iter().map(|p| p.grades.len()).sum(),
            items: self.professions.iter().map(|p| p.item_count()).sum(),
        }
    }

    /// Case-insensitive substring search over each profession's name, summary
    /// and stack and over every skill item (see [`fold`]). A blank query
    /// matches every profession with no item singled out.
    pub fn search(&self, query: &str) -> Vec<SearchHit<'_>> {
        search::search(&self.professions, query)
    }
}

fn without_blank_items(profession: Arc<Profession>) -> Arc<Profession> {
    let blank = |text: &str| text.trim().is_empty();
    if !profession.items().any(|item| blank(&item.item.text)) {
        return profession;
    }
    let mut kept = Profession::clone(&profession);
    for grade in &mut kept.grades {
        for group in &mut grade.groups {
            group.items.retain(|item| !blank(&item.text));
        }
    }
    Arc::new(kept)
}
