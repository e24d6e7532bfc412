//! The development plan (docs/rules.md#plan): what is left to tick on the way to a target
//! grade, and how far each grade on the way is. Derived from the matrix model and the ticks
//! only, so built-in and own professions are planned alike; nothing of it is stored.

use crate::catalog::{Profession, item_key};
use crate::state::self_assessment::{Progress, SelfAssessment};

/// The plan for one profession and target grade.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrowthPlan {
    pub profession_id: String,
    pub target_id: String,
    /// The unticked items of every grade up to the target, lowest grade first; grades and
    /// groups with nothing left are left out.
    pub gaps: Vec<GradeGaps>,
    /// Every grade up to the target, lowest first, with its progress.
    pub grades: Vec<GradeStatus>,
    /// Every item of the grades up to the target.
    pub overall: Progress,
    /// Every grade with items up to the target is reached, and there is at least one.
    pub target_reached: bool,
}

/// The items left in one grade.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeGaps {
    pub grade_id: String,
    pub grade_title: String,
    pub groups: Vec<GroupGaps>,
}

/// The items left in one skill group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupGaps {
    pub group_id: String,
    pub group_title: Option<String>,
    pub group_note: Option<String>,
    pub items: Vec<PlanItem>,
}

/// One item to work on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanItem {
    /// Its [item key](crate::catalog::item_key).
    pub key: String,
    pub text: String,
}

/// One grade on the way to the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeStatus {
    pub grade_id: String,
    pub grade_title: String,
    pub progress: Progress,
    /// Reached by the 80 % rule (docs/rules.md#self-assessment); never for a grade without
    /// items, which neither counts nor blocks.
    pub reached: bool,
}

impl GrowthPlan {
    /// How many items are left, in every grade.
    pub fn gap_count(&self) -> usize {
        self.gaps
            .iter()
            .flat_map(|grade| &grade.groups)
            .map(|group| group.items.len())
            .sum()
    }
}

/// The plan towards `target_id`; `None` when the profession has no such grade.
pub fn plan(
    profession: &Profession,
    target_id: &str,
    assessment: &SelfAssessment,
) -> Option<GrowthPlan> {
    let target = profession.grade_position(target_id)?;
    let ladder = profession.grades.iter().take(target.saturating_add(1));
    let mut gaps = Vec::new();
    let mut grades = Vec::new();
    let mut overall = Progress::default();
    for grade in ladder {
        let progress = assessment.grade_progress(profession, &grade.id);
        overall.ticked = overall.ticked.saturating_add(progress.ticked);
        overall.total = overall.total.saturating_add(progress.total);
        grades.push(GradeStatus {
            grade_id: grade.id.clone(),
            grade_title: grade.title.clone(),
            progress,
            reached: progress.is_reached(),
        });
        let groups: Vec<GroupGaps> = grade
            .groups
            .iter()
            .filter_map(|group| {
                let items: Vec<PlanItem> = group
                    .items
                    .iter()
                    .map(|item| PlanItem {
                        key: item_key(&profession.id, &grade.id, &group.id, &item.id),
                        text: item.text.clone(),
                    })
                    .filter(|item| !assessment.is_ticked(&item.key))
                    .collect();
                (!items.is_empty()).then(|| GroupGaps {
                    group_id: group.id.clone(),
                    group_title: group.title.clone(),
                    group_note: group.note.clone(),
                    items,
                })
            })
            .collect();
        if !groups.is_empty() {
            gaps.push(GradeGaps {
                grade_id: grade.id.clone(),
                grade_title: grade.title.clone(),
                groups,
            });
        }
    }
    let assessable: Vec<&GradeStatus> = grades.iter().filter(|g| g.progress.total > 0).collect();
    let target_reached = !assessable.is_empty() && assessable.iter().all(|g| g.reached);
    Some(GrowthPlan {
        profession_id: profession.id.clone(),
        target_id: target_id.to_owned(),
        gaps,
        grades,
        overall,
        target_reached,
    })
}
