//! The matrix JSON of docs/formats.md#matrix-json: the built-in files as instances, every
//! bad input named by its path, and the JSON Schema checked against the reader.

use crate::support::{builtin_matrices, error_of, path, repo_file};
use grades::catalog::Profession;
use grades::catalog::format::{
    self, Format, FormatError, FormatWarning, IdKind, JsonType, ListKind, TextField,
};
use grades::catalog::{Catalog, EMBEDDED};

#[test]
fn the_builtin_files_are_instances_of_the_matrix_format() {
    let expected = builtin_matrices();
    let mut read = Vec::new();
    for file in EMBEDDED {
        let parsed = format::parse_text(file.json).unwrap_or_else(|e| panic!("{}: {e}", file.name));
        assert_eq!(parsed.format, Format::Json);
        read.extend(parsed.professions);
    }
    assert_eq!(read, expected);
}

#[test]
fn exported_json_reads_back_the_same() {
    let professions = builtin_matrices();
    let json = format::to_json(&professions);
    assert!(json.starts_with("{\n  \"format\": \"grades-matrix\",\n  \"version\": 1,"));
    let parsed = format::parse_text(&json).unwrap();
    assert_eq!(parsed.professions, professions);
    // The PostgreSQL gradings name grades without content; QA, game dev and IoT have none.
    assert_eq!(
        parsed
            .warnings
            .iter()
            .filter(|w| matches!(w, FormatWarning::GradeWithoutItems { .. }))
            .count(),
        12
    );
    assert_eq!(
        parsed
            .warnings
            .iter()
            .filter(|w| matches!(w, FormatWarning::ProfessionWithoutGrades { .. }))
            .count(),
        3
    );
}

#[test]
fn the_export_differs_from_a_builtin_file_only_by_the_wrapper_and_id_for_level() {
    let file = &EMBEDDED[0];
    let professions = Catalog::from_files([(file.name, file.json)]).unwrap();
    let matrices: Vec<_> = professions
        .professions()
        .iter()
        .map(|p| Profession::clone(p))
        .collect();
    let exported: serde_json::Value = serde_json::from_str(&format::to_json(&matrices)).unwrap();
    let original: serde_json::Value =
        serde_json::from_str(&file.json.replace("\"level\":", "\"id\":")).unwrap();
    assert_eq!(exported["professions"], original);
}

#[test]
fn json_reads_one_profession_or_a_bare_list() {
    let one = r#"{"name": "Тестировщик", "grades": [{"title": "Джун", "skill_groups": [{"items": ["Пишет тест-кейсы"]}]}]}"#;
    let parsed = format::parse_text(one).unwrap();
    let profession = &parsed.professions[0];
    assert_eq!(profession.id, "testirovshchik");
    assert_eq!(profession.grades[0].id, "junior");
    assert_eq!(profession.grades[0].groups[0].id, "summary");
    assert_eq!(profession.grades[0].groups[0].items[0].id, "1");
    let list = format!("[{one}, {}]", one.replace("Тестировщик", "Аналитик"));
    let parsed = format::parse_text(&list).unwrap();
    assert_eq!(parsed.professions.len(), 2);
    assert_eq!(parsed.professions[1].id, "analitik");
}

#[test]
fn json_item_ids_may_be_given_as_text_or_number_and_others_fill_in() {
    let json = r#"{"name": "QA", "grades": [{"id": "j", "title": "J", "skill_groups": [{"id": "g", "items": [
        "a", {"id": 2, "text": "b"}, {"id": "1", "text": "c"}, "d", {"text": "e"}]}]}]}"#;
    let parsed = format::parse_json(json).unwrap();
    let ids: Vec<&str> = parsed.professions[0].grades[0].groups[0]
        .items
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    // Items without an id take their position; "a" finds 1 taken by "c" and takes one
    // past the largest number in use, 3.
    assert_eq!(ids, ["3", "2", "1", "4", "5"]);
}

