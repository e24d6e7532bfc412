//! What can be wrong with a matrix file, and what is only worth a word, as data
//! (docs/formats.md#matrix-errors). The English `Display` is for logs; a person reads the
//! words of `src/i18n/matrix.rs`.

use std::fmt;

use thiserror::Error;

use super::{
    MAX_BYTES, MAX_GLOSSARY, MAX_GRADES, MAX_GROUPS, MAX_ITEM_CHARS, MAX_ITEMS, MAX_PROFESSIONS,
    MAX_STACK, VERSION,
};

/// Where in the input something is: a physical line (CSV, outline; 1-based) or a JSON path
/// with 0-based indices (`professions[0].grades[2].skill_groups[0].items[200]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Location {
    Line(usize),
    /// Empty for the top-level value itself.
    Path(String),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Line(line) => write!(f, "line {line}"),
            Self::Path(path) if path.is_empty() => f.write_str("the top level"),
            Self::Path(path) => f.write_str(path),
        }
    }
}

/// A text of the model, to say which one is empty or too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    Name,
    Summary,
    Source,
    StackEntry,
    GradeTitle,
    GradeDescription,
    GradeNotes,
    GroupTitle,
    GroupNote,
    GlossaryTerm,
    GlossaryDefinition,
}

impl TextField {
    pub const ALL: [Self; 11] = [
        Self::Name,
        Self::Summary,
        Self::Source,
        Self::StackEntry,
        Self::GradeTitle,
        Self::GradeDescription,
        Self::GradeNotes,
        Self::GroupTitle,
        Self::GroupNote,
        Self::GlossaryTerm,
        Self::GlossaryDefinition,
    ];

    /// The most characters the text may have.
    pub const fn max_chars(self) -> usize {
        match self {
            Self::Name
            | Self::Source
            | Self::StackEntry
            | Self::GradeTitle
            | Self::GroupTitle
            | Self::GlossaryTerm => super::MAX_NAME_CHARS,
            Self::Summary
            | Self::GradeDescription
            | Self::GradeNotes
            | Self::GroupNote
            | Self::GlossaryDefinition => super::MAX_TEXT_CHARS,
        }
    }

    const fn label(self) -> &'static str {
        match self {
            Self::Name => "profession name",
            Self::Summary => "profession summary",
            Self::Source => "source",
            Self::StackEntry => "stack entry",
            Self::GradeTitle => "grade title",
            Self::GradeDescription => "grade description",
            Self::GradeNotes => "grade notes",
            Self::GroupTitle => "group title",
            Self::GroupNote => "group note",
            Self::GlossaryTerm => "glossary term",
            Self::GlossaryDefinition => "glossary definition",
        }
    }
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Whose id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    Profession,
    Grade,
    Group,
    Item,
}

impl IdKind {
    /// What an id of this kind is made of (docs/formats.md#matrix-ids).
    pub const fn rule(self) -> &'static str {
        match self {
            Self::Profession => {
                "lowercase latin letters and digits in words joined by single dashes, at most 64 characters"
            }
            Self::Grade | Self::Group | Self::Item => {
                "lowercase latin letters, digits, '-', '+' and '_', starting with a letter or digit, at most 64 characters"
            }
        }
    }
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Profession => "profession",
            Self::Grade => "grade",
            Self::Group => "group",
            Self::Item => "item",
        })
    }
}

/// A list with a limit of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Stack,
    Glossary,
}

impl ListKind {
    pub const fn max(self) -> usize {
        match self {
            Self::Stack => MAX_STACK,
            Self::Glossary => MAX_GLOSSARY,
        }
    }
}

impl fmt::Display for ListKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Stack => "stack",
            Self::Glossary => "glossary",
        })
    }
}

/// What a JSON value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JsonType {
    Object,
    List,
    Text,
    /// An item: a text, or an object with `id` and `text`.
    TextOrObject,
    /// An item id: a text or a whole number.
    Id,
    /// The format version: a whole number from 1.
    Version,
}

impl fmt::Display for JsonType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Object => "an object",
            Self::List => "a list",
            Self::Text => "a text",
            Self::TextOrObject => "a text or an object with id and text",
            Self::Id => "a text or a whole number",
            Self::Version => "a whole number from 1",
        })
    }
}

