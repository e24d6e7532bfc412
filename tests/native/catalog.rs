//! The embedded matrices: they parse, hold together, and hold what the seeds hold.

use std::collections::HashSet;

use crate::support::catalog;
use grades::catalog::{
    Catalog, CatalogError, Counts, EMBEDDED, GradeLevel, Profession, UnknownGradeLevel, item_key,
};

#[test]
fn every_embedded_file_parses_on_its_own() {
    for file in EMBEDDED {
        let catalog = Catalog::from_files([(file.name, file.json)])
            .unwrap_or_else(|error| panic!("{}: {error}", file.name));
        assert!(!catalog.professions().is_empty(), "{} is empty", file.name);
    }
}

#[test]
fn embedded_list_matches_the_assets_directory() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/matrices");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".json"))
        .collect();
    on_disk.sort();
    let embedded: Vec<&str> = EMBEDDED.iter().map(|file| file.name).collect();
    assert_eq!(on_disk, embedded);
}

#[test]
fn load_parses_once_and_shares_the_result() {
    assert!(std::ptr::eq(catalog(), catalog()));
}

#[test]
fn profession_ids_are_unique() {
    let ids: HashSet<&str> = catalog()
        .professions()
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids.len(), catalog().professions().len());
}

#[test]
fn grades_are_in_strictly_increasing_level_order() {
    for profession in catalog().professions() {
        for pair in profession.grades.windows(2) {
            assert!(
                pair[0].level().is_some() && pair[0].level() < pair[1].level(),
                "{}: {} before {}",
                profession.id,
                pair[0].id,
                pair[1].id
            );
        }
    }
}

