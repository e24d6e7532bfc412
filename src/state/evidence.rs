//! Evidence per skill item (docs/rules.md#evidence): a note, links and a date, kept under
//! their own stored key and keyed like the ticks ([`crate::catalog::item_key`]).
//!
//! The editor holds an [`EvidenceDraft`] as typed and saves it through [`EvidenceBook::set`],
//! which stores it only when every field is valid; otherwise each field gets its message and
//! nothing stored changes. A stored link is always `http` or `https`: reading one that is not
//! fails, so hand-edited or imported data cannot smuggle a `javascript:` link in.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};
use thiserror::Error;

use crate::catalog::Profession;
use crate::state::persistence::{StorageKey, Stored};

/// Longest note, in characters.
pub const NOTE_MAX: usize = 2_000;
/// Most links on one item.
pub const LINKS_MAX: usize = 20;
/// Longest link, in characters.
pub const LINK_MAX: usize = 2_000;

/// The evidence on every item that has some, by item key. Keys the matrices no longer have
/// are kept, like ticks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceBook {
    #[serde(default)]
    items: BTreeMap<String, Evidence>,
}

impl Stored for EvidenceBook {
    const KEY: StorageKey = StorageKey::Evidence;
}

/// What backs one item: never empty in an [`EvidenceBook`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(default, deserialize_with = "note_within_limit")]
    note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    links: Vec<Link>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<EvidenceDate>,
}

/// An `http` or `https` address (docs/rules.md#evidence).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Link(String);

/// A calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EvidenceDate(String);

/// The editor's fields as typed. Blank link fields are ignored; a blank date is none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EvidenceDraft {
    pub note: String,
    pub links: Vec<String>,
    pub date: String,
}

/// Why a link is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error("the address does not start with http:// or https://")]
    Scheme,
    #[error("the address has no host after ://")]
    NoHost,
    #[error("the address holds a space or a control character")]
    Space,
    #[error("the address is longer than {LINK_MAX} characters")]
    TooLong,
}

/// Why a date is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("not written as YYYY-MM-DD")]
    Format,
    #[error("no such day in the calendar")]
    NoSuchDay,
}

/// One field of a draft that cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EvidenceError {
    #[error("the note has {chars} characters, at most {NOTE_MAX} are kept")]
    NoteTooLong { chars: usize },
    #[error("{count} links, at most {LINKS_MAX} per item")]
    TooManyLinks { count: usize },
    /// `index` counts the draft's link fields from 0, blank ones included, so the message
    /// lands next to the right field.
    #[error("link {} is refused: {reason}", index + 1)]
    BadLink { index: usize, reason: LinkError },
    #[error("date {text:?}: {reason}")]
    BadDate { text: String, reason: DateError },
}

