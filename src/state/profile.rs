//! About the user (stored under [`StorageKey::Profile`]), and the short summaries the profile
//! page and the import preview show of every stored key. Pure: no browser code.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::catalog::{Catalog, Grade, Profession};
use crate::lang::Lang;
use crate::state::persistence::{StorageKey, Stored};

/// Name, profession and grades of the user. Every field may be empty; grades only make sense
/// within the chosen profession, and the setters keep them so.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    pub name: String,
    /// A profession id of the catalog.
    pub profession: Option<String>,
    /// A grade id of that profession (`junior+` for a built-in one).
    pub current_grade: Option<String>,
    /// Always above `current_grade` when both are set.
    pub target_grade: Option<String>,
}

impl Stored for Profile {
    const KEY: StorageKey = StorageKey::Profile;
}

impl Profile {
    /// Longest name kept, in characters.
    pub const NAME_MAX: usize = 100;

    pub fn with_name(mut self, name: &str) -> Self {
        self.name = name.chars().take(Self::NAME_MAX).collect();
        self
    }

    /// Chooses a profession (or none); grades it does not have are cleared.
    pub fn with_profession(mut self, catalog: &Catalog, id: Option<&str>) -> Self {
        let profession = id.and_then(|id| catalog.profession(id));
        self.profession = profession.map(|p| p.id.clone());
        let has = |grade: Option<String>| {
            grade.filter(|grade| profession.is_some_and(|p| p.grade(grade).is_some()))
        };
        self.current_grade = has(self.current_grade.take());
        self.target_grade = has(self.target_grade.take());
        self
    }

    /// Sets the current grade; a target that is no longer above it is cleared.
    pub fn with_current(mut self, catalog: &Catalog, grade: Option<String>) -> Self {
        self.current_grade = grade;
        if !self.is_above_current(catalog, self.target_grade.as_deref()) {
            self.target_grade = None;
        }
        self
    }

    /// Sets the target grade, if it is above the current one.
    pub fn with_target(mut self, catalog: &Catalog, grade: Option<String>) -> Self {
        self.target_grade = grade.filter(|target| self.is_above_current(catalog, Some(target)));
        self
    }

    /// Whether a grade is above the current one on the chosen profession's ladder; true
    /// when either is unset, false when the ladder lacks one of them.
    fn is_above_current(&self, catalog: &Catalog, grade: Option<&str>) -> bool {
        let (Some(current), Some(grade)) = (self.current_grade.as_deref(), grade) else {
            return true;
        };
        let Some(profession) = self.profession_in(catalog) else {
            return false;
        };
        match (
            profession.grade_position(current),
            profession.grade_position(grade),
        ) {
            (Some(current), Some(grade)) => grade > current,
            _ => false,
        }
    }

    /// The chosen profession, if the catalog still has it.
    pub fn profession_in<'a>(&self, catalog: &'a Catalog) -> Option<&'a Arc<Profession>> {
        self.profession
            .as_deref()
            .and_then(|id| catalog.profession(id))
    }

    /// Grades that can be the target: those of the profession above the current grade.
    pub fn target_choices<'a>(&self, profession: &'a Profession) -> Vec<&'a Grade> {
        let current = self
            .current_grade
            .as_deref()
            .and_then(|id| profession.grade_position(id));
        profession
            .grades
            .iter()
            .enumerate()
            .filter(|(position, _)| current.is_none_or(|c| *position > c))
            .map(|(_, grade)| grade)
            .collect()
    }
}

/// A short, language-neutral summary of one key's stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Summary {
    Absent,
    Language(Lang),
    Profile {
        name: String,
        filled: usize,
    },
    Settings {
        base_rate: String,
        currency: String,
    },
    /// Entries of a list or object: saved projects, technologies with a level, ticked items.
    Count(usize),
    /// Present, but not in a shape this summary knows.
    Present,
}

