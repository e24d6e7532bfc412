//! Reusable view pieces.

pub mod chart_table;
pub mod compare;
pub mod confirm_dialog;
pub mod dialog;
pub mod evidence;
pub mod grade_skills;
pub mod header;
pub mod inline_text;
pub mod notice_bar;
pub mod number_field;
pub mod profession_card;
pub mod profile_choice;
pub mod radar_chart;
pub mod salary_chart;
pub mod text_field;
pub mod undo_bar;
pub mod update_banner;

pub use confirm_dialog::ConfirmDialog;
pub use header::Header;
pub use notice_bar::NoticeBar;
pub use update_banner::UpdateBanner;

use leptos::prelude::*;

/// Keeps the document title in step with the page and the language.
pub fn use_document_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let text = title();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&text);
        }
    });
}
