//! The timeline of snapshots (docs/rules.md#snapshots): each snapshot's recorded estimate and
//! its progress towards a target grade, read from its ticks against today's items.

use std::collections::BTreeMap;

use grades::catalog::{Grade, Item, Profession, SkillGroup};
use grades::state::self_assessment::Progress;
use grades::state::snapshots::{Snapshot, timeline};

/// Grades `a` (4 items), `b` (none), `c` (2 items), `d` (3 items).
fn ladder() -> Profession {
    let grade = |id: &str, items: usize| Grade {
        id: id.to_owned(),
        title: id.to_uppercase(),
        groups: (items > 0)
            .then(|| SkillGroup {
                id: "s".to_owned(),
                title: None,
                note: None,
                items: (1..=items)
                    .map(|n| Item {
                        id: n.to_string(),
                        text: format!("{id} {n}"),
                    })
                    .collect(),
            })
            .into_iter()
            .collect(),
        ..Grade::default()
    };
    Profession {
        id: "p".to_owned(),
        name: "P".to_owned(),
        grades: vec![grade("a", 4), grade("b", 0), grade("c", 2), grade("d", 3)],
        ..Profession::default()
    }
}

fn snapshot(ticks: &[&str], estimate: Option<Option<&str>>) -> Snapshot {
    Snapshot {
        taken_at: "2026-11-30T10:00:00.000Z".to_owned(),
        ticks: ticks.iter().map(|k| (*k).to_owned()).collect(),
        estimates: estimate
            .map(|e| BTreeMap::from([("p".to_owned(), e.map(str::to_owned))]))
            .unwrap_or_default(),
        ..Snapshot::default()
    }
}

#[test]
fn progress_counts_the_ticked_items_of_every_grade_up_to_the_target() {
    let list = [
        snapshot(&[], Some(None)),
        snapshot(
            &["p/a/s/1", "p/a/s/2", "p/a/s/3", "p/a/s/4"],
            Some(Some("a")),
        ),
        snapshot(
            // Above the target, another profession, and an item since removed: none counts.
            &["p/a/s/1", "p/c/s/2", "p/d/s/1", "q/a/s/1", "p/a/s/9"],
            Some(Some("a")),
        ),
    ];
    let points = timeline(&list, &ladder(), "c").unwrap();
    let progress: Vec<Progress> = points.iter().map(|p| p.progress).collect();
    assert_eq!(
        progress,
        [
            Progress {
                ticked: 0,
                total: 6
            },
            Progress {
                ticked: 4,
                total: 6
            },
            Progress {
                ticked: 2,
                total: 6
            },
        ]
    );
    assert_eq!(
        points.iter().map(|p| p.index).collect::<Vec<_>>(),
        [0, 1, 2]
    );
}

#[test]
fn ticks_out_of_order_or_twice_count_once_each() {
    let list = [snapshot(
        &["p/c/s/1", "p/a/s/2", "p/a/s/1", "p/a/s/2", "p/d/s/1"],
        None,
    )];
    let points = timeline(&list, &ladder(), "c").unwrap();
    assert_eq!(
        points[0].progress,
        Progress {
            ticked: 3,
            total: 6
        }
    );
}

#[test]
fn the_estimate_is_the_recorded_one_placed_on_todays_ladder() {
    let list = [
        snapshot(&[], Some(None)),
        snapshot(&[], Some(Some("c"))),
        snapshot(&[], Some(Some("gone"))),
        snapshot(&[], None),
    ];
    let points = timeline(&list, &ladder(), "d").unwrap();
    let estimates: Vec<(Option<&str>, Option<usize>)> = points
        .iter()
        .map(|p| (p.estimate, p.estimate_position))
        .collect();
    assert_eq!(
        estimates,
        [
            (None, None),
            (Some("c"), Some(2)),
            (Some("gone"), None),
            (None, None)
        ]
    );
}

#[test]
fn an_unknown_target_gives_no_timeline_and_no_snapshots_an_empty_one() {
    assert_eq!(timeline(&[snapshot(&[], None)], &ladder(), "z"), None);
    assert_eq!(timeline(&[], &ladder(), "a"), Some(Vec::new()));
}
