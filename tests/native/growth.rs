//! Evidence and the plan (docs/rules.md#evidence, #plan): the pure rules the `/plan` page and
//! the evidence editor stand on.

use grades::catalog::{Grade, Item, Profession, SkillGroup};
use grades::state::evidence::{
    DateError, EvidenceBook, EvidenceDate, EvidenceDraft, EvidenceError, LINK_MAX, LINKS_MAX, Link,
    LinkError, NOTE_MAX,
};
use grades::state::plan::{GrowthPlan, plan as plan_of};
use grades::state::self_assessment::{Estimate, Progress, SelfAssessment};

use crate::support::catalog;

/// A profession of three grades: `a` with two groups (2 + 3 items), `b` empty, `c` with 5.
fn ladder() -> Profession {
    let group = |id: &str, items: usize| SkillGroup {
        id: id.to_owned(),
        title: Some(format!("Group {id}")),
        note: None,
        items: (1..=items)
            .map(|n| Item {
                id: n.to_string(),
                text: format!("{id} skill {n}"),
            })
            .collect(),
    };
    let grade = |id: &str, groups: Vec<SkillGroup>| Grade {
        id: id.to_owned(),
        title: id.to_uppercase(),
        groups,
        ..Grade::default()
    };
    Profession {
        id: "team".to_owned(),
        name: "Team".to_owned(),
        grades: vec![
            grade("a", vec![group("soft", 2), group("hard", 3)]),
            grade("b", Vec::new()),
            grade("c", vec![group("hard", 5)]),
        ],
        ..Profession::default()
    }
}

fn draft(note: &str, links: &[&str], date: &str) -> EvidenceDraft {
    EvidenceDraft {
        note: note.to_owned(),
        links: links.iter().map(|l| (*l).to_owned()).collect(),
        date: date.to_owned(),
    }
}

// Evidence.

#[test]
fn only_http_and_https_links_with_a_host_are_accepted() {
    use LinkError::{NoHost, Scheme, Space, TooLong};
    let long = format!("https://x.org/{}", "a".repeat(LINK_MAX));
    let cases: [(&str, Result<(), LinkError>); 22] = [
        ("https://example.org", Ok(())),
        ("http://example.org/path?q=1#top", Ok(())),
        ("HTTPS://EXAMPLE.ORG", Ok(())),
        ("HtTp://x", Ok(())),
        ("https://user@host:8080/a", Ok(())),
        ("https://пример.рф/путь", Ok(())),
        ("javascript:alert(1)", Err(Scheme)),
        ("JAVASCRIPT:alert(1)", Err(Scheme)),
        ("javascript://example.org/%0Aalert(1)", Err(Scheme)),
        ("data:text/html,<script>alert(1)</script>", Err(Scheme)),
        ("file:///etc/passwd", Err(Scheme)),
        ("ftp://example.org", Err(Scheme)),
        ("/relative/path", Err(Scheme)),
        ("example.org", Err(Scheme)),
        ("", Err(Scheme)),
        (" https://x", Err(Scheme)),
        ("https://", Err(NoHost)),
        ("https:///path", Err(NoHost)),
        ("https://user@/x", Err(NoHost)),
        ("http://a b", Err(Space)),
        ("https://x/\u{7}", Err(Space)),
        (long.as_str(), Err(TooLong)),
    ];
    for (text, expected) in cases {
        assert_eq!(Link::parse(text).map(drop), expected, "{text:?}");
    }
}

#[test]
fn dates_are_real_days_written_as_yyyy_mm_dd() {
    use DateError::{Format, NoSuchDay};
    let cases = [
        ("2026-11-30", Ok(())),
        ("2024-02-29", Ok(())),
        ("2000-02-29", Ok(())),
        ("1900-02-29", Err(NoSuchDay)),
        ("2026-02-29", Err(NoSuchDay)),
        ("2026-04-31", Err(NoSuchDay)),
        ("2026-13-01", Err(NoSuchDay)),
        ("2026-00-10", Err(NoSuchDay)),
        ("2026-01-00", Err(NoSuchDay)),
        ("0000-01-01", Err(NoSuchDay)),
        ("2026-1-5", Err(Format)),
        ("30.11.2026", Err(Format)),
        ("2026-11-30T10:00", Err(Format)),
        ("+026-11-30", Err(Format)),
        ("２０２６-11-30", Err(Format)),
        ("", Err(Format)),
    ];
    for (text, expected) in cases {
        assert_eq!(EvidenceDate::parse(text).map(drop), expected, "{text:?}");
    }
}