impl Link {
    /// Checks a link as typed: `http` or `https` in any case, then `://` and a host; no
    /// whitespace or control character anywhere (docs/rules.md#evidence).
    pub fn parse(text: &str) -> Result<Self, LinkError> {
        if text.chars().count() > LINK_MAX {
            return Err(LinkError::TooLong);
        }
        let (scheme, rest) = text.split_once("://").ok_or(LinkError::Scheme)?;
        if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
            return Err(LinkError::Scheme);
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(LinkError::Space);
        }
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host = authority.rsplit('@').next().unwrap_or_default();
        if host.is_empty() || host.starts_with(':') {
            return Err(LinkError::NoHost);
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Link {
    type Error = LinkError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<Link> for String {
    fn from(link: Link) -> Self {
        link.0
    }
}

impl EvidenceDate {
    /// `YYYY-MM-DD` of a real day (years 0001 to 9999, leap years counted).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let mut parts = text.split('-');
        let (Some(year), Some(month), Some(day), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(DateError::Format);
        };
        let number = |part: &str, len: usize| {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
                .ok_or(DateError::Format)
        };
        let (year, month, day) = (number(year, 4)?, number(month, 2)?, number(day, 2)?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(DateError::NoSuchDay),
        };
        if year == 0 || day == 0 || day > days {
            return Err(DateError::NoSuchDay);
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for EvidenceDate {
    type Error = DateError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<EvidenceDate> for String {
    fn from(date: EvidenceDate) -> Self {
        date.0
    }
}

fn note_within_limit<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let note = String::deserialize(deserializer)?;
    if note.chars().count() > NOTE_MAX {
        return Err(serde::de::Error::custom(format!(
            "a note longer than {NOTE_MAX} characters"
        )));
    }
    Ok(note)
}

impl Evidence {
    /// The note as typed.
    pub fn note(&self) -> &str {
        &self.note
    }

    pub fn links(&self) -> &[Link] {
        &self.links
    }

    pub fn date(&self) -> Option<&EvidenceDate> {
        self.date.as_ref()
    }

    /// Nothing to show: a blank note, no link, no date.
    pub fn is_empty(&self) -> bool {
        self.note.trim().is_empty() && self.links.is_empty() && self.date.is_none()
    }
}

impl EvidenceDraft {
    /// Reads every field; returns every field's error, in the order of the fields.
    pub fn parse(&self) -> Result<Evidence, Vec<EvidenceError>> {
        let mut errors = Vec::new();
        let chars = self.note.chars().count();
        if chars > NOTE_MAX {
            errors.push(EvidenceError::NoteTooLong { chars });
        }
        let typed: Vec<(usize, &String)> = self
            .links
            .iter()
            .enumerate()
            .filter(|(_, text)| !text.trim().is_empty())
            .collect();
        if typed.len() > LINKS_MAX {
            errors.push(EvidenceError::TooManyLinks { count: typed.len() });
        }
        let mut links = Vec::with_capacity(typed.len());
        for (index, text) in typed {
            match Link::parse(text) {
                Ok(link) => links.push(link),
                Err(reason) => errors.push(EvidenceError::BadLink { index, reason }),
            }
        }
        let date = match self.date.trim() {
            "" => None,
            text => match EvidenceDate::parse(text) {
                Ok(date) => Some(date),
                Err(reason) => {
                    errors.push(EvidenceError::BadDate {
                        text: self.date.clone(),
                        reason,
                    });
                    None
                }
            },
        };
        if errors.is_empty() {
            Ok(Evidence {
                note: self.note.clone(),
                links,
                date,
            })
        } else {
            Err(errors)
        }
    }
}

impl From<&Evidence> for EvidenceDraft {
    /// The editor's fields for stored evidence.
    fn from(evidence: &Evidence) -> Self {
        Self {
            note: evidence.note.clone(),
            links: evidence.links.iter().map(|l| l.0.clone()).collect(),
            date: evidence
                .date
                .as_ref()
                .map(|d| d.0.clone())
                .unwrap_or_default(),
        }
    }
}

impl EvidenceBook {
    pub fn get(&self, key: &str) -> Option<&Evidence> {
        self.items.get(key)
    }

    /// Saves a draft for an item: stored when every field is valid (an empty draft removes
    /// the item's evidence); otherwise every field's error, and nothing changes.
    pub fn set(&mut self, key: &str, draft: &EvidenceDraft) -> Result<(), Vec<EvidenceError>> {
        let evidence = draft.parse()?;
        if evidence.is_empty() {
            self.items.remove(key);
        } else {
            self.items.insert(key.to_owned(), evidence);
        }
        Ok(())
    }

    pub fn remove(&mut self, key: &str) -> Option<Evidence> {
        self.items.remove(key)
    }

    /// Takes out every item's evidence of a profession, to put back on undo.
    pub fn take_profession(&mut self, id: &str) -> Vec<(String, Evidence)> {
        let prefix = format!("{id}/");
        let keys: Vec<String> = self
            .items
            .keys()
            .filter(|key| key.starts_with(&prefix))
            .cloned()
            .collect();
        keys.into_iter()
            .filter_map(|key| self.items.remove(&key).map(|evidence| (key, evidence)))
            .collect()
    }

    /// Puts back what [`EvidenceBook::take_profession`] took.
    pub fn restore(&mut self, taken: Vec<(String, Evidence)>) {
        self.items.extend(taken);
    }

    /// Every item with evidence, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Evidence)> {
        self.items
            .iter()
            .map(|(key, evidence)| (key.as_str(), evidence))
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many items of one grade of a profession have evidence; 0 for a grade it lacks.
    pub fn with_evidence(&self, profession: &Profession, grade_id: &str) -> usize {
        profession
            .grade_items(grade_id)
            .filter(|item| self.items.get(&item.key()).is_some_and(|e| !e.is_empty()))
            .count()
    }
}
