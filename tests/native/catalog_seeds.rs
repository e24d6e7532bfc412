//! The data against the seed texts (copies in tests/fixtures/seeds/): every
//! text of the data is in its seed, and every line of the seeds' grade
//! sections is in the data. The seeds are re-read here with small parsers of
//! their own, independent of how the JSON was written.

use crate::support::catalog;
use grades::catalog::{GradeLevel, Profession};

const SEED_000: &str = "000_31808d9ce0dfac46.txt";
const SEED_001: &str = "001_9a44a4eb7345591f.txt";
const SEED_002: &str = "002_5000173e9bee1159.txt";

fn seed(name: &str) -> String {
    let path = format!("{}/tests/fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn from_seed(name: &str) -> Vec<&'static Profession> {
    catalog()
        .professions()
        .iter()
        .filter(|p| source(p) == name)
        .map(|p| &**p)
        .collect()
}

/// The seed file a built-in profession comes from.
fn source(profession: &Profession) -> &str {
    profession.source.as_deref().unwrap_or_default()
}

/// "12. text" → (Some(12), "text"); "text" → (None, "text").
fn numbered(line: &str) -> (Option<usize>, &str) {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    match line[digits..].strip_prefix('.') {
        Some(rest) if digits > 0 => (line[..digits].parse().ok(), rest.trim()),
        _ => (None, line),
    }
}

#[test]
fn every_profession_comes_from_a_fixture_seed() {
    for profession in catalog().professions() {
        assert!(
            [SEED_000, SEED_001, SEED_002].contains(&source(profession)),
            "{}: {}",
            profession.id,
            source(profession)
        );
    }
}

#[test]
fn every_text_of_the_data_is_in_its_seed() {
    for profession in catalog().professions() {
        let text = squash(&seed(source(profession)));
        let find = |what: &str, value: &str| {
            assert!(
                text.contains(&squash(value)),
                "{}: {what} {value:?} is not in {}",
                profession.id,
                source(profession)
            );
        };
        // 001 has no title in the source; its name is ours (see the report).
        if source(profession) != SEED_001 {
            find("name", &profession.name);
        }
        if let Some(summary) = &profession.summary {
            find("summary", summary);
        }
        for tech in &profession.stack {
            find("stack entry", tech);
        }
        for entry in &profession.glossary {
            find("glossary term", &entry.term);
            find("glossary definition", &entry.definition);
        }
        for grade in &profession.grades {
            find("grade title", &grade.title);
            for value in grade.description.iter().chain(&grade.notes) {
                find("grade text", value);
            }
            for group in &grade.groups {
                for value in group.title.iter().chain(&group.note) {
                    find("group heading", value);
                }
            }
        }
        for item in profession.items() {
            find("item", &item.item.text);
        }
    }
}

/// A grade of the 000/001 layout: title line, then "Soft Skills:" /
/// "Hard Skills:" headings each followed by one item per line.
#[derive(Debug, PartialEq)]
struct LadderGrade {
    title: String,
    groups: Vec<(String, Vec<Numbered>)>,
}

/// An item with the number the seed gives it, if any.
type Numbered = (Option<usize>, String);

/// Lines before the first grade (000's title) are skipped; `stop` ends the
/// ladder (001's glossary follows it).
fn parse_ladder(text: &str, titles: &[&str], stop: Option<&str>) -> Vec<LadderGrade> {
    let mut grades: Vec<LadderGrade> = Vec::new();
    for line in text.lines().map(str::trim) {
        if Some(line) == stop {
            break;
        }
        let title = line.strip_prefix("Уровень ").unwrap_or(line);
        if titles.contains(&title) {
            grades.push(LadderGrade {
                title: title.to_owned(),
                groups: Vec::new(),
            });
        } else if let Some(heading) = line.strip_suffix(':').filter(|h| h.ends_with("Skills")) {
            let grade = grades.last_mut().expect("heading inside a grade");
            grade.groups.push((heading.to_owned(), Vec::new()));
        } else if !line.is_empty() && !grades.is_empty() {
            let grade = grades.last_mut().expect("text inside a grade");
            let group = grade.groups.last_mut().expect("item inside a group");
            let (number, item) = numbered(line);
            group.1.push((number, item.to_owned()));
        }
    }
    grades
}

/// The data of one profession in the same shape, with item numbers.
fn data_ladder(profession: &Profession) -> Vec<LadderGrade> {
    profession
        .grades
        .iter()
        .map(|grade| LadderGrade {
            title: grade.title.clone(),
            groups: grade
                .groups
                .iter()
                .map(|group| {
                    let items = group
                        .items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| (Some(i + 1), item.text.clone()))
                        .collect();
                    (group.title.clone().unwrap(), items)
                })
                .collect(),
        })
        .collect()
}