#[test]
fn a_draft_gets_every_fields_error_and_nothing_is_stored() {
    let mut book = EvidenceBook::default();
    let bad = draft(
        &"я".repeat(NOTE_MAX + 1),
        &["https://ok.org", "", "javascript:alert(1)", "http://a b"],
        "2026-02-30",
    );
    assert_eq!(
        book.set("team/a/soft/1", &bad),
        Err(vec![
            EvidenceError::NoteTooLong {
                chars: NOTE_MAX + 1
            },
            EvidenceError::BadLink {
                index: 2,
                reason: LinkError::Scheme
            },
            EvidenceError::BadLink {
                index: 3,
                reason: LinkError::Space
            },
            EvidenceError::BadDate {
                text: "2026-02-30".into(),
                reason: DateError::NoSuchDay
            },
        ])
    );
    assert!(book.is_empty(), "a refused draft stores nothing");
}

#[test]
fn a_valid_draft_is_stored_as_typed_and_reads_back_into_the_editor() {
    let mut book = EvidenceBook::default();
    let typed = draft(
        &format!("  {}  ", "ё".repeat(NOTE_MAX - 4)),
        &["", "https://github.com/me/pr/1", "   "],
        " 2026-11-30 ",
    );
    book.set("team/a/soft/1", &typed).unwrap();
    let stored = book.get("team/a/soft/1").unwrap();
    assert_eq!(stored.note(), typed.note, "the note is kept as typed");
    assert_eq!(
        stored.links().iter().map(Link::as_str).collect::<Vec<_>>(),
        ["https://github.com/me/pr/1"],
        "blank link fields are no links"
    );
    assert_eq!(stored.date().map(EvidenceDate::as_str), Some("2026-11-30"));
    let reopened = EvidenceDraft::from(stored);
    assert_eq!(reopened.links, ["https://github.com/me/pr/1"]);
    assert_eq!(reopened.date, "2026-11-30");

    // Saving an emptied draft removes the item's evidence.
    book.set("team/a/soft/1", &draft("   ", &[""], "")).unwrap();
    assert!(book.get("team/a/soft/1").is_none());
}

#[test]
fn at_most_twenty_links_an_item() {
    let links: Vec<String> = (0..=LINKS_MAX).map(|n| format!("https://x/{n}")).collect();
    let refs: Vec<&str> = links.iter().map(String::as_str).collect();
    assert_eq!(
        draft("", &refs, "").parse(),
        Err(vec![EvidenceError::TooManyLinks {
            count: LINKS_MAX + 1
        }])
    );
    assert!(draft("", &refs[..LINKS_MAX], "").parse().is_ok());
}

#[test]
fn stored_evidence_refuses_a_link_that_is_not_http() {
    let good = r#"{"items":{"team/a/soft/1":{"note":"PR","links":["https://x.org"],"date":"2026-11-30"}}}"#;
    let book: EvidenceBook = serde_json::from_str(good).unwrap();
    assert_eq!(book.len(), 1);
    assert_eq!(
        serde_json::to_string(&book).unwrap(),
        r#"{"items":{"team/a/soft/1":{"note":"PR","links":["https://x.org"],"date":"2026-11-30"}}}"#
    );
    for bad in [
        r#"{"items":{"k":{"links":["javascript:alert(1)"]}}}"#,
        r#"{"items":{"k":{"date":"30.11.2026"}}}"#,
        r#"{"items":{"k":{"note":"x","colour":"red"}}}"#,
    ] {
        assert!(serde_json::from_str::<EvidenceBook>(bad).is_err(), "{bad}");
    }
    let long = format!(
        r#"{{"items":{{"k":{{"note":"{}"}}}}}}"#,
        "a".repeat(NOTE_MAX + 1)
    );
    assert!(serde_json::from_str::<EvidenceBook>(&long).is_err());
}

#[test]
fn each_grade_counts_its_items_with_evidence() {
    let p = ladder();
    let mut book = EvidenceBook::default();
    let note = draft("done", &[], "");
    for key in [
        "team/a/soft/1",
        "team/a/hard/3",
        "team/c/hard/5",
        "team/x/hard/1",
    ] {
        book.set(key, &note).unwrap();
    }
    book.set("other/a/soft/1", &note).unwrap();
    assert_eq!(book.with_evidence(&p, "a"), 2);
    assert_eq!(book.with_evidence(&p, "b"), 0);
    assert_eq!(book.with_evidence(&p, "c"), 1);
    assert_eq!(
        book.with_evidence(&p, "x"),
        0,
        "a grade the profession lacks"
    );

    let taken = book.take_profession("team");
    assert_eq!(
        taken.len(),
        4,
        "keys the matrix lacks go with their profession"
    );
    assert_eq!(book.len(), 1);
    book.restore(taken);
    assert_eq!(book.with_evidence(&p, "a"), 2);
}

// The plan.

