//! From the drafts the user typed to the engine's results. Glue only: every rule is the
//! engine's (`parse`, `assess`, `salary`, `reference_table`, `next_level_raises`).

use std::sync::Arc;

use crate::domain::{
    AssessedRow, Assessment, Band, DeveloperLevels, NotEligible, ProjectError, QualificationError,
    Raise, Requirement, Requirements, Salary, Settings, assess, next_level_raises, reference_table,
    salary,
};
use crate::state::calculator::{Id, LevelsDraft, ProjectDraft, SettingsDraft, parse_current_level};

/// An eligible developer's figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub assessment: Assessment,
    pub salary: Salary,
    /// The cheapest single-technology raises that reach the next level.
    pub raises: Vec<Raise>,
}

/// What valid input gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Eligible(Arc<Report>),
    NotEligible(NotEligible),
    /// A figure left the range decimals hold; validated input does not get here.
    Overflow,
}

/// Everything the page shows about the current drafts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The project evaluated.
    pub project: Option<Id>,
    /// The settings, when every setting is valid.
    pub settings: Option<Settings>,
    /// The reference table for those settings.
    pub bands: Option<Arc<Vec<Band>>>,
    /// A whole-list problem (no technologies, a name twice), once every row reads.
    pub project_error: Option<ProjectError>,
    /// How many fields hold a value the engine refuses.
    pub invalid_fields: usize,
    /// `None` while any input is invalid, or when there is no project.
    pub outcome: Option<Outcome>,
    /// Every row with the developer's level, when every input is valid (eligible or not).
    pub rows: Option<Arc<Vec<AssessedRow>>>,
}

impl Evaluation {
    /// Row number (from 1) whose name repeats an earlier row's, if that is the problem.
    pub fn duplicate_row(&self) -> Option<usize> {
        match &self.project_error {
            Some(ProjectError::DuplicateTechnology { second_row, .. }) => Some(*second_row),
            _ => None,
        }
    }
}

/// Reads the drafts and runs the engine.
pub fn evaluate(
    settings: &SettingsDraft,
    project: Option<&ProjectDraft>,
    levels: &LevelsDraft,
) -> Evaluation {
    let parsed_settings = settings.parse();
    let mut invalid_fields = parsed_settings.as_ref().map_or_else(Vec::len, |_| 0);
    let settings = parsed_settings.ok();
    let bands = settings
        .as_ref()
        .and_then(|s| reference_table(s).ok())
        .map(Arc::new);
    let mut evaluation = Evaluation {
        project: project.map(|p| p.id),
        settings,
        bands,
        project_error: None,
        invalid_fields,
        outcome: None,
        rows: None,
    };
    let Some(project) = project else {
        return evaluation;
    };

    let mut requirements = Vec::with_capacity(project.technologies.len());
    let mut developer = DeveloperLevels::new();
    for row in &project.technologies {
        let requirement = Requirement::parse(&row.name, &row.min, &row.weight);
        let level = parse_current_level(levels.level_text(&row.name));
        match (requirement, level) {
            (Ok(requirement), Ok(level)) => {
                developer.set(requirement.name.clone(), level);
                requirements.push(requirement);
            }
            (requirement, level) => {
                invalid_fields = invalid_fields
                    .saturating_add(requirement.err().map_or(0, |e| e.len()))
                    .saturating_add(usize::from(level.is_err()));
            }
        }
    }
    evaluation.invalid_fields = invalid_fields;
    if requirements.len() < project.technologies.len() {
        return evaluation;
    }
    let requirements = match Requirements::new(requirements) {
        Ok(requirements) => requirements,
        Err(error) => {
            evaluation.project_error = Some(error);
            return evaluation;
        }
    };
    let Some(settings) = &evaluation.settings else {
        return evaluation;
    };
    evaluation.outcome = Some(outcome(&requirements, &developer, settings));
    evaluation.rows = Some(Arc::new(
        requirements
            .as_slice()
            .iter()
            .map(|r| AssessedRow {
                name: r.name.clone(),
                min: r.min,
                weight: r.weight,
                level: developer.level_of(&r.name),
            })
            .collect(),
    ));
    evaluation
}

fn outcome(requirements: &Requirements, levels: &DeveloperLevels, settings: &Settings) -> Outcome {
    let assessment = match assess(requirements, levels) {
        Ok(assessment) => assessment,
        Err(QualificationError::NotEligible(not_eligible)) => {
            return Outcome::NotEligible(not_eligible);
        }
        Err(QualificationError::Overflow(_)) => return Outcome::Overflow,
    };
    let Ok(salary) = salary(&assessment.qualification, settings) else {
        return Outcome::Overflow;
    };
    let Ok(raises) = next_level_raises(requirements, levels) else {
        return Outcome::Overflow;
    };
    Outcome::Eligible(Arc::new(Report {
        assessment,
        salary,
        raises,
    }))
}

