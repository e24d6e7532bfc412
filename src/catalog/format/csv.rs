//! CSV, one row per item (docs/formats.md#matrix-csv): RFC 4180 quoting, `,` or `;` as
//! spreadsheets in Russian locales write it, UTF-8 with or without a byte order mark.

use std::collections::HashMap;

use super::error::{FormatError, FormatWarning, Location};
use super::finish::{DraftGrade, DraftGroup, DraftItem, DraftProfession, Text, cleaned, finish};
use super::{Format, Parsed};

mod reader;
mod write;

use reader::{Reader, Record};
pub(super) use write::{write, write_table};

/// The columns the app reads, in the order it writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Column {
    Profession,
    Grade,
    Group,
    Item,
    Summary,
    Stack,
    Note,
    Source,
    GradeDescription,
    GradeNotes,
    ProfessionId,
    GradeId,
    GroupId,
    ItemId,
}

impl Column {
    const ALL: [Self; 14] = [
        Self::Profession,
        Self::Grade,
        Self::Group,
        Self::Item,
        Self::Summary,
        Self::Stack,
        Self::Note,
        Self::Source,
        Self::GradeDescription,
        Self::GradeNotes,
        Self::ProfessionId,
        Self::GradeId,
        Self::GroupId,
        Self::ItemId,
    ];

    const REQUIRED: [Self; 4] = [Self::Profession, Self::Grade, Self::Group, Self::Item];

    const fn name(self) -> &'static str {
        match self {
            Self::Profession => "profession",
            Self::Grade => "grade",
            Self::Group => "group",
            Self::Item => "item",
            Self::Summary => "summary",
            Self::Stack => "stack",
            Self::Note => "note",
            Self::Source => "source",
            Self::GradeDescription => "grade_description",
            Self::GradeNotes => "grade_notes",
            Self::ProfessionId => "profession_id",
            Self::GradeId => "grade_id",
            Self::GroupId => "group_id",
            Self::ItemId => "item_id",
        }
    }

    fn named(name: &str) -> Option<Self> {
        let name = name.trim().to_lowercase();
        Self::ALL.into_iter().find(|column| column.name() == name)
    }
}

/// The field separator: `,`, or `;` as spreadsheets in Russian locales write it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CsvSeparator {
    #[default]
    Comma,
    Semicolon,
}

impl CsvSeparator {
    pub const fn as_char(self) -> char {
        match self {
            Self::Comma => ',',
            Self::Semicolon => ';',
        }
    }
}

/// How many cells of a first line name a column, split on `separator` (quotes dropped).
fn known_columns(line: &str, separator: char) -> usize {
    line.split(separator)
        .filter(|cell| Column::named(cell.trim().trim_matches('"')).is_some())
        .count()
}

/// The separator of a header line: the one that splits it into more column names.
/// `None` when neither finds two: then the text is not this app's CSV.
pub(super) fn header_separator(first_line: &str) -> Option<CsvSeparator> {
    let comma = known_columns(first_line, ',');
    let semicolon = known_columns(first_line, ';');
    if comma.max(semicolon) < 2 {
        None
    } else if semicolon > comma {
        Some(CsvSeparator::Semicolon)
    } else {
        Some(CsvSeparator::Comma)
    }
}

/// Where each column is in a row.
struct Header {
    positions: HashMap<Column, usize>,
    width: usize,
}

impl Header {
    fn read(fields: &[String], warnings: &mut Vec<FormatWarning>) -> Result<Self, FormatError> {
        let mut positions = HashMap::new();
        for (index, name) in fields.iter().enumerate() {
            match Column::named(name) {
                Some(column) => {
                    if positions.insert(column, index).is_some() {
                        return Err(FormatError::DuplicateColumn {
                            column: column.name().to_owned(),
                        });
                    }
                }
                None => warnings.push(FormatWarning::IgnoredColumn {
                    column: name.trim().to_owned(),
                }),
            }
        }
        if let Some(missing) = Column::REQUIRED
            .into_iter()
            .find(|column| !positions.contains_key(column))
        {
            return Err(FormatError::MissingColumn {
                column: missing.name(),
            });
        }
        Ok(Self {
            positions,
            width: fields.len(),
        })
    }

