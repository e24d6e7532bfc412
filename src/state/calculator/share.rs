//! The share link (docs/formats.md#share-link): one project, the developer's levels in it and the
//! settings, as base64url (no padding) of UTF-8 JSON:
//!
//! ```json
//! {"v":1,"settings":{"base_rate":"50","currency":"USD","hours_per_day":"5","days_per_week":"5",
//!  "coefficients":["0.2","0.5","1","1.5","2","2"],"max_multiplier":"2"},
//!  "project":{"name":"…","technologies":[{"name":"Rust","min":1,"weight":"1.0","level":3}]}}
//! ```
//!
//! Decimals travel as strings; a missing setting takes its default. Decoding checks every value
//! with the engine's rules, so an opened link is either a valid project or a [`ShareError`].

use serde::{Deserialize, Serialize};

use super::base64url::{self, Base64Error};
use super::{LevelsDraft, ProjectDraft, SettingsDraft, TechnologyDraft};
use crate::domain::{
    BaseRate, Coefficient, Coefficients, Currency, DLevel, DaysPerWeek, Field, HoursPerDay,
    InputError, MaxMultiplier, ProjectError, Requirement, Requirements, Settings, TechLevel,
    TechName, Weight,
};

/// The payload format this app writes and reads.
pub const VERSION: u64 = 1;
/// Longest project name a link may carry.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest payload read (about 1.5 MB of JSON): larger ones are refused unread.
pub const MAX_PAYLOAD_CHARS: usize = 2_000_000;

/// A project as a link carries it: valid settings, a name, and valid rows (at least one, no
/// name twice), each with the developer's level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedProject {
    pub settings: Settings,
    pub name: String,
    pub requirements: Requirements,
    /// The developer's level per row of `requirements`, in the same order.
    pub levels: Vec<TechLevel>,
}

impl SharedProject {
    /// Pairs each requirement with its level; `None` when the counts differ.
    pub fn new(
        settings: Settings,
        name: String,
        requirements: Requirements,
        levels: Vec<TechLevel>,
    ) -> Option<Self> {
        (requirements.as_slice().len() == levels.len()).then_some(Self {
            settings,
            name,
            requirements,
            levels,
        })
    }

    /// The drafts the page edits: settings, the project (ids from 1) and the levels.
    pub fn drafts(&self) -> (SettingsDraft, ProjectDraft, LevelsDraft) {
        let technologies = (1..)
            .zip(self.requirements.as_slice())
            .map(|(id, r)| TechnologyDraft {
                id,
                name: r.name.to_string(),
                min: r.min.value().to_string(),
                weight: r.weight.to_string(),
            })
            .collect::<Vec<_>>();
        let mut levels = LevelsDraft::empty();
        for (requirement, level) in self.requirements.as_slice().iter().zip(&self.levels) {
            levels.set_level(requirement.name.as_str(), level.value().to_string());
        }
        let project = ProjectDraft {
            id: 0,
            name: self.name.clone(),
            technologies,
        };
        (SettingsDraft::from(&self.settings), project, levels)
    }
}

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    #[error("the link carries no data")]
    Empty,
    #[error("the link is too long ({0} characters)")]
    TooLong(usize),
    #[error("the link is damaged: {0}")]
    Base64(#[from] Base64Error),
    #[error("the link is damaged: its data is not UTF-8 text")]
    NotUtf8,
    #[error("the link's data is not in the expected format: {0}")]
    Format(String),
    #[error(
        "the link was made by a newer version of the app (format {found}, this one reads {VERSION})"
    )]
    Newer { found: u64 },
    #[error("the link's project name is too long ({chars} characters, at most {MAX_NAME_CHARS})")]
    NameTooLong { chars: usize },
    #[error("the link holds a bad value in technology {row}: {error}")]
    Row { row: usize, error: InputError },
    #[error("the link holds a bad setting: {0}")]
    Setting(InputError),
    #[error("the link holds a bad project: {0}")]
    Project(#[from] ProjectError),
}

