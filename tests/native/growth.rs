//! Evidence, the plan and snapshots (docs/rules.md#evidence, #plan, #snapshots): the pure
//! rules the `/plan` page and the evidence editor stand on.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use grades::catalog::{Grade, Item, Profession, SkillGroup};
use grades::state::evidence::{
    DateError, EvidenceBook, EvidenceDate, EvidenceDraft, EvidenceError, LINK_MAX, LINKS_MAX, Link,
    LinkError, NOTE_MAX,
};
use grades::state::plan::{GrowthPlan, plan as plan_of};
use grades::state::self_assessment::{Estimate, Progress, SelfAssessment};
use grades::state::snapshots::{
    LABEL_MAX, MAX_SNAPSHOTS, ProjectFigures, Snapshot, SnapshotError, Snapshots, apply, auto_due,
    diff, take,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

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

// Snapshots.

fn snapshot(taken_at: &str, label: Option<&str>, automatic: bool) -> Snapshot {
    Snapshot {
        taken_at: taken_at.to_owned(),
        label: label.map(str::to_owned),
        automatic,
        ..Snapshot::default()
    }
}

/// The n-th second of a day: distinct and in order for every `n` a test uses.
fn day(n: usize) -> String {
    format!(
        "2026-11-30T{:02}:{:02}:{:02}.000Z",
        n / 3600,
        n / 60 % 60,
        n % 60
    )
}

#[test]
fn an_automatic_snapshot_is_due_once_a_day_and_only_on_change() {
    let cases = [
        (None, "2026-11-30", true, true),
        (None, "2026-11-30", false, false),
        (Some("2026-11-29T23:59:59.000Z"), "2026-11-30", true, true),
        (Some("2026-11-30T00:00:01.000Z"), "2026-11-30", true, false),
        (
            Some("2026-11-30T08:00:00.000Z"),
            "2026-11-30T22:00:00.000Z",
            true,
            false,
        ),
        (Some("2026-11-29T08:00:00.000Z"), "2026-11-30", false, false),
        (Some("garbage"), "2026-11-30", true, true),
        (Some(""), "2026-11-30", true, true),
    ];
    for (last, today, changed, due) in cases {
        assert_eq!(
            auto_due(last, today, changed),
            due,
            "{last:?} {today} {changed}"
        );
    }
}

#[test]
fn taking_a_snapshot_copies_ticks_estimates_and_project_figures() {
    let own = catalog().with_own([Arc::new(ladder())]);
    let mut ticks = SelfAssessment::default();
    for key in [
        "team/a/soft/1",
        "team/a/soft/2",
        "team/a/hard/1",
        "team/a/hard/2",
    ] {
        ticks.set(key, true);
    }
    ticks.set("gone/x/y/1", true);
    let projects = vec![ProjectFigures {
        name: "Shop".into(),
        q: "2.22".into(),
        d: Some("D2".into()),
    }];
    let taken = take(
        &ticks,
        &own,
        projects.clone(),
        "2026-11-30T10:00:00.000Z",
        "  review  ",
        false,
    )
    .unwrap();
    assert_eq!(taken.label.as_deref(), Some("review"));
    assert!(!taken.automatic);
    assert_eq!(taken.ticks.len(), 5, "unknown keys are copied too");
    assert!(taken.ticks.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(taken.estimates.get("team"), Some(&Some("a".to_owned())));
    assert_eq!(taken.estimates.get("python-developer"), Some(&None));
    assert!(
        !taken.estimates.contains_key("postgresql-dba"),
        "a profession with nothing to tick has no estimate"
    );
    assert_eq!(taken.projects, projects);

    let blank = take(&ticks, &own, Vec::new(), "t", "   ", true).unwrap();
    assert_eq!(blank.label, None);
    let long = "л".repeat(LABEL_MAX + 1);
    assert_eq!(
        take(&ticks, &own, Vec::new(), "t", &long, false),
        Err(SnapshotError::LabelTooLong {
            chars: LABEL_MAX + 1
        })
    );
    assert!(take(&ticks, &own, Vec::new(), "t", &long[..LABEL_MAX * 2], false).is_ok());
}

#[test]
fn a_full_list_prunes_the_oldest_automatic_first_and_says_so() {
    let mut list = Snapshots::default();
    for n in 0..MAX_SNAPSHOTS {
        let s = match n % 3 {
            0 => snapshot(&day(n), Some("kept"), false),
            1 => snapshot(&day(n), None, false),
            _ => snapshot(&day(n), None, true),
        };
        assert_eq!(list.push(s), Ok(Vec::new()));
    }
    assert_eq!(list.len(), MAX_SNAPSHOTS);
    let pruned = list
        .push(snapshot("2027-12-31T00:00:00.000Z", None, true))
        .unwrap();
    assert_eq!(pruned, [snapshot(&day(2), None, true)]);
    assert_eq!(list.len(), MAX_SNAPSHOTS);
    assert_eq!(
        list.list().last().unwrap().taken_at,
        "2027-12-31T00:00:00.000Z"
    );
    assert_eq!(list.last_automatic(), Some("2027-12-31T00:00:00.000Z"));
}

#[test]
fn when_only_manual_unlabelled_ones_are_left_they_go_before_any_labelled() {
    let mut list = Snapshots::default();
    for n in 0..MAX_SNAPSHOTS {
        let label = (n != 1 && n != 7).then_some("kept");
        list.push(snapshot(&day(n), label, false)).unwrap();
    }
    let pruned = list.push(snapshot("2027-12-01", None, false)).unwrap();
    assert_eq!(pruned, [snapshot(&day(1), None, false)]);
    let pruned = list.push(snapshot("2027-12-02", None, true)).unwrap();
    assert_eq!(pruned, [snapshot(&day(7), None, false)]);
    let pruned = list.push(snapshot("2027-12-03", None, false)).unwrap();
    assert_eq!(
        pruned,
        [snapshot("2027-12-02", None, true)],
        "an automatic one goes before an older manual one"
    );
}

#[test]
fn a_list_of_labelled_snapshots_refuses_a_new_one_and_stays_as_it_was() {
    let mut list = Snapshots::default();
    for n in 0..MAX_SNAPSHOTS {
        list.push(snapshot(&day(n), Some("kept"), n % 2 == 0))
            .unwrap();
    }
    let before = list.clone();
    assert_eq!(
        list.push(snapshot("2027-12-31", None, true)),
        Err(SnapshotError::Full)
    );
    assert_eq!(list, before);
    // Removing a label makes room.
    list.set_label(5, "  ").unwrap();
    assert_eq!(
        list.push(snapshot("2027-12-31", None, true)).unwrap().len(),
        1
    );
    assert_eq!(
        list.remove(MAX_SNAPSHOTS),
        Err(SnapshotError::NoSuchSnapshot {
            index: MAX_SNAPSHOTS
        })
    );
}

#[test]
fn snapshots_are_kept_in_time_order_whatever_order_they_come_in() {
    let mut list = Snapshots::default();
    for at in ["2026-11-03", "2026-11-01", "2026-11-02", "2026-11-01"] {
        list.push(snapshot(at, None, false)).unwrap();
    }
    let order: Vec<&str> = list.list().iter().map(|s| s.taken_at.as_str()).collect();
    assert_eq!(
        order,
        ["2026-11-01", "2026-11-01", "2026-11-02", "2026-11-03"]
    );
}

#[test]
fn comparing_two_snapshots_groups_ticks_by_grade_and_names_estimate_and_q_changes() {
    let figures = |name: &str, q: &str, d: Option<&str>| ProjectFigures {
        name: name.into(),
        q: q.into(),
        d: d.map(str::to_owned),
    };
    let older = Snapshot {
        ticks: vec![
            "p/junior/hard/1".into(),
            "p/junior/hard/2".into(),
            "p/middle/soft/1".into(),
        ],
        estimates: BTreeMap::from([
            ("p".into(), None),
            ("q".into(), Some("junior".into())),
            ("gone".into(), Some("lead".into())),
        ]),
        projects: vec![
            figures("Shop", "1.50", Some("D1")),
            figures("Same", "2", Some("D2")),
            figures("Old", "1", Some("D1")),
        ],
        ..snapshot("2026-11-01", None, false)
    };
    let newer = Snapshot {
        ticks: vec![
            "p/junior/hard/1".into(),
            "p/junior/hard/3".into(),
            "p/middle/hard/4".into(),
            "p/middle/hard/5".into(),
        ],
        estimates: BTreeMap::from([
            ("p".into(), Some("junior".into())),
            ("q".into(), Some("junior".into())),
            ("new".into(), None),
        ]),
        projects: vec![
            figures("Shop", "2.25", Some("D2")),
            figures("Same", "2", Some("D2")),
            figures("New", "0.5", None),
        ],
        ..snapshot("2026-11-30", Some("review"), false)
    };
    let change = diff(&older, &newer);
    assert_eq!(
        change.gained,
        BTreeMap::from([
            ("p/junior".to_owned(), vec!["p/junior/hard/3".to_owned()]),
            (
                "p/middle".to_owned(),
                vec!["p/middle/hard/4".to_owned(), "p/middle/hard/5".to_owned()]
            ),
        ])
    );
    assert_eq!(
        change.lost,
        BTreeMap::from([
            ("p/junior".to_owned(), vec!["p/junior/hard/2".to_owned()]),
            ("p/middle".to_owned(), vec!["p/middle/soft/1".to_owned()]),
        ])
    );
    assert_eq!((change.gained_count(), change.lost_count()), (3, 2));
    let estimates: Vec<(&str, Option<&str>, Option<&str>)> = change
        .estimates
        .iter()
        .map(|e| {
            (
                e.profession.as_str(),
                e.before.as_deref(),
                e.after.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        estimates,
        [("gone", Some("lead"), None), ("p", None, Some("junior"))],
        "a profession new with no grade is no change"
    );
    let projects: Vec<(&str, Option<Decimal>)> = change
        .projects
        .iter()
        .map(|p| (p.name.as_str(), p.q_change()))
        .collect();
    assert_eq!(
        projects,
        [
            ("Shop", Some(Decimal::new(75, 2))),
            ("New", None),
            ("Old", None)
        ]
    );
    assert_eq!(change.projects[1].before, None);
    assert_eq!(change.projects[2].after, None);
    assert_eq!(apply(&change, &older), newer.ticks);
    assert!(diff(&newer, &newer).is_empty());
}

fn keys() -> impl Strategy<Value = BTreeSet<String>> {
    let key =
        (0..3u8, 0..4u8, 0..2u8, 1..6u8).prop_map(|(p, g, s, i)| format!("p{p}/g{g}/s{s}/{i}"));
    prop::collection::btree_set(prop_oneof![9 => key, 1 => "[a-z/]{0,12}"], 0..40)
}

fn any_snapshot() -> impl Strategy<Value = Snapshot> {
    let estimates = prop::collection::btree_map("p[0-3]", prop::option::of("g[0-3]"), 0..4);
    let projects = prop::collection::vec(
        ("[AB]", "[0-9]\\.[0-9]{1,2}", prop::option::of("D[0-5]"))
            .prop_map(|(name, q, d)| ProjectFigures { name, q, d }),
        0..4,
    );
    (keys(), estimates, projects).prop_map(|(ticks, estimates, projects)| Snapshot {
        ticks: ticks.into_iter().collect(),
        estimates,
        projects,
        ..Snapshot::default()
    })
}

/// A time, and whether a snapshot is labelled and automatic: mostly labelled, so the
/// unlabelled ones run out and every branch of pruning is taken.
fn any_kind() -> impl Strategy<Value = (usize, bool, bool)> {
    (0..400usize, prop::bool::weighted(0.8), any::<bool>())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn applying_the_diff_of_a_to_b_to_a_gives_b(a in any_snapshot(), b in any_snapshot()) {
        let change = diff(&a, &b);
        prop_assert_eq!(apply(&change, &a), b.ticks.clone());
        prop_assert_eq!(diff(&b, &a).gained, change.lost.clone());
        prop_assert_eq!(a.ticks.len() + change.gained_count(), b.ticks.len() + change.lost_count());
        for (grade, keys) in change.gained.iter().chain(&change.lost) {
            prop_assert!(keys.iter().all(|k| k.starts_with(grade.as_str())));
        }
    }

    #[test]
    fn a_snapshot_compared_with_itself_has_no_change(a in any_snapshot()) {
        prop_assert!(diff(&a, &a).is_empty());
        prop_assert_eq!(apply(&diff(&a, &a), &a), a.ticks.clone());
    }

    /// Whatever is pushed, the list stays within the limit, in time order, and no labelled
    /// snapshot is ever pruned.
    #[test]
    fn pruning_never_removes_a_labelled_snapshot(
        start in prop::collection::vec(any_kind(), 330..=MAX_SNAPSHOTS),
        pushes in prop::collection::vec(any_kind(), 1..80),
    ) {
        let make = |(n, labelled, automatic): (usize, bool, bool)| {
            snapshot(&day(n), labelled.then_some("kept"), automatic)
        };
        let count = |list: &Snapshots, which: fn(&Snapshot) -> bool| {
            list.list().iter().filter(|s| which(s)).count()
        };
        let labelled: fn(&Snapshot) -> bool = |s| s.label.is_some();
        let automatic_unlabelled: fn(&Snapshot) -> bool = |s| s.automatic && s.label.is_none();
        let mut list = Snapshots::default();
        for s in start.into_iter().map(make) {
            prop_assert_eq!(list.push(s), Ok(Vec::new()));
        }
        for s in pushes.into_iter().map(make) {
            let len = list.len();
            let labelled_before = count(&list, labelled);
            let automatic_before = count(&list, automatic_unlabelled);
            let is_labelled = s.label.is_some();
            match list.push(s) {
                Ok(pruned) => {
                    prop_assert!(list.len() <= MAX_SNAPSHOTS);
                    prop_assert_eq!(len + 1, list.len() + pruned.len());
                    prop_assert!(pruned.iter().all(|p| p.label.is_none()));
                    if pruned.iter().any(|p| !p.automatic) {
                        prop_assert_eq!(automatic_before, 0, "a manual one went first");
                    }
                    prop_assert_eq!(
                        count(&list, labelled),
                        labelled_before + usize::from(is_labelled)
                    );
                }
                Err(error) => {
                    prop_assert_eq!(error, SnapshotError::Full);
                    prop_assert_eq!(list.len(), len);
                    prop_assert_eq!(count(&list, labelled), len, "refused with room to prune");
                }
            }
            prop_assert!(list.list().windows(2).all(|w| w[0].taken_at <= w[1].taken_at));
        }
    }
}

#[test]
fn the_stored_snapshots_read_back_and_refuse_unknown_fields() {
    let mut list = Snapshots::default();
    list.push(Snapshot {
        ticks: vec!["p/g/s/1".into()],
        estimates: BTreeMap::from([("p".into(), Some("g".into()))]),
        projects: vec![ProjectFigures {
            name: "Shop".into(),
            q: "2.22".into(),
            d: Some("D2".into()),
        }],
        ..snapshot("2026-11-30T10:00:00.000Z", Some("review"), false)
    })
    .unwrap();
    list.set_automatic(false);
    let json = serde_json::to_string(&list).unwrap();
    assert_eq!(
        json,
        r#"{"snapshots":[{"taken_at":"2026-11-30T10:00:00.000Z","label":"review","automatic":false,"ticks":["p/g/s/1"],"estimates":{"p":"g"},"projects":[{"name":"Shop","q":"2.22","d":"D2"}]}],"automatic_off":true}"#
    );
    assert_eq!(serde_json::from_str::<Snapshots>(&json).unwrap(), list);
    assert!(!list.automatic_enabled());
    assert!(
        serde_json::from_str::<Snapshots>(r#"{"snapshots":[{"taken_at":"t","mood":"good"}]}"#)
            .is_err()
    );
}

/// The first JSON example under a heading of docs/formats.md.
fn formats_example(heading: &str) -> String {
    let text = crate::support::repo_file("docs/formats.md");
    let section = text.split(heading).nth(1).unwrap();
    let block = section.split("```json\n").nth(1).unwrap();
    block.split("\n```").next().unwrap().to_owned()
}

#[test]
fn the_documented_examples_read_as_their_stored_types() {
    use grades::state::persistence::decode;
    let book: EvidenceBook = decode(&formats_example("### Evidence key")).unwrap();
    assert_eq!(book.len(), 1);
    let list: Snapshots = decode(&formats_example("### Snapshots key")).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list.last_automatic(), Some("2026-11-21T18:02:11.000Z"));
    let change = diff(&list.list()[0], &list.list()[1]);
    assert_eq!((change.gained_count(), change.lost_count()), (1, 0));
}
