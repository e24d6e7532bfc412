//! One pass over the members: the rows of the members table, a heatmap per profession, the
//! ticks on matrices this browser lacks, and the professions members' files could add.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::catalog::{Catalog, Profession};
use crate::domain::{
    Currency, DLevel, DeveloperLevels, QualificationError, RateRange, Requirement, Requirements,
    Settings, assess, salary,
};
use crate::state::calculator::{LevelsDraft, ProjectDraft, SettingsDraft, parse_current_level};
use crate::state::self_assessment::{Estimate, Progress};

use super::Member;
use super::unknown::{Offer, UnknownMatrix, offers, unknown};

/// A profession as a member's profile names it: its id, and its name when this browser knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfessionRef {
    pub id: String,
    pub name: Option<String>,
}

/// A grade as a member's profile names it: its id, its place and title when the profession
/// here has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeRef {
    pub id: String,
    pub title: Option<String>,
    pub position: Option<usize>,
}

/// What a member's ticks suggest in their own profession.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberEstimate {
    /// The profile names no profession.
    NoProfession,
    /// The profile names a profession this browser does not have.
    UnknownProfession,
    /// The profession has no grade with items.
    NotAssessable,
    BelowFirst,
    Reached(GradeRef),
}

impl MemberEstimate {
    /// The estimated grade's id, empty below the first grade or without one.
    pub fn grade_id(&self) -> &str {
        match self {
            Self::Reached(grade) => &grade.id,
            _ => "",
        }
    }

    /// Order for sorting: no estimate, then below the first grade, then by grade.
    pub(super) fn rank(&self) -> (u8, usize) {
        match self {
            Self::NoProfession | Self::UnknownProfession | Self::NotAssessable => (0, 0),
            Self::BelowFirst => (1, 0),
            Self::Reached(grade) => (2, grade.position.unwrap_or(0)),
        }
    }
}

/// A saved project's figures, worked out by the calculator's engine with the lead's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProjectOutcome {
    Eligible {
        /// `Q`, rounded to 2 places.
        q: Decimal,
        level: DLevel,
        hourly: RateRange,
        currency: Currency,
    },
    /// This many required technologies are below their minimum.
    NotEligible { failing: usize },
    /// The project, or the member's levels for it, do not read (as the calculator would say).
    Invalid,
    /// The lead's own settings do not read: no figures for anyone.
    NoSettings,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectResult {
    pub name: String,
    pub outcome: ProjectOutcome,
}

/// One row of the members table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    /// Where the member is in the team's list.
    pub index: usize,
    pub name: String,
    pub file: String,
    pub profession: Option<ProfessionRef>,
    pub current: Option<GradeRef>,
    pub target: Option<GradeRef>,
    pub estimate: MemberEstimate,
    /// Items ticked of every grade up to the target, when the target is a grade here.
    pub progress: Option<Progress>,
    pub projects: Vec<ProjectResult>,
}

/// One member's mark on one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cell {
    Not,
    Ticked,
    /// Ticked, with evidence. Evidence on an unticked item does not make it held.
    Evidence,
}

/// One item of a profession, with every heatmap member's mark on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRow {
    pub key: String,
    pub grade_title: String,
    pub text: String,
    /// In the order of [`ProfessionView::members`].
    pub cells: Vec<Cell>,
    /// How many loaded members hold it (ticked it).
    pub holders: usize,
}

/// How many members of the profession each estimate has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    pub below_first: usize,
    /// Every grade with items, lowest first, with its count.
    pub grades: Vec<(GradeRef, usize)>,
}

impl Distribution {
    pub fn total(&self) -> usize {
        self.grades
            .iter()
            .fold(self.below_first, |sum, (_, n)| sum.saturating_add(*n))
    }
}

/// A profession of this browser with the members that have it or ticked in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfessionView {
    pub id: String,
    pub name: String,
    /// Indexes into the team's members: those whose profile names the profession, then
    /// those who only ticked some of its items.
    pub members: Vec<usize>,
    pub items: Vec<ItemRow>,
    /// `None` when the profession has no grade with items.
    pub distribution: Option<Distribution>,
}

impl ProfessionView {
    /// Items nobody holds.
    pub fn nobody(&self) -> impl Iterator<Item = &ItemRow> {
        self.items.iter().filter(|item| item.holders == 0)
    }

