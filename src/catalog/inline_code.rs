//! Inline code in matrix text: the sources mark names such as `pytest` with backticks, the way
//! Markdown writes a code span. [`segments`] splits a text into plain runs and code spans so a
//! view can show the code as code, always as text, never as markup.
//!
//! The rule is Markdown's (CommonMark, code spans): a run of n backticks opens a span that the
//! next run of exactly n backticks closes; a run with no such partner is plain text.

/// A piece of a text: shown as it is, or as code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Code(&'a str),
}

impl<'a> Segment<'a> {
    /// The text shown for this piece, without any backticks around it.
    pub fn text(self) -> &'a str {
        match self {
            Segment::Plain(text) | Segment::Code(text) => text,
        }
    }
}

/// Splits `text` into plain and code pieces, in order. No piece is empty, and two plain pieces
/// never follow each other.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    // Start of the plain text not yet pushed.
    let mut plain_from = 0;
    let mut at = 0;
    while let Some(offset) = text.get(at..).and_then(|rest| rest.find('`')) {
        let open = at + offset;
        let run = backtick_run(text, open);
        let content_from = open + run;
        match closing_run(text, content_from, run) {
            Some(close) => {
                push_plain(&mut out, text.get(plain_from..open));
                if let Some(code) = text.get(content_from..close) {
                    out.push(Segment::Code(code));
                }
                at = close + run;
                plain_from = at;
            }
            // Unmatched: the run is plain text; go on after it.
            None => at = content_from,
        }
    }
    push_plain(&mut out, text.get(plain_from..));
    out
}

fn push_plain<'a>(out: &mut Vec<Segment<'a>>, text: Option<&'a str>) {
    if let Some(text) = text.filter(|text| !text.is_empty()) {
        out.push(Segment::Plain(text));
    }
}

/// Length in bytes (= in backticks) of the run of backticks starting at `from`.
fn backtick_run(text: &str, from: usize) -> usize {
    text.get(from..)
        .map_or(0, |rest| rest.bytes().take_while(|b| *b == b'`').count())
}

/// Start of the first run of exactly `len` backticks at or after `from`.
fn closing_run(text: &str, from: usize, len: usize) -> Option<usize> {
    let mut at = from;
    while let Some(offset) = text.get(at..).and_then(|rest| rest.find('`')) {
        let start = at + offset;
        let run = backtick_run(text, start);
        if run == len {
            return Some(start);
        }
        at = start + run;
    }
    None
}
