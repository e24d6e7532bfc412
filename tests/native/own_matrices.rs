//! The user's own professions: creating, copying, removing with undo, planning an import,
//! the edits inside a profession, and the catalog that shows them with the built-in ones.

use std::sync::Arc;

use crate::support::catalog;
use grades::catalog::format::{self, MAX_GRADES, MAX_ITEMS, MAX_PROFESSIONS};
use grades::catalog::{Origin, Profession};
use grades::state::matrices::{self, FieldProblem, ImportAction, LimitReached, OwnMatrices, Place};
use grades::state::self_assessment::SelfAssessment;

fn builtin(id: &str) -> Profession {
    Profession::clone(catalog().profession(id).unwrap())
}

#[test]
fn a_new_profession_gets_a_free_id_from_its_name() {
    let mut own = OwnMatrices::default();
    assert_eq!(own.create("Бэкенд", catalog()), Ok("bekend".to_owned()));
    assert_eq!(own.create("Бэкенд", catalog()), Ok("bekend-2".to_owned()));
    assert_eq!(own.create("", catalog()), Ok("matrix".to_owned()));
    assert_eq!(own.professions.len(), 3);
    assert!(own.get("bekend-2").unwrap().grades.is_empty());
}

#[test]
fn a_copy_of_a_builtin_profession_never_takes_its_id() {
    let mut own = OwnMatrices::default();
    let source = builtin("python-backend");
    let id = own.copy_of(&source, &source.name, catalog()).unwrap();
    assert_ne!(id, "python-backend");
    let copy = own.get(&id).unwrap();
    assert_eq!(copy.grades, source.grades, "every grade, group and item");
    assert_eq!(copy.item_count(), source.item_count());
}

#[test]
fn at_most_fifty_professions_of_your_own() {
    let mut own = OwnMatrices::default();
    for n in 0..MAX_PROFESSIONS {
        own.create(&format!("p{n}"), catalog()).unwrap();
    }
    assert_eq!(
        own.create("one more", catalog()),
        Err(LimitReached::Professions)
    );
    assert_eq!(own.professions.len(), MAX_PROFESSIONS);
}

#[test]
fn a_removed_profession_comes_back_in_its_place() {
    let mut own = OwnMatrices::default();
    for name in ["a", "b", "c"] {
        own.create(name, catalog()).unwrap();
    }
    let before = own.clone();
    let removed = own.remove("b").unwrap();
    assert_eq!(removed.index, 1);
    assert!(own.get("b").is_none());
    own.restore(removed);
    assert_eq!(own, before);
    assert!(own.remove("nope").is_none());
}

#[test]
fn an_import_adds_replaces_and_never_overwrites_a_builtin_id() {
    let mut own = OwnMatrices::default();
    own.create("Mine", catalog()).unwrap();
    let mine = Profession {
        id: "mine".into(),
        name: "Mine, new".into(),
        ..Profession::default()
    };
    let fresh = Profession {
        id: "fresh".into(),
        name: "Fresh".into(),
        ..Profession::default()
    };
    let plan = own
        .plan_import(
            vec![mine, fresh.clone(), builtin("python-backend"), fresh],
            catalog(),
        )
        .unwrap();
    let actions: Vec<_> = plan.iter().map(|e| e.action.clone()).collect();
    assert_eq!(
        actions,
        [
            ImportAction::Replace,
            ImportAction::Add,
            ImportAction::NewId {
                from: "python-backend".into()
            },
            ImportAction::NewId {
                from: "fresh".into()
            },
        ]
    );
    assert_eq!(plan[2].profession.id, "python-backend-2");
    assert_eq!(plan[3].profession.id, "fresh-2");
    // Nothing changes before the plan is applied.
    assert_eq!(own.professions.len(), 1);
    let ids = own.apply(plan);
    assert_eq!(ids, ["mine", "fresh", "python-backend-2", "fresh-2"]);
    assert_eq!(own.professions.len(), 4);
    assert_eq!(own.get("mine").unwrap().name, "Mine, new");
}