/// Why a matrix file cannot be imported. Nothing is imported then.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FormatError {
    // Any input.
    #[error("the input is empty")]
    Empty,
    #[error("the input is {bytes} bytes, more than the {MAX_BYTES} allowed")]
    TooLarge { bytes: u64 },
    #[error("line {line}: the input is not UTF-8 text")]
    NotUtf8 { line: usize },
    #[error("the input holds no profession")]
    NoProfession,

    // JSON.
    #[error("line {line}, column {column}: not valid JSON")]
    JsonSyntax { line: usize, column: usize },
    #[error("line {line}, column {column}: the JSON ends too early")]
    JsonTruncated { line: usize, column: usize },
    #[error("the JSON is neither a matrix file, nor a profession, nor a list of professions")]
    NotAMatrix,
    #[error("the file is of format {found:?}, not a matrix")]
    OtherFormat { found: String },
    #[error("the matrix file has format version {found}; this version of the app reads {VERSION}")]
    NewerVersion { found: u64 },
    #[error("{at}: expected {expected}")]
    WrongType { at: Location, expected: JsonType },
    #[error("{at}: {member} is missing")]
    MissingMember { at: Location, member: &'static str },
    #[error("{at}: unknown member {member:?}")]
    UnknownMember { at: Location, member: String },
    #[error("{at}: a grade has either id or level, not both")]
    IdAndLevel { at: Location },

    // CSV.
    #[error("the header has no {column} column")]
    MissingColumn { column: &'static str },
    #[error("the header names the {column} column twice")]
    DuplicateColumn { column: String },
    #[error("line {line}: a quoted field is never closed")]
    UnclosedQuote { line: usize },
    #[error(
        "line {line}: a quote inside a field that does not start with one, or text after a closing quote"
    )]
    StrayQuote { line: usize },
    #[error("line {line}: {found} fields where the header has {expected}")]
    TooFewFields {
        line: usize,
        expected: usize,
        found: usize,
    },
    #[error("line {line}: {found} fields where the header has {expected}")]
    TooManyFields {
        line: usize,
        expected: usize,
        found: usize,
    },
    #[error("line {line}: the row names no profession")]
    RowWithoutProfession { line: usize },
    #[error("line {line}: the row has a group or an item but no grade")]
    RowWithoutGrade { line: usize },
    #[error("line {line}: the {column} column differs from an earlier row of the same {column}")]
    ConflictingValue { line: usize, column: &'static str },

    // Outline.
    #[error("line {line}: a grade, group or item before any profession")]
    BeforeProfession { line: usize },
    #[error("line {line}: a group before any grade")]
    GroupBeforeGrade { line: usize },
    #[error("line {line}: an item before any grade")]
    ItemBeforeGrade { line: usize },

    // The content, whatever the format.
    #[error("{at}: more than {MAX_PROFESSIONS} professions")]
    TooManyProfessions { at: Location },
    #[error("{at}: more than {MAX_GRADES} grades in a profession")]
    TooManyGrades { at: Location },
    #[error("{at}: more than {MAX_GROUPS} groups in a grade")]
    TooManyGroups { at: Location },
    #[error("{at}: more than {MAX_ITEMS} items in a group")]
    TooManyItems { at: Location },
    #[error("{at}: more than {} entries in the {list}", list.max())]
    TooManyEntries { at: Location, list: ListKind },
    #[error("{at}: the {field} is empty")]
    EmptyText { at: Location, field: TextField },
    #[error("{at}: the {field} has {chars} characters, more than {}", field.max_chars())]
    TextTooLong {
        at: Location,
        field: TextField,
        chars: usize,
    },
    #[error("{at}: the item is empty")]
    EmptyItem { at: Location },
    #[error("{at}: the item has {chars} characters, more than {MAX_ITEM_CHARS}")]
    ItemTooLong { at: Location, chars: usize },
    #[error("{at}: the group has no items")]
    EmptyGroup { at: Location },
    #[error("{at}: the stack entry {entry:?} holds a comma; list each technology on its own")]
    CommaInStackEntry { at: Location, entry: String },
    #[error("{at}: {kind} id {id:?} is not valid: {}", kind.rule())]
    InvalidId {
        at: Location,
        kind: IdKind,
        id: String,
    },
    #[error("{at}: profession id {id:?} is used twice")]
    DuplicateProfessionId { at: Location, id: String },
    #[error("{at}: grade id {id:?} is used twice in the profession")]
    DuplicateGradeId { at: Location, id: String },
    #[error("{at}: group id {id:?} is used twice in the grade")]
    DuplicateGroupId { at: Location, id: String },
    #[error("{at}: item id {id:?} is used twice in the group")]
    DuplicateItemId { at: Location, id: String },
}

/// Something the import goes ahead with but the preview should show.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FormatWarning {
    #[error("{at}: grade {grade:?} has no items")]
    GradeWithoutItems { at: Location, grade: String },
    #[error("{at}: profession {profession:?} has no grades")]
    ProfessionWithoutGrades { at: Location, profession: String },
    #[error("the column {column:?} is not one the app reads; it is left out")]
    IgnoredColumn { column: String },
    #[error("line {line}: the line fits nowhere in the outline; it is left out")]
    IgnoredLine { line: usize },
}