#[derive(Serialize, Deserialize)]
struct Wire {
    v: u64,
    #[serde(default)]
    settings: WireSettings,
    project: WireProject,
}

#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
struct WireSettings {
    base_rate: Option<String>,
    currency: Option<String>,
    hours_per_day: Option<String>,
    days_per_week: Option<String>,
    coefficients: Option<Vec<String>>,
    max_multiplier: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct WireProject {
    #[serde(default)]
    name: String,
    technologies: Vec<WireTechnology>,
}

#[derive(Serialize, Deserialize)]
struct WireTechnology {
    name: String,
    min: u32,
    weight: String,
    level: u32,
}

/// The payload of a share link for this project.
pub fn encode(shared: &SharedProject) -> String {
    let s = &shared.settings;
    let wire = Wire {
        v: VERSION,
        settings: WireSettings {
            base_rate: Some(s.base_rate.to_string()),
            currency: Some(s.currency.code().to_owned()),
            hours_per_day: Some(s.hours_per_day.to_string()),
            days_per_week: Some(s.days_per_week.to_string()),
            coefficients: Some(
                s.coefficients
                    .as_array()
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
            ),
            max_multiplier: Some(s.max_multiplier.to_string()),
        },
        project: WireProject {
            name: shared.name.clone(),
            technologies: shared
                .requirements
                .as_slice()
                .iter()
                .zip(&shared.levels)
                .map(|(r, level)| WireTechnology {
                    name: r.name.to_string(),
                    min: u32::from(r.min.value()),
                    weight: r.weight.to_string(),
                    level: u32::from(level.value()),
                })
                .collect(),
        },
    };
    // Serialising these plain structs cannot fail; an empty payload would read as "no data".
    let json = serde_json::to_vec(&wire).unwrap_or_default();
    base64url::encode(&json)
}

/// Reads a share link's payload, checking every value.
pub fn decode(payload: &str) -> Result<SharedProject, ShareError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    let chars = payload.chars().count();
    if chars > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong(chars));
    }
    let bytes = base64url::decode(payload)?;
    let text = String::from_utf8(bytes).map_err(|_| ShareError::NotUtf8)?;
    let version = serde_json::from_str::<serde_json::Value>(&text)
        .map_err(|e| ShareError::Format(e.to_string()))?
        .get("v")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| ShareError::Format("no format version \"v\"".into()))?;
    if version > VERSION {
        return Err(ShareError::Newer { found: version });
    }
    let wire: Wire = serde_json::from_str(&text).map_err(|e| ShareError::Format(e.to_string()))?;
    let settings = settings(wire.settings).map_err(ShareError::Setting)?;
    let name = wire.project.name.trim().to_owned();
    let name_chars = name.chars().count();
    if name_chars > MAX_NAME_CHARS {
        return Err(ShareError::NameTooLong { chars: name_chars });
    }
    let mut requirements = Vec::with_capacity(wire.project.technologies.len());
    let mut levels = Vec::with_capacity(wire.project.technologies.len());
    for (row, technology) in (1..).zip(wire.project.technologies) {
        let at = |error: InputError| ShareError::Row { row, error };
        let min =
            TechLevel::try_from(technology.min).map_err(|e| at(e.in_field(Field::MinimumLevel)))?;
        let level = TechLevel::try_from(technology.level)
            .map_err(|e| at(e.in_field(Field::CurrentLevel)))?;
        requirements.push(Requirement {
            name: TechName::parse(&technology.name).map_err(at)?,
            min,
            weight: Weight::parse(&technology.weight).map_err(at)?,
        });
        levels.push(level);
    }
    let requirements = Requirements::new(requirements)?;
    Ok(SharedProject {
        settings,
        name,
        requirements,
        levels,
    })
}

