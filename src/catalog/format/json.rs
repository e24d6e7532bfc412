//! The app's own JSON format (docs/formats.md#matrix-json), described for other tools by
//! `docs/matrix.schema.json`. Read through `serde_json::Value` by hand, so every error can
//! name the JSON path where it is.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::catalog::GlossaryEntry;

use super::error::{FormatError, JsonType, Location};
use super::finish::{DraftGrade, DraftGroup, DraftItem, DraftProfession, Text, finish};
use super::{FORMAT_MARKER, Format, Parsed, VERSION};
use crate::catalog::{Grade, Item, Profession, SkillGroup};

/// `parent.child`, or `child` at the top.
fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_owned()
    } else {
        format!("{parent}.{child}")
    }
}

fn at(path: &str) -> Location {
    Location::Path(path.to_owned())
}

/// An object whose members are all among `known`.
fn object<'a>(
    value: &'a Value,
    path: &str,
    known: &[&str],
) -> Result<&'a Map<String, Value>, FormatError> {
    let Value::Object(map) = value else {
        return Err(FormatError::WrongType {
            at: at(path),
            expected: JsonType::Object,
        });
    };
    if let Some(member) = map.keys().find(|key| !known.contains(&key.as_str())) {
        return Err(FormatError::UnknownMember {
            at: at(path),
            member: member.clone(),
        });
    }
    Ok(map)
}

/// An optional text member; `null` is the same as leaving it out.
fn text(map: &Map<String, Value>, path: &str, key: &str) -> Result<Option<Text>, FormatError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(value)) => Ok(Some(Text::new(value.as_str(), at(&join(path, key))))),
        Some(_) => Err(FormatError::WrongType {
            at: at(&join(path, key)),
            expected: JsonType::Text,
        }),
    }
}

fn required_text(
    map: &Map<String, Value>,
    path: &str,
    key: &'static str,
) -> Result<Text, FormatError> {
    text(map, path, key)?.ok_or_else(|| FormatError::MissingMember {
        at: at(path),
        member: key,
    })
}

/// An optional list member, as its elements.
fn list<'a>(
    map: &'a Map<String, Value>,
    path: &str,
    key: &str,
) -> Result<&'a [Value], FormatError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(values)) => Ok(values),
        Some(_) => Err(FormatError::WrongType {
            at: at(&join(path, key)),
            expected: JsonType::List,
        }),
    }
}

/// Reads matrix JSON: a file with the format marker, one profession, or a list of them.
pub(super) fn parse(text: &str) -> Result<Parsed, FormatError> {
    let value: Value = serde_json::from_str(text).map_err(|error| {
        let (line, column) = (error.line(), error.column());
        if error.is_eof() {
            FormatError::JsonTruncated { line, column }
        } else {
            FormatError::JsonSyntax { line, column }
        }
    })?;
    let drafts = match &value {
        Value::Object(map) if map.contains_key("format") => file(&value)?,
        Value::Object(map)
            if ["id", "name", "grades"]
                .iter()
                .any(|key| map.contains_key(*key)) =>
        {
            vec![profession(&value, "")?]
        }
        Value::Array(values) => professions(values, "")?,
        _ => return Err(FormatError::NotAMatrix),
    };
    let (professions, warnings) = finish(drafts, Vec::new())?;
    Ok(Parsed {
        format: Format::Json,
        professions,
        warnings,
    })
}