#[test]
fn an_import_past_the_limit_is_refused_whole() {
    let mut own = OwnMatrices::default();
    for n in 0..MAX_PROFESSIONS - 1 {
        own.create(&format!("p{n}"), catalog()).unwrap();
    }
    let two = vec![
        Profession {
            id: "x".into(),
            name: "X".into(),
            ..Profession::default()
        },
        Profession {
            id: "y".into(),
            name: "Y".into(),
            ..Profession::default()
        },
    ];
    assert_eq!(
        own.plan_import(two, catalog()),
        Err(LimitReached::Professions)
    );
    // Replacing does not count against the limit.
    let same = vec![Profession {
        id: "p0".into(),
        name: "P0".into(),
        ..Profession::default()
    }];
    assert!(own.plan_import(same, catalog()).is_ok());
}

#[test]
fn grades_groups_and_items_are_added_moved_and_removed() {
    let mut p = Profession {
        id: "team".into(),
        name: "Team".into(),
        ..Profession::default()
    };
    assert_eq!(matrices::add_grade(&mut p, "Junior"), Ok("junior".into()));
    assert_eq!(matrices::add_grade(&mut p, "Junior"), Ok("junior-2".into()));
    assert_eq!(matrices::add_grade(&mut p, ""), Ok("grade-3".into()));
    assert_eq!(matrices::add_group(&mut p, 0, "Soft Skills"), Ok(0));
    assert_eq!(matrices::add_group(&mut p, 0, ""), Ok(1));
    assert_eq!(p.grades[0].groups[0].id, "soft");
    let place = Place {
        grade: 0,
        group: 0,
        item: 0,
    };
    for text in ["one", "two", "three"] {
        matrices::add_item(&mut p, place, text).unwrap();
    }
    let ids: Vec<&str> = p.grades[0].groups[0]
        .items
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, ["1", "2", "3"]);

    // Moving keeps every id, so every tick stays on its item.
    assert!(matrices::move_item(&mut p, place, 2));
    let order: Vec<(&str, &str)> = p.grades[0].groups[0]
        .items
        .iter()
        .map(|i| (i.id.as_str(), i.text.as_str()))
        .collect();
    assert_eq!(order, [("2", "two"), ("3", "three"), ("1", "one")]);
    assert!(!matrices::move_item(&mut p, place, 3), "past the end");
    assert!(matrices::move_grade(&mut p, 0, 2));
    assert_eq!(p.grades[2].id, "junior");
    assert!(matrices::move_group(&mut p, 2, 1, 0));
    assert_eq!(p.grades[2].groups[1].id, "soft");

    let soft = Place {
        grade: 2,
        group: 1,
        item: 1,
    };
    assert_eq!(
        matrices::remove_item(&mut p, soft),
        Some("team/junior/soft/3".into())
    );
    assert_eq!(
        matrices::remove_group(&mut p, soft),
        Some(vec![
            "team/junior/soft/2".into(),
            "team/junior/soft/1".into()
        ])
    );
    let (grade, keys) = matrices::remove_grade(&mut p, 2).unwrap();
    assert_eq!(grade.id, "junior");
    assert!(keys.is_empty());
    assert_eq!(p.grades.len(), 2);
}

#[test]
fn the_editor_limits_are_those_of_the_formats() {
    let mut p = Profession::default();
    for n in 0..MAX_GRADES {
        matrices::add_grade(&mut p, &format!("g{n}")).unwrap();
    }
    assert_eq!(
        matrices::add_grade(&mut p, "one more"),
        Err(LimitReached::Grades)
    );
    matrices::add_group(&mut p, 0, "G").unwrap();
    let place = Place::default();
    for n in 0..MAX_ITEMS {
        matrices::add_item(&mut p, place, &format!("i{n}")).unwrap();
    }
    assert_eq!(
        matrices::add_item(&mut p, place, "one more"),
        Err(LimitReached::Items)
    );
    assert_eq!(
        matrices::check_text("  ", format::MAX_NAME_CHARS, true),
        Some(FieldProblem::Empty)
    );
    assert_eq!(
        matrices::check_text(&"я".repeat(1001), format::MAX_ITEM_CHARS, true),
        Some(FieldProblem::TooLong { max: 1000 })
    );
    assert_eq!(
        matrices::check_text(&"я".repeat(1000), format::MAX_ITEM_CHARS, true),
        None
    );
    assert_eq!(
        matrices::check_text("", format::MAX_TEXT_CHARS, false),
        None
    );
}