    /// Items only one member holds: a single point of knowledge.
    pub fn single(&self) -> impl Iterator<Item = &ItemRow> {
        self.items.iter().filter(|item| item.holders == 1)
    }

    /// The one member holding an item held by one.
    pub fn sole_holder(&self, item: &ItemRow) -> Option<usize> {
        let at = item.cells.iter().position(|c| *c != Cell::Not)?;
        self.members.get(at).copied()
    }
}

/// Everything the page shows of a team.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overview {
    pub rows: Vec<MemberRow>,
    pub professions: Vec<ProfessionView>,
    pub unknown: Vec<UnknownMatrix>,
    pub offers: Vec<Offer>,
}

/// The team seen with this browser's matrices (`catalog`) and the lead's calculator settings.
pub fn overview(members: &[Member], catalog: &Catalog, settings: &SettingsDraft) -> Overview {
    let settings = settings.parse().ok();
    let rows: Vec<MemberRow> = members
        .iter()
        .enumerate()
        .map(|(index, member)| member_row(index, member, catalog, settings.as_ref()))
        .collect();
    let professions = catalog
        .professions()
        .iter()
        .filter_map(|profession| profession_view(profession, members, &rows))
        .collect();
    Overview {
        rows,
        professions,
        unknown: unknown(members, catalog),
        offers: offers(members, catalog),
    }
}

fn grade_ref(profession: Option<&Profession>, id: &str) -> GradeRef {
    let position = profession.and_then(|p| p.grade_position(id));
    GradeRef {
        id: id.to_owned(),
        title: profession
            .and_then(|p| p.grade(id))
            .map(|g| g.title.clone()),
        position,
    }
}

fn member_row(
    index: usize,
    member: &Member,
    catalog: &Catalog,
    settings: Option<&Settings>,
) -> MemberRow {
    let profile = &member.profile;
    let profession = profile
        .profession
        .as_deref()
        .and_then(|id| catalog.profession(id))
        .map(AsRef::as_ref);
    let estimate = match (&profile.profession, profession) {
        (None, _) => MemberEstimate::NoProfession,
        (Some(_), None) => MemberEstimate::UnknownProfession,
        (Some(_), Some(p)) => match member.ticks.estimate(p) {
            Estimate::NotAssessable => MemberEstimate::NotAssessable,
            Estimate::BelowFirst => MemberEstimate::BelowFirst,
            Estimate::Reached(grade) => MemberEstimate::Reached(grade_ref(Some(p), &grade.id)),
        },
    };
    // The plan's overall progress (docs/rules.md#plan): every item of the grades up to the
    // target, summed here without the plan's lists of what is left.
    let progress = match (profession, profile.target_grade.as_deref()) {
        (Some(p), Some(target)) => p.grade_position(target).map(|target| {
            p.grades
                .iter()
                .take(target.saturating_add(1))
                .map(|grade| member.ticks.grade_progress(p, &grade.id))
                .fold(Progress::default(), |sum, grade| Progress {
                    ticked: sum.ticked.saturating_add(grade.ticked),
                    total: sum.total.saturating_add(grade.total),
                })
        }),
        _ => None,
    };
    MemberRow {
        index,
        name: member.name().to_owned(),
        file: member.file.clone(),
        profession: profile.profession.as_ref().map(|id| ProfessionRef {
            id: id.clone(),
            name: profession.map(|p| p.name.clone()),
        }),
        current: profile
            .current_grade
            .as_deref()
            .map(|id| grade_ref(profession, id)),
        target: profile
            .target_grade
            .as_deref()
            .map(|id| grade_ref(profession, id)),
        estimate,
        progress,
        projects: member
            .projects
            .iter()
            .map(|project| ProjectResult {
                name: project.name.trim().to_owned(),
                outcome: project_outcome(project, &member.levels, settings),
            })
            .collect(),
    }
}