#[test]
fn json_errors_name_the_path_and_what_is_wrong() {
    let cases: Vec<(String, FormatError)> = vec![
        (
            "{\"name\": ".into(),
            FormatError::JsonTruncated { line: 1, column: 9 },
        ),
        (
            "{\"name\": x}".into(),
            FormatError::JsonSyntax {
                line: 1,
                column: 10,
            },
        ),
        ("42".into(), FormatError::NotAMatrix),
        ("{\"a\": 1}".into(), FormatError::NotAMatrix),
        (
            r#"{"format": "grades-export", "format_version": 1, "keys": {}}"#.into(),
            FormatError::OtherFormat {
                found: "grades-export".into(),
            },
        ),
        (
            r#"{"format": "grades-matrix", "version": 2, "professions": []}"#.into(),
            FormatError::NewerVersion { found: 2 },
        ),
        (
            r#"{"format": "grades-matrix", "version": "1", "professions": []}"#.into(),
            FormatError::WrongType {
                at: path("version"),
                expected: JsonType::Version,
            },
        ),
        (
            r#"{"format": "grades-matrix", "professions": []}"#.into(),
            FormatError::MissingMember {
                at: path(""),
                member: "version",
            },
        ),
        (
            r#"{"format": "grades-matrix", "version": 1, "professions": []}"#.into(),
            FormatError::NoProfession,
        ),
        (
            r#"[{"name": "A", "grades": [{"title": "J", "titel": "x"}]}]"#.into(),
            FormatError::UnknownMember {
                at: path("[0].grades[0]"),
                member: "titel".into(),
            },
        ),
        (
            r#"[{"name": "A", "grades": [{"id": "j"}]}]"#.into(),
            FormatError::MissingMember {
                at: path("[0].grades[0]"),
                member: "title",
            },
        ),
        (
            r#"[{"name": "A", "grades": [{"title": 5}]}]"#.into(),
            FormatError::WrongType {
                at: path("[0].grades[0].title"),
                expected: JsonType::Text,
            },
        ),
        (
            r#"{"name": "A", "grades": [{"title": "J", "skill_groups": [{"items": [true]}]}]}"#
                .into(),
            FormatError::WrongType {
                at: path("grades[0].skill_groups[0].items[0]"),
                expected: JsonType::TextOrObject,
            },
        ),
        (
            r#"{"name": "A", "grades": [{"id": "j", "level": "j", "title": "J"}]}"#.into(),
            FormatError::IdAndLevel {
                at: path("grades[0]"),
            },
        ),
        (
            r#"{"name": "A", "grades": [{"title": "J", "skill_groups": [{"items": []}]}]}"#.into(),
            FormatError::EmptyGroup {
                at: path("grades[0].skill_groups[0]"),
            },
        ),
        (
            r#"{"id": "Bad Id", "name": "A"}"#.into(),
            FormatError::InvalidId {
                at: path("id"),
                kind: IdKind::Profession,
                id: "Bad Id".into(),
            },
        ),
        (
            r#"[{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]"#.into(),
            FormatError::DuplicateProfessionId {
                at: path("[1].id"),
                id: "a".into(),
            },
        ),
        (
            r#"{"name": "A", "stack": ["Go, Rust"]}"#.into(),
            FormatError::CommaInStackEntry {
                at: path("stack[0]"),
                entry: "Go, Rust".into(),
            },
        ),
        (
            r#"{"name": "  "}"#.into(),
            FormatError::EmptyText {
                at: path("name"),
                field: TextField::Name,
            },
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(error_of(format::parse_json(&input)), expected, "{input}");
    }
}

/// A file of one profession whose grades are `grades`, each `{"id", "title", groups}`.
fn file_with_grades(grades: &[String]) -> String {
    format!(
        r#"{{"format": "grades-matrix", "version": 1, "professions": [{{"id": "p", "name": "P", "grades": [{}]}}]}}"#,
        grades.join(",")
    )
}

fn grade(id: &str, title: &str, items: &[String]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|text| serde_json::to_string(text).unwrap())
        .collect();
    format!(
        r#"{{"id": "{id}", "title": "{title}", "skill_groups": [{{"id": "g", "items": [{}]}}]}}"#,
        items.join(",")
    )
}

fn items(count: usize) -> Vec<String> {
    (1..=count).map(|n| format!("item {n}")).collect()
}

#[test]
fn the_import_refuses_each_bad_input_of_the_issue_with_its_own_error() {
    // Duplicate grade id.
    let twice = file_with_grades(&[grade("j", "J", &items(1)), grade("j", "K", &items(1))]);
    assert_eq!(
        error_of(format::parse_text(&twice)),
        FormatError::DuplicateGradeId {
            at: path("professions[0].grades[1].id"),
            id: "j".into()
        }
    );
    // Empty grade title.
    let untitled = file_with_grades(&[grade("j", " ", &items(1))]);
    assert_eq!(
        error_of(format::parse_text(&untitled)),
        FormatError::EmptyText {
            at: path("professions[0].grades[0].title"),
            field: TextField::GradeTitle
        }
    );
    // An item over 1 000 characters; 1 000 exactly is fine.
    let long = file_with_grades(&[grade("j", "J", &["я".repeat(1001)])]);
    assert_eq!(
        error_of(format::parse_text(&long)),
        FormatError::ItemTooLong {
            at: path("professions[0].grades[0].skill_groups[0].items[0]"),
            chars: 1001
        }
    );
    assert!(format::parse_text(&file_with_grades(&[grade("j", "J", &["я".repeat(1000)])])).is_ok());
    // 21 grades; 20 are fine.
    let grades: Vec<String> = (1..=21)
        .map(|n| grade(&format!("g{n}"), &format!("G{n}"), &items(1)))
        .collect();
    assert_eq!(
        error_of(format::parse_text(&file_with_grades(&grades))),
        FormatError::TooManyGrades {
            at: path("professions[0].grades[20]")
        }
    );
    assert!(format::parse_text(&file_with_grades(&grades[..20])).is_ok());
    // A 201st item in a group; 200 are fine.
    assert_eq!(
        error_of(format::parse_text(&file_with_grades(&[grade(
            "j",
            "J",
            &items(201)
        )]))),
        FormatError::TooManyItems {
            at: path("professions[0].grades[0].skill_groups[0].items[200]")
        }
    );
    assert!(format::parse_text(&file_with_grades(&[grade("j", "J", &items(200))])).is_ok());
    // An empty item.
    assert_eq!(
        error_of(format::parse_text(&file_with_grades(&[grade(
            "j",
            "J",
            &["a".into(), "".into()]
        )]))),
        FormatError::EmptyItem {
            at: path("professions[0].grades[0].skill_groups[0].items[1]")
        }
    );
}

