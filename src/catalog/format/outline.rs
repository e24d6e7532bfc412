//! Text outlines, Markdown or plain, written the way the source documents are
//! (docs/formats.md#matrix-outline). Each line is first classified on its own, then placed
//! by what came before it (and, for a plain line, by what follows).

use super::error::{FormatError, FormatWarning, Location};
use super::finish::{DraftGrade, DraftGroup, DraftItem, DraftProfession, Text, finish};
use super::ids;
use super::model::MatrixProfession;
use super::{Format, Parsed};

/// A line's text with the id written after it as `{#id}`, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Label {
    text: String,
    id: Option<String>,
}

/// Splits a trailing ` {#id}` (Markdown's heading-attribute syntax) off `text`: the braces
/// hold at least one character and no space or brace, and stand at the start or after a
/// space.
fn split_id(text: &str) -> (&str, Option<&str>) {
    let Some(open) = text.strip_suffix('}').and_then(|t| t.rfind("{#")) else {
        return (text, None);
    };
    let (body, attr) = text.split_at(open);
    let id = attr
        .strip_prefix("{#")
        .and_then(|a| a.strip_suffix('}'))
        .unwrap_or_default();
    let well_formed = !id.is_empty()
        && !id.contains(|c: char| c.is_whitespace() || c == '{' || c == '}')
        && (body.is_empty() || body.ends_with(char::is_whitespace));
    if well_formed {
        (body.trim_end(), Some(id))
    } else {
        (text, None)
    }
}

fn label(text: &str) -> Label {
    let (text, id) = split_id(text.trim());
    Label {
        text: text.to_owned(),
        id: id.map(str::to_owned),
    }
}

/// What a line is, on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Blank,
    /// A horizontal rule or a line of fenced code: not content.
    Skip,
    /// A line the outline has no place for (a code fence, a table row): left out with a warning.
    Ignored,
    /// `#`…`######` and the text.
    Heading(usize, Label),
    /// `1.` or `1)` and the text.
    Numbered(Label),
    /// `-`, `*` or `+` and the text.
    Bullet(Label),
    /// `* **Title** — item, item, item`.
    GradeLine(Label, Vec<String>),
    /// `**Title**` alone.
    Bold(Label),
    /// `Title:`.
    Colon(Label),
    /// `(text)`.
    Paren(String),
    /// `> text`.
    Quote(String),
    Plain(Label),
}

struct Line {
    number: usize,
    kind: Kind,
    /// The line without surrounding whitespace.
    raw: String,
    indented: bool,
}

/// `---`, `***`, `___`, spaces allowed between.
fn is_rule(line: &str) -> bool {
    let marks: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && marks
            .first()
            .is_some_and(|&first| "-*_".contains(first) && marks.iter().all(|&c| c == first))
}

