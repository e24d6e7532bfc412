//! A number field: a [`TextField`] that reads its own text with an engine `parse` and shows
//! the engine's message, in the interface language, next to itself. The text stays exactly as
//! typed (`abc`, `0,5`, ` 3 `): the field never rewrites it.

use leptos::prelude::*;

use crate::components::text_field::TextField;
use crate::domain::InputError;
use crate::i18n::I18n;
use crate::i18n::Localize;

#[component]
pub fn NumberField<P>(
    /// The input's id; its message gets `{id}-error`.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    /// The text as typed.
    #[prop(into)]
    value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    /// Reads the text: `Some(error)` when the engine refuses it.
    parse: P,
    /// An error the field cannot see alone (e.g. coefficients that decrease); the field's own
    /// error, if any, comes first.
    #[prop(optional, into)]
    extra_error: Signal<Option<String>>,
    #[prop(optional, into)] hint: Signal<Option<String>>,
    /// Whole numbers get the numeric keyboard, the rest the decimal one.
    #[prop(optional)]
    whole: bool,
    #[prop(optional)] class: &'static str,
) -> impl IntoView
where
    P: Fn(&str) -> Option<InputError> + Send + Sync + 'static,
{
    // Works without the app's context too (tests mount it alone): Russian by default.
    let i18n = use_context::<I18n>();
    let lang = move || i18n.map(|i| i.lang()).unwrap_or_default();
    let own_error = Memo::new(move |_| value.with(|text| parse(text)));
    let error = Signal::derive(move || {
        own_error
            .with(|e| e.as_ref().map(|e| e.localize(lang())))
            .or_else(|| extra_error.get())
    });
    view! {
        <TextField
            id=id
            label=label
            value=value
            on_input=on_input
            error=error
            hint=hint
            inputmode=if whole { "numeric" } else { "decimal" }
            class=class
        />
    }
}
