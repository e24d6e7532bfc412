//! Laws of the matrix formats, checked by proptest on 1000 generated cases each: no input
//! makes a parser panic, whatever a parser accepts survives every exporter, and any valid
//! set of professions reads back from each exporter unchanged.

use std::collections::HashSet;

use grades::catalog::GlossaryEntry;
use grades::catalog::format::{self, CsvSeparator, Parsed, clean_text, free_id};
use grades::catalog::{Grade, Item, Profession, SkillGroup};
use grades::i18n::Localize;
use grades::lang::Lang;
use proptest::prelude::*;

const CASES: u32 = 1000;

/// Letters of both alphabets, digits, spaces (a no-break one too) and every character that
/// means something in one of the formats.
const TRICKY: &str = "[a-zA-Zа-яА-ЯёЁ0-9 ,;:\"'#*(){}>.|+_\\-\n\t\u{a0}\u{2014}]";

fn raw_text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::string::string_regex(&format!("{TRICKY}{{1,{max}}}")).unwrap(),
        2 => proptest::string::string_regex(&format!("\\PC{{1,{max}}}")).unwrap(),
        // Texts that look like outline syntax, which the Markdown writer must keep as text.
        1 => prop_oneof![
            Just("---".to_owned()),
            Just("```".to_owned()),
            Just("* * *".to_owned()),
            Just("| a | b |".to_owned()),
            "[a-z]{1,5}:",
            "[0-9]{1,2}[.)] [a-z]{1,5}",
            "[-*+] [a-z]{1,5}",
            "\\*\\*[a-z]{1,5}\\*\\* [—:-] [a-z]{1,3}, [a-z]{1,3}",
            "(Stack|Source|Стек|stack): [a-z]{1,5}",
            "> [a-z]{1,4}",
            "\\([a-z ()]{1,8}\\)",
            "#{1,7} ?[a-z]{0,4}",
            "[a-z]{1,5} \\{#[a-z0-9+]{1,4}\\}",
            "\\{#[a-z0-9]{1,4}\\}",
            "[a-z]{1,3}\\{#[a-z]{1,3}\\}",
        ],
    ]
}

/// A text as the model holds it: cleaned and not empty.
fn text(max: usize) -> impl Strategy<Value = String> {
    raw_text(max)
        .prop_map(|raw| clean_text(&raw))
        .prop_filter("a text is not blank", |text| !text.is_empty())
}

fn optional(max: usize) -> impl Strategy<Value = Option<String>> {
    prop::option::of(text(max))
}

fn stack_entry() -> impl Strategy<Value = String> {
    text(20)
        .prop_map(|entry| clean_text(&entry.replace(',', " ")))
        .prop_filter("a stack entry is not blank", |entry| !entry.is_empty())
}

/// An id candidate: `None` lets the writer's reader derive it, as an import would.
fn id(pattern: &'static str) -> impl Strategy<Value = Option<String>> {
    prop::option::of(proptest::string::string_regex(pattern).unwrap())
}

type ItemSpec = (Option<String>, String);
type GroupSpec = (
    Option<String>,
    Option<String>,
    Option<String>,
    Vec<ItemSpec>,
);
type GradeSpec = (
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    Vec<GroupSpec>,
);

fn group() -> impl Strategy<Value = GroupSpec> {
    (
        id("[a-z0-9][a-z0-9+_-]{0,5}"),
        optional(30),
        optional(40),
        prop::collection::vec((id("[0-9]{1,2}|[a-z][a-z0-9]{0,3}"), text(60)), 1..=4),
    )
}

fn grade() -> impl Strategy<Value = GradeSpec> {
    (
        id("[a-z0-9][a-z0-9+_-]{0,5}"),
        text(30),
        optional(40),
        optional(40),
        prop::collection::vec(group(), 0..=3),
    )
}

/// Any valid professions: ids unique in their scope, the limits kept, texts cleaned.
fn professions(with_glossary: bool) -> impl Strategy<Value = Vec<Profession>> {
    let profession = (
        id("[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,3}){0,2}"),
        text(40),
        optional(60),
        prop::collection::vec(stack_entry(), 0..=3),
        optional(30),
        prop::collection::vec(grade(), 0..=4),
        prop::collection::vec((text(20), text(40)), 0..=2),
    );
    prop::collection::vec(profession, 1..=3).prop_map(move |drafts| {
        let mut taken = HashSet::new();
        drafts
            .into_iter()
            .map(|(id, name, summary, stack, source, grades, glossary)| {
                let base = id.unwrap_or_else(|| format::slug(&name));
                let base = if base.is_empty() {
                    "matrix".to_owned()
                } else {
                    base
                };
                let id = unique(&base, &mut taken);
                Profession {
                    id,
                    name,
                    summary,
                    stack,
                    source,
                    grades: assemble_grades(grades),
                    glossary: if with_glossary {
                        glossary
                            .into_iter()
                            .map(|(term, definition)| GlossaryEntry { term, definition })
                            .collect()
                    } else {
                        Vec::new()
                    },
                }
            })
            .collect()
    })
}