/// The calculator's reading of a project: every row through the engine's `parse`s, then
/// `assess` and `salary` (as the calculator page does), with the member's levels.
fn project_outcome(
    project: &ProjectDraft,
    levels: &LevelsDraft,
    settings: Option<&Settings>,
) -> ProjectOutcome {
    let Some(settings) = settings else {
        return ProjectOutcome::NoSettings;
    };
    let mut requirements = Vec::with_capacity(project.technologies.len());
    let mut developer = DeveloperLevels::new();
    for row in &project.technologies {
        let requirement = Requirement::parse(&row.name, &row.min, &row.weight);
        let level = parse_current_level(levels.level_text(&row.name));
        let (Ok(requirement), Ok(level)) = (requirement, level) else {
            return ProjectOutcome::Invalid;
        };
        developer.set(requirement.name.clone(), level);
        requirements.push(requirement);
    }
    let Ok(requirements) = Requirements::new(requirements) else {
        return ProjectOutcome::Invalid;
    };
    match assess(&requirements, &developer) {
        Ok(assessment) => match salary(&assessment.qualification, settings) {
            Ok(salary) => ProjectOutcome::Eligible {
                q: assessment.qualification.value(),
                level: assessment.qualification.level(),
                hourly: salary.hourly,
                currency: salary.currency,
            },
            Err(_) => ProjectOutcome::Invalid,
        },
        Err(QualificationError::NotEligible(not_eligible)) => ProjectOutcome::NotEligible {
            failing: not_eligible.shortfalls.len(),
        },
        Err(QualificationError::Overflow(_)) => ProjectOutcome::Invalid,
    }
}

/// The heatmap and distribution of one profession; `None` when no member has it or ticked in it.
/// `rows` are the members' rows, whose estimates the distribution counts.
fn profession_view(
    profession: &Profession,
    members: &[Member],
    rows: &[MemberRow],
) -> Option<ProfessionView> {
    let prefix = format!("{}/", profession.id);
    let own: Vec<usize> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.profile.profession.as_deref() == Some(profession.id.as_str()))
        .map(|(i, _)| i)
        .collect();
    let visiting = members.iter().enumerate().filter(|(i, m)| {
        !own.contains(i) && m.ticks.ticked_keys().any(|key| key.starts_with(&prefix))
    });
    let in_view: Vec<usize> = own
        .iter()
        .copied()
        .chain(visiting.map(|(i, _)| i))
        .collect();
    if in_view.is_empty() {
        return None;
    }
    let in_view_members: Vec<&Member> = in_view.iter().filter_map(|&i| members.get(i)).collect();
    let items = profession
        .items()
        .map(|item| {
            let key = item.key();
            let cells: Vec<Cell> = in_view_members
                .iter()
                .map(|m| {
                    if !m.ticks.is_ticked(&key) {
                        Cell::Not
                    } else if m.evidence.contains(&key) {
                        Cell::Evidence
                    } else {
                        Cell::Ticked
                    }
                })
                .collect();
            ItemRow {
                holders: cells.iter().filter(|c| **c != Cell::Not).count(),
                grade_title: item.grade.title.clone(),
                text: item.item.text.clone(),
                key,
                cells,
            }
        })
        .collect();
    let distribution = distribution(
        profession,
        own.iter().filter_map(|&i| rows.get(i)).map(|r| &r.estimate),
    );
    Some(ProfessionView {
        id: profession.id.clone(),
        name: profession.name.clone(),
        members: in_view,
        items,
        distribution,
    })
}

/// How the estimates of the members whose profile names this profession spread over its
/// grades; `None` when it has no grade with items.
fn distribution<'a>(
    profession: &Profession,
    estimates: impl Iterator<Item = &'a MemberEstimate>,
) -> Option<Distribution> {
    let assessable: Vec<(usize, &crate::catalog::Grade)> = profession
        .grades
        .iter()
        .enumerate()
        .filter(|(_, grade)| grade.item_count() > 0)
        .collect();
    if assessable.is_empty() {
        return None;
    }
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    let mut below_first = 0_usize;
    for estimate in estimates {
        match estimate {
            MemberEstimate::BelowFirst => below_first = below_first.saturating_add(1),
            MemberEstimate::Reached(GradeRef {
                position: Some(position),
                ..
            }) => {
                let count = counts.entry(*position).or_insert(0);
                *count = count.saturating_add(1);
            }
            // Not the profession's own estimate: not counted (cannot happen for its members).
            _ => {}
        }
    }
    let grades = assessable
        .into_iter()
        .map(|(position, grade)| {
            (
                grade_ref(Some(profession), &grade.id),
                counts.get(&position).copied().unwrap_or(0),
            )
        })
        .collect();
    Some(Distribution {
        below_first,
        grades,
    })
}