/// Counted by hand from the seeds: (id, seed, [(level, title, items per group)]).
/// 001's Lead counts Senior's 9 soft skills plus items 10–12, and Senior's 14
/// hard skills ("Hard Skills Senior и Lead не отличаются.").
type GradeRow = (&'static str, &'static str, &'static [usize]);
/// (id, seed, [(level, title, items per group)]) as compared.
type Shape<'a> = Vec<(&'a str, &'a str, Vec<(&'a str, &'a str, Vec<usize>)>)>;
const EXPECTED: &[(&str, &str, &[GradeRow])] = &[
    (
        "python-developer",
        "000_31808d9ce0dfac46.txt",
        &[
            ("junior", "Junior", &[5, 5]),
            ("middle", "Middle", &[5, 5]),
            ("senior", "Senior", &[5, 5]),
            ("lead", "Lead", &[5, 5]),
        ],
    ),
    (
        "python-developer-extended",
        "001_9a44a4eb7345591f.txt",
        &[
            ("junior", "Junior", &[4, 7]),
            ("junior+", "Junior+ / Middle-", &[4, 8]),
            ("middle+", "Middle+", &[7, 13]),
            ("senior", "Senior", &[9, 14]),
            ("lead", "Lead", &[12, 14]),
        ],
    ),
    (
        "python-backend",
        "002_5000173e9bee1159.txt",
        &[
            ("intern", "Стажёр", &[4]),
            ("junior", "Джун", &[5]),
            ("junior+", "Джун+", &[6]),
            ("middle", "Мидл", &[6]),
            ("middle+", "Мидл+", &[5]),
            ("senior+", "Синьор+", &[6]),
        ],
    ),
    (
        "python-data-science",
        "002_5000173e9bee1159.txt",
        &[
            ("intern", "Стажёр", &[6]),
            ("junior", "Джун", &[5]),
            ("junior+", "Джун+", &[6]),
            ("middle", "Мидл", &[7]),
            ("middle+", "Мидл+", &[6]),
            ("senior+", "Синьор+", &[7]),
        ],
    ),
    (
        "python-ml-engineer",
        "002_5000173e9bee1159.txt",
        &[
            ("intern", "Стажёр", &[5]),
            ("junior", "Джун", &[6]),
            ("junior+", "Джун+", &[6]),
            ("middle", "Мидл", &[6]),
            ("middle+", "Мидл+", &[7]),
            ("senior+", "Синьор+", &[7]),
        ],
    ),
    (
        "python-devops",
        "002_5000173e9bee1159.txt",
        &[
            ("intern", "Стажёр", &[6]),
            ("junior", "Джун", &[4]),
            ("junior+", "Джун+", &[6]),
            ("middle", "Мидл", &[6]),
            ("middle+", "Мидл+", &[6]),
            ("senior+", "Синьор+", &[7]),
        ],
    ),
    ("python-qa-automation", "002_5000173e9bee1159.txt", &[]),
    ("python-gamedev", "002_5000173e9bee1159.txt", &[]),
    ("python-iot", "002_5000173e9bee1159.txt", &[]),
    (
        "postgresql-data-analysts",
        "002_5000173e9bee1159.txt",
        &[
            ("intern", "стажер", &[]),
            ("junior", "джун", &[]),
            ("junior+", "джун+", &[]),
            ("middle", "мидл", &[]),
            ("middle+", "мидл+", &[]),
            ("senior+", "синьор+", &[]),
        ],
    ),
    (
        "postgresql-dba",
        "002_5000173e9bee1159.txt",
        &[
            ("intern", "стажер", &[]),
            ("junior", "джун", &[]),
            ("junior+", "джун+", &[]),
            ("middle", "мидл", &[]),
            ("middle+", "мидл+", &[]),
            ("senior+", "синьор+", &[]),
        ],
    ),
];

#[test]
fn counts_per_profession_match_the_seeds() {
    let actual: Shape = catalog()
        .professions()
        .iter()
        .map(|p| {
            let grades = p
                .grades
                .iter()
                .map(|g| {
                    let sizes = g.groups.iter().map(|s| s.items.len()).collect();
                    (g.id.as_str(), g.title.as_str(), sizes)
                })
                .collect();
            (
                p.id.as_str(),
                p.source.as_deref().unwrap_or_default(),
                grades,
            )
        })
        .collect();
    let expected: Shape = EXPECTED
        .iter()
        .map(|(id, source, grades)| {
            let grades = grades
                .iter()
                .map(|(level, title, sizes)| (*level, *title, sizes.to_vec()))
                .collect();
            (*id, *source, grades)
        })
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn totals_are_eleven_professions_45_grades_273_items() {
    let per_profession: Vec<(&str, usize)> = catalog()
        .professions()
        .iter()
        .map(|p| (p.id.as_str(), p.item_count()))
        .collect();
    assert_eq!(
        per_profession,
        [
            ("python-developer", 40),
            ("python-developer-extended", 92),
            ("python-backend", 32),
            ("python-data-science", 37),
            ("python-ml-engineer", 37),
            ("python-devops", 35),
            ("python-qa-automation", 0),
            ("python-gamedev", 0),
            ("python-iot", 0),
            ("postgresql-data-analysts", 0),
            ("postgresql-dba", 0),
        ]
    );
    assert_eq!(
        catalog().counts(),
        Counts {
            professions: 11,
            grades: 45,
            items: 273
        }
    );
}

#[test]
fn item_keys_are_unique_and_resolve_back() {
    let mut keys = HashSet::new();
    for item in catalog().items() {
        let key = item.key();
        assert!(keys.insert(key.clone()), "duplicate key {key}");
        let found = catalog().item(&key).expect("key resolves");
        assert_eq!(found.item.text, item.item.text);
        assert_eq!(found.key(), key);
    }
    assert_eq!(keys.len(), catalog().counts().items);
}

#[test]
fn item_keys_have_the_documented_shape() {
    let first = catalog().items().next().unwrap();
    assert_eq!(first.key(), "python-developer/junior/soft/1");
    assert_eq!(
        first.item.text,
        "Готовность учиться и быстро осваивать новое"
    );
    assert_eq!(
        item_key(
            "python-backend",
            GradeLevel::JuniorPlus.as_str(),
            "summary",
            "2"
        ),
        "python-backend/junior+/summary/2"
    );
    let item = catalog()
        .item("python-developer-extended/lead/soft/12")
        .unwrap();
    assert_eq!(item.item.text, "Умение проведения встреч one-to-one.");
}

#[test]
fn unknown_or_malformed_keys_resolve_to_nothing() {
    for key in [
        "",
        "python-developer",
        "python-developer/junior/soft/0",
        "python-developer/junior/soft/6",
        "python-developer/intern/soft/1",
        "python-developer/jun/soft/1",
        "python-developer/junior/soft/1/x",
        "nobody/junior/soft/1",
    ] {
        assert!(catalog().item(key).is_none(), "{key}");
    }
}

#[test]
fn grade_levels_are_ordered_intern_to_lead() {
    use GradeLevel::*;
    let ladder = [
        Intern, Junior, JuniorPlus, Middle, MiddlePlus, Senior, SeniorPlus, Lead,
    ];
    assert_eq!(GradeLevel::ALL, ladder);
    assert!(ladder.windows(2).all(|pair| pair[0] < pair[1]));
}

#[test]
fn grade_level_serde_names_and_labels() {
    let names = [
        "intern", "junior", "junior+", "middle", "middle+", "senior", "senior+", "lead",
    ];
    let labels = [
        "Intern", "Junior", "Junior+", "Middle", "Middle+", "Senior", "Senior+", "Lead",
    ];
    for ((level, name), label) in GradeLevel::ALL.into_iter().zip(names).zip(labels) {
        assert_eq!(
            serde_json::to_string(&level).unwrap(),
            format!("\"{name}\"")
        );
        assert_eq!(
            serde_json::from_str::<GradeLevel>(&format!("\"{name}\"")).unwrap(),
            level
        );
        assert_eq!(level.as_str(), name);
        assert_eq!(name.parse::<GradeLevel>(), Ok(level));
        assert_eq!(level.label(), label);
        assert_eq!(level.to_string(), label);
    }
    assert_eq!(
        "Junior".parse::<GradeLevel>(),
        Err(UnknownGradeLevel("Junior".to_owned()))
    );
    assert!(serde_json::from_str::<GradeLevel>("\"JUNIOR_PLUS\"").is_err());
}

#[test]
fn extended_matrix_lead_is_senior_plus_three_soft_skills() {
    let p = catalog().profession("python-developer-extended").unwrap();
    let senior = p.grade(GradeLevel::Senior.as_str()).unwrap();
    let lead = p.grade(GradeLevel::Lead.as_str()).unwrap();
    let (senior_soft, senior_hard) = (&senior.groups[0], &senior.groups[1]);
    let (lead_soft, lead_hard) = (&lead.groups[0], &lead.groups[1]);
    assert_eq!(lead_soft.note.as_deref(), Some("Как у Senior +:"));
    assert_eq!(lead_soft.items[..9], senior_soft.items[..]);
    let added: Vec<&str> = lead_soft.items[9..]
        .iter()
        .map(|item| item.text.as_str())
        .collect();
    assert_eq!(
        added,
        [
            "Наставничество над коллегами из своей компетенции с понятным результатом — приобретением ими желаемых скиллов.",
            "Умение давать ученикам нетравматичную ОС.",
            "Умение проведения встреч one-to-one.",
        ]
    );
    assert_eq!(lead_hard.items, senior_hard.items);
    assert_eq!(
        lead.notes.as_deref(),
        Some("Hard Skills Senior и Lead не отличаются.")
    );
}

#[test]
fn extended_matrix_carries_its_glossary() {
    let p = catalog().profession("python-developer-extended").unwrap();
    assert_eq!(p.glossary.len(), 1);
    assert_eq!(p.glossary[0].term, "Многозадачность");
    assert!(
        p.glossary[0]
            .definition
            .starts_with("В термин вкладывается")
    );
    let entries: Vec<_> = p.glossary_in("Многозадачность.").collect();
    assert_eq!(entries, [&p.glossary[0]]);
    assert_eq!(p.glossary_in("Проактивная работа").count(), 0);
    let others = catalog()
        .professions()
        .iter()
        .filter(|p| !p.glossary.is_empty());
    assert_eq!(others.count(), 1);
}

#[test]
fn group_ids_and_titles_follow_the_sources() {
    for profession in catalog().professions() {
        for grade in &profession.grades {
            let groups: Vec<(&str, Option<&str>)> = grade
                .groups
                .iter()
                .map(|g| (g.id.as_str(), g.title.as_deref()))
                .collect();
            let expected: &[(&str, Option<&str>)] =
                match profession.source.as_deref().unwrap_or_default() {
                    "002_5000173e9bee1159.txt" if grade.has_skills() => &[("summary", None)],
                    "002_5000173e9bee1159.txt" => &[],
                    _ => &[("soft", Some("Soft Skills")), ("hard", Some("Hard Skills"))],
                };
            assert_eq!(groups, expected, "{}/{}", profession.id, grade.id);
        }
    }
}

#[test]
fn search_is_case_insensitive_over_names_stack_and_items() {
    let ids =
        |query: &str| -> Vec<&str> { catalog().search(query).iter().map(|hit| hit.id()).collect() };
    assert_eq!(ids("pyGAME"), ["python-gamedev"]);
    assert_eq!(
        ids("postgesql"),
        ["postgresql-data-analysts", "postgresql-dba"]
    );
    assert_eq!(ids("data scientist"), ["python-data-science"]);
    assert_eq!(ids("nothing like this"), Vec::<&str>::new());
    // Items only: Kafka is named in 001's Middle+ and Senior hard skills.
    let hits = catalog().search("kafka");
    assert_eq!(hits.len(), 1);
    assert!(!hits[0].profession_matches);
    assert_eq!(
        hits[0].item_keys(),
        [
            "python-developer-extended/middle+/hard/3",
            "python-developer-extended/senior/hard/3",
            "python-developer-extended/lead/hard/3",
        ]
    );
}

#[test]
fn search_folds_yo_and_whitespace() {
    let hits = catalog().search("  неопределенности ");
    assert_eq!(hits.len(), 1);
    assert_eq!(
        hits[0].items[0].item.text,
        "Способность работать в условиях неопределённости"
    );
}

#[test]
fn blank_search_lists_every_profession() {
    let hits = catalog().search("   ");
    assert_eq!(hits.len(), catalog().professions().len());
    assert!(
        hits.iter()
            .all(|hit| hit.profession_matches && hit.items.is_empty())
    );
}

fn one_profession(id: &str, grades: &str) -> String {
    format!(r#"[{{"id":"{id}","name":"n","source":"s","grades":[{grades}]}}]"#)
}

#[test]
fn broken_json_is_a_typed_error() {
    let error = Catalog::from_files([("bad.json", "[{\"id\": ")]).unwrap_err();
    assert!(matches!(&error, CatalogError::Parse { file, .. } if file == "bad.json"));
    assert!(
        error
            .to_string()
            .starts_with("matrix file bad.json is not valid")
    );
    let unknown_field = r#"[{"id":"a","name":"n","source":"s","colour":"grey"}]"#;
    assert!(matches!(
        Catalog::from_files([("x.json", unknown_field)]),
        Err(CatalogError::Parse { .. })
    ));
    let bad_level = one_profession("a", r#"{"level":"guru","title":"t"}"#);
    assert!(matches!(
        Catalog::from_files([("x.json", bad_level.as_str())]),
        Err(CatalogError::Parse { .. })
    ));
}

#[test]
fn duplicate_profession_ids_are_rejected() {
    let a = one_profession("a", "");
    assert_eq!(
        Catalog::from_files([("1.json", a.as_str()), ("2.json", a.as_str())]),
        Err(CatalogError::DuplicateProfession { id: "a".to_owned() })
    );
}

#[test]
fn ids_must_be_slugs() {
    for id in ["", "A", "a b", "a--b", "-a", "a/b", "ё"] {
        let json = one_profession(id, "");
        assert_eq!(
            Catalog::from_files([("x.json", json.as_str())]),
            Err(CatalogError::InvalidId { id: id.to_owned() }),
            "{id:?}"
        );
    }
}

#[test]
fn grades_out_of_order_are_rejected() {
    let repeated = one_profession(
        "a",
        r#"{"level":"junior","title":"J"},{"level":"junior","title":"J"}"#,
    );
    assert_eq!(
        Catalog::from_files([("x.json", repeated.as_str())]),
        Err(CatalogError::GradeOrder {
            profession: "a".to_owned(),
            previous: GradeLevel::Junior,
            level: GradeLevel::Junior,
        })
    );
    let backwards = one_profession(
        "a",
        r#"{"level":"lead","title":"L"},{"level":"intern","title":"I"}"#,
    );
    let error = Catalog::from_files([("x.json", backwards.as_str())]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "profession a: grade Intern follows Lead, levels must strictly increase"
    );
}

#[test]
fn groups_and_texts_are_checked() {
    let cases = [
        (
            r#"{"level":"junior","title":"J","skill_groups":[{"id":"soft","items":["x"]},{"id":"soft","items":["y"]}]}"#,
            CatalogError::InvalidGroup {
                grade: "a/junior".to_owned(),
                group: "soft".to_owned(),
            },
        ),
        (
            r#"{"level":"junior","title":"J","skill_groups":[{"id":"soft","items":[]}]}"#,
            CatalogError::EmptyGroup {
                grade: "a/junior".to_owned(),
                group: "soft".to_owned(),
            },
        ),
        (
            r#"{"level":"junior","title":"J","skill_groups":[{"id":"soft","items":["x"," y"]}]}"#,
            CatalogError::BadText {
                place: "a/junior/soft/2".to_owned(),
            },
        ),
        (
            r#"{"level":"junior","title":""}"#,
            CatalogError::BadText {
                place: "a/junior: title".to_owned(),
            },
        ),
    ];
    for (grades, expected) in cases {
        let json = one_profession("a", grades);
        assert_eq!(
            Catalog::from_files([("x.json", json.as_str())]),
            Err(expected)
        );
    }
}

#[test]
fn error_messages_are_lowercase_without_trailing_period() {
    let errors = [
        CatalogError::InvalidId { id: "A".into() },
        CatalogError::DuplicateProfession { id: "a".into() },
        CatalogError::EmptyGroup {
            grade: "a/junior".into(),
            group: "soft".into(),
        },
    ];
    for error in errors {
        let message = error.to_string();
        assert!(message.starts_with(|c: char| c.is_lowercase()), "{message}");
        assert!(!message.ends_with('.'), "{message}");
    }
}

#[test]
fn professions_round_trip_through_their_stored_form() {
    let professions: Vec<Profession> = catalog()
        .professions()
        .iter()
        .map(|p| Profession::clone(p))
        .collect();
    let json = serde_json::to_string(&professions).unwrap();
    let again: Vec<Profession> = serde_json::from_str(&json).unwrap();
    assert_eq!(again, professions);
}

#[test]
fn the_worked_example_is_the_sources_three_technologies() {
    let example = grades::catalog::worked_example();
    assert_eq!(example.name, "Пример из методики");
    let rows: Vec<_> = example
        .technologies
        .iter()
        .map(|t| {
            (
                t.name.as_str(),
                t.min.as_str(),
                t.weight.as_str(),
                t.level.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("Письменный английский", "1", "0.5", "1"),
            ("Разработка на Rust", "1", "1.0", "3"),
            ("Разработка серверного ПО", "2", "0.8", "2"),
        ]
    );
}