fn settings(wire: WireSettings) -> Result<Settings, InputError> {
    let defaults = Settings::default();
    let coefficients = match wire.coefficients {
        None => defaults.coefficients,
        Some(texts) => {
            let wrong_count = || InputError::OutOfRange {
                field: Field::Coefficient(None),
                text: format!("{} coefficients", texts.len()),
                min: 6,
                max: 6,
            };
            let values: Vec<Coefficient> = DLevel::ALL
                .iter()
                .zip(&texts)
                .map(|(level, text)| Coefficient::parse_for(*level, text))
                .collect::<Result<_, _>>()?;
            if texts.len() != values.len() {
                return Err(wrong_count());
            }
            let values: [Coefficient; 6] = values.try_into().map_err(|_| wrong_count())?;
            Coefficients::new(values)?
        }
    };
    Ok(Settings {
        base_rate: wire
            .base_rate
            .map_or(Ok(defaults.base_rate), |t| BaseRate::parse(&t))?,
        currency: wire
            .currency
            .map_or(Ok(defaults.currency), |t| Currency::parse(&t))?,
        hours_per_day: wire
            .hours_per_day
            .map_or(Ok(defaults.hours_per_day), |t| HoursPerDay::parse(&t))?,
        days_per_week: wire
            .days_per_week
            .map_or(Ok(defaults.days_per_week), |t| DaysPerWeek::parse(&t))?,
        coefficients,
        max_multiplier: wire
            .max_multiplier
            .map_or(Ok(defaults.max_multiplier), |t| MaxMultiplier::parse(&t))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_payload(json: &str) -> String {
        base64url::encode(json.as_bytes())
    }

    fn seed() -> SharedProject {
        let example = &crate::catalog::worked_example().technologies;
        let requirements = example
            .iter()
            .map(|t| Requirement::parse(&t.name, &t.min, &t.weight).unwrap())
            .collect();
        let levels = example
            .iter()
            .map(|t| TechLevel::parse(&t.level).unwrap())
            .collect();
        SharedProject::new(
            Settings::default(),
            "Пример".into(),
            Requirements::new(requirements).unwrap(),
            levels,
        )
        .unwrap()
    }

    #[test]
    fn the_payload_is_the_spec_json_in_base64url() {
        let shared = SharedProject::new(
            Settings::default(),
            "…".into(),
            Requirements::new(vec![Requirement::parse("Rust", "1", "1.0").unwrap()]).unwrap(),
            vec![TechLevel::T3],
        )
        .unwrap();
        let payload = encode(&shared);
        assert!(!payload.contains(['=', '+', '/']));
        let json = String::from_utf8(base64url::decode(&payload).unwrap()).unwrap();
        assert_eq!(
            json,
            r#"{"v":1,"settings":{"base_rate":"50","currency":"USD","hours_per_day":"5","days_per_week":"5","coefficients":["0.2","0.5","1","1.5","2","2"],"max_multiplier":"2"},"project":{"name":"…","technologies":[{"name":"Rust","min":1,"weight":"1.0","level":3}]}}"#
        );
        assert_eq!(decode(&payload), Ok(shared));
    }

    #[test]
    fn missing_settings_take_their_defaults() {
        let payload = json_payload(
            r#"{"v":1,"settings":{"base_rate":"70"},"project":{"name":"P","technologies":[{"name":"Go","min":0,"weight":"2","level":1}]}}"#,
        );
        let shared = decode(&payload).unwrap();
        assert_eq!(shared.settings.base_rate.to_string(), "70");
        assert_eq!(
            shared.settings.hours_per_day,
            Settings::default().hours_per_day
        );
        let no_settings = json_payload(
            r#"{"v":1,"project":{"technologies":[{"name":"Go","min":0,"weight":"2","level":1}]}}"#,
        );
        assert_eq!(decode(&no_settings).unwrap().settings, Settings::default());
    }

    #[test]
    fn a_seed_link_opens_as_drafts_that_give_the_seed_rows() {
        let (settings, project, levels) = seed().drafts();
        assert_eq!(settings, SettingsDraft::default());
        assert_eq!(project.technologies.len(), 3);
        assert_eq!(project.technologies[1].weight, "1.0");
        assert_eq!(levels.level_text("Разработка на Rust"), "3");
    }

    #[test]
    fn malformed_links_are_told_apart() {
        assert_eq!(decode(""), Err(ShareError::Empty));
        assert!(matches!(decode("%%%"), Err(ShareError::Base64(_))));
        assert_eq!(
            decode(&base64url::encode(&[0xff, 0xfe])),
            Err(ShareError::NotUtf8)
        );
        assert!(matches!(
            decode(&json_payload("{not json")),
            Err(ShareError::Format(_))
        ));
        assert!(matches!(
            decode(&json_payload("[1,2]")),
            Err(ShareError::Format(_))
        ));
        assert_eq!(
            decode(&json_payload(r#"{"v":2,"project":{}}"#)),
            Err(ShareError::Newer { found: 2 })
        );
        assert!(matches!(
            decode(&json_payload(
                r#"{"v":1,"project":{"technologies":[{"name":"Go","min":1.5,"weight":"1","level":1}]}}"#
            )),
            Err(ShareError::Format(_))
        ));
        assert!(matches!(
            decode(&json_payload(
                r#"{"v":1,"project":{"technologies":[{"name":"Go","min":1,"weight":"abc","level":1}]}}"#
            )),
            Err(ShareError::Row {
                row: 1,
                error: InputError::NotANumber {
                    field: Field::Weight,
                    ..
                }
            })
        ));
        assert!(matches!(
            decode(&json_payload(
                r#"{"v":1,"project":{"technologies":[{"name":"Go","min":1,"weight":"1","level":9}]}}"#
            )),
            Err(ShareError::Row {
                row: 1,
                error: InputError::OutOfRange {
                    field: Field::CurrentLevel,
                    ..
                }
            })
        ));
        assert_eq!(
            decode(&json_payload(r#"{"v":1,"project":{"technologies":[]}}"#)),
            Err(ShareError::Project(ProjectError::NoTechnologies))
        );
        assert!(matches!(
            decode(&json_payload(
                r#"{"v":1,"project":{"technologies":[{"name":"Go","min":1,"weight":"1","level":1},{"name":" go ","min":1,"weight":"1","level":1}]}}"#
            )),
            Err(ShareError::Project(
                ProjectError::DuplicateTechnology { .. }
            ))
        ));
        assert!(matches!(
            decode(&json_payload(
                r#"{"v":1,"settings":{"coefficients":["1","0.5","1","1.5","2","2"]},"project":{"technologies":[{"name":"Go","min":1,"weight":"1","level":1}]}}"#
            )),
            Err(ShareError::Setting(InputError::CoefficientDecreases { .. }))
        ));
        assert!(matches!(
            decode(&json_payload(
                r#"{"v":1,"settings":{"coefficients":["1"]},"project":{"technologies":[{"name":"Go","min":1,"weight":"1","level":1}]}}"#
            )),
            Err(ShareError::Setting(InputError::OutOfRange { .. }))
        ));
        assert!(matches!(
            decode(&json_payload(
                r#"{"v":1,"settings":{"currency":"GBP"},"project":{"technologies":[{"name":"Go","min":1,"weight":"1","level":1}]}}"#
            )),
            Err(ShareError::Setting(InputError::UnknownCurrency { .. }))
        ));
        let long = "я".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            decode(&json_payload(&format!(
                r#"{{"v":1,"project":{{"name":"{long}","technologies":[{{"name":"Go","min":1,"weight":"1","level":1}}]}}}}"#
            ))),
            Err(ShareError::NameTooLong {
                chars: MAX_NAME_CHARS + 1
            })
        );
    }
}