/// What the result panel shows: the current outcome, or while the input is invalid the last
/// valid outcome of the same project, marked stale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub project: Option<Id>,
    pub outcome: Outcome,
    pub rows: Arc<Vec<AssessedRow>>,
    pub stale: bool,
}

/// The next [`Shown`] from the previous one and a new evaluation.
pub fn shown(previous: Option<&Shown>, evaluation: &Evaluation) -> Option<Shown> {
    match (&evaluation.outcome, &evaluation.rows) {
        (Some(outcome), Some(rows)) => Some(Shown {
            project: evaluation.project,
            outcome: outcome.clone(),
            rows: Arc::clone(rows),
            stale: false,
        }),
        _ => previous
            .filter(|p| p.project == evaluation.project)
            .map(|p| Shown {
                stale: true,
                ..p.clone()
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DLevel, Field};
    use crate::state::calculator::ProjectsDraft;

    fn demo() -> (SettingsDraft, ProjectDraft, LevelsDraft) {
        let projects = ProjectsDraft::default();
        (
            SettingsDraft::default(),
            projects.current().unwrap().clone(),
            LevelsDraft::default(),
        )
    }

    fn report(evaluation: &Evaluation) -> Arc<Report> {
        match &evaluation.outcome {
            Some(Outcome::Eligible(report)) => Arc::clone(report),
            other => panic!("not eligible: {other:?}"),
        }
    }

    #[test]
    fn the_demo_gives_the_seed_figures() {
        let (settings, project, levels) = demo();
        let evaluation = evaluate(&settings, Some(&project), &levels);
        let report = report(&evaluation);
        assert_eq!(report.assessment.qualification.value().to_string(), "2.22");
        assert_eq!(report.assessment.qualification.level(), DLevel::D2);
        assert_eq!(report.salary.hourly.min.to_string(), "55.50");
        assert_eq!(report.salary.hourly.max.to_string(), "100.00");
        assert_eq!(report.salary.monthly.min.to_string(), "5550.00");
        assert_eq!(report.salary.monthly.max.to_string(), "10000.00");
        assert_eq!(evaluation.bands.unwrap().len(), 6);
        assert_eq!(evaluation.invalid_fields, 0);
    }

    #[test]
    fn a_level_below_the_minimum_names_the_technology() {
        let (settings, project, mut levels) = demo();
        levels.set_level("Разработка серверного ПО", "1".into());
        let evaluation = evaluate(&settings, Some(&project), &levels);
        let Some(Outcome::NotEligible(not_eligible)) = evaluation.outcome else {
            panic!("eligible");
        };
        assert_eq!(
            not_eligible.shortfalls[0].name.as_str(),
            "Разработка серверного ПО"
        );
    }

    #[test]
    fn invalid_fields_are_counted_and_leave_no_outcome() {
        let (mut settings, mut project, mut levels) = demo();
        settings.hours_per_day = "25".into();
        project.technologies[0].weight = "abc".into();
        project.technologies[1].min = "".into();
        levels.set_level("Разработка серверного ПО", "2.5".into());
        let evaluation = evaluate(&settings, Some(&project), &levels);
        assert_eq!(evaluation.invalid_fields, 4);
        assert!(evaluation.outcome.is_none());
        assert!(evaluation.bands.is_none());
    }

    #[test]
    fn list_problems_show_once_rows_read() {
        let (settings, mut project, levels) = demo();
        project.technologies[2].name = " письменный  АНГЛИЙСКИЙ".into();
        let evaluation = evaluate(&settings, Some(&project), &levels);
        assert_eq!(evaluation.duplicate_row(), Some(3));
        project.technologies.clear();
        let evaluation = evaluate(&settings, Some(&project), &levels);
        assert_eq!(evaluation.project_error, Some(ProjectError::NoTechnologies));
        assert_eq!(evaluation.duplicate_row(), None);
    }

    #[test]
    fn the_last_valid_result_stays_marked_stale_for_the_same_project() {
        let (settings, mut project, levels) = demo();
        let valid = evaluate(&settings, Some(&project), &levels);
        let first = shown(None, &valid).unwrap();
        assert!(!first.stale);
        project.technologies[0].weight = "0".into();
        let invalid = evaluate(&settings, Some(&project), &levels);
        let kept = shown(Some(&first), &invalid).unwrap();
        assert!(kept.stale);
        assert_eq!(kept.outcome, first.outcome);
        project.id = 999;
        let other = evaluate(&settings, Some(&project), &levels);
        assert_eq!(shown(Some(&first), &other), None);
    }

    #[test]
    fn a_level_field_error_names_l() {
        let error = parse_current_level("7").unwrap_err();
        assert_eq!(error.field(), Field::CurrentLevel);
    }
}
