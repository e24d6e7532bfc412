//! The matrix CSV of docs/formats.md#matrix-csv: RFC 4180 as spreadsheets write it, rows in
//! any order, every bad input named by its line, and how fast 2 000 items read.

use std::fmt::Write as _;

use crate::support::{builtin_matrices, error_of};
use grades::catalog::format::{
    self, CsvSeparator, Format, FormatError, FormatWarning, IdKind, Location,
};

#[test]
fn csv_reads_quotes_doubled_quotes_and_line_breaks_inside_quotes() {
    let csv = "profession,grade,group,item\r\n\
               Go,Junior,Hard,\"Knows \"\"go vet\"\", gofmt\"\r\n\
               Go,Junior,Hard,\"Two\r\nlines\"\r\n\
               Go,Middle,,Profiles\n";
    let parsed = format::parse_text(csv).unwrap();
    assert_eq!(parsed.format, Format::Csv);
    let go = &parsed.professions[0];
    let texts: Vec<&str> = go.items().map(|i| i.item.text.as_str()).collect();
    assert_eq!(texts, ["Knows \"go vet\", gofmt", "Two lines", "Profiles"]);
    assert_eq!(go.grades[1].groups[0].title, None);
    assert_eq!(go.grades[1].groups[0].id, "summary");
    assert_eq!(go.grades[0].groups[0].id, "hard");
}

#[test]
fn csv_takes_semicolons_and_a_byte_order_mark_as_russian_spreadsheets_write_them() {
    let csv = "\u{feff}profession;grade;group;item;stack\r\n\
               Python;Junior;Soft Skills;Учится, спрашивает;\"Python, Django\"\r\n";
    let parsed = format::parse(csv.as_bytes()).unwrap();
    let profession = &parsed.professions[0];
    assert_eq!(profession.stack, ["Python", "Django"]);
    assert_eq!(
        profession.grades[0].groups[0].items[0].text,
        "Учится, спрашивает"
    );
    assert_eq!(profession.grades[0].groups[0].id, "soft");
}

#[test]
fn csv_rows_in_any_order_gather_under_their_profession_grade_and_group() {
    let csv = "Grade,Profession,Item,Group,Comment\n\
               Junior,Go,a,Soft,x\n\
               Middle,Go,b,Soft,\n\
               Junior,Go,c,Hard,\n\
               Junior,Go,d,Soft,\n\
               Junior,Rust,e,,\n";
    let parsed = format::parse_text(csv).unwrap();
    assert_eq!(
        parsed.warnings,
        [FormatWarning::IgnoredColumn {
            column: "Comment".into()
        }]
    );
    let go = &parsed.professions[0];
    let keys: Vec<String> = go.items().map(|i| i.key()).collect();
    assert_eq!(
        keys,
        [
            "go/junior/soft/1",
            "go/junior/soft/2",
            "go/junior/hard/1",
            "go/middle/soft/1"
        ]
    );
    assert_eq!(parsed.professions[1].id, "rust");
}

#[test]
fn csv_rows_without_items_declare_grades_and_professions_without_content() {
    let csv = "profession,grade,group,item\nPostgreSQL,стажер,,\nPostgreSQL,джун,,\nQA,,,\n";
    let parsed = format::parse_text(csv).unwrap();
    assert_eq!(parsed.professions[0].grades.len(), 2);
    assert_eq!(parsed.professions[0].grades[1].id, "junior");
    assert!(parsed.professions[1].grades.is_empty());
    assert_eq!(
        parsed.warnings,
        [
            FormatWarning::GradeWithoutItems {
                at: Location::Line(2),
                grade: "стажер".into()
            },
            FormatWarning::GradeWithoutItems {
                at: Location::Line(3),
                grade: "джун".into()
            },
            FormatWarning::ProfessionWithoutGrades {
                at: Location::Line(4),
                profession: "QA".into()
            },
        ]
    );
}