#[test]
fn other_limits_name_the_first_one_over() {
    let professions: Vec<String> = (1..=51).map(|n| format!(r#"{{"name": "P{n}"}}"#)).collect();
    assert_eq!(
        error_of(format::parse_text(&format!("[{}]", professions.join(",")))),
        FormatError::TooManyProfessions { at: path("[50]") }
    );
    let groups: Vec<String> = (1..=21)
        .map(|n| format!(r#"{{"title": "G{n}", "items": ["x"]}}"#))
        .collect();
    let json = format!(
        r#"{{"name": "P", "grades": [{{"title": "J", "skill_groups": [{}]}}]}}"#,
        groups.join(",")
    );
    assert_eq!(
        error_of(format::parse_text(&json)),
        FormatError::TooManyGroups {
            at: path("grades[0].skill_groups[20]")
        }
    );
    let stack: Vec<String> = (1..=51).map(|n| format!("\"T{n}\"")).collect();
    assert_eq!(
        error_of(format::parse_text(&format!(
            r#"{{"name": "P", "stack": [{}]}}"#,
            stack.join(",")
        ))),
        FormatError::TooManyEntries {
            at: path("stack[50]"),
            list: ListKind::Stack
        }
    );
    let long_name = format!(r#"{{"name": "{}"}}"#, "n".repeat(201));
    assert_eq!(
        error_of(format::parse_text(&long_name)),
        FormatError::TextTooLong {
            at: path("name"),
            field: TextField::Name,
            chars: 201
        }
    );
}

// The JSON Schema.

fn schema() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(&repo_file("docs/matrix.schema.json")).unwrap();
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

fn schema_errors(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    validator
        .iter_errors(&value)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

#[test]
fn the_builtin_files_and_every_export_are_valid_against_the_schema() {
    let validator = schema();
    for file in EMBEDDED {
        assert_eq!(
            schema_errors(&validator, file.json),
            Vec::<String>::new(),
            "{}",
            file.name
        );
    }
    let exported = format::to_json(&builtin_matrices());
    assert_eq!(schema_errors(&validator, &exported), Vec::<String>::new());
    let example = repo_file("docs/examples/matrix.json");
    assert_eq!(schema_errors(&validator, &example), Vec::<String>::new());
}

#[test]
fn the_schema_refuses_what_the_parser_refuses() {
    let validator = schema();
    let refused = [
        r#"{"format": "grades-export", "version": 1, "professions": [{"name": "A"}]}"#.to_owned(),
        r#"{"format": "grades-matrix", "version": 2, "professions": [{"name": "A"}]}"#.to_owned(),
        r#"{"name": " "}"#.to_owned(),
        r#"{"name": "A", "grades": [{"title": "J", "titel": "x"}]}"#.to_owned(),
        r#"{"name": "A", "grades": [{"id": "j", "level": "j", "title": "J"}]}"#.to_owned(),
        r#"{"name": "A", "grades": [{"title": "J", "skill_groups": [{"items": []}]}]}"#.to_owned(),
        r#"{"id": "Bad Id", "name": "A"}"#.to_owned(),
        r#"{"name": "A", "stack": ["Go, Rust"]}"#.to_owned(),
        file_with_grades(&[grade("j", "J", &items(201))]),
        file_with_grades(&[grade("j", "J", &["я".repeat(1001)])]),
        file_with_grades(
            &(1..=21)
                .map(|n| grade(&format!("g{n}"), "G", &items(1)))
                .collect::<Vec<_>>(),
        ),
        "42".to_owned(),
        "[]".to_owned(),
    ];
    for text in refused {
        assert!(
            !schema_errors(&validator, &text).is_empty(),
            "the schema takes {text:.120}"
        );
        assert!(
            format::parse_json(&text).is_err(),
            "the parser takes {text:.120}"
        );
    }
}
