//! Edits inside one profession: grades, groups and items added, removed and moved, each
//! within the limits, with ids that never change once given (docs/rules.md#own-matrices).

use crate::catalog::format::{
    MAX_GRADES, MAX_GROUPS, MAX_ITEM_CHARS, MAX_ITEMS, free_id, grade_base, group_base,
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