fn file(value: &Value) -> Result<Vec<DraftProfession>, FormatError> {
    // The marker first: another app's file (or this app's data export) is named as such,
    // not reported for the members it has.
    match value.get("format") {
        Some(Value::String(marker)) if marker == FORMAT_MARKER => {}
        Some(Value::String(other)) => {
            return Err(FormatError::OtherFormat {
                found: other.clone(),
            });
        }
        _ => {
            return Err(FormatError::WrongType {
                at: at("format"),
                expected: JsonType::Text,
            });
        }
    }
    let map = object(value, "", &["format", "version", "professions"])?;
    match map.get("version") {
        None => {
            return Err(FormatError::MissingMember {
                at: at(""),
                member: "version",
            });
        }
        Some(version) => match version.as_u64() {
            Some(VERSION) => {}
            Some(found) if found > VERSION => return Err(FormatError::NewerVersion { found }),
            _ => {
                return Err(FormatError::WrongType {
                    at: at("version"),
                    expected: JsonType::Version,
                });
            }
        },
    }
    match map.get("professions") {
        Some(Value::Array(values)) => professions(values, "professions"),
        Some(_) => Err(FormatError::WrongType {
            at: at("professions"),
            expected: JsonType::List,
        }),
        None => Err(FormatError::MissingMember {
            at: at(""),
            member: "professions",
        }),
    }
}

fn professions(values: &[Value], path: &str) -> Result<Vec<DraftProfession>, FormatError> {
    values
        .iter()
        .enumerate()
        .map(|(index, value)| profession(value, &format!("{path}[{index}]")))
        .collect()
}

fn profession(value: &Value, path: &str) -> Result<DraftProfession, FormatError> {
    let map = object(
        value,
        path,
        &[
            "id", "name", "summary", "stack", "source", "grades", "glossary",
        ],
    )?;
    let id = text(map, path, "id")?;
    let name = required_text(map, path, "name")?;
    let summary = text(map, path, "summary")?;
    let stack = list(map, path, "stack")?
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let entry_path = join(path, &format!("stack[{index}]"));
            match entry {
                Value::String(value) => Ok(Text::new(value.as_str(), at(&entry_path))),
                _ => Err(FormatError::WrongType {
                    at: at(&entry_path),
                    expected: JsonType::Text,
                }),
            }
        })
        .collect::<Result<_, _>>()?;
    let source = text(map, path, "source")?;
    let grades = list(map, path, "grades")?
        .iter()
        .enumerate()
        .map(|(index, grade_value)| grade(grade_value, &join(path, &format!("grades[{index}]"))))
        .collect::<Result<_, _>>()?;
    let glossary = list(map, path, "glossary")?
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let entry_path = join(path, &format!("glossary[{index}]"));
            let entry = object(entry, &entry_path, &["term", "definition"])?;
            Ok((
                required_text(entry, &entry_path, "term")?,
                required_text(entry, &entry_path, "definition")?,
            ))
        })
        .collect::<Result<_, FormatError>>()?;
    Ok(DraftProfession {
        at: at(path),
        id,
        name,
        summary,
        stack,
        source,
        grades,
        glossary,
    })
}

fn grade(value: &Value, path: &str) -> Result<DraftGrade, FormatError> {
    let map = object(
        value,
        path,
        &[
            "id",
            "level",
            "title",
            "description",
            "notes",
            "skill_groups",
        ],
    )?;
    // `level` is how the built-in files name a grade's id.
    let id = match (text(map, path, "id")?, text(map, path, "level")?) {
        (Some(_), Some(_)) => return Err(FormatError::IdAndLevel { at: at(path) }),
        (id, level) => id.or(level),
    };
    let groups = list(map, path, "skill_groups")?
        .iter()
        .enumerate()
        .map(|(index, group_value)| {
            group(group_value, &join(path, &format!("skill_groups[{index}]")))
        })
        .collect::<Result<_, _>>()?;
    Ok(DraftGrade {
        at: at(path),
        id,
        title: required_text(map, path, "title")?,
        description: text(map, path, "description")?,
        notes: text(map, path, "notes")?,
        groups,
    })
}

fn group(value: &Value, path: &str) -> Result<DraftGroup, FormatError> {
    let map = object(value, path, &["id", "title", "note", "items"])?;
    let items = match map.get("items") {
        Some(Value::Array(values)) => values
            .iter()
            .enumerate()
            .map(|(index, item_value)| item(item_value, &join(path, &format!("items[{index}]"))))
            .collect::<Result<_, _>>()?,
        Some(_) => {
            return Err(FormatError::WrongType {
                at: at(&join(path, "items")),
                expected: JsonType::List,
            });
        }
        None => {
            return Err(FormatError::MissingMember {
                at: at(path),
                member: "items",
            });
        }
    };
    Ok(DraftGroup {
        at: at(path),
        id: text(map, path, "id")?,
        title: text(map, path, "title")?,
        note: text(map, path, "note")?,
        items,
    })
}

