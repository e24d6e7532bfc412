//! Self-assessment on the grade matrices: which skill items the user ticked,
//! how far each grade is covered, and which grade that suggests.
//!
//! Pure data and rules (no browser imports); the home page keeps an
//! [`SelfAssessment`] in `localStorage` (its `Stored::KEY`).
//!
//! Grades without items (the PostgreSQL gradings name grades with no content)
//! cannot be assessed: they neither count towards the estimate nor block it,
//! and a profession whose grades are all empty has no estimate at all.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::catalog::{Grade, Profession};
use crate::state::persistence::{StorageKey, Stored};

/// Share of a grade's items, in percent, that must be ticked for the grade
/// to count as reached.
pub const THRESHOLD_PERCENT: usize = 80;

/// The ticked item keys ([`crate::catalog::ItemRef::key`]). Keys the catalog
/// no longer knows are kept, never dropped: they simply count for nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfAssessment {
    #[serde(default)]
    ticked: BTreeSet<String>,
}

impl Stored for SelfAssessment {
    const KEY: StorageKey = StorageKey::SelfAssessment;
    const ONLY_KNOWN_FIELDS: bool = true;
}

/// How many of a set of items are ticked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub ticked: usize,
    pub total: usize,
}

/// What the ticks of one profession suggest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Estimate<'a> {
    /// No grade of the profession has items to tick.
    NotAssessable,
    /// The first grade with items is not yet reached.
    BelowFirst,
    /// The highest grade reached, every lower grade with items reached too.
    Reached(&'a Grade),
}

impl SelfAssessment {
    pub fn is_ticked(&self, key: &str) -> bool {
        self.ticked.contains(key)
    }

    pub fn set(&mut self, key: &str, ticked: bool) {
        if ticked {
            self.ticked.insert(key.to_owned());
        } else {
            self.ticked.remove(key);
        }
    }

    /// Unticks these keys; returns the ones that were ticked, to put back on undo.
    pub fn untick_all(&mut self, keys: impl IntoIterator<Item = String>) -> Vec<String> {
        keys.into_iter()
            .filter(|key| self.ticked.remove(key))
            .collect()
    }

    /// Unticks every item of a profession; returns the keys, to put back on undo.
    pub fn untick_profession(&mut self, id: &str) -> Vec<String> {
        let prefix = format!("{id}/");
        let keys: Vec<String> = self
            .ticked
            .iter()
            .filter(|key| key.starts_with(&prefix))
            .cloned()
            .collect();
        self.untick_all(keys)
    }

    pub fn tick_all(&mut self, keys: impl IntoIterator<Item = String>) {
        self.ticked.extend(keys);
    }

    /// Every ticked key, in key order.
    pub fn ticked_keys(&self) -> impl Iterator<Item = &str> {
        self.ticked.iter().map(String::as_str)
    }

    /// Progress on the items of one grade of a profession; `0 / 0` when the
    /// profession has no such grade or the grade has no items.
    pub fn grade_progress(&self, profession: &Profession, grade: &str) -> Progress {
        self.progress_of(profession.grade_items(grade).map(|item| item.key()))
    }

    /// Progress on every item of a profession.
    pub fn profession_progress(&self, profession: &Profession) -> Progress {
        self.progress_of(profession.items().map(|item| item.key()))
    }

    /// The highest grade that is reached (at least [`THRESHOLD_PERCENT`] of
    /// its items ticked) with every lower grade reached as well. Grades
    /// without items are skipped (see the module docs).
    pub fn estimate<'a>(&self, profession: &'a Profession) -> Estimate<'a> {
        let mut assessable = profession
            .grades
            .iter()
            .map(|grade| (grade, self.grade_progress(profession, &grade.id)))
            .filter(|(_, progress)| progress.total > 0)
            .peekable();
        if assessable.peek().is_none() {
            return Estimate::NotAssessable;
        }
        assessable
            .take_while(|(_, progress)| progress.is_reached())
            .last()
            .map_or(Estimate::BelowFirst, |(grade, _)| Estimate::Reached(grade))
    }

    fn progress_of(&self, keys: impl Iterator<Item = String>) -> Progress {
        keys.fold(Progress::default(), |progress, key| Progress {
            ticked: progress.ticked + usize::from(self.is_ticked(&key)),
            total: progress.total + 1,
        })
    }
}