fn unique(base: &str, taken: &mut HashSet<String>) -> String {
    let id = free_id(base, |candidate| taken.contains(candidate));
    taken.insert(id.clone());
    id
}

fn assemble_grades(grades: Vec<GradeSpec>) -> Vec<Grade> {
    let mut taken = HashSet::new();
    grades
        .into_iter()
        .enumerate()
        .map(|(index, (id, title, description, notes, groups))| {
            let base = id.unwrap_or_else(|| {
                format::level_named(&title)
                    .map(|level| level.as_str().to_owned())
                    .unwrap_or_else(|| {
                        let slug = format::slug(&title);
                        if slug.is_empty() {
                            format!("grade-{}", index + 1)
                        } else {
                            slug
                        }
                    })
            });
            Grade {
                id: unique(&base, &mut taken),
                title,
                description,
                notes,
                groups: assemble_groups(groups),
            }
        })
        .collect()
}

fn assemble_groups(groups: Vec<GroupSpec>) -> Vec<SkillGroup> {
    let mut taken = HashSet::new();
    groups
        .into_iter()
        .enumerate()
        .map(|(index, (id, title, note, items))| {
            let base = id.unwrap_or_else(|| match &title {
                None => "summary".to_owned(),
                Some(title) => {
                    let slug = format::slug(title);
                    let slug = match slug.strip_suffix("-skills") {
                        Some(stem) if !stem.is_empty() => stem.to_owned(),
                        _ => slug,
                    };
                    if slug.is_empty() {
                        format!("group-{}", index + 1)
                    } else {
                        slug
                    }
                }
            });
            let mut item_ids = HashSet::new();
            SkillGroup {
                id: unique(&base, &mut taken),
                title,
                note,
                items: items
                    .into_iter()
                    .enumerate()
                    .map(|(index, (id, text))| Item {
                        id: unique(
                            &id.unwrap_or_else(|| (index + 1).to_string()),
                            &mut item_ids,
                        ),
                        text,
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Lines made of the outline's own marks, so the parser's every branch gets visited.
fn outline_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just(String::new()),
        "#{1,4} [a-zа-я]{0,6}( \\{#[a-z0-9+]{0,3}\\})?",
        "[a-zA-Zа-я ]{1,10}:?",
        "\\*\\*[A-Za-z ]{1,8}:?\\*\\*",
        "[-*+] (\\*\\*[a-zа-я]{1,5}\\*\\* [—:-] )?[a-z(), .]{0,12}",
        "[0-9]{1,3}[.)] ?[a-z ]{0,8}( \\{#[a-z0-9]{1,3}\\})?",
        "> [a-z ]{0,8}",
        "\\([a-z ()]{0,8}\\)?",
        "(Stack|Source): [a-z, ]{0,8}",
        "  [a-z ]{1,8}",
        Just("```".to_owned()),
        Just("---".to_owned()),
        "\\|[a-z|]{0,5}",
    ];
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n"))
}

/// A header from the app's columns (usually the four required ones and some others, in
/// any order; sometimes any of them, maybe twice), and rows of about as many cells, which
/// quote, double quotes and break lines.
fn csv_text() -> impl Strategy<Value = String> {
    let optional = vec![
        "summary", "stack", "note", "source", "item_id", "grade_id", "group_id", "other",
    ];
    let header = prop_oneof![
        3 => prop::sample::subsequence(optional.clone(), 0..=4)
            .prop_map(|extra| {
                let mut header = vec!["profession", "grade", "group", "item"];
                header.extend(extra);
                header
            })
            .prop_shuffle(),
        1 => prop::collection::vec(
            prop::sample::select([optional, vec!["profession", "grade", "group", "item"]].concat()),
            2..=7,
        ),
    ];
    let cell = prop_oneof![
        60 => "[a-zа-я0-9][a-zа-я0-9 ]{0,5}",
        6 => Just(String::new()),
        12 => "[a-z][a-z,;\"\n\r ]{0,5}".prop_map(|text| format!("\"{}\"", text.replace('"', "\"\""))),
        1 => "[a-z]\"[a-z]",
        1 => "\"[a-z]{0,3}",
    ];
    (
        header,
        prop::sample::select(vec![",", ";"]),
        prop::sample::select(vec!["\n", "\r\n", "\r"]),
    )
        .prop_flat_map(move |(header, separator, newline)| {
            let width = header.len();
            let cell = cell.clone();
            let row = prop_oneof![
                20 => Just(width),
                1 => Just(width.saturating_sub(1)),
                1 => Just(width + 1),
            ]
            .prop_flat_map(move |cells| prop::collection::vec(cell.clone(), cells));
            (
                Just(header),
                Just(separator),
                Just(newline),
                prop::collection::vec(row, 1..8),
            )
        })
        .prop_map(|(header, separator, newline, rows)| {
            let mut text = header.join(separator);
            for row in rows {
                text.push_str(newline);
                text.push_str(&row.join(separator));
            }
            text
        })
}

/// Random JSON with the format's member names; most of it is refused, which is the point.
fn loose_json() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        "-?[0-9]{1,3}",
        "\"[a-zа-я+ -]{0,6}\"",
        Just("\"grades-matrix\"".to_owned()),
    ];
    let keys = prop::sample::select(vec![
        "format",
        "version",
        "professions",
        "id",
        "level",
        "name",
        "summary",
        "stack",
        "source",
        "grades",
        "glossary",
        "term",
        "definition",
        "title",
        "description",
        "notes",
        "skill_groups",
        "note",
        "items",
        "text",
        "x",
    ]);
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6)
                .prop_map(|values| format!("[{}]", values.join(","))),
            prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|members| {
                let members: Vec<String> = members
                    .into_iter()
                    .map(|(key, value)| format!("\"{key}\":{value}"))
                    .collect();
                format!("{{{}}}", members.join(","))
            }),
        ]
    })
}

