//! The members table as CSV (docs/rules.md#team): the same cells the page shows, as text,
//! with the header the page passes in its language.

use crate::catalog::format::{CsvSeparator, to_csv_table};

use super::aggregate::MemberRow;

/// The columns of the CSV, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvColumn {
    Name,
    File,
    Profession,
    Current,
    Target,
    Estimate,
    Progress,
    Projects,
}

pub const CSV_COLUMNS: [CsvColumn; 8] = [
    CsvColumn::Name,
    CsvColumn::File,
    CsvColumn::Profession,
    CsvColumn::Current,
    CsvColumn::Target,
    CsvColumn::Estimate,
    CsvColumn::Progress,
    CsvColumn::Projects,
];

/// The table: `header` names [`CSV_COLUMNS`]; `cell` writes one row's cell of a column as
/// the page shows it, so the file reads like the screen in the user's language.
pub fn members_csv(
    rows: &[MemberRow],
    header: [&str; 8],
    cell: impl Fn(&MemberRow, CsvColumn) -> String,
    separator: CsvSeparator,
) -> String {
    let mut table = Vec::with_capacity(rows.len().saturating_add(1));
    table.push(header.map(str::to_owned).to_vec());
    for row in rows {
        table.push(CSV_COLUMNS.map(|column| cell(row, column)).to_vec());
    }
    to_csv_table(&table, separator)
}
