//! Matrices of the user's own: the interchange model and its three file formats — the app's
//! JSON, CSV and a text outline (docs/formats.md#your-own-matrices).
//!
//! Every parser takes any input without panicking and returns the professions with
//! warnings, or the first thing wrong, naming the line or the JSON path. The flow an import
//! follows:
//! 1. [`check_size`] with the file's size before reading it;
//! 2. [`parse`] the bytes (or [`parse_text`] pasted text): the format is [`detect`]ed from
//!    the content;
//! 3. show the [`Parsed`] professions and warnings, and store them on confirmation.
//!
//! Export writes [`to_json`], [`to_csv`] or [`to_markdown`]; reading any of them back gives
//! the same grades, groups and items.
//!
//! Arithmetic here only counts lines and positions of an input of at most 1 MiB, so it
//! cannot overflow; indexing is denied so that no slice access can panic.
#![deny(clippy::indexing_slicing)]

use crate::catalog::Profession;

mod csv;
mod error;
mod finish;
mod ids;
mod json;
mod outline;

pub use csv::CsvSeparator;
pub use error::{FormatError, FormatWarning, IdKind, JsonType, ListKind, Location, TextField};
pub use finish::clean as clean_text;
pub use ids::{
    free_id, grade_base, group_base, is_id, is_profession_id, level_named, profession_base, slug,
};

/// The `format` member of a matrix file.
pub const FORMAT_MARKER: &str = "grades-matrix";
/// The `version` member this app writes and the highest it reads.
pub const VERSION: u64 = 1;

/// Larger inputs are refused before they are read: 1 MiB.
pub const MAX_BYTES: u64 = 1_048_576;
pub const MAX_PROFESSIONS: usize = 50;
pub const MAX_GRADES: usize = 20;
pub const MAX_GROUPS: usize = 20;
pub const MAX_ITEMS: usize = 200;
/// Characters of an item.
pub const MAX_ITEM_CHARS: usize = 1000;
/// Characters of a name, a title, a stack entry, a source or a glossary term.
pub const MAX_NAME_CHARS: usize = 200;
/// Characters of a summary, a description, notes or a glossary definition.
pub const MAX_TEXT_CHARS: usize = 1000;
pub const MAX_STACK: usize = 50;
pub const MAX_GLOSSARY: usize = 200;
pub const MAX_ID_CHARS: usize = 64;

/// Which format an input was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Outline,
}

/// What an import would add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub format: Format,
    pub professions: Vec<Profession>,
    pub warnings: Vec<FormatWarning>,
}

/// Refuses an input over [`MAX_BYTES`]; call it with a file's size before reading it.
pub fn check_size(bytes: u64) -> Result<(), FormatError> {
    if bytes > MAX_BYTES {
        Err(FormatError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// Reads a file's bytes: size, UTF-8 (with or without a byte order mark), then the format
/// detected from the content.
pub fn parse(bytes: &[u8]) -> Result<Parsed, FormatError> {
    check_size(u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
        let breaks = valid.iter().filter(|&&b| b == b'\n').count();
        FormatError::NotUtf8 {
            line: breaks.saturating_add(1),
        }
    })?;
    parse_text(text)
}

/// Reads text (pasted, or a file already decoded), in the format detected from it.
pub fn parse_text(text: &str) -> Result<Parsed, FormatError> {
    let text = prepare(text)?;
    match detect(text) {
        Format::Json => json::parse(text),
        Format::Csv => csv::parse(text),
        Format::Outline => outline::parse(text),
    }
}

/// Reads text as matrix JSON, whatever it looks like.
pub fn parse_json(text: &str) -> Result<Parsed, FormatError> {
    json::parse(prepare(text)?)
}

/// Reads text as matrix CSV, whatever it looks like.
pub fn parse_csv(text: &str) -> Result<Parsed, FormatError> {
    csv::parse(prepare(text)?)
}

/// Reads text as an outline, whatever it looks like.
pub fn parse_outline(text: &str) -> Result<Parsed, FormatError> {
    outline::parse(prepare(text)?)
}

/// The size check, without a byte order mark, and not blank.
fn prepare(text: &str) -> Result<&str, FormatError> {
    check_size(u64::try_from(text.len()).unwrap_or(u64::MAX))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FormatError::Empty);
    }
    Ok(text)
}

/// JSON when the text starts with `{` or `[`; CSV when its first line is a header naming
/// at least two of the CSV columns; an outline otherwise (docs/formats.md#matrix-detection).
pub fn detect(text: &str) -> Format {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim_start();
    if text.starts_with(['{', '[']) {
        return Format::Json;
    }
    let first_line = text.lines().next().unwrap_or_default();
    if csv::header_separator(first_line).is_some() {
        Format::Csv
    } else {
        Format::Outline
    }
}

/// The professions as a matrix file: `{"format": "grades-matrix", "version": 1,
/// "professions": […]}`, pretty-printed.
pub fn to_json(professions: &[Profession]) -> String {
    json::write(professions)
}

/// The professions as CSV with every column (the glossary is left out).
pub fn to_csv(professions: &[Profession], separator: CsvSeparator) -> String {
    csv::write(professions, separator)
}

/// Any table (first row the header) as CSV written like [`to_csv`]: with a byte order mark,
/// so spreadsheets read it as UTF-8.
pub fn to_csv_table(rows: &[Vec<String>], separator: CsvSeparator) -> String {
    csv::write_table(rows, separator)
}

/// The professions as a Markdown outline (the glossary is left out).
pub fn to_markdown(professions: &[Profession]) -> String {
    outline::write(professions)
}

/// Checks professions as an import would (for an editor to call before saving or
/// exporting): the first thing wrong, with its place as a JSON path, or the warnings.
/// Texts are expected cleaned ([`clean_text`]); ids must all be given.
pub fn validate(professions: &[Profession]) -> Result<Vec<FormatWarning>, FormatError> {
    let parsed = json::parse(&json::write(professions))?;
    Ok(parsed.warnings)
}