#[test]
fn the_catalog_shows_your_own_after_the_builtin_ones_marked_as_yours() {
    let mut own = OwnMatrices::default();
    let id = own.create("Team ladder", catalog()).unwrap();
    matrices::add_grade(own.get_mut(&id).unwrap(), "Junior").unwrap();
    // An id already shown is left out of the catalog, never shown twice.
    own.professions.push(builtin("python-backend"));
    let both = catalog().with_own(own.professions.iter().cloned().map(Arc::new));
    assert_eq!(both.professions().len(), catalog().professions().len() + 1);
    assert_eq!(both.origin(&id), Some(Origin::Own));
    assert_eq!(both.origin("python-backend"), Some(Origin::Builtin));
    assert_eq!(both.builtin().len(), catalog().professions().len());
    assert_eq!(both.search("team ladder").len(), 1);
}

#[test]
fn an_item_still_blank_in_the_editor_is_not_on_the_home_page() {
    let mut own = OwnMatrices::default();
    let id = own.create("Team", catalog()).unwrap();
    let p = own.get_mut(&id).unwrap();
    matrices::add_grade(p, "Junior").unwrap();
    matrices::add_group(p, 0, "").unwrap();
    for text in ["Git", " ", "SQL"] {
        matrices::add_item(p, Place::default(), text).unwrap();
    }
    let both = catalog().with_own(own.professions.iter().cloned().map(Arc::new));
    let shown = both.profession(&id).unwrap();
    let keys: Vec<String> = shown.items().map(|i| i.key()).collect();
    assert_eq!(keys, ["team/junior/summary/1", "team/junior/summary/3"]);
    assert_eq!(own.get(&id).unwrap().item_count(), 3, "the draft keeps it");
}

#[test]
fn ticks_of_a_removed_profession_come_back_with_it() {
    let mut ticks = SelfAssessment::default();
    for key in [
        "team/junior/soft/1",
        "team/junior/soft/2",
        "teams/junior/soft/1",
    ] {
        ticks.set(key, true);
    }
    let removed = ticks.untick_profession("team");
    assert_eq!(removed, ["team/junior/soft/1", "team/junior/soft/2"]);
    assert_eq!(
        ticks.ticked_keys().collect::<Vec<_>>(),
        ["teams/junior/soft/1"]
    );
    ticks.tick_all(removed);
    assert_eq!(ticks.ticked_keys().count(), 3);
}

#[test]
fn the_first_problem_is_found_in_the_editors_order() {
    use grades::state::matrices::{Spot, first_problem};
    let mut p = Profession {
        id: "team".into(),
        name: "Team".into(),
        ..Profession::default()
    };
    assert_eq!(first_problem(&p), None, "no grades yet is fine");
    matrices::add_grade(&mut p, "Junior").unwrap();
    matrices::add_group(&mut p, 0, "").unwrap();
    assert_eq!(
        first_problem(&p),
        Some((Spot::GroupEmpty(0, 0), FieldProblem::Empty))
    );
    matrices::add_item(&mut p, Place::default(), "Git").unwrap();
    matrices::add_item(&mut p, Place::default(), " ").unwrap();
    assert_eq!(
        first_problem(&p),
        Some((Spot::Item(0, 0, 1), FieldProblem::Empty))
    );
    p.grades[0].title = "x".repeat(201);
    assert_eq!(
        first_problem(&p),
        Some((Spot::GradeTitle(0), FieldProblem::TooLong { max: 200 }))
    );
    p.name.clear();
    assert_eq!(first_problem(&p), Some((Spot::Name, FieldProblem::Empty)));
    // Whatever the editor finds nothing wrong with, a file carries.
    p.name = "Team".into();
    p.grades[0].title = "Junior".into();
    p.grades[0].groups[0].items[1].text = "SQL".into();
    assert_eq!(first_problem(&p), None);
    assert!(format::validate(&[p]).is_ok());
}
