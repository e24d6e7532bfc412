//! Edits inside one profession: grades, groups and items added, removed and moved, each
//! within the limits, with ids that never change once given (docs/rules.md#own-matrices).

use crate::catalog::format::{
    MAX_GRADES, MAX_GROUPS, MAX_ITEM_CHARS, MAX_ITEMS, MAX_NAME_CHARS, free_id, grade_base,
    group_base,
};
use crate::catalog::{Grade, Item, Profession, SkillGroup, item_key};

use super::LimitReached;

/// Where a group or an item sits: grade, group and item positions, from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Place {
    pub grade: usize,
    pub group: usize,
    pub item: usize,
}

/// What is wrong with the text of a field, shown next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    Empty,
    TooLong { max: usize },
}

/// Checks a field's text: `required` fields may not be blank, and none may pass `max`
/// characters. The text itself is kept as typed either way.
pub fn check_text(text: &str, max: usize, required: bool) -> Option<FieldProblem> {
    if required && text.trim().is_empty() {
        Some(FieldProblem::Empty)
    } else if text.chars().count() > max {
        Some(FieldProblem::TooLong { max })
    } else {
        None
    }
}

/// Adds a grade on top of the ladder; returns its id.
pub fn add_grade(profession: &mut Profession, title: &str) -> Result<String, LimitReached> {
    if profession.grades.len() >= MAX_GRADES {
        return Err(LimitReached::Grades);
    }
    let base = grade_base(title, profession.grades.len().saturating_add(1));
    let id = free_id(&base, |id| profession.grade(id).is_some());
    profession.grades.push(Grade {
        id: id.clone(),
        title: title.to_owned(),
        ..Grade::default()
    });
    Ok(id)
}

/// Removes a grade; returns it with the self-assessment keys of its items, whose ticks go
/// with it.
pub fn remove_grade(profession: &mut Profession, grade: usize) -> Option<(Grade, Vec<String>)> {
    if grade >= profession.grades.len() {
        return None;
    }
    let removed = profession.grades.remove(grade);
    let keys = removed
        .groups
        .iter()
        .flat_map(|group| {
            group
                .items
                .iter()
                .map(|item| item_key(&profession.id, &removed.id, &group.id, &item.id))
        })
        .collect();
    Some((removed, keys))
}

/// Moves a grade to position `to`; false when either position is out of range.
pub fn move_grade(profession: &mut Profession, from: usize, to: usize) -> bool {
    move_within(&mut profession.grades, from, to)
}

/// Adds a group at the end of a grade; returns its position.
pub fn add_group(
    profession: &mut Profession,
    grade: usize,
    title: &str,
) -> Result<usize, LimitReached> {
    let Some(grade) = profession.grades.get_mut(grade) else {
        return Ok(0);
    };
    if grade.groups.len() >= MAX_GROUPS {
        return Err(LimitReached::Groups);
    }
    let title = Some(title.to_owned()).filter(|t| !t.trim().is_empty());
    let base = group_base(title.as_deref(), grade.groups.len().saturating_add(1));
    let id = free_id(&base, |id| grade.groups.iter().any(|g| g.id == id));
    grade.groups.push(SkillGroup {
        id,
        title,
        ..SkillGroup::default()
    });
    Ok(grade.groups.len().saturating_sub(1))
}

/// Removes a group; returns the keys of its items.
pub fn remove_group(profession: &mut Profession, place: Place) -> Option<Vec<String>> {
    let grade = profession.grades.get_mut(place.grade)?;
    if place.group >= grade.groups.len() {
        return None;
    }
    let group = grade.groups.remove(place.group);
    Some(
        group
            .items
            .iter()
            .map(|item| item_key(&profession.id, &grade.id, &group.id, &item.id))
            .collect(),
    )
}

pub fn move_group(profession: &mut Profession, grade: usize, from: usize, to: usize) -> bool {
    profession
        .grades
        .get_mut(grade)
        .is_some_and(|grade| move_within(&mut grade.groups, from, to))
}

