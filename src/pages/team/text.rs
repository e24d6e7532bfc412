//! The cells of the members table as text, in the interface language: the page and the CSV
//! write the same words.

use crate::i18n::team::TeamStrings;
use crate::lang::Lang;
use crate::pages::calculator::format::{fixed, money};
use crate::state::team::{CsvColumn, GradeRef, MemberEstimate, MemberRow, ProjectOutcome};

#[derive(Clone, Copy)]
pub struct TeamText {
    pub t: &'static TeamStrings,
    pub lang: Lang,
}

impl TeamText {
    pub fn new(lang: Lang) -> Self {
        Self {
            t: crate::i18n::team::strings(lang),
            lang,
        }
    }

    /// A grade as its title here, else its id as the member's file has it.
    fn grade(&self, grade: Option<&GradeRef>) -> String {
        match grade {
            None => self.t.none.to_owned(),
            Some(grade) => grade.title.clone().unwrap_or_else(|| grade.id.clone()),
        }
    }

    pub fn cell(&self, row: &MemberRow, column: CsvColumn) -> String {
        let t = self.t;
        match column {
            CsvColumn::Name if row.name.is_empty() => t.no_name.to_owned(),
            CsvColumn::Name => row.name.clone(),
            CsvColumn::File => row.file.clone(),
            CsvColumn::Profession => match &row.profession {
                None => t.none.to_owned(),
                Some(p) => match &p.name {
                    Some(name) => name.clone(),
                    None => format!("{} ({})", p.id, t.unknown_here),
                },
            },
            CsvColumn::Current => self.grade(row.current.as_ref()),
            CsvColumn::Target => self.grade(row.target.as_ref()),
            CsvColumn::Estimate => match &row.estimate {
                MemberEstimate::NoProfession | MemberEstimate::UnknownProfession => {
                    t.none.to_owned()
                }
                MemberEstimate::NotAssessable => t.not_assessable.to_owned(),
                MemberEstimate::BelowFirst => t.below_first.to_owned(),
                MemberEstimate::Reached(grade) => self.grade(Some(grade)),
            },
            CsvColumn::Progress => match row.progress {
                Some(p) => (t.progress)(p.ticked, p.total, p.percent()),
                None => t.none.to_owned(),
            },
            CsvColumn::Projects => {
                let lines = self.project_lines(row);
                if lines.is_empty() {
                    t.none.to_owned()
                } else {
                    lines.join("; ")
                }
            }
        }
    }

    /// One line per saved project: its D level and hourly band with the lead's settings.
    pub fn project_lines(&self, row: &MemberRow) -> Vec<String> {
        let t = self.t;
        row.projects
            .iter()
            .map(|project| {
                let name = if project.name.is_empty() {
                    t.untitled_project
                } else {
                    project.name.as_str()
                };
                match &project.outcome {
                    ProjectOutcome::Eligible {
                        q,
                        level,
                        hourly,
                        currency,
                    } => {
                        let q = fixed(*q, self.lang);
                        let band = format!(
                            "{}–{}",
                            money(hourly.min, *currency, self.lang),
                            money(hourly.max, *currency, self.lang)
                        );
                        (t.project_eligible)(name, &level.to_string(), &q, &band)
                    }
                    ProjectOutcome::NotEligible { failing } => {
                        (t.project_not_eligible)(name, *failing)
                    }
                    ProjectOutcome::Invalid => (t.project_invalid)(name),
                    ProjectOutcome::NoSettings => (t.project_no_settings)(name),
                }
            })
            .collect()
    }
}
