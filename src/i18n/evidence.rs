//! Strings of the evidence on skill items (docs/rules.md#evidence), and the messages of its
//! errors, in both languages.

use crate::i18n::Localize;
use crate::lang::Lang;
use crate::state::evidence::{DateError, EvidenceError, LINK_MAX, LINKS_MAX, LinkError, NOTE_MAX};

pub struct EvidenceStrings {
    /// The button's visible text on each item; its name adds the item's text.
    pub open: &'static str,
    pub has_evidence: &'static str,
    /// Items of a grade with evidence.
    pub grade_count: fn(usize) -> String,
    pub title: &'static str,
    pub note: &'static str,
    /// Characters typed of the note's limit.
    pub note_counter: fn(usize) -> String,
    pub links: &'static str,
    pub links_hint: &'static str,
    /// The label of link field n (from 1).
    pub link: fn(usize) -> String,
    pub link_add: &'static str,
    /// The name of the button removing link field n (from 1).
    pub link_remove: fn(usize) -> String,
    pub link_remove_text: &'static str,
    pub date: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub remove: &'static str,
    /// The date shown under an item.
    pub dated: fn(&str) -> String,
}

/// A count with its thousands set apart: "2 000", "2,000".
fn grouped(n: usize, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

pub static RU: EvidenceStrings = EvidenceStrings {
    open: "Подтверждение",
    has_evidence: "есть подтверждение",
    grade_count: |n| format!("с подтверждением: {n}"),
    title: "Подтверждение навыка",
    note: "Заметка",
    note_counter: |n| {
        format!(
            "{} из {} символов",
            grouped(n, '\u{a0}'),
            grouped(NOTE_MAX, '\u{a0}')
        )
    },
    links: "Ссылки",
    links_hint: "Только адреса, начинающиеся с http:// или https://; до 20 ссылок.",
    link: |n| format!("Ссылка {n}"),
    link_add: "Добавить ссылку",
    link_remove: |n| format!("Удалить ссылку {n}"),
    link_remove_text: "Удалить",
    date: "Дата",
    save: "Сохранить",
    cancel: "Отмена",
    remove: "Удалить подтверждение",
    dated: |date| format!("дата: {date}"),
};

pub static EN: EvidenceStrings = EvidenceStrings {
    open: "Evidence",
    has_evidence: "has evidence",
    grade_count: |n| format!("with evidence: {n}"),
    title: "Evidence for a skill",
    note: "Note",
    note_counter: |n| {
        format!(
            "{} of {} characters",
            grouped(n, ','),
            grouped(NOTE_MAX, ',')
        )
    },
    links: "Links",
    links_hint: "Only addresses starting with http:// or https://; up to 20 links.",
    link: |n| format!("Link {n}"),
    link_add: "Add a link",
    link_remove: |n| format!("Remove link {n}"),
    link_remove_text: "Remove",
    date: "Date",
    save: "Save",
    cancel: "Cancel",
    remove: "Remove evidence",
    dated: |date| format!("date: {date}"),
};

impl Localize for LinkError {
    fn localize(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Ru, Self::Scheme) => {
                "допустимы только ссылки http и https (адрес начинается с http:// или https://)"
                    .into()
            }
            (Lang::Ru, Self::NoHost) => "в ссылке нет адреса сайта после ://".into(),
            (Lang::Ru, Self::Space) => "в ссылке есть пробел или управляющий символ".into(),
            (Lang::Ru, Self::TooLong) => format!("ссылка длиннее {LINK_MAX} символов"),
            (Lang::En, Self::Scheme) => {
                "only http and https links (the address starts with http:// or https://)".into()
            }
            (Lang::En, Self::NoHost) => "the link has no site address after ://".into(),
            (Lang::En, Self::Space) => "the link holds a space or a control character".into(),
            (Lang::En, Self::TooLong) => format!("the link is longer than {LINK_MAX} characters"),
        }
    }
}

impl Localize for DateError {
    fn localize(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Ru, Self::Format) => "дата записана не в виде ГГГГ-ММ-ДД".into(),
            (Lang::Ru, Self::NoSuchDay) => "такого дня в календаре нет".into(),
            (Lang::En, Self::Format) => "the date is not written as YYYY-MM-DD".into(),
            (Lang::En, Self::NoSuchDay) => "there is no such day in the calendar".into(),
        }
    }
}

impl Localize for EvidenceError {
    fn localize(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Ru, Self::NoteTooLong { chars }) => {
                format!("в заметке {chars} символов, допустимо не более {NOTE_MAX}")
            }
            (Lang::Ru, Self::TooManyLinks { count }) => {
                format!("ссылок {count}, допустимо не более {LINKS_MAX}")
            }
            (Lang::En, Self::NoteTooLong { chars }) => {
                format!("the note has {chars} characters, at most {NOTE_MAX} are allowed")
            }
            (Lang::En, Self::TooManyLinks { count }) => {
                format!("{count} links, at most {LINKS_MAX} are allowed")
            }
            // Shown next to its own field, which already names it.
            (_, Self::BadLink { reason, .. }) => reason.localize(lang),
            (_, Self::BadDate { reason, .. }) => reason.localize(lang),
        }
    }
}

/// This table in `lang`: reached only from the code that shows it, so a page's texts travel
/// in its wasm chunk.
pub const fn strings(lang: Lang) -> &'static EvidenceStrings {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(grouped(0, ','), "0");
        assert_eq!(grouped(999, ','), "999");
        assert_eq!(grouped(2_000, '\u{a0}'), "2\u{a0}000");
        assert_eq!(grouped(1_234_567, ','), "1,234,567");
    }
}