/// A text (its id is its position), or `{"id": …, "text": …}`.
fn item(value: &Value, path: &str) -> Result<DraftItem, FormatError> {
    match value {
        Value::String(text) => Ok(DraftItem {
            at: at(path),
            id: None,
            text: Text::new(text.as_str(), at(path)),
        }),
        Value::Object(_) => {
            let map = object(value, path, &["id", "text"])?;
            let id = match map.get("id") {
                None | Some(Value::Null) => None,
                Some(Value::String(id)) => Some(Text::new(id.as_str(), at(&join(path, "id")))),
                Some(Value::Number(number)) if number.is_u64() => {
                    Some(Text::new(number.to_string(), at(&join(path, "id"))))
                }
                Some(_) => {
                    return Err(FormatError::WrongType {
                        at: at(&join(path, "id")),
                        expected: JsonType::Id,
                    });
                }
            };
            Ok(DraftItem {
                at: at(path),
                id,
                text: required_text(map, path, "text")?,
            })
        }
        _ => Err(FormatError::WrongType {
            at: at(path),
            expected: JsonType::TextOrObject,
        }),
    }
}

#[derive(Serialize)]
struct WireFile<'a> {
    format: &'static str,
    version: u64,
    professions: Vec<WireProfession<'a>>,
}

#[derive(Serialize)]
struct WireProfession<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    stack: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    grades: Vec<WireGrade<'a>>,
    #[serde(skip_serializing_if = "<[GlossaryEntry]>::is_empty")]
    glossary: &'a [GlossaryEntry],
}

#[derive(Serialize)]
struct WireGrade<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skill_groups: Vec<WireGroup<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<&'a str>,
}

#[derive(Serialize)]
struct WireGroup<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    items: Vec<WireItem<'a>>,
}

/// An item whose id is its position is written as its text alone, as the built-in files
/// write every item; any other keeps its id.
#[derive(Serialize)]
#[serde(untagged)]
enum WireItem<'a> {
    Text(&'a str),
    Full { id: &'a str, text: &'a str },
}

fn wire(profession: &Profession) -> WireProfession<'_> {
    WireProfession {
        id: &profession.id,
        name: &profession.name,
        summary: profession.summary.as_deref(),
        stack: &profession.stack,
        source: profession.source.as_deref(),
        grades: profession.grades.iter().map(wire_grade).collect(),
        glossary: &profession.glossary,
    }
}

fn wire_grade(grade: &Grade) -> WireGrade<'_> {
    WireGrade {
        id: &grade.id,
        title: &grade.title,
        description: grade.description.as_deref(),
        skill_groups: grade.groups.iter().map(wire_group).collect(),
        notes: grade.notes.as_deref(),
    }
}

fn wire_group(group: &SkillGroup) -> WireGroup<'_> {
    WireGroup {
        id: &group.id,
        title: group.title.as_deref(),
        note: group.note.as_deref(),
        items: group
            .items
            .iter()
            .enumerate()
            .map(|(index, item)| wire_item(index, item))
            .collect(),
    }
}

fn wire_item(index: usize, item: &Item) -> WireItem<'_> {
    if item.id == index.saturating_add(1).to_string() {
        WireItem::Text(&item.text)
    } else {
        WireItem::Full {
            id: &item.id,
            text: &item.text,
        }
    }
}

/// The professions as a matrix file, pretty-printed.
pub(super) fn write(professions: &[Profession]) -> String {
    let file = WireFile {
        format: FORMAT_MARKER,
        version: VERSION,
        professions: professions.iter().map(wire).collect(),
    };
    // Plain structs of strings always serialise; the fallback is never taken.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}