#[test]
fn the_plan_lists_what_is_left_up_to_the_target_in_ladder_order() {
    let p = ladder();
    let mut ticks = SelfAssessment::default();
    for key in [
        "team/a/soft/1",
        "team/a/soft/2",
        "team/a/hard/2",
        "team/c/hard/1",
    ] {
        ticks.set(key, true);
    }
    let plan = plan_of(&p, "c", &ticks).unwrap();
    let shape: Vec<(&str, &str, Vec<&str>)> = plan
        .gaps
        .iter()
        .flat_map(|grade| {
            grade.groups.iter().map(|group| {
                (
                    grade.grade_id.as_str(),
                    group.group_id.as_str(),
                    group.items.iter().map(|i| i.key.as_str()).collect(),
                )
            })
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("a", "hard", vec!["team/a/hard/1", "team/a/hard/3"]),
            (
                "c",
                "hard",
                vec![
                    "team/c/hard/2",
                    "team/c/hard/3",
                    "team/c/hard/4",
                    "team/c/hard/5"
                ]
            ),
        ],
        "the ticked soft group and the empty grade b are left out"
    );
    assert_eq!(plan.gaps[0].grade_title, "A");
    assert_eq!(
        plan.gaps[0].groups[0].group_title.as_deref(),
        Some("Group hard")
    );
    assert_eq!(plan.gaps[1].groups[0].items[0].text, "hard skill 2");
    assert_eq!(plan.gap_count(), 6);

    let status: Vec<(&str, Progress, bool)> = plan
        .grades
        .iter()
        .map(|g| (g.grade_id.as_str(), g.progress, g.reached))
        .collect();
    let progress = |ticked, total| Progress { ticked, total };
    assert_eq!(
        status,
        [
            ("a", progress(3, 5), false),
            ("b", progress(0, 0), false),
            ("c", progress(1, 5), false),
        ]
    );
    assert_eq!(plan.overall, progress(4, 10));
    assert!(!plan.target_reached);

    // Towards `a` only `a` counts; at 4 of 5 it is reached.
    ticks.set("team/a/hard/1", true);
    let plan_a = plan_for(&p, "a", &ticks);
    assert_eq!(plan_a.grades.len(), 1);
    assert!(plan_a.target_reached);
    assert_eq!(plan_a.gap_count(), 1);
    // The empty grade b neither counts nor blocks.
    assert!(plan_of(&p, "b", &ticks).unwrap().target_reached);
    assert!(plan_of(&p, "nope", &ticks).is_none());
}

fn plan_for(p: &Profession, target: &str, ticks: &SelfAssessment) -> GrowthPlan {
    plan_of(p, target, ticks).unwrap()
}

#[test]
fn nothing_to_tick_is_never_a_reached_target() {
    let empty = Profession {
        id: "empty".into(),
        name: "Empty".into(),
        grades: vec![Grade {
            id: "junior".into(),
            title: "Junior".into(),
            ..Grade::default()
        }],
        ..Profession::default()
    };
    let plan = plan_of(&empty, "junior", &SelfAssessment::default()).unwrap();
    assert!(plan.gaps.is_empty());
    assert!(!plan.target_reached);
}

#[test]
fn the_plan_on_a_built_in_profession_agrees_with_the_estimate() {
    let catalog = catalog();
    let python = catalog.profession("python-developer").unwrap();
    let mut ticks = SelfAssessment::default();
    let grade_ids: Vec<&str> = python
        .grades
        .iter()
        .filter(|g| g.has_skills())
        .map(|g| g.id.as_str())
        .collect();
    assert!(grade_ids.len() >= 3);
    // Every item of the first grade, all but one of the second.
    for item in python.grade_items(grade_ids[0]) {
        ticks.set(&item.key(), true);
    }
    let second: Vec<String> = python.grade_items(grade_ids[1]).map(|i| i.key()).collect();
    for key in &second[1..] {
        ticks.set(key, true);
    }
    let target = grade_ids[2];
    let plan = plan_of(python, target, &ticks).unwrap();
    assert_eq!(plan.gaps[0].grade_id, grade_ids[1]);
    assert_eq!(plan.gaps[0].groups[0].items[0].key, second[0]);
    let left: usize = python.grade_items(target).count() + 1;
    assert_eq!(plan.gap_count(), left);
    for item in plan
        .gaps
        .iter()
        .flat_map(|g| &g.groups)
        .flat_map(|g| &g.items)
    {
        assert!(!ticks.is_ticked(&item.key));
        assert_eq!(catalog.item(&item.key).unwrap().item.text, item.text);
    }
    for id in &grade_ids[..3] {
        let plan = plan_for(python, id, &ticks);
        let estimated_at_or_above = match ticks.estimate(python) {
            Estimate::Reached(grade) => {
                python.grade_position(&grade.id) >= python.grade_position(id)
            }
            Estimate::BelowFirst | Estimate::NotAssessable => false,
        };
        assert_eq!(plan.target_reached, estimated_at_or_above, "{id}");
    }
}