/// The data numbers every item; the seeds number some lists and not others.
fn with_numbers(mut grades: Vec<LadderGrade>) -> Vec<LadderGrade> {
    for grade in &mut grades {
        for (heading, items) in &mut grade.groups {
            for (i, (number, item)) in items.iter_mut().enumerate() {
                if let Some(n) = number {
                    assert_eq!(*n, i + 1, "{}/{heading}: {item}", grade.title);
                }
                *number = Some(i + 1);
            }
        }
    }
    grades
}

#[test]
fn seed_000_ladder_is_the_data() {
    let parsed = parse_ladder(
        &seed(SEED_000),
        &["Junior", "Middle", "Senior", "Lead"],
        None,
    );
    let [profession] = from_seed(SEED_000)[..] else {
        panic!("one profession from 000");
    };
    assert_eq!(profession.name, "Python-разработчик");
    assert_eq!(data_ladder(profession), with_numbers(parsed));
}

#[test]
fn seed_001_ladder_is_the_data_with_the_lead_rule_applied() {
    let mut parsed = parse_ladder(
        &seed(SEED_001),
        &["Junior", "Junior+ / Middle-", "Middle+", "Senior", "Lead"],
        Some("Многозадачность:"),
    );
    assert_eq!(parsed.len(), 5);
    let senior_soft = parsed[3].groups[0].1.clone();
    let senior_hard = parsed[3].groups[1].1.clone();
    let lead = &mut parsed[4];
    assert_eq!(lead.title, "Lead");
    // "Как у Senior +:" then items numbered 10–12: Senior's list continues.
    let soft = &mut lead.groups[0].1;
    assert_eq!(soft[0], (None, "Как у Senior +:".to_owned()));
    soft.splice(0..1, senior_soft);
    // "Hard Skills Senior и Lead не отличаются.": Senior's list, kept as a note.
    let hard = &mut lead.groups[1].1;
    assert_eq!(
        *hard,
        [(None, "Hard Skills Senior и Lead не отличаются.".to_owned())]
    );
    *hard = senior_hard;

    let [profession] = from_seed(SEED_001)[..] else {
        panic!("one profession from 001");
    };
    assert_eq!(data_ladder(profession), with_numbers(parsed));
    let levels: Vec<GradeLevel> = profession.grades.iter().filter_map(|g| g.level()).collect();
    use GradeLevel::*;
    assert_eq!(levels, [Junior, JuniorPlus, MiddlePlus, Senior, Lead]);
}

#[test]
fn seed_001_glossary_is_the_text_after_the_ladder() {
    let text = seed(SEED_001);
    let (_, tail) = text.split_once("\nМногозадачность:\n").unwrap();
    let [profession] = from_seed(SEED_001)[..] else {
        panic!("one profession from 001");
    };
    assert_eq!(profession.glossary.len(), 1);
    assert_eq!(profession.glossary[0].term, "Многозадачность");
    assert_eq!(profession.glossary[0].definition, tail.trim());
}

/// Seed 002: "N. name" headings, a "(description)" line under the first
/// listing, and "* **Title** — a, b (c, d), e." or "* title" grade lines.
#[derive(Debug, Default)]
struct Specialty {
    name: String,
    description: Option<String>,
    grades: Vec<(String, Option<String>)>,
}

fn parse_specialties(text: &str) -> Vec<Specialty> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut found: Vec<Specialty> = Vec::new();
    let mut current = None;
    for (index, line) in lines.iter().enumerate() {
        // "3 AI-разработчик" has no dot after its number.
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            let name = line[digits..].trim_start_matches('.').trim();
            let position = match found.iter().position(|s| s.name == name) {
                Some(position) => position,
                None => {
                    found.push(Specialty {
                        name: name.to_owned(),
                        ..Specialty::default()
                    });
                    found.len() - 1
                }
            };
            let next = lines.get(index + 1).copied().unwrap_or("");
            if next.starts_with('(') && found[position].description.is_none() {
                found[position].description = Some(next.to_owned());
            }
            current = Some(position);
        } else if let Some(bullet) = line.strip_prefix("* ") {
            let specialty = &mut found[current.expect("bullet under a heading")];
            match bullet
                .strip_prefix("**")
                .and_then(|b| b.split_once("** — "))
            {
                Some((title, rest)) => specialty
                    .grades
                    .push((title.to_owned(), Some(rest.to_owned()))),
                None => specialty.grades.push((bullet.trim().to_owned(), None)),
            }
        }
    }
    found
}

