//! Reusable view pieces.

pub mod dialog;
pub mod header;
pub mod notice_bar;
pub mod number_field;
pub mod radar_chart;
pub mod salary_chart;
pub mod text_field;

pub use header::Header;
pub use notice_bar::NoticeBar;

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
