//! Text outlines, Markdown or plain, written the way the source documents are
//! (docs/formats.md#matrix-outline). Each line is first classified on its own, then placed
//! by what came before it (and, for a plain line, by what follows).

use super::error::{FormatError, FormatWarning, Location};
use super::finish::{DraftGrade, DraftGroup, DraftItem, DraftProfession, Text, finish};
use super::ids;
use super::{Format, Parsed};

mod lines;
mod write;

use lines::{Kind, Label, Line, lines};
pub(super) use write::write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rank {
    Profession,
    Grade,
    Group,
}

/// What each heading level stands for: the levels used, shallowest first, are profession,
/// grade and group when the text opens with a heading, else grade and group (the
/// profession being a plain line then); deeper levels are groups too.
fn ranks(lines: &[Line]) -> [Rank; 7] {
    let mut levels: Vec<usize> = lines
        .iter()
        .filter_map(|line| match line.kind {
            Kind::Heading(level, _) => Some(level),
            _ => None,
        })
        .collect();
    levels.sort_unstable();
    levels.dedup();
    let opens_with_heading = lines
        .iter()
        .find(|line| !matches!(line.kind, Kind::Blank | Kind::Skip | Kind::Ignored))
        .is_some_and(|line| matches!(line.kind, Kind::Heading(..)));
    let order: &[Rank] = if opens_with_heading {
        &[Rank::Profession, Rank::Grade, Rank::Group]
    } else {
        &[Rank::Grade, Rank::Group]
    };
    let mut ranks = [Rank::Group; 7];
    for (position, level) in levels.iter().enumerate() {
        if let (Some(slot), Some(rank)) =
            (ranks.get_mut(*level), order.get(position).or(order.last()))
        {
            *slot = *rank;
        }
    }
    ranks
}

/// `Stack: a, b` or `Source: …` (also `Стек:`, `Источник:`) right under a profession.
enum Meta<'a> {
    Stack(&'a str),
    Source(&'a str),
}

fn meta(raw: &str) -> Option<Meta<'_>> {
    let (key, value) = raw.split_once(':')?;
    let value = value.trim();
    match ids::slug(key).as_str() {
        "stack" | "stek" => Some(Meta::Stack(value)),
        "source" | "istochnik" => Some(Meta::Source(value)),
        _ => None,
    }
}

/// What the last line that meant something made: a parenthesised line under a profession
/// is its summary, under a grade heading its description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    Profession,
    Grade,
    Group,
    Item,
    Other,
}

struct Builder {
    professions: Vec<DraftProfession>,
    warnings: Vec<FormatWarning>,
    /// Whether a numbered line is an item: true under a grade heading, a plain grade line or
    /// a group; false after a `**Title** — …` line, where the source numbers professions.
    open: bool,
    last: Last,
}

fn id_text(label: &Label, line: usize) -> Option<Text> {
    label
        .id
        .as_ref()
        .map(|id| Text::new(id.as_str(), Location::Line(line)))
}

impl Builder {
    fn grade(&mut self) -> Option<&mut DraftGrade> {
        self.professions.last_mut()?.grades.last_mut()
    }

    fn has_grade(&self) -> bool {
        self.professions
            .last()
            .is_some_and(|profession| !profession.grades.is_empty())
    }

    fn profession(&mut self, label: &Label, line: usize) {
        let at = Location::Line(line);
        self.professions.push(DraftProfession {
            at: at.clone(),
            id: id_text(label, line),
            name: Text::new(label.text.as_str(), at),
            summary: None,
            stack: Vec::new(),
            source: None,
            grades: Vec::new(),
            glossary: Vec::new(),
        });
        self.open = false;
        self.last = Last::Profession;
    }

    fn new_grade(&mut self, label: &Label, line: usize) -> Result<(), FormatError> {
        let Some(profession) = self.professions.last_mut() else {
            return Err(FormatError::BeforeProfession { line });
        };
        let at = Location::Line(line);
        profession.grades.push(DraftGrade {
            at: at.clone(),
            id: id_text(label, line),
            title: Text::new(label.text.as_str(), at),
            description: None,
            notes: None,
            groups: Vec::new(),
        });
        self.open = true;
        self.last = Last::Grade;
        Ok(())
    }

    fn group(&mut self, label: &Label, line: usize) -> Result<(), FormatError> {
        if self.professions.is_empty() {
            return Err(FormatError::BeforeProfession { line });
        }
        let Some(grade) = self.grade() else {
            return Err(FormatError::GroupBeforeGrade { line });
        };
        let at = Location::Line(line);
        grade.groups.push(DraftGroup {
            at: at.clone(),
            id: id_text(label, line),
            title: (!label.text.is_empty()).then(|| Text::new(label.text.as_str(), at)),
            note: None,
            items: Vec::new(),
        });
        self.open = true;
        self.last = Last::Group;
        Ok(())
    }

    fn item(&mut self, label: &Label, line: usize) -> Result<(), FormatError> {
        if self.professions.is_empty() {
            return Err(FormatError::BeforeProfession { line });
        }
        let Some(grade) = self.grade() else {
            return Err(FormatError::ItemBeforeGrade { line });
        };
        let at = Location::Line(line);
        if grade.groups.is_empty() {
            grade.groups.push(DraftGroup {
                at: at.clone(),
                id: None,
                title: None,
                note: None,
                items: Vec::new(),
            });
        }
        if let Some(group) = grade.groups.last_mut() {
            group.items.push(DraftItem {
                at: at.clone(),
                id: id_text(label, line),
                text: Text::new(label.text.as_str(), at),
            });
        }
        self.last = Last::Item;
        Ok(())
    }