/// `1. text` or `1) text` → `text`.
fn numbered(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 9 {
        return None;
    }
    let rest = line.get(digits..)?;
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// `- text`, `* text`, `+ text` → `text`.
fn bullet(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix('-')
        .or_else(|| line.strip_prefix('*'))
        .or_else(|| line.strip_prefix('+'))?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// `**Title**` and what follows it.
fn bold(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix("**")?;
    let close = inner.find("**")?;
    let title = inner.get(..close)?;
    let rest = inner.get(close.saturating_add(2)..)?;
    (!title.trim().is_empty()).then_some((title, rest))
}

/// A title without the colon some write after it (`**Soft Skills:**`).
fn without_colon(title: &str) -> &str {
    let title = title.trim();
    title.strip_suffix(':').unwrap_or(title).trim_end()
}

/// The items of a grade line: split on commas outside parentheses, trimmed, empty ones
/// dropped, the line's final period removed (docs/rules.md#002-items).
fn split_items(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0_usize;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' => depth = depth.saturating_add(1),
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c == ',' && depth == 0 {
            items.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    items.push(current);
    let mut items: Vec<String> = items
        .iter()
        .map(|item| item.trim().to_owned())
        .filter(|item| !item.is_empty())
        .collect();
    if let Some(last) = items.last_mut()
        && last.ends_with('.')
        && !last.ends_with("..")
    {
        last.pop();
        let trimmed = last.trim_end().len();
        last.truncate(trimmed);
    }
    items.retain(|item| !item.is_empty());
    items
}

/// `* **Title** — items`: the separator is an em dash, an en dash, a hyphen or a colon.
fn grade_line(text: &str) -> Option<(Label, Vec<String>)> {
    let (title, rest) = bold(text)?;
    let title = label(without_colon(title));
    let rest = rest.trim_start();
    if rest.is_empty() {
        return Some((title, Vec::new()));
    }
    let items = ['\u{2014}', '\u{2013}', '-', ':']
        .iter()
        .find_map(|dash| rest.strip_prefix(*dash))?;
    Some((title, split_items(items)))
}

fn classify(line: &str) -> Kind {
    if line.is_empty() {
        return Kind::Blank;
    }
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes)
        && let Some(rest) = line.get(hashes..)
        && (rest.is_empty() || rest.starts_with(char::is_whitespace))
    {
        return Kind::Heading(hashes, label(rest));
    }
    if is_rule(line) {
        return Kind::Skip;
    }
    if let Some(rest) = line.strip_prefix('>') {
        return Kind::Quote(rest.trim().to_owned());
    }
    if let Some(rest) = numbered(line) {
        return Kind::Numbered(label(rest));
    }
    if let Some(rest) = bullet(line) {
        let rest = rest.trim();
        return match grade_line(rest) {
            Some((title, items)) => Kind::GradeLine(title, items),
            None => Kind::Bullet(label(rest)),
        };
    }
    if let Some((title, rest)) = bold(line) {
        let rest = rest.trim();
        if rest.is_empty() || rest == ":" {
            return Kind::Bold(label(without_colon(title)));
        }
    }
    if line.starts_with('|') {
        return Kind::Ignored;
    }
    if let Some(inner) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
        return Kind::Paren(inner.to_owned());
    }
    let plain = label(line);
    match plain.text.strip_suffix(':') {
        Some(text) if !text.trim().is_empty() => Kind::Colon(Label {
            text: text.trim_end().to_owned(),
            id: plain.id,
        }),
        _ => Kind::Plain(plain),
    }
}

fn lines(text: &str) -> Vec<Line> {
    let mut fenced = false;
    text.lines()
        .enumerate()
        .map(|(index, line)| {
            let raw = line.trim();
            let fence = raw.starts_with("```") || raw.starts_with("~~~");
            let kind = if fence {
                fenced = !fenced;
                if fenced { Kind::Ignored } else { Kind::Skip }
            } else if fenced {
                Kind::Skip
            } else {
                classify(raw)
            };
            Line {
                number: index.saturating_add(1),
                kind,
                raw: raw.to_owned(),
                indented: line.starts_with(char::is_whitespace),
            }
        })
        .collect()
}

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

/// ` {#id}` when the id is not the one the text would get anyway, or when the text itself
/// ends in something that reads as an id.
fn id_suffix(id: &str, derived: &str, text: &str) -> String {
    if id != derived || split_id(text).1.is_some() {
        format!(" {{#{id}}}")
    } else {
        String::new()
    }
}

/// The professions as Markdown: `#` profession, `##` grade, `###` group, numbered items,
/// ids written only where reading the text back would not give them.
pub(super) fn write(professions: &[MatrixProfession]) -> String {
    let mut out = String::new();
    for profession in professions {
        let derived = ids::profession_base(&profession.name);
        out.push_str(&format!(
            "# {}{}\n\n",
            profession.name,
            id_suffix(&profession.id, &derived, &profession.name)
        ));
        if let Some(summary) = &profession.summary {
            out.push_str(&format!("({summary})\n\n"));
        }
        if !profession.stack.is_empty() {
            out.push_str(&format!("Stack: {}\n\n", profession.stack.join(", ")));
        }
        if let Some(source) = &profession.source {
            out.push_str(&format!("Source: {source}\n\n"));
        }
        for (index, grade) in profession.grades.iter().enumerate() {
            let derived = ids::grade_base(&grade.title, index.saturating_add(1));
            out.push_str(&format!(
                "## {}{}\n\n",
                grade.title,
                id_suffix(&grade.id, &derived, &grade.title)
            ));
            if let Some(description) = &grade.description {
                out.push_str(&format!("({description})\n\n"));
            }
            if let Some(notes) = &grade.notes {
                out.push_str(&format!("> {notes}\n\n"));
            }
            for (index, group) in grade.groups.iter().enumerate() {
                let derived = ids::group_base(group.title.as_deref(), index.saturating_add(1));
                let title = group.title.as_deref().unwrap_or_default();
                // An untitled first list goes right under its grade, as in the sources.
                let bare =
                    index == 0 && title.is_empty() && group.note.is_none() && group.id == derived;
                if !bare {
                    let heading = format!("### {title}{}", id_suffix(&group.id, &derived, title));
                    out.push_str(heading.trim_end());
                    out.push_str("\n\n");
                }
                if let Some(note) = &group.note {
                    out.push_str(&format!("> {note}\n\n"));
                }
                for (index, item) in group.items.iter().enumerate() {
                    let number = index.saturating_add(1).to_string();
                    out.push_str(&format!(
                        "{number}. {}{}\n",
                        item.text,
                        id_suffix(&item.id, &number, &item.text)
                    ));
                }
                out.push('\n');
            }
        }
    }
    out
}
