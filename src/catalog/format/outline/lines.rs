//! Each line of an outline on its own: what it is, before anything around it counts.

/// A line's text with the id written after it as `{#id}`, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Label {
    pub(super) text: String,
    pub(super) id: Option<String>,
}

/// Splits a trailing ` {#id}` (Markdown's heading-attribute syntax) off `text`: the braces
/// hold at least one character and no space or brace, and stand at the start or after a
/// space.
pub(super) fn split_id(text: &str) -> (&str, Option<&str>) {
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

pub(super) fn label(text: &str) -> Label {
    let (text, id) = split_id(text.trim());
    Label {
        text: text.to_owned(),
        id: id.map(str::to_owned),
    }
}

/// What a line is, on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind {
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

pub(super) struct Line {
    pub(super) number: usize,
    pub(super) kind: Kind,
    /// The line without surrounding whitespace.
    pub(super) raw: String,
    pub(super) indented: bool,
}

/// `---`, `***`, `___`, spaces allowed between.
pub(super) fn is_rule(line: &str) -> bool {
    let marks: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && marks
            .first()
            .is_some_and(|&first| "-*_".contains(first) && marks.iter().all(|&c| c == first))
}

/// `1. text` or `1) text` → `text`.
pub(super) fn numbered(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 9 {
        return None;
    }
    let rest = line.get(digits..)?;
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// `- text`, `* text`, `+ text` → `text`.
pub(super) fn bullet(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix('-')
        .or_else(|| line.strip_prefix('*'))
        .or_else(|| line.strip_prefix('+'))?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// `**Title**` and what follows it.
pub(super) fn bold(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix("**")?;
    let close = inner.find("**")?;
    let title = inner.get(..close)?;
    let rest = inner.get(close.saturating_add(2)..)?;
    (!title.trim().is_empty()).then_some((title, rest))
}

/// A title without the colon some write after it (`**Soft Skills:**`).
pub(super) fn without_colon(title: &str) -> &str {
    let title = title.trim();
    title.strip_suffix(':').unwrap_or(title).trim_end()
}

/// The items of a grade line: split on commas outside parentheses, trimmed, empty ones
/// dropped, the line's final period removed (docs/rules.md#002-items).
pub(super) fn split_items(text: &str) -> Vec<String> {
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
pub(super) fn grade_line(text: &str) -> Option<(Label, Vec<String>)> {
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

pub(super) fn classify(line: &str) -> Kind {
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

pub(super) fn lines(text: &str) -> Vec<Line> {
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