    fn grade_line(
        &mut self,
        label: &Label,
        items: &[String],
        line: usize,
    ) -> Result<(), FormatError> {
        self.new_grade(label, line)?;
        if !items.is_empty() {
            let at = Location::Line(line);
            if let Some(grade) = self.grade() {
                grade.groups.push(DraftGroup {
                    at: at.clone(),
                    id: None,
                    title: None,
                    note: None,
                    items: items
                        .iter()
                        .map(|text| DraftItem {
                            at: at.clone(),
                            id: None,
                            text: Text::new(text.as_str(), at.clone()),
                        })
                        .collect(),
                });
            }
        }
        self.open = false;
        self.last = Last::Other;
        Ok(())
    }

    fn paren(&mut self, text: &str, line: usize) {
        let at = Location::Line(line);
        let placed = match self.last {
            Last::Profession => self
                .professions
                .last_mut()
                .filter(|p| p.summary.is_none())
                .map(|p| p.summary = Some(Text::new(text, at))),
            Last::Grade => self
                .grade()
                .filter(|g| g.description.is_none())
                .map(|g| g.description = Some(Text::new(text, at))),
            _ => None,
        };
        if placed.is_none() {
            self.warnings.push(FormatWarning::IgnoredLine { line });
        }
        self.last = Last::Other;
    }

    fn quote(&mut self, text: &str, line: usize) {
        let Some(grade) = self.grade() else {
            self.warnings.push(FormatWarning::IgnoredLine { line });
            return;
        };
        let slot = match grade.groups.last_mut() {
            Some(group) if group.items.is_empty() => &mut group.note,
            _ => &mut grade.notes,
        };
        match slot {
            Some(existing) => {
                existing.value.push(' ');
                existing.value.push_str(text);
            }
            None => *slot = Some(Text::new(text, Location::Line(line))),
        }
    }

    /// Adds an indented line to the item right above it.
    fn continue_item(&mut self, raw: &str) {
        if let Some(item) = self
            .grade()
            .and_then(|grade| grade.groups.last_mut())
            .and_then(|group| group.items.last_mut())
        {
            item.text.value.push(' ');
            item.text.value.push_str(raw);
        }
    }

    /// Sets a profession's stack or source, if the line is one and a profession without
    /// grades is open; says whether it did.
    fn meta(&mut self, raw: &str, line: usize) -> bool {
        let Some(meta) = meta(raw) else {
            return false;
        };
        let Some(profession) = self.professions.last_mut().filter(|p| p.grades.is_empty()) else {
            return false;
        };
        let at = Location::Line(line);
        match meta {
            Meta::Stack(value) => profession
                .stack
                .extend(value.split(',').map(|entry| Text::new(entry, at.clone()))),
            Meta::Source(value) => profession.source = Some(Text::new(value, at)),
        }
        self.last = Last::Other;
        true
    }
}

/// The next line that decides what a plain line is, skipping what may sit between a
/// profession and its grades.
fn next_kind(lines: &[Line]) -> Option<&Kind> {
    lines
        .iter()
        .find(|line| {
            !matches!(
                line.kind,
                Kind::Blank | Kind::Skip | Kind::Ignored | Kind::Paren(_) | Kind::Quote(_)
            ) && meta(&line.raw).is_none()
        })
        .map(|line| &line.kind)
}

pub(super) fn parse(text: &str) -> Result<Parsed, FormatError> {
    let lines = lines(text);
    let ranks = ranks(&lines);
    let mut builder = Builder {
        professions: Vec::new(),
        warnings: Vec::new(),
        open: false,
        last: Last::Nothing,
    };
    let mut blank_before = false;
    for (index, line) in lines.iter().enumerate() {
        let number = line.number;
        match &line.kind {
            Kind::Blank => {
                blank_before = true;
                continue;
            }
            Kind::Skip => continue,
            Kind::Ignored => builder
                .warnings
                .push(FormatWarning::IgnoredLine { line: number }),
            Kind::Heading(level, label) => {
                match ranks.get(*level).copied().unwrap_or(Rank::Group) {
                    Rank::Profession => builder.profession(label, number),
                    Rank::Grade => builder.new_grade(label, number)?,
                    Rank::Group => builder.group(label, number)?,
                }
            }
            Kind::Numbered(label) => {
                if builder.open && builder.has_grade() {
                    builder.item(label, number)?;
                } else if builder.professions.is_empty() || builder.has_grade() {
                    builder.profession(label, number);
                } else {
                    return Err(FormatError::ItemBeforeGrade { line: number });
                }
            }
            Kind::Bullet(label) => builder.item(label, number)?,
            Kind::GradeLine(label, items) => builder.grade_line(label, items, number)?,
            Kind::Bold(label) | Kind::Colon(label) => {
                // `Stack: C:` ends in a colon but is the stack.
                if !builder.meta(&line.raw, number) {
                    if builder.professions.is_empty() {
                        builder.profession(label, number);
                    } else {
                        builder.group(label, number)?;
                    }
                }
            }
            Kind::Paren(text) => builder.paren(text, number),
            Kind::Quote(text) => builder.quote(text, number),
            Kind::Plain(label) => {
                if line.indented && !blank_before && builder.last == Last::Item {
                    builder.continue_item(&line.raw);
                } else if !builder.meta(&line.raw, number) {
                    let rest = lines.get(index.saturating_add(1)..).unwrap_or_default();
                    let heads_grade_lines = matches!(next_kind(rest), Some(Kind::GradeLine(..)));
                    if builder.professions.is_empty() || heads_grade_lines {
                        builder.profession(label, number);
                    } else {
                        builder.new_grade(label, number)?;
                    }
                }
            }
        }
        blank_before = false;
    }
    let (professions, warnings) = finish(builder.professions, builder.warnings)?;
    Ok(Parsed {
        format: Format::Outline,
        professions,
        warnings,
    })
}