/// Adds an item at the end of a group; returns its position. Its id is new to the group,
/// so no tick left by a removed item lands on it.
pub fn add_item(
    profession: &mut Profession,
    place: Place,
    text: &str,
) -> Result<usize, LimitReached> {
    let Some(group) = profession
        .grades
        .get_mut(place.grade)
        .and_then(|grade| grade.groups.get_mut(place.group))
    else {
        return Ok(0);
    };
    if group.items.len() >= MAX_ITEMS {
        return Err(LimitReached::Items);
    }
    let text: String = text
        .chars()
        .take(MAX_ITEM_CHARS.saturating_add(1))
        .collect();
    group.items.push(Item {
        id: group.next_item_id(),
        text,
    });
    Ok(group.items.len().saturating_sub(1))
}

/// Removes an item; returns its key.
pub fn remove_item(profession: &mut Profession, place: Place) -> Option<String> {
    let grade = profession.grades.get_mut(place.grade)?;
    let group = grade.groups.get_mut(place.group)?;
    if place.item >= group.items.len() {
        return None;
    }
    let item = group.items.remove(place.item);
    Some(item_key(&profession.id, &grade.id, &group.id, &item.id))
}

pub fn move_item(profession: &mut Profession, place: Place, to: usize) -> bool {
    profession
        .grades
        .get_mut(place.grade)
        .and_then(|grade| grade.groups.get_mut(place.group))
        .is_some_and(|group| move_within(&mut group.items, place.item, to))
}

fn move_within<T>(list: &mut Vec<T>, from: usize, to: usize) -> bool {
    if from >= list.len() || to >= list.len() {
        return false;
    }
    let moved = list.remove(from);
    list.insert(to, moved);
    true
}

/// Where in a profession a problem is, by position from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    Name,
    Summary,
    StackEntry(usize),
    GradeTitle(usize),
    GradeText(usize),
    GroupTitle(usize, usize),
    GroupNote(usize, usize),
    /// A group with no items: a file needs at least one.
    GroupEmpty(usize, usize),
    Item(usize, usize, usize),
}

/// The first field of a profession a file could not carry, in the editor's order, with what
/// is wrong there; `None` when export and share can go ahead (as far as the editor's fields
/// go: ids are the editor's own and always valid).
pub fn first_problem(profession: &Profession) -> Option<(Spot, FieldProblem)> {
    use crate::catalog::format::MAX_TEXT_CHARS;
    let check =
        |text: &str, max, required, spot| check_text(text, max, required).map(|p| (spot, p));
    let optional = |text: &Option<String>, max, spot| {
        text.as_deref()
            .and_then(|t| check_text(t, max, false).map(|p| (spot, p)))
    };
    check(&profession.name, MAX_NAME_CHARS, true, Spot::Name)
        .or_else(|| optional(&profession.summary, MAX_TEXT_CHARS, Spot::Summary))
        .or_else(|| {
            profession
                .stack
                .iter()
                .enumerate()
                .find_map(|(n, entry)| check(entry, MAX_NAME_CHARS, true, Spot::StackEntry(n)))
        })
        .or_else(|| {
            profession.grades.iter().enumerate().find_map(|(g, grade)| {
                check(&grade.title, MAX_NAME_CHARS, true, Spot::GradeTitle(g))
                    .or_else(|| optional(&grade.description, MAX_TEXT_CHARS, Spot::GradeText(g)))
                    .or_else(|| optional(&grade.notes, MAX_TEXT_CHARS, Spot::GradeText(g)))
                    .or_else(|| {
                        grade.groups.iter().enumerate().find_map(|(s, group)| {
                            optional(&group.title, MAX_NAME_CHARS, Spot::GroupTitle(g, s))
                                .or_else(|| {
                                    optional(&group.note, MAX_TEXT_CHARS, Spot::GroupNote(g, s))
                                })
                                .or_else(|| {
                                    group
                                        .items
                                        .is_empty()
                                        .then_some((Spot::GroupEmpty(g, s), FieldProblem::Empty))
                                })
                                .or_else(|| {
                                    group.items.iter().enumerate().find_map(|(i, item)| {
                                        check(&item.text, MAX_ITEM_CHARS, true, Spot::Item(g, s, i))
                                    })
                                })
                        })
                    })
            })
        })
}