/// `{"k": v, …}` of the members that are there.
fn object(members: Vec<(&str, Option<String>)>) -> String {
    let members: Vec<String> = members
        .into_iter()
        .filter_map(|(key, value)| value.map(|value| format!("\"{key}\":{value}")))
        .collect();
    format!("{{{}}}", members.join(","))
}

/// JSON shaped like the format, a value here and there of the wrong kind or out of place.
fn shaped_json() -> impl Strategy<Value = String> {
    let odd = prop_oneof![
        Just("null".to_owned()),
        Just("7".to_owned()),
        Just("[]".to_owned()),
        Just("{}".to_owned()),
        Just("\"\"".to_owned()),
        Just("\"  \"".to_owned()),
    ];
    let text = prop_oneof![12 => "\"[a-zа-я][a-zа-я ,]{0,6}\"", 1 => odd.clone()];
    let id = prop_oneof![
        6 => "\"[a-z0-9][a-z0-9+-]{0,3}\"",
        2 => "[0-9]{1,2}",
        1 => "\"[A-Z ]{1,3}\"",
        1 => odd,
    ];
    let item = prop_oneof![
        3 => text.clone(),
        1 => (prop::option::of(id.clone()), prop::option::of(text.clone()))
            .prop_map(|(id, text)| object(vec![("id", id), ("text", text)])),
    ];
    let group = (
        prop::option::of(id.clone()),
        prop::option::of(text.clone()),
        prop::collection::vec(item, 0..4),
    )
        .prop_map(|(id, title, items)| {
            object(vec![
                ("id", id),
                ("title", title),
                ("items", Some(format!("[{}]", items.join(",")))),
            ])
        });
    let grade = (
        prop::option::of(id.clone()),
        prop::option::weighted(0.2, id.clone()),
        prop::option::weighted(0.95, text.clone()),
        prop::option::weighted(0.2, text.clone()),
        prop::collection::vec(group, 0..3),
    )
        .prop_map(|(id, level, title, notes, groups)| {
            object(vec![
                ("id", id),
                ("level", level),
                ("title", title),
                ("notes", notes),
                ("skill_groups", Some(format!("[{}]", groups.join(",")))),
            ])
        });
    let profession = (
        prop::option::of(id),
        prop::option::weighted(0.95, text.clone()),
        prop::option::weighted(0.3, prop::collection::vec(text, 0..3)),
        prop::collection::vec(grade, 0..4),
    )
        .prop_map(|(id, name, stack, grades)| {
            object(vec![
                ("id", id),
                ("name", name),
                ("stack", stack.map(|stack| format!("[{}]", stack.join(",")))),
                ("grades", Some(format!("[{}]", grades.join(",")))),
            ])
        });
    (prop::collection::vec(profession, 1..3), 0_usize..3).prop_map(|(professions, shape)| {
        let list = format!("[{}]", professions.join(","));
        match shape {
            0 => format!(r#"{{"format":"grades-matrix","version":1,"professions":{list}}}"#),
            1 => list,
            _ => professions.concat(),
        }
    })
}

fn json_text() -> impl Strategy<Value = String> {
    prop_oneof![loose_json(), shaped_json()]
}

/// Whatever was read is valid as it stands: it reads back unchanged from JSON, and from
/// CSV and Markdown too when it has no glossary (only JSON carries one).
fn survives_every_writer(parsed: &Parsed) -> Result<(), TestCaseError> {
    let professions = &parsed.professions;
    prop_assert!(!professions.is_empty());
    let json = format::parse_json(&format::to_json(professions)).map_err(fail)?;
    prop_assert_eq!(&json.professions, professions);
    if professions.iter().all(|p| p.glossary.is_empty()) {
        let csv = format::parse_csv(&format::to_csv(professions, CsvSeparator::Semicolon))
            .map_err(fail)?;
        prop_assert_eq!(&csv.professions, professions);
        let markdown = format::parse_outline(&format::to_markdown(professions)).map_err(fail)?;
        prop_assert_eq!(&markdown.professions, professions);
    }
    Ok(())
}

fn fail(error: format::FormatError) -> TestCaseError {
    TestCaseError::fail(format!("the export does not read back: {error}"))
}

/// An input either reads and survives every writer, or gets a message in both languages.
fn judged(result: Result<Parsed, format::FormatError>) -> Result<(), TestCaseError> {
    match result {
        Ok(parsed) => survives_every_writer(&parsed),
        Err(error) => {
            prop_assert!(!error.localize(Lang::Ru).is_empty());
            prop_assert_eq!(error.localize(Lang::En), error.to_string());
            Ok(())
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn any_bytes_are_read_or_refused_without_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        judged(format::parse(&bytes))?;
    }

    #[test]
    fn any_text_is_read_or_refused_by_each_parser(text in "\\PC{0,200}") {
        judged(format::parse_text(&text))?;
        judged(format::parse_json(&text))?;
        judged(format::parse_csv(&text))?;
        judged(format::parse_outline(&text))?;
    }

    #[test]
    fn outline_like_text_is_read_or_refused(text in outline_text()) {
        judged(format::parse_outline(&text))?;
    }

    #[test]
    fn csv_like_text_is_read_or_refused(text in csv_text()) {
        judged(format::parse_csv(&text))?;
    }

    #[test]
    fn json_like_text_is_read_or_refused(text in json_text()) {
        judged(format::parse_json(&text))?;
    }

    #[test]
    fn an_export_cut_or_changed_anywhere_is_read_or_refused(
        professions in professions(false),
        which in 0_usize..3,
        at in any::<prop::sample::Index>(),
        edit in 0_usize..4,
        mark in prop::sample::select("{}[]\",:;#*>()-0a \n\r".chars().collect::<Vec<_>>()),
    ) {
        let mut text = match which {
            0 => format::to_json(&professions),
            1 => format::to_csv(&professions, CsvSeparator::Comma),
            _ => format::to_markdown(&professions),
        };
        let boundaries: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
        let at = boundaries[at.index(boundaries.len())];
        match edit {
            0 => text.truncate(at),
            1 => text.insert(at, mark),
            2 => {
                text.remove(at);
            }
            _ => {
                text.remove(at);
                text.insert(at, mark);
            }
        }
        judged(format::parse_text(&text))?;
    }

    #[test]
    fn any_professions_read_back_from_json(professions in professions(true)) {
        let parsed = format::parse_text(&format::to_json(&professions)).map_err(fail)?;
        prop_assert_eq!(parsed.professions, professions.clone());
        prop_assert!(format::validate(&professions).is_ok());
    }

    #[test]
    fn any_professions_read_back_from_csv(
        professions in professions(false),
        semicolon in any::<bool>(),
    ) {
        let separator = if semicolon { CsvSeparator::Semicolon } else { CsvSeparator::Comma };
        let parsed = format::parse_text(&format::to_csv(&professions, separator)).map_err(fail)?;
        prop_assert_eq!(parsed.format, format::Format::Csv);
        prop_assert_eq!(parsed.professions, professions);
    }

    #[test]
    fn any_professions_read_back_from_markdown(professions in professions(false)) {
        let markdown = format::to_markdown(&professions);
        let parsed = format::parse_text(&markdown).map_err(fail)?;
        prop_assert_eq!(parsed.format, format::Format::Outline);
        prop_assert_eq!(parsed.professions, professions, "{}", markdown);
    }
}
