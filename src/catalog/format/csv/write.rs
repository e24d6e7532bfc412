//! Professions as CSV with every column, quoted as RFC 4180 wants.

use super::{Column, CsvSeparator};
use crate::catalog::{Grade, Item, Profession, SkillGroup};

/// A field as RFC 4180 wants it: quoted when it holds the separator, a quote or a line
/// break (doubling its quotes).
fn field(out: &mut String, value: &str, separator: char) {
    if value.contains([separator, '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// One row's cells, in [`Column::ALL`] order.
fn cells<'a>(
    profession: &'a Profession,
    stack: &'a str,
    grade: Option<&'a Grade>,
    group: Option<&'a SkillGroup>,
    item: Option<&'a Item>,
) -> [&'a str; 14] {
    Column::ALL.map(|column| match column {
        Column::Profession => profession.name.as_str(),
        Column::ProfessionId => profession.id.as_str(),
        Column::Summary => profession.summary.as_deref().unwrap_or_default(),
        Column::Stack => stack,
        Column::Source => profession.source.as_deref().unwrap_or_default(),
        Column::Grade => grade.map_or("", |g| g.title.as_str()),
        Column::GradeId => grade.map_or("", |g| g.id.as_str()),
        Column::GradeDescription => grade
            .and_then(|g| g.description.as_deref())
            .unwrap_or_default(),
        Column::GradeNotes => grade.and_then(|g| g.notes.as_deref()).unwrap_or_default(),
        Column::Group => group.and_then(|g| g.title.as_deref()).unwrap_or_default(),
        Column::GroupId => group.map_or("", |g| g.id.as_str()),
        Column::Note => group.and_then(|g| g.note.as_deref()).unwrap_or_default(),
        Column::Item => item.map_or("", |i| i.text.as_str()),
        Column::ItemId => item.map_or("", |i| i.id.as_str()),
    })
}

fn write_line(out: &mut String, cells: &[&str], separator: char) {
    for (index, value) in cells.iter().enumerate() {
        if index > 0 {
            out.push(separator);
        }
        field(out, value, separator);
    }
    out.push_str("\r\n");
}

/// Any table as CSV the same way: a byte order mark, RFC 4180 quoting, CRLF line ends.
pub(in crate::catalog::format) fn write_table(
    rows: &[Vec<String>],
    separator: CsvSeparator,
) -> String {
    let sep = separator.as_char();
    let mut out = String::from('\u{feff}');
    for row in rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        write_line(&mut out, &cells, sep);
    }
    out
}

/// The professions as CSV with every column, so that reading it back gives the same
/// professions (the glossary aside). Starts with a byte order mark, which spreadsheet
/// programs need to read UTF-8; lines end in CRLF as RFC 4180 has them.
pub(in crate::catalog::format) fn write(
    professions: &[Profession],
    separator: CsvSeparator,
) -> String {
    let sep = separator.as_char();
    let mut out = String::from('\u{feff}');
    write_line(&mut out, &Column::ALL.map(Column::name), sep);
    for profession in professions {
        let stack = profession.stack.join(", ");
        let mut row = |grade, group, item| {
            write_line(
                &mut out,
                &cells(profession, &stack, grade, group, item),
                sep,
            );
        };
        if profession.grades.is_empty() {
            row(None, None, None);
        }
        for grade in &profession.grades {
            if grade.item_count() == 0 {
                row(Some(grade), None, None);
            }
            for group in &grade.groups {
                for item in &group.items {
                    row(Some(grade), Some(group), Some(item));
                }
            }
        }
    }
    out
}