    /// The row's cell in `column`; empty when the header has no such column.
    fn cell<'a>(&self, fields: &'a [String], column: Column) -> &'a str {
        self.positions
            .get(&column)
            .and_then(|&index| fields.get(index))
            .map_or("", String::as_str)
    }
}

/// A draft with the lookups that place later rows into it.
struct Building {
    draft: DraftProfession,
    /// The stack cell as first read, to compare later rows with.
    stack: String,
    grades: HashMap<String, usize>,
    /// For each grade, its groups by key.
    groups: Vec<HashMap<String, usize>>,
}

/// Rows of one thing are found again by id when the row has one, else by its text.
fn key(id: &str, text: &str) -> String {
    let id = id.trim();
    if id.is_empty() {
        format!("={}", cleaned(text))
    } else {
        format!("#{id}")
    }
}

/// Keeps the first non-empty value of a repeated cell; a later different one is an error.
fn merge(
    slot: &mut Option<Text>,
    value: &str,
    line: usize,
    column: Column,
) -> Result<(), FormatError> {
    let value_cleaned = cleaned(value);
    if value_cleaned.is_empty() {
        return Ok(());
    }
    match slot {
        Some(existing) if cleaned(&existing.value) != value_cleaned => {
            Err(FormatError::ConflictingValue {
                line,
                column: column.name(),
            })
        }
        Some(_) => Ok(()),
        None => {
            *slot = Some(Text::new(value, Location::Line(line)));
            Ok(())
        }
    }
}

/// Like [`merge`] for a text that is always there (a name, a title), possibly empty.
fn merge_required(
    slot: &mut Text,
    value: &str,
    line: usize,
    column: Column,
) -> Result<(), FormatError> {
    let value_cleaned = cleaned(value);
    if value_cleaned.is_empty() {
        return Ok(());
    }
    if cleaned(&slot.value).is_empty() {
        *slot = Text::new(value, Location::Line(line));
        return Ok(());
    }
    if cleaned(&slot.value) != value_cleaned {
        return Err(FormatError::ConflictingValue {
            line,
            column: column.name(),
        });
    }
    Ok(())
}

fn some_id(id: &str, line: usize) -> Option<Text> {
    (!id.trim().is_empty()).then(|| Text::new(id, Location::Line(line)))
}

pub(super) fn parse(text: &str) -> Result<Parsed, FormatError> {
    let first_line = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default();
    let separator = header_separator(first_line).unwrap_or_default();
    let mut warnings = Vec::new();
    let mut records = Reader::new(text, separator.as_char())
        .filter(|record| !matches!(record, Ok(r) if r.fields.iter().all(|f| f.trim().is_empty())));
    let header = match records.next() {
        Some(record) => Header::read(&record?.fields, &mut warnings)?,
        None => return Err(FormatError::Empty),
    };
    let mut professions: Vec<Building> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for record in records {
        let Record { line, fields } = record?;
        row(&header, line, &fields, &mut professions, &mut by_key)?;
    }
    let drafts = professions.into_iter().map(|b| b.draft).collect();
    let (professions, warnings) = finish(drafts, warnings)?;
    Ok(Parsed {
        format: Format::Csv,
        professions,
        warnings,
    })
}

