//! Sorting the members table by a column.

use std::cmp::Ordering;

use crate::catalog::fold;

use super::aggregate::{GradeRef, MemberRow};

/// A column of the members table it can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Name,
    Profession,
    Current,
    Target,
    Estimate,
    Progress,
}

impl SortColumn {
    pub const ALL: [Self; 6] = [
        Self::Name,
        Self::Profession,
        Self::Current,
        Self::Target,
        Self::Estimate,
        Self::Progress,
    ];
}

fn grade_rank(grade: Option<&GradeRef>) -> (u8, usize, String) {
    match grade {
        None => (0, 0, String::new()),
        Some(GradeRef {
            position: Some(position),
            ..
        }) => (2, *position, String::new()),
        Some(grade) => (1, 0, grade.id.clone()),
    }
}

/// Sorts the rows by a column (stable; ties keep the order loaded), descending when asked.
pub fn sort_rows(rows: &mut [MemberRow], column: SortColumn, descending: bool) {
    let compare = |a: &MemberRow, b: &MemberRow| -> Ordering {
        match column {
            SortColumn::Name => fold(&a.name).cmp(&fold(&b.name)),
            SortColumn::Profession => {
                let name = |r: &MemberRow| {
                    r.profession
                        .as_ref()
                        .map(|p| fold(p.name.as_deref().unwrap_or(&p.id)))
                };
                name(a).cmp(&name(b))
            }
            SortColumn::Current => {
                grade_rank(a.current.as_ref()).cmp(&grade_rank(b.current.as_ref()))
            }
            SortColumn::Target => grade_rank(a.target.as_ref()).cmp(&grade_rank(b.target.as_ref())),
            SortColumn::Estimate => a.estimate.rank().cmp(&b.estimate.rank()),
            SortColumn::Progress => {
                let rank = |r: &MemberRow| r.progress.map(|p| (p.percent(), p.ticked));
                rank(a).cmp(&rank(b))
            }
        }
    };
    rows.sort_by(|a, b| {
        let order = compare(a, b);
        if descending { order.reverse() } else { order }
    });
}
