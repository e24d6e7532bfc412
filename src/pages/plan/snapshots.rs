//! Snapshots of the user's growth (docs/rules.md#snapshots), on the plan page: save one now
//! with an optional label, turn the automatic ones off, the list, comparing two and the
//! timeline. The automatic ones are taken app-wide
//! (`crate::state::snapshot_taking`).

mod comparison;
mod list;
mod timeline;

use std::collections::BTreeMap;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::browser;
use crate::catalog::Catalog;
use crate::components::text_field::TextField;
use crate::i18n::snapshots::SnapshotsStrings;
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::state::snapshot_taking::{Sources, TakeError};
use crate::state::snapshots::{LABEL_MAX, Snapshot, SnapshotError, label};

use comparison::Comparison;
use list::SnapshotList;
use timeline::Timeline;

/// Formats ISO 8601 times as a local date and time in the interface language.
pub(crate) struct Dates(Option<js_sys::Function>);

thread_local! {
    /// One formatter per language: making one costs far more than using it.
    static FORMATS: std::cell::RefCell<Vec<(Lang, js_sys::Function)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl Dates {
    pub fn new(lang: Lang) -> Self {
        let cached = FORMATS.with_borrow(|formats| {
            formats
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, f)| f.clone())
        });
        if let Some(format) = cached {
            return Self(Some(format));
        }
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
        let locales = js_sys::Array::of1(&JsValue::from_str(lang.code()));
        let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
        FORMATS.with_borrow_mut(|formats| formats.push((lang, format.clone())));
        Self(Some(format))
    }

    /// The local date and time; the text as stored when it is not a time.
    pub fn format(&self, iso: &str) -> String {
        let date = js_sys::Date::new(&JsValue::from_str(iso));
        if date.get_time().is_nan() {
            return iso.to_owned();
        }
        self.0
            .as_ref()
            .and_then(|format| format.call1(&JsValue::NULL, &date).ok())
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| iso.to_owned())
    }
}

/// A profession's name and a grade's title; the ids when the catalog no longer has them.
pub(crate) fn grade_name(
    catalog: &Catalog,
    profession: &str,
    grade: Option<&str>,
    t: &SnapshotsStrings,
) -> (String, String) {
    let found = catalog.profession(profession);
    let name = found.map_or_else(
        || format!("{profession} ({})", t.unknown_matrix),
        |p| p.name.clone(),
    );
    let title = match grade {
        None => t.below_first.to_owned(),
        Some(id) => found
            .and_then(|p| p.grade(id))
            .map_or_else(|| id.to_owned(), |g| g.title.clone()),
    };
    (name, title)
}

/// The estimate in a line: the chosen profession first, then the others where a grade is
/// reached, at most three.
pub(crate) fn estimate_summary(
    estimates: &BTreeMap<String, Option<String>>,
    catalog: &Catalog,
    chosen: Option<&str>,
    t: &SnapshotsStrings,
) -> String {
    let mut shown: Vec<(&String, Option<&str>)> = Vec::new();
    if let Some((id, grade)) = chosen.and_then(|id| estimates.get_key_value(id)) {
        shown.push((id, grade.as_deref()));
    }
    shown.extend(
        estimates
            .iter()
            .filter(|(id, grade)| grade.is_some() && Some(id.as_str()) != chosen)
            .map(|(id, grade)| (id, grade.as_deref())),
    );
    if shown.is_empty() {
        return t.no_estimate.to_owned();
    }
    let more = shown.len().saturating_sub(3);
    let mut parts: Vec<String> = shown
        .iter()
        .take(3)
        .map(|(id, grade)| {
            let (name, title) = grade_name(catalog, id, *grade, t);
            format!("{name}: {title}")
        })
        .collect();
    if more > 0 {
        parts.push((t.and_more)(more));
    }
    parts.join("; ")
}

/// What the save button last did.
#[derive(Clone, Debug, PartialEq)]
enum Saved {
    Done { pruned: Vec<Snapshot> },
    Failed(TakeError),
}

#[component]
pub fn SnapshotsSection() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.snapshots();
    let sources = Sources::open();
    let snapshots = sources.snapshots;
    let label_text = RwSignal::new(String::new());
    let label_error = Signal::derive(move || {
        label_text.with(|text| match label(text) {
            Err(SnapshotError::LabelTooLong { chars }) => {
                Some((t().label_too_long)(chars, LABEL_MAX))
            }
            _ => None,
        })
    });
    let saved = RwSignal::new(None::<Saved>);
    // Indices of the picked snapshots, in the order picked.
    let picks = RwSignal::new(Vec::<usize>::new());
    let compared = RwSignal::new(None::<(usize, usize)>);

    let save = move |_| {
        if label_error.with_untracked(Option::is_some) {
            browser::focus_later("snapshot-label".to_owned());
            return;
        }
        let result = label_text.with_untracked(|text| sources.take_now(text, false));
        match result {
            Ok(pruned) => {
                label_text.set(String::new());
                picks.set(Vec::new());
                compared.set(None);
                saved.set(Some(Saved::Done { pruned }));
            }
            Err(error) => saved.set(Some(Saved::Failed(error))),
        }
    };
    let status = move || {
        let lang = i18n.lang();
        saved.get().map(|saved| match saved {
            Saved::Done { pruned } => {
                let mut text = t().saved.to_owned();
                if !pruned.is_empty() {
                    let dates = Dates::new(lang);
                    let list: Vec<String> =
                        pruned.iter().map(|s| dates.format(&s.taken_at)).collect();
                    text.push(' ');
                    text.push_str(&(t().pruned)(&list.join(", ")));
                }
                view! { <p class="snapshots__status" data-testid="snapshot-saved">{text}</p> }
                    .into_any()
            }
            Saved::Failed(error) => {
                let text = match error {
                    TakeError::Catalog => i18n.home().catalog_error.to_owned(),
                    TakeError::Snapshot(SnapshotError::LabelTooLong { chars }) => {
                        (t().label_too_long)(chars, LABEL_MAX)
                    }
                    TakeError::Snapshot(_) => t().full.to_owned(),
                };
                view! { <p class="field__error" data-testid="snapshot-save-error">{text}</p> }
                    .into_any()
            }
        })
    };
    let automatic = move || snapshots.with(|s| s.automatic_enabled());

    view! {
        <section class="snapshots no-print" aria-labelledby="snapshots-title">
            <h2 id="snapshots-title">{move || t().title}</h2>
            <p class="snapshots__intro">{move || t().intro}</p>
            <form
                class="snapshots__save"
                on:submit=move |ev| {
                    ev.prevent_default();
                    save(());
                }
            >
                <TextField
                    id="snapshot-label"
                    label=Signal::derive(move || t().label_field.to_owned())
                    value=label_text
                    on_input=Callback::new(move |text| label_text.set(text))
                    error=label_error
                    hint=Signal::derive(move || Some(t().label_hint.to_owned()))
                    class="snapshots__label"
                />
                <button type="submit" class="button" data-testid="snapshot-save">
                    {move || t().save}
                </button>
            </form>
            <div role="status" class="snapshots__live">{status}</div>
            <p class="snapshots__setting">
                <input
                    type="checkbox"
                    id="snapshot-automatic"
                    data-testid="snapshot-automatic"
                    prop:checked=automatic
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        snapshots.update(|s| s.set_automatic(on));
                    }
                />
                <label for="snapshot-automatic">{move || t().automatic_setting}</label>
            </p>
            <SnapshotList picks compared/>
            <Comparison compared/>
            <Timeline/>
        </section>
    }
}
