//! Ids: which are valid, and the ones given to whatever a file leaves without one
//! (docs/formats.md#matrix-ids). The same input always gets the same ids.

use std::collections::HashSet;

use crate::catalog::GradeLevel;

use super::MAX_ID_CHARS;

/// Derived slugs stay shorter than the limit so a `-2` suffix still fits.
const MAX_SLUG_CHARS: usize = 48;

/// A profession id: lowercase latin letters and digits in words joined by single dashes,
/// like the built-in ids, safe in URLs and storage keys.
pub fn is_profession_id(id: &str) -> bool {
    id.len() <= MAX_ID_CHARS
        && !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A grade, group or item id: lowercase latin letters, digits, `-`, `+` and `_`, starting
/// with a letter or digit (`junior+`, `soft`, `12`). Never a `/`, which joins item keys.
pub fn is_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    id.len() <= MAX_ID_CHARS
        && bytes
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-+_".contains(&b))
}

/// Latin letters for a lowercase Cyrillic letter, by the usual passport-style reading
/// (`ж` → `zh`, `щ` → `shch`); signs give nothing.
fn transliterate(c: char) -> Option<&'static str> {
    const TABLE: [&str; 32] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ];
    match c {
        // yo reads as e, as most people type it.
        '\u{451}' => Some("e"),
        '\u{430}'..='\u{44F}' => TABLE
            .get(usize::try_from(u32::from(c) - 0x430).ok()?)
            .copied(),
        _ => None,
    }
}

/// Lowercase latin letters and digits of `text`, every other run of characters one dash:
/// `Python-разработчик` → `python-razrabotchik`. Empty when nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    fn push(out: &mut String, piece: &str, dash: &mut bool) {
        if *dash && !out.is_empty() {
            out.push('-');
        }
        *dash = false;
        out.push_str(piece);
    }
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            push(&mut out, c.encode_utf8(&mut [0; 4]), &mut dash);
        } else if let Some(latin) = transliterate(c) {
            // A soft or hard sign adds nothing, not even a break.
            if !latin.is_empty() {
                push(&mut out, latin, &mut dash);
            }
        } else {
            dash = true;
        }
    }
    // ASCII only, so cutting at a byte count is cutting at a character.
    out.truncate(MAX_SLUG_CHARS);
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// What a grade title says, for recognising level names: lowercase latin letters, digits
/// and `+` only, Cyrillic transliterated (`Джун+` → `dzhun+`).
fn compact(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '+' {
            out.push(c);
        } else if let Some(latin) = transliterate(c) {
            out.push_str(latin);
        }
    }
    out
}

/// The level a grade title names in English or Russian (`Junior`, `Джун+`, `Синьор`,
/// `Стажёр`, `Тимлид`), written in latin letters so the code holds no Russian text.
pub fn level_named(title: &str) -> Option<GradeLevel> {
    const NAMES: [(GradeLevel, &[&str]); 8] = [
        (GradeLevel::Intern, &["intern", "trainee", "stazher"]),
        (GradeLevel::Junior, &["junior", "dzhun", "dzhunior"]),
        (GradeLevel::JuniorPlus, &["junior+", "dzhun+", "dzhunior+"]),
        (GradeLevel::Middle, &["middle", "midl", "middl"]),
        (GradeLevel::MiddlePlus, &["middle+", "midl+", "middl+"]),
        (GradeLevel::Senior, &["senior", "sinor", "senor"]),
        (GradeLevel::SeniorPlus, &["senior+", "sinor+", "senor+"]),
        (
            GradeLevel::Lead,
            &["lead", "teamlead", "techlead", "lid", "timlid", "tekhlid"],
        ),
    ];
    let key = compact(title);
    NAMES
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(level, _)| *level)
}

/// The id a profession without one gets: the slug of its name, or `matrix`.
pub fn profession_base(name: &str) -> String {
    let slug = slug(name);
    if slug.is_empty() {
        "matrix".to_owned()
    } else {
        slug
    }
}

/// The id a grade without one gets: the level its title names, else the slug of the
/// title, else `grade-{position}` (1-based).
pub fn grade_base(title: &str, position: usize) -> String {
    if let Some(level) = level_named(title) {
        return level.as_str().to_owned();
    }
    let slug = slug(title);
    if slug.is_empty() {
        format!("grade-{position}")
    } else {
        slug
    }
}

/// The id a group without one gets: `summary` when it has no title (as the built-in
/// matrices name their untitled lists), else the slug of the title without a trailing
/// `skills` word (`Soft Skills` → `soft`), else `group-{position}`.
pub fn group_base(title: Option<&str>, position: usize) -> String {
    let Some(title) = title else {
        return "summary".to_owned();
    };
    let slug = slug(title);
    let slug = match slug.strip_suffix("-skills") {
        Some(stem) if !stem.is_empty() => stem.to_owned(),
        _ => slug,
    };
    if slug.is_empty() {
        format!("group-{position}")
    } else {
        slug
    }
}

/// `base`, or `base-2`, `base-3` … whichever is first not `taken`. The lead's code uses it
/// to give an imported profession a new id when a built-in one has its id.
pub fn free_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2_u32..=u32::MAX)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| base.to_owned())
}

/// The id an item without one gets: its 1-based position in the group; when an item with
/// an explicit id holds that number, one more than the largest number in use.
pub fn item_id(position: usize, taken: &HashSet<String>) -> String {
    let own = position.to_string();
    if !taken.contains(&own) {
        return own;
    }
    let largest = taken
        .iter()
        .filter_map(|id| id.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    free_number(largest, taken)
}

fn free_number(after: u64, taken: &HashSet<String>) -> String {
    (after.saturating_add(1)..=u64::MAX)
        .map(|n| n.to_string())
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| after.to_string())
}