impl Progress {
    /// Whole percent, rounded down so that a figure of 80 % always means the
    /// threshold is met; 0 when there is nothing to tick.
    pub fn percent(self) -> usize {
        self.ticked
            .saturating_mul(100)
            .checked_div(self.total)
            .unwrap_or(0)
    }

    /// At least [`THRESHOLD_PERCENT`] of a non-empty set is ticked.
    pub fn is_reached(self) -> bool {
        self.total > 0
            && self.ticked.saturating_mul(100) >= self.total.saturating_mul(THRESHOLD_PERCENT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, GradeLevel, Item, SkillGroup};
    use GradeLevel::{Intern, Junior, Lead, Middle, Senior};

    fn grade(level: GradeLevel, items: usize) -> Grade {
        Grade {
            id: level.as_str().to_owned(),
            title: level.label().to_owned(),
            groups: (items > 0)
                .then(|| SkillGroup {
                    id: "hard".to_owned(),
                    title: Some("Hard Skills".to_owned()),
                    note: None,
                    items: (1..=items)
                        .map(|n| Item {
                            id: n.to_string(),
                            text: format!("skill {n}"),
                        })
                        .collect(),
                })
                .into_iter()
                .collect(),
            ..Grade::default()
        }
    }

    fn profession(grades: Vec<Grade>) -> Profession {
        Profession {
            id: "dev".to_owned(),
            name: "Dev".to_owned(),
            grades,
            ..Profession::default()
        }
    }

    /// Ticks the first `count` items of a grade.
    fn tick(
        assessment: &mut SelfAssessment,
        profession: &Profession,
        level: GradeLevel,
        count: usize,
    ) {
        for item in profession.grade_items(level.as_str()).take(count) {
            assessment.set(&item.key(), true);
        }
    }

    fn reached(estimate: Estimate<'_>) -> Option<GradeLevel> {
        match estimate {
            Estimate::Reached(grade) => grade.level(),
            Estimate::NotAssessable | Estimate::BelowFirst => None,
        }
    }

    #[test]
    fn ticking_and_unticking_a_key() {
        let mut assessment = SelfAssessment::default();
        assessment.set("dev/junior/hard/1", true);
        assessment.set("dev/junior/hard/1", true);
        assert!(assessment.is_ticked("dev/junior/hard/1"));
        assert_eq!(assessment.ticked_keys().count(), 1);
        assessment.set("dev/junior/hard/1", false);
        assert!(!assessment.is_ticked("dev/junior/hard/1"));
        assert_eq!(assessment, SelfAssessment::default());
    }

    #[test]
    fn grade_progress_counts_only_that_grades_items() {
        let p = profession(vec![grade(Junior, 5), grade(Middle, 4)]);
        let mut assessment = SelfAssessment::default();
        tick(&mut assessment, &p, Junior, 2);
        assessment.set("dev/junior/hard/99", true);
        assessment.set("other/junior/hard/1", true);
        assert_eq!(
            assessment.grade_progress(&p, Junior.as_str()),
            Progress {
                ticked: 2,
                total: 5
            }
        );
        assert_eq!(
            assessment.grade_progress(&p, Middle.as_str()),
            Progress {
                ticked: 0,
                total: 4
            }
        );
        assert_eq!(
            assessment.grade_progress(&p, Lead.as_str()),
            Progress::default(),
            "a level the profession lacks"
        );
        assert_eq!(
            assessment.profession_progress(&p),
            Progress {
                ticked: 2,
                total: 9
            }
        );
    }

    #[test]
    fn percent_rounds_down_and_empty_is_zero() {
        let p = |ticked, total| Progress { ticked, total };
        assert_eq!(p(0, 0).percent(), 0);
        assert_eq!(p(1, 3).percent(), 33);
        assert_eq!(p(2, 3).percent(), 66);
        assert_eq!(p(4, 5).percent(), 80);
        assert_eq!(p(7, 9).percent(), 77);
        assert_eq!(p(5, 5).percent(), 100);
    }

    #[test]
    fn a_grade_is_reached_at_eighty_percent_exactly() {
        let p = |ticked, total| Progress { ticked, total };
        assert!(p(4, 5).is_reached());
        assert!(!p(3, 5).is_reached());
        assert!(p(8, 10).is_reached());
        assert!(!p(7, 9).is_reached(), "77 % is below");
        assert!(p(8, 9).is_reached());
        assert!(!p(0, 0).is_reached(), "nothing to tick is never reached");
    }

    #[test]
    fn estimate_is_the_highest_grade_with_every_lower_grade_reached() {
        let p = profession(vec![
            grade(Junior, 5),
            grade(Middle, 5),
            grade(Senior, 5),
            grade(Lead, 5),
        ]);
        let mut assessment = SelfAssessment::default();
        assert_eq!(assessment.estimate(&p), Estimate::BelowFirst);
        tick(&mut assessment, &p, Junior, 4);
        assert_eq!(reached(assessment.estimate(&p)), Some(Junior));
        tick(&mut assessment, &p, Middle, 5);
        assert_eq!(reached(assessment.estimate(&p)), Some(Middle));
        // Senior all ticked but Middle falls below: Senior does not count.
        tick(&mut assessment, &p, Senior, 5);
        assessment.set("dev/middle/hard/1", false);
        assessment.set("dev/middle/hard/2", false);
        assert_eq!(reached(assessment.estimate(&p)), Some(Junior));
    }

    #[test]
    fn a_gap_at_the_first_grade_blocks_everything_above() {
        let p = profession(vec![grade(Junior, 5), grade(Middle, 5)]);
        let mut assessment = SelfAssessment::default();
        tick(&mut assessment, &p, Middle, 5);
        tick(&mut assessment, &p, Junior, 3);
        assert_eq!(assessment.estimate(&p), Estimate::BelowFirst);
    }

    #[test]
    fn grades_without_items_neither_count_nor_block() {
        let p = profession(vec![
            grade(Intern, 0),
            grade(Junior, 5),
            grade(Middle, 0),
            grade(Senior, 5),
        ]);
        let mut assessment = SelfAssessment::default();
        assert_eq!(assessment.estimate(&p), Estimate::BelowFirst);
        tick(&mut assessment, &p, Junior, 5);
        assert_eq!(reached(assessment.estimate(&p)), Some(Junior));
        tick(&mut assessment, &p, Senior, 4);
        assert_eq!(reached(assessment.estimate(&p)), Some(Senior));
    }

    #[test]
    fn a_profession_with_nothing_to_tick_is_not_assessable() {
        let assessment = SelfAssessment::default();
        assert_eq!(
            assessment.estimate(&profession(Vec::new())),
            Estimate::NotAssessable
        );
        assert_eq!(
            assessment.estimate(&profession(vec![grade(Intern, 0), grade(Junior, 0)])),
            Estimate::NotAssessable
        );
    }

    #[test]
    fn stored_form_is_a_list_of_keys_and_reads_back() {
        let mut assessment = SelfAssessment::default();
        assessment.set("b/junior/hard/2", true);
        assessment.set("a/junior/hard/1", true);
        let json = serde_json::to_string(&assessment).unwrap();
        assert_eq!(json, r#"{"ticked":["a/junior/hard/1","b/junior/hard/2"]}"#);
        assert_eq!(
            serde_json::from_str::<SelfAssessment>(&json).unwrap(),
            assessment
        );
        assert_eq!(
            serde_json::from_str::<SelfAssessment>("{}").unwrap(),
            SelfAssessment::default()
        );
    }

    #[test]
    fn estimates_on_the_embedded_catalog() {
        let catalog = Catalog::load().unwrap();
        let mut assessment = SelfAssessment::default();
        let postgres = catalog.profession("postgresql-dba").unwrap();
        assert_eq!(assessment.estimate(postgres), Estimate::NotAssessable);
        let qa = catalog.profession("python-qa-automation").unwrap();
        assert_eq!(assessment.estimate(qa), Estimate::NotAssessable);

        let extended = catalog.profession("python-developer-extended").unwrap();
        for item in extended.items() {
            assessment.set(&item.key(), true);
        }
        assert_eq!(reached(assessment.estimate(extended)), Some(Lead));
        let developer = catalog.profession("python-developer").unwrap();
        assert_eq!(assessment.estimate(developer), Estimate::BelowFirst);
    }
}