fn row(
    header: &Header,
    line: usize,
    fields: &[String],
    professions: &mut Vec<Building>,
    by_key: &mut HashMap<String, usize>,
) -> Result<(), FormatError> {
    let found = fields.len();
    if found < header.width {
        return Err(FormatError::TooFewFields {
            line,
            expected: header.width,
            found,
        });
    }
    // Spreadsheets pad rows with empty cells; anything else past the header is a slip.
    if fields
        .get(header.width..)
        .is_some_and(|extra| extra.iter().any(|f| !f.trim().is_empty()))
    {
        return Err(FormatError::TooManyFields {
            line,
            expected: header.width,
            found,
        });
    }
    let cell = |column| header.cell(fields, column);
    let at = Location::Line(line);

    let (name, profession_id) = (cell(Column::Profession), cell(Column::ProfessionId));
    if cleaned(name).is_empty() && profession_id.trim().is_empty() {
        return Err(FormatError::RowWithoutProfession { line });
    }
    let profession_key = key(profession_id, name);
    let index = match by_key.get(&profession_key) {
        Some(&index) => index,
        None => {
            professions.push(Building {
                draft: DraftProfession {
                    at: at.clone(),
                    id: some_id(profession_id, line),
                    name: Text::new(name, at.clone()),
                    summary: None,
                    stack: Vec::new(),
                    source: None,
                    grades: Vec::new(),
                    glossary: Vec::new(),
                },
                stack: String::new(),
                grades: HashMap::new(),
                groups: Vec::new(),
            });
            let index = professions.len().saturating_sub(1);
            by_key.insert(profession_key, index);
            index
        }
    };
    let Some(building) = professions.get_mut(index) else {
        return Ok(());
    };
    let profession = &mut building.draft;
    merge_required(&mut profession.name, name, line, Column::Profession)?;
    merge(
        &mut profession.summary,
        cell(Column::Summary),
        line,
        Column::Summary,
    )?;
    merge(
        &mut profession.source,
        cell(Column::Source),
        line,
        Column::Source,
    )?;
    let stack = cleaned(cell(Column::Stack));
    if !stack.is_empty() {
        if building.stack.is_empty() {
            building.stack = stack.clone().into_owned();
            profession.stack = stack
                .split(',')
                .map(|entry| Text::new(entry, at.clone()))
                .collect();
        } else if building.stack != *stack {
            return Err(FormatError::ConflictingValue {
                line,
                column: Column::Stack.name(),
            });
        }
    }

    let (title, grade_id) = (cell(Column::Grade), cell(Column::GradeId));
    let (group_title, group_id) = (cell(Column::Group), cell(Column::GroupId));
    let (item, item_id) = (cell(Column::Item), cell(Column::ItemId));
    let blank = |value: &str| value.trim().is_empty();
    if blank(title) && blank(grade_id) {
        if [group_title, group_id, item, item_id]
            .iter()
            .any(|v| !blank(v))
        {
            return Err(FormatError::RowWithoutGrade { line });
        }
        return Ok(());
    }
    let grade_key = key(grade_id, title);
    let grade_index = match building.grades.get(&grade_key) {
        Some(&grade_index) => grade_index,
        None => {
            profession.grades.push(DraftGrade {
                at: at.clone(),
                id: some_id(grade_id, line),
                title: Text::new(title, at.clone()),
                description: None,
                notes: None,
                groups: Vec::new(),
            });
            let grade_index = profession.grades.len().saturating_sub(1);
            building.grades.insert(grade_key, grade_index);
            building.groups.push(HashMap::new());
            grade_index
        }
    };
    let Some(grade) = profession.grades.get_mut(grade_index) else {
        return Ok(());
    };
    merge_required(&mut grade.title, title, line, Column::Grade)?;
    merge(
        &mut grade.description,
        cell(Column::GradeDescription),
        line,
        Column::GradeDescription,
    )?;
    merge(
        &mut grade.notes,
        cell(Column::GradeNotes),
        line,
        Column::GradeNotes,
    )?;

    if blank(item) && blank(item_id) {
        if blank(group_title) && blank(group_id) {
            // A grade with nothing in it yet.
            return Ok(());
        }
        return Err(FormatError::EmptyItem { at });
    }
    let Some(groups) = building.groups.get_mut(grade_index) else {
        return Ok(());
    };
    let group_key = key(group_id, group_title);
    let group_index = match groups.get(&group_key) {
        Some(&group_index) => group_index,
        None => {
            grade.groups.push(DraftGroup {
                at: at.clone(),
                id: some_id(group_id, line),
                title: None,
                note: None,
                items: Vec::new(),
            });
            let group_index = grade.groups.len().saturating_sub(1);
            groups.insert(group_key, group_index);
            group_index
        }
    };
    let Some(group) = grade.groups.get_mut(group_index) else {
        return Ok(());
    };
    merge(&mut group.title, group_title, line, Column::Group)?;
    merge(&mut group.note, cell(Column::Note), line, Column::Note)?;
    group.items.push(DraftItem {
        at: at.clone(),
        id: some_id(item_id, line),
        text: Text::new(item, at),
    });
    Ok(())
}
