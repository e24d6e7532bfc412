//! The matrix formats of docs/formats.md#your-own-matrices together: the built-in matrices in
//! the generalised model, what any input must pass, detection, the round trips between the
//! formats, and the documented examples.

use crate::support::{builtin_matrices, catalog, error_of, path, repo_file};
use grades::catalog::format::{self, CsvSeparator, Format, FormatError, FormatWarning, MAX_BYTES};
use grades::catalog::{Profession, item_key};

// The built-in matrices in the generalised model.

/// Ticks stored by the release before the generalised model: every key, with the text of
/// the item it was on, must find that very item (the fixture was written by that release).
#[test]
fn every_tick_stored_by_the_previous_release_stays_on_its_item() {
    let stored: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&repo_file("tests/native/fixtures/builtin-item-keys.json")).unwrap();
    assert_eq!(stored.len(), 273);
    for (key, text) in &stored {
        let item = catalog()
            .item(key)
            .unwrap_or_else(|| panic!("{key} finds no item"));
        assert_eq!(&item.item.text, text, "{key}");
        assert_eq!(&item.key(), key);
    }
    assert_eq!(catalog().counts().items, stored.len());
}

#[test]
fn builtin_grades_take_their_level_as_id_and_items_their_number() {
    let matrix = Profession::clone(catalog().profession("python-backend").unwrap());
    let ids: Vec<&str> = matrix.grades.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "intern", "junior", "junior+", "middle", "middle+", "senior+"
        ]
    );
    let first = matrix.items().next().unwrap();
    assert_eq!(first.key(), "python-backend/intern/summary/1");
    assert_eq!(
        item_key("python-backend", "intern", "summary", "1"),
        first.key()
    );
    assert!(matrix.item("python-backend/intern/summary/99").is_none());
    assert!(matrix.item("other/intern/summary/1").is_none());
    assert!(matrix.item("python-backend/intern/summary").is_none());
}

#[test]
fn a_new_item_id_is_one_past_the_largest_number() {
    let matrix = Profession::clone(catalog().profession("python-developer").unwrap());
    let group = &matrix.grades[0].groups[0];
    assert_eq!(group.items.len(), 5);
    assert_eq!(group.next_item_id(), "6");
}

#[test]
fn any_input_is_refused_when_empty_too_large_or_not_utf8() {
    assert_eq!(error_of(format::parse(b"")), FormatError::Empty);
    assert_eq!(
        error_of(format::parse(b"\xEF\xBB\xBF \n\t")),
        FormatError::Empty
    );
    assert_eq!(
        format::check_size(MAX_BYTES + 1),
        Err(FormatError::TooLarge {
            bytes: MAX_BYTES + 1
        })
    );
    assert_eq!(format::check_size(MAX_BYTES), Ok(()));
    let big = vec![b' '; 1_048_577];
    assert_eq!(
        error_of(format::parse(&big)),
        FormatError::TooLarge { bytes: 1_048_577 }
    );
    assert_eq!(
        error_of(format::parse(b"Python\n\nJunior\n- \xFF\xFE\n")),
        FormatError::NotUtf8 { line: 4 }
    );
    // UTF-16, as some editors save, is not UTF-8 either.
    assert_eq!(
        error_of(format::parse(b"\xFF\xFEp\x00r\x00")),
        FormatError::NotUtf8 { line: 1 }
    );
}

// Detection.

#[test]
fn the_format_is_detected_from_the_content() {
    assert_eq!(format::detect("\u{feff}  \n [1]"), Format::Json);
    assert_eq!(format::detect("{\"name\": 1}"), Format::Json);
    assert_eq!(format::detect("profession,grade,group,item\n"), Format::Csv);
    assert_eq!(
        format::detect("\u{feff}\"Profession\";\"Grade\";Group;Item\r\n"),
        Format::Csv
    );
    // A header missing a required column is still CSV, so it gets the CSV error.
    assert_eq!(format::detect("profession,grade,item\n"), Format::Csv);
    assert_eq!(format::detect("# Go\n## Junior\n- a"), Format::Outline);
    assert_eq!(
        format::detect("Python-разработчик\n\nJunior"),
        Format::Outline
    );
    assert_eq!(
        format::detect("profession of mine, sort of"),
        Format::Outline
    );
}

// The round trips between the formats, on the built-in matrices.

#[test]
fn json_to_csv_to_json_and_json_to_markdown_to_json_keep_every_item() {
    let json = format::to_json(&builtin_matrices());
    let from_json = format::parse_text(&json).unwrap().professions;
    for (name, text) in [
        ("csv", format::to_csv(&from_json, CsvSeparator::Comma)),
        ("markdown", format::to_markdown(&from_json)),
    ] {
        let back = format::parse_text(&text).unwrap().professions;
        let again = format::parse_text(&format::to_json(&back))
            .unwrap()
            .professions;
        let mut expected = from_json.clone();
        expected.iter_mut().for_each(|p| p.glossary.clear());
        assert_eq!(again, expected, "{name}");
        let keys = |p: &[Profession]| -> Vec<String> {
            p.iter().flat_map(|p| p.items().map(|i| i.key())).collect()
        };
        assert_eq!(keys(&again), keys(&from_json), "{name}");
    }
}

// The documented examples.

#[test]
fn the_three_example_files_hold_the_same_matrix() {
    let json = format::parse(repo_file("docs/examples/matrix.json").as_bytes()).unwrap();
    let csv = format::parse(repo_file("docs/examples/matrix.csv").as_bytes()).unwrap();
    let markdown = format::parse(repo_file("docs/examples/matrix.md").as_bytes()).unwrap();
    assert_eq!(
        (json.format, csv.format, markdown.format),
        (Format::Json, Format::Csv, Format::Outline)
    );
    assert_eq!(csv.professions, json.professions);
    assert_eq!(markdown.professions, json.professions);
    let warning = [FormatWarning::GradeWithoutItems {
        at: path("professions[0].grades[2]"),
        grade: "Senior".into(),
    }];
    assert_eq!(json.warnings, warning);
    let go = &json.professions[0];
    assert_eq!(go.items().nth(4).unwrap().key(), "go-backend/junior/hard/4");
    // The JSON and Markdown examples are what the exporters write.
    assert_eq!(
        format::to_json(&json.professions),
        repo_file("docs/examples/matrix.json").trim_end()
    );
    assert_eq!(
        format::to_markdown(&json.professions),
        repo_file("docs/examples/matrix.md")
    );
}