/// Summarises current-version data of one key. The keys whose types are not in this crate
/// are read generically; retarget those arms at the real types when they are.
pub fn summarize(key: StorageKey, data: &Value) -> Summary {
    match key {
        StorageKey::Language => serde_json::from_value(data.clone())
            .map(Summary::Language)
            .unwrap_or(Summary::Present),
        StorageKey::Profile => serde_json::from_value::<Profile>(data.clone())
            .map(|p| Summary::Profile {
                filled: [
                    !p.name.trim().is_empty(),
                    p.profession.is_some(),
                    p.current_grade.is_some(),
                    p.target_grade.is_some(),
                ]
                .into_iter()
                .filter(|f| *f)
                .count(),
                name: p.name.trim().to_owned(),
            })
            .unwrap_or(Summary::Present),
        StorageKey::Settings => {
            match serde_json::from_value::<crate::state::calculator::SettingsDraft>(data.clone()) {
                Ok(settings) => Summary::Settings {
                    base_rate: settings.base_rate.trim().to_owned(),
                    currency: settings.currency.code().to_owned(),
                },
                Err(_) => Summary::Present,
            }
        }
        StorageKey::Projects => {
            serde_json::from_value::<crate::state::calculator::ProjectsDraft>(data.clone())
                .map(|p| Summary::Count(p.projects.len()))
                .unwrap_or(Summary::Present)
        }
        StorageKey::Levels => {
            serde_json::from_value::<crate::state::calculator::LevelsDraft>(data.clone())
                .map(|l| Summary::Count(l.iter().count()))
                .unwrap_or(Summary::Present)
        }
        StorageKey::Matrices => {
            serde_json::from_value::<crate::state::matrices::OwnMatrices>(data.clone())
                .map(|m| Summary::Count(m.professions.len()))
                .unwrap_or(Summary::Present)
        }
        StorageKey::Evidence => {
            serde_json::from_value::<crate::state::evidence::EvidenceBook>(data.clone())
                .map(|e| Summary::Count(e.len()))
                .unwrap_or(Summary::Present)
        }
        StorageKey::Snapshots => {
            serde_json::from_value::<crate::state::snapshots::Snapshots>(data.clone())
                .map(|s| Summary::Count(s.len()))
                .unwrap_or(Summary::Present)
        }
        StorageKey::Team => serde_json::from_value::<crate::state::team::KeptTeam>(data.clone())
            .map(|t| Summary::Count(t.members.len()))
            .unwrap_or(Summary::Present),
        StorageKey::SelfAssessment => {
            serde_json::from_value::<crate::state::self_assessment::SelfAssessment>(data.clone())
                .map(|a| Summary::Count(a.ticked_keys().count()))
                .unwrap_or(Summary::Present)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn catalog() -> &'static Catalog {
        Catalog::load().unwrap()
    }

    /// A profession with at least three grades, and one without grades.
    fn professions() -> (&'static Arc<Profession>, &'static Arc<Profession>) {
        let with = catalog()
            .professions()
            .iter()
            .find(|p| p.grades.len() >= 3)
            .unwrap();
        let without = catalog()
            .professions()
            .iter()
            .find(|p| p.grades.is_empty())
            .unwrap();
        (with, without)
    }

    #[test]
    fn grades_follow_the_profession() {
        let (with, without) = professions();
        let [low, mid, ..] = with.grades.as_slice() else {
            unreachable!()
        };
        let profile = Profile::default()
            .with_profession(catalog(), Some(&with.id))
            .with_current(catalog(), Some(low.id.clone()))
            .with_target(catalog(), Some(mid.id.clone()));
        assert_eq!(profile.current_grade, Some(low.id.clone()));
        assert_eq!(profile.target_grade, Some(mid.id.clone()));

        let moved = profile
            .clone()
            .with_profession(catalog(), Some(&without.id));
        assert_eq!(moved.profession.as_deref(), Some(without.id.as_str()));
        assert_eq!((moved.current_grade, moved.target_grade), (None, None));

        let unknown = profile.with_profession(catalog(), Some("no-such-profession"));
        assert_eq!(unknown.profession, None);
    }

    #[test]
    fn the_target_is_above_the_current_grade() {
        let (with, _) = professions();
        let [low, mid, ..] = with.grades.as_slice() else {
            unreachable!()
        };
        let profile = Profile::default()
            .with_profession(catalog(), Some(&with.id))
            .with_current(catalog(), Some(mid.id.clone()));
        assert_eq!(
            profile
                .clone()
                .with_target(catalog(), Some(low.id.clone()))
                .target_grade,
            None
        );
        let choices = profile.target_choices(with);
        assert_eq!(choices.len(), with.grades.len() - 2);
        assert!(choices.iter().all(|g| g.id != low.id && g.id != mid.id));
        let raised = profile
            .with_current(catalog(), Some(low.id.clone()))
            .with_target(catalog(), Some(mid.id.clone()))
            .with_current(catalog(), Some(mid.id.clone()));
        assert_eq!(raised.target_grade, None);
    }

    #[test]
    fn a_long_name_is_cut_at_the_limit() {
        let long = "я".repeat(Profile::NAME_MAX + 10);
        assert_eq!(
            Profile::default().with_name(&long).name.chars().count(),
            Profile::NAME_MAX
        );
    }

    #[test]
    fn a_profile_rejects_unknown_fields_and_fills_missing_ones() {
        assert_eq!(
            serde_json::from_value::<Profile>(json!({"name": "Анна"})).unwrap(),
            Profile::default().with_name("Анна")
        );
        assert!(serde_json::from_value::<Profile>(json!({"nick": "Анна"})).is_err());
        assert!(serde_json::from_value::<Profile>(json!({"current_grade": 3})).is_err());
    }

    #[test]
    fn summaries_count_what_is_stored() {
        assert_eq!(
            summarize(StorageKey::SelfAssessment, &json!({"ticked": ["a", "b"]})),
            Summary::Count(2)
        );
        assert_eq!(
            summarize(StorageKey::SelfAssessment, &json!(["a", "b"])),
            Summary::Present
        );
        assert_eq!(
            summarize(
                StorageKey::Projects,
                &json!({"projects": [
                    {"id": 1, "name": "A", "technologies": []},
                    {"id": 2, "name": "B", "technologies": []}
                ]})
            ),
            Summary::Count(2)
        );
        assert_eq!(
            summarize(StorageKey::Projects, &json!([{}])),
            Summary::Present
        );
        assert_eq!(
            summarize(
                StorageKey::Levels,
                &json!({"rust": {"name": "Rust", "level": "3"}})
            ),
            Summary::Count(1)
        );
        assert_eq!(
            summarize(StorageKey::Language, &json!("en")),
            Summary::Language(Lang::En)
        );
        assert_eq!(
            summarize(
                StorageKey::Profile,
                &json!({"name": " Анна ", "profession": "x"})
            ),
            Summary::Profile {
                name: "Анна".into(),
                filled: 2
            }
        );
        assert_eq!(
            summarize(StorageKey::Settings, &json!({"base_rate": "60"})),
            Summary::Settings {
                base_rate: "60".into(),
                currency: "USD".into()
            }
        );
    }
}