#[test]
fn csv_errors_name_the_line_where_the_record_starts() {
    let header = "profession,grade,group,item\n";
    let cases: Vec<(String, FormatError)> = vec![
        (
            "profession,grade,item\nGo,J,a\n".into(),
            FormatError::MissingColumn { column: "group" },
        ),
        (
            format!("{header}Go,J,G,\"a\nb\nGo,J,G,c\n"),
            FormatError::UnclosedQuote { line: 2 },
        ),
        (
            format!("{header}Go,J,G,a\nGo,J,G\n"),
            FormatError::TooFewFields {
                line: 3,
                expected: 4,
                found: 3,
            },
        ),
        (
            format!("{header}Go,J,G,a,b\n"),
            FormatError::TooManyFields {
                line: 2,
                expected: 4,
                found: 5,
            },
        ),
        (
            format!("{header}Go,J,G,\"two\nlines\"\nGo,J,G,  \n"),
            FormatError::EmptyItem {
                at: Location::Line(4),
            },
        ),
        (
            format!("{header}Go,J,G,\"a\"b\n"),
            FormatError::StrayQuote { line: 2 },
        ),
        (
            format!("{header}Go,J,G,a\"b\n"),
            FormatError::StrayQuote { line: 2 },
        ),
        (
            format!("{header},J,G,a\n"),
            FormatError::RowWithoutProfession { line: 2 },
        ),
        (
            format!("{header}Go,,G,a\n"),
            FormatError::RowWithoutGrade { line: 2 },
        ),
        (
            "profession,grade,group,item,grade\n".into(),
            FormatError::DuplicateColumn {
                column: "grade".into(),
            },
        ),
        (header.into(), FormatError::NoProfession),
        (
            "profession,grade,group,item,summary\nGo,J,G,a,one\nGo,J,G,b,other\n".into(),
            FormatError::ConflictingValue {
                line: 3,
                column: "summary",
            },
        ),
        (
            "profession,grade_id,grade,group,item\nGo,j,Junior,G,a\nGo,j,Middle,G,b\n".into(),
            FormatError::ConflictingValue {
                line: 3,
                column: "grade",
            },
        ),
        (
            "profession,grade,group,item,item_id\nGo,J,G,a,1\nGo,J,G,b,1\n".into(),
            FormatError::DuplicateItemId {
                at: Location::Line(3),
                id: "1".into(),
            },
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(error_of(format::parse_text(&input)), expected, "{input}");
    }
}

#[test]
fn csv_counts_lines_the_way_editors_do() {
    // CRLF, LF and a lone CR each end one line; a blank line is skipped but counted.
    let csv = "profession,grade,group,item\r\nGo,J,G,a\r\n\r\nGo,J,G,\rGo,J,G,b\n";
    assert_eq!(
        error_of(format::parse_text(csv)),
        FormatError::EmptyItem {
            at: Location::Line(4)
        }
    );
}

#[test]
fn the_csv_limits_point_at_the_row_over_them() {
    let mut csv = String::from("profession,grade,group,item\n");
    for n in 1..=201 {
        writeln!(csv, "Go,J,G,item {n}").unwrap();
    }
    assert_eq!(
        error_of(format::parse_text(&csv)),
        FormatError::TooManyItems {
            at: Location::Line(202)
        }
    );
    let mut csv = String::from("profession,grade,group,item\n");
    for n in 1..=21 {
        writeln!(csv, "Go,G{n},G,item").unwrap();
    }
    assert_eq!(
        error_of(format::parse_text(&csv)),
        FormatError::TooManyGrades {
            at: Location::Line(22)
        }
    );
    let csv = format!("profession,grade,group,item\nGo,J,G,{}\n", "x".repeat(1001));
    assert_eq!(
        error_of(format::parse_text(&csv)),
        FormatError::ItemTooLong {
            at: Location::Line(2),
            chars: 1001
        }
    );
    let csv = "profession,grade,group,item,grade_id\nGo,J,G,a,Junior\n";
    assert_eq!(
        error_of(format::parse_text(csv)),
        FormatError::InvalidId {
            at: Location::Line(2),
            kind: IdKind::Grade,
            id: "Junior".into()
        }
    );
}

#[test]
fn csv_export_quotes_what_needs_it_and_reads_back() {
    let professions = builtin_matrices();
    for separator in [CsvSeparator::Comma, CsvSeparator::Semicolon] {
        let csv = format::to_csv(&professions, separator);
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.contains("\r\n"));
        let parsed = format::parse_text(&csv).unwrap();
        assert_eq!(parsed.format, Format::Csv);
        let mut expected = professions.clone();
        expected.iter_mut().for_each(|p| p.glossary.clear());
        assert_eq!(parsed.professions, expected, "{separator:?}");
    }
    let csv = format::to_csv(&professions, CsvSeparator::Comma);
    assert!(csv.contains(",\"DevOps-практики (CI/CD, мониторинг)\","));
}

// How fast: `cargo test --test native -- --ignored --nocapture csv_of_2000_items`.

/// A CSV of 10 grades × 2 groups × 100 items, as a large company matrix might be.
fn csv_of_2000_items() -> String {
    let mut csv = String::from("profession,grade,group,item,summary,stack\n");
    for grade in 1..=10 {
        for group in ["Soft Skills", "Hard Skills"] {
            for item in 1..=100 {
                writeln!(
                    csv,
                    "Backend-разработчик,Грейд {grade},{group},\"Пункт {item}: проектирует, пишет и сопровождает сервисы\",Серверная разработка,\"Go, PostgreSQL\""
                )
                .unwrap();
            }
        }
    }
    csv
}

#[test]
#[ignore = "a timing, not a check; run by hand or from make bench"]
#[allow(clippy::print_stdout, reason = "the timing is what this prints")]
fn csv_of_2000_items_parses_quickly() {
    let csv = csv_of_2000_items();
    // The fastest run is the least disturbed by other work on the machine; the median says
    // how it usually goes.
    let mut times: Vec<f64> = (0..20)
        .map(|_| {
            let start = std::time::Instant::now();
            let parsed = format::parse(csv.as_bytes()).unwrap();
            let elapsed = start.elapsed();
            assert_eq!(parsed.professions[0].item_count(), 2000);
            elapsed.as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "matrix CSV import: 2000 items, {} KiB: fastest {:.1} ms, median {:.1} ms of {} parses",
        csv.len() / 1024,
        times[0],
        times[times.len() / 2],
        times.len()
    );
}

#[test]
fn the_timed_csv_is_what_it_says() {
    let parsed = format::parse_text(&csv_of_2000_items()).unwrap();
    assert_eq!(parsed.professions[0].item_count(), 2000);
    assert_eq!(parsed.professions[0].grades.len(), 10);
}