fn level_of(title: &str) -> GradeLevel {
    match title.to_lowercase().replace('ё', "е").as_str() {
        "стажер" => GradeLevel::Intern,
        "джун" => GradeLevel::Junior,
        "джун+" => GradeLevel::JuniorPlus,
        "мидл" => GradeLevel::Middle,
        "мидл+" => GradeLevel::MiddlePlus,
        "синьор+" => GradeLevel::SeniorPlus,
        other => panic!("unexpected grade title {other:?}"),
    }
}

/// The description without its outer parentheses: the line opens with one;
/// it closes with one only if that one is unmatched (the ML line is
/// "(Построение … (Scikit-learn, …, Keras)" with the outer one never closed).
fn unwrap_description(line: &str) -> String {
    let inner = line.strip_prefix('(').unwrap();
    let opens = inner.matches('(').count();
    let closes = inner.matches(')').count();
    let inner = if closes > opens {
        inner.strip_suffix(')').unwrap()
    } else {
        inner
    };
    squash(inner)
}

fn has_top_level_comma(item: &str) -> bool {
    let mut depth = 0i32;
    for c in item.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => return true,
            _ => {}
        }
        assert!(depth >= 0, "unbalanced parentheses in {item:?}");
    }
    assert_eq!(depth, 0, "unbalanced parentheses in {item:?}");
    false
}

#[test]
fn seed_002_specialties_are_the_data() {
    let parsed = parse_specialties(&seed(SEED_002));
    let data = from_seed(SEED_002);
    let names: Vec<&str> = parsed.iter().map(|s| s.name.as_str()).collect();
    let data_names: Vec<&str> = data.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(data_names, names);
    assert_eq!(data.len(), 9);

    for (specialty, profession) in parsed.iter().zip(&data) {
        let at = &profession.id;
        let description = specialty.description.as_deref().unwrap();
        assert_eq!(
            profession.summary.as_deref(),
            Some(unwrap_description(description).as_str()),
            "{at}"
        );
        let titles: Vec<&str> = specialty.grades.iter().map(|g| g.0.as_str()).collect();
        let data_titles: Vec<&str> = profession.grades.iter().map(|g| g.title.as_str()).collect();
        assert_eq!(data_titles, titles, "{at}");

        for ((title, line), grade) in specialty.grades.iter().zip(&profession.grades) {
            assert_eq!(grade.level(), Some(level_of(title)), "{at}/{title}");
            let Some(line) = line else {
                assert!(grade.groups.is_empty(), "{at}/{title}");
                continue;
            };
            let [group] = &grade.groups[..] else {
                panic!("{at}/{title}: one group per grade line");
            };
            // Nothing dropped or added: the items put back together are the
            // line (less its final period and the seed's " ," slip) ...
            let line = squash(line.strip_suffix('.').unwrap()).replace(" ,", ",");
            let texts: Vec<&str> = group.items.iter().map(|i| i.text.as_str()).collect();
            assert_eq!(texts.join(", "), line, "{at}/{title}");
            // ... and it was split at every comma outside parentheses, and
            // at no other.
            for item in texts {
                assert!(!has_top_level_comma(item), "{at}/{title}: {item}");
            }
        }
    }
}

#[test]
fn seed_002_grade_lines_are_all_accounted_for() {
    let text = seed(SEED_002);
    let bullets = text.lines().filter(|l| l.trim().starts_with("* ")).count();
    let grades: usize = from_seed(SEED_002).iter().map(|p| p.grades.len()).sum();
    assert_eq!(bullets, 36);
    assert_eq!(grades, bullets);
}

#[test]
fn seed_numbered_lines_are_all_accounted_for() {
    // Every "N. text" line of 000 and 001 is an item of that seed's data.
    for name in [SEED_000, SEED_001] {
        let [profession] = from_seed(name)[..] else {
            panic!("one profession from {name}");
        };
        let items: Vec<&str> = profession
            .items()
            .map(|item| item.item.text.as_str())
            .collect();
        for line in seed(name).lines().map(str::trim) {
            if let (Some(_), text) = numbered(line) {
                assert!(items.contains(&text), "{name}: {text}");
            }
        }
    }
}
