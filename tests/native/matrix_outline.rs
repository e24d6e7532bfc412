//! The text outline of docs/formats.md#matrix-outline: the source documents' own shapes
//! read as the built-in data, Markdown, and every bad input named by its line.

use crate::support::{builtin_matrices, catalog, error_of, repo_file};
use grades::catalog::Profession;
use grades::catalog::format::{self, Format, FormatError, FormatWarning, Location, TextField};

fn seed(name: &str) -> String {
    repo_file(&format!("tests/fixtures/seeds/{name}"))
}

/// Grade titles and each grade's groups as (title, item texts), to compare with the data.
type Shape = Vec<(String, Vec<(Option<String>, Vec<String>)>)>;

fn shape(profession: &Profession) -> Shape {
    profession
        .grades
        .iter()
        .map(|grade| {
            (
                grade.title.clone(),
                grade
                    .groups
                    .iter()
                    .map(|group| {
                        (
                            group.title.clone(),
                            group.items.iter().map(|i| i.text.clone()).collect(),
                        )
                    })
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn the_text_of_seed_000_reads_as_the_builtin_python_developer() {
    let parsed = format::parse(seed("000_31808d9ce0dfac46.txt").as_bytes()).unwrap();
    assert_eq!(parsed.format, Format::Outline);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let [imported] = parsed.professions.as_slice() else {
        panic!("one profession expected: {:#?}", parsed.professions);
    };
    let builtin = Profession::clone(catalog().profession("python-developer").unwrap());
    assert_eq!(imported.name, builtin.name);
    assert_eq!(shape(imported), shape(&builtin));
    // The level names and group titles give the built-in ids, so the keys match but for
    // the profession's own id.
    assert_eq!(imported.id, "python-razrabotchik");
    let keys = |p: &Profession| -> Vec<String> {
        p.items()
            .map(|i| i.key().split_once('/').unwrap().1.to_owned())
            .collect()
    };
    assert_eq!(keys(imported), keys(&builtin));
}

/// Seed 002 from its first graded specialty to the sentence after the fourth: the part of
/// the file that is matrices (the rest is an overview list, two gradings with bare grade
/// names as bullets, and a code prompt).
fn seed_002_graded() -> String {
    let text = seed("002_5000173e9bee1159.txt");
    let start = text
        .match_indices("1. Бэкендер / Веб-разработчик")
        .nth(1)
        .expect("the graded section names the first specialty again")
        .0;
    let end = text.find("Готов объединить").expect("the closing sentence");
    text[start..end].to_owned()
}

#[test]
fn the_four_graded_specialties_of_seed_002_read_as_the_builtin_ones() {
    let parsed = format::parse_text(&seed_002_graded()).unwrap();
    assert_eq!(parsed.format, Format::Outline);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let ids = [
        "python-backend",
        "python-data-science",
        "python-ml-engineer",
        "python-devops",
    ];
    assert_eq!(parsed.professions.len(), ids.len());
    for (imported, id) in parsed.professions.iter().zip(ids) {
        let builtin = Profession::clone(catalog().profession(id).unwrap());
        assert_eq!(shape(imported), shape(&builtin), "{id}");
        let grade_ids: Vec<&str> = imported.grades.iter().map(|g| g.id.as_str()).collect();
        let builtin_ids: Vec<&str> = builtin.grades.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(grade_ids, builtin_ids, "{id}");
        // The source writes "3 AI-разработчик" without the period the others have.
        let name = imported.name.trim_start_matches("3 ");
        assert_eq!(name, builtin.name, "{id}");
    }
}

#[test]
fn the_whole_of_seed_002_is_refused_at_its_first_stray_list() {
    // The overview under its heading numbers specialties before any grade is named.
    let error = error_of(format::parse_text(&seed("002_5000173e9bee1159.txt")));
    assert_eq!(error, FormatError::ItemBeforeGrade { line: 4 });
}

#[test]
fn outlines_read_headings_bold_lines_and_summaries() {
    let text = "\
# Go-разработчик {#go}
(Серверная разработка)
Stack: Go, Docker

## Junior
> Как у стажёра, и ещё:

**Soft Skills**
- Спрашивает
- Учится
  быстро

**Hard Skills:**
1. Синтаксис {#syntax}
2) Тесты

## Middle
(Самостоятелен)
* Профилирует

```
# не заголовок
```
| таблица |
";
    let parsed = format::parse_text(text).unwrap();
    let go = &parsed.professions[0];
    assert_eq!(go.id, "go");
    assert_eq!(go.summary.as_deref(), Some("Серверная разработка"));
    assert_eq!(go.stack, ["Go", "Docker"]);
    let junior = &go.grades[0];
    assert_eq!(junior.notes.as_deref(), Some("Как у стажёра, и ещё:"));
    let keys: Vec<String> = go.items().map(|i| i.key()).collect();
    assert_eq!(
        keys,
        [
            "go/junior/soft/1",
            "go/junior/soft/2",
            "go/junior/hard/syntax",
            "go/junior/hard/2",
            "go/middle/summary/1"
        ]
    );
    assert_eq!(junior.groups[0].items[1].text, "Учится быстро");
    assert_eq!(go.grades[1].description.as_deref(), Some("Самостоятелен"));
    assert_eq!(
        parsed.warnings,
        [
            FormatWarning::IgnoredLine { line: 21 },
            FormatWarning::IgnoredLine { line: 24 }
        ]
    );
}

#[test]
fn grade_lines_split_on_commas_outside_parentheses() {
    let text = "Backend\n\n* **Джун** — ООП, базы (SQL, NoSQL) , API.\n* **Мидл**: кеширование\n- безопасность\n* **Синьор+**\n";
    let parsed = format::parse_text(text).unwrap();
    let shape = shape(&parsed.professions[0]);
    let texts: Vec<Vec<String>> = shape
        .iter()
        .map(|(_, groups)| groups.iter().flat_map(|(_, items)| items.clone()).collect())
        .collect();
    assert_eq!(
        texts,
        [
            vec!["ООП".to_owned(), "базы (SQL, NoSQL)".into(), "API".into()],
            vec!["кеширование".into(), "безопасность".into()],
            vec![],
        ]
    );
    assert_eq!(
        parsed.warnings,
        [FormatWarning::GradeWithoutItems {
            at: Location::Line(6),
            grade: "Синьор+".into()
        }]
    );
    assert_eq!(parsed.professions[0].grades[2].id, "senior+");
}

#[test]
fn outline_errors_name_the_line() {
    let cases: Vec<(&str, FormatError)> = vec![
        ("- a\n- b\n", FormatError::BeforeProfession { line: 1 }),
        (
            "* **Junior** — a, b\n",
            FormatError::BeforeProfession { line: 1 },
        ),
        ("```\ncode\n```\n---\n", FormatError::NoProfession),
        ("Python\n\n- a\n", FormatError::ItemBeforeGrade { line: 3 }),
        (
            "Python\n(summary)\n1. a\n",
            FormatError::ItemBeforeGrade { line: 3 },
        ),
        (
            "# Python\n### Soft\n- a\n## Junior\n",
            FormatError::GroupBeforeGrade { line: 2 },
        ),
        (
            "Python\nJunior\nSoft Skills:\nHard Skills:\n- a\n",
            FormatError::EmptyGroup {
                at: Location::Line(3),
            },
        ),
        (
            "# Python\n## Junior\n1.\n",
            FormatError::EmptyItem {
                at: Location::Line(3),
            },
        ),
        (
            "# Python\n##\n- a\n",
            FormatError::EmptyText {
                at: Location::Line(2),
                field: TextField::GradeTitle,
            },
        ),
        (
            "# Python\n## Junior {#j}\n## Middle {#j}\n",
            FormatError::DuplicateGradeId {
                at: Location::Line(3),
                id: "j".into(),
            },
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(error_of(format::parse_outline(input)), expected, "{input}");
    }
}

#[test]
fn a_grade_with_no_items_is_a_warning_not_an_error() {
    let parsed = format::parse_text("# Python\n## Junior\n- a\n## Middle\n").unwrap();
    assert_eq!(
        parsed.warnings,
        [FormatWarning::GradeWithoutItems {
            at: Location::Line(4),
            grade: "Middle".into()
        }]
    );
}

#[test]
fn markdown_export_reads_back_the_same() {
    let professions = builtin_matrices();
    let markdown = format::to_markdown(&professions);
    let parsed = format::parse_text(&markdown).unwrap();
    assert_eq!(parsed.format, Format::Outline);
    let mut expected = professions;
    expected.iter_mut().for_each(|p| p.glossary.clear());
    assert_eq!(parsed.professions, expected);
    // Ids appear only where the text would not give them.
    assert!(markdown.contains("# Python-разработчик {#python-developer}\n"));
    assert!(markdown.contains("## Junior+ / Middle- {#junior+}\n"));
    assert!(markdown.contains("\n## Джун\n"));
    assert!(markdown.contains("\n### Soft Skills\n"));
}
