//! RFC 4180 records, each with the line it starts on.

use crate::catalog::format::error::FormatError;

/// One record with the physical line it starts on.
pub(super) struct Record {
    pub(super) line: usize,
    pub(super) fields: Vec<String>,
}

/// RFC 4180 records. Line breaks may be CRLF, LF or a lone CR; inside quotes they are
/// part of the field. Spaces between a closing quote and the separator are allowed.
pub(super) struct Reader<'a> {
    pub(super) chars: std::iter::Peekable<std::str::Chars<'a>>,
    pub(super) separator: char,
    pub(super) line: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str, separator: char) -> Self {
        Self {
            chars: text.chars().peekable(),
            separator,
            line: 1,
        }
    }

    /// Consumes a line break whose first character `c` was just read.
    pub(super) fn line_break(&mut self, c: char) {
        if c == '\r' && self.chars.peek() == Some(&'\n') {
            self.chars.next();
        }
        self.line = self.line.saturating_add(1);
    }

    pub(super) fn record(&mut self) -> Option<Result<Record, FormatError>> {
        self.chars.peek()?;
        let line = self.line;
        let mut fields = Vec::new();
        let mut field = String::new();
        // Whether the field so far is a closed quoted one.
        let mut closed = false;
        let mut quoted = false;
        while let Some(c) = self.chars.next() {
            if quoted {
                match c {
                    '"' if self.chars.peek() == Some(&'"') => {
                        self.chars.next();
                        field.push('"');
                    }
                    '"' => {
                        quoted = false;
                        closed = true;
                    }
                    '\r' | '\n' => {
                        field.push(c);
                        if c == '\r' && self.chars.peek() == Some(&'\n') {
                            self.chars.next();
                            field.push('\n');
                        }
                        self.line = self.line.saturating_add(1);
                    }
                    _ => field.push(c),
                }
                continue;
            }
            if c == self.separator {
                fields.push(std::mem::take(&mut field));
                closed = false;
            } else if c == '\r' || c == '\n' {
                self.line_break(c);
                fields.push(field);
                return Some(Ok(Record { line, fields }));
            } else if closed {
                if c != ' ' && c != '\t' {
                    return Some(Err(FormatError::StrayQuote { line }));
                }
            } else if c == '"' {
                // Spaces before an opening quote are dropped with it.
                if !field.trim().is_empty() {
                    return Some(Err(FormatError::StrayQuote { line }));
                }
                field.clear();
                quoted = true;
            } else {
                field.push(c);
            }
        }
        if quoted {
            return Some(Err(FormatError::UnclosedQuote { line }));
        }
        fields.push(field);
        Some(Ok(Record { line, fields }))
    }
}

impl Iterator for Reader<'_> {
    type Item = Result<Record, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.record()
    }
}
