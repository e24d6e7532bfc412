//! A labelled text input that shows what the user typed, whatever it is, and its error next
//! to it (`aria-invalid`, `aria-describedby`). The value lives outside: the field only reports
//! each keystroke, so nothing typed is ever dropped.

use leptos::prelude::*;

/// Upper-cases the first letter, for messages shown as sentences.
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[component]
pub fn TextField(
    /// The input's id; its message gets `{id}-error`, its hint `{id}-hint`.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    /// The text as typed.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the whole text on every keystroke.
    #[prop(into)]
    on_input: Callback<String>,
    /// The message to show, if the text is not acceptable.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// A short help line under the field (e.g. the default).
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// The virtual keyboard to offer: `"decimal"`, `"numeric"` or none (text).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Extra class on the wrapper.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let invalid = move || error.with(Option::is_some);
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let ids: Vec<&str> = [
                invalid().then_some(error_id.as_str()),
                hint.with(Option::is_some).then_some(hint_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class=format!("field {class}") class:field--invalid=invalid>
            <label class="field__label" for=id.clone()>{move || label.get()}</label>
            <input
                id=id
                class="field__input"
                type="text"
                inputmode=inputmode
                autocomplete="off"
                spellcheck="false"
                prop:value=move || value.get()
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=described_by
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            {move || {
                hint.get()
                    .map(|text| view! { <p class="field__hint" id=hint_id.clone()>{text}</p> })
            }}
            <FieldError id=error_id error/>
        </div>
    }
}

/// A field's message, while there is one, under the id its field is described by.
#[component]
pub fn FieldError(id: String, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|text| {
            view! {
                <p class="field__error" id=id.clone()>
                    <span class="field__error-mark" aria-hidden="true">"⚠ "</span>
                    {sentence(&text)}
                </p>
            }
        })
    }
}
