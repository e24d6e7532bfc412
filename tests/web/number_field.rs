//! The number field in a real headless Chromium: it reads its text with the engine's parse,
//! shows the engine's message next to itself, and never rewrites what was typed.

use grades::components::number_field::NumberField;
use grades::domain::Weight;
use grades::i18n::provide_i18n;
use grades::lang::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{container, document};
use web_sys::{HtmlElement, HtmlInputElement};

/// What a test can see and do: the mounted field, and the signal holding the text.
struct Mounted {
    root: HtmlElement,
    text: RwSignal<String>,
}

impl Mounted {
    fn input(&self) -> HtmlInputElement {
        self.root
            .query_selector("input")
            .unwrap()
            .expect("an input")
            .unchecked_into()
    }

    /// Types a whole text the way a browser reports it: the value, then an `input` event.
    async fn type_text(&self, text: &str) {
        let input = self.input();
        input.set_value(text);
        let event = document().create_event("Event").unwrap();
        event.init_event_with_bubbles("input", true);
        input.dispatch_event(&event).unwrap();
        leptos::task::tick().await;
    }

    /// The message the input points to with `aria-describedby`, if any.
    fn message(&self) -> Option<String> {
        let ids = self.input().get_attribute("aria-describedby")?;
        let id = ids.split(' ').find(|id| id.ends_with("-error"))?;
        document()
            .get_element_by_id(id)
            .and_then(|e| e.text_content())
    }

    fn invalid(&self) -> bool {
        self.input().get_attribute("aria-invalid").as_deref() == Some("true")
    }

    fn label(&self) -> String {
        let id = self.input().id();
        self.root
            .query_selector(&format!("label[for='{id}']"))
            .unwrap()
            .and_then(|l| l.text_content())
            .unwrap_or_default()
    }
}

/// Mounts a weight field, in `lang` when given (no i18n context otherwise), starting at `initial`.
async fn mount(initial: &str, lang: Option<Lang>, extra: Option<&'static str>) -> Mounted {
    let root = container();
    let text = RwSignal::new(initial.to_owned());
    leptos::mount::mount_to(root.clone(), move || {
        if let Some(lang) = lang {
            provide_i18n(RwSignal::new(lang));
        }
        view! {
            <NumberField
                id="weight"
                label="Вес W"
                value=text
                on_input=move |typed: String| text.set(typed)
                parse=|typed: &str| Weight::parse(typed).err()
                extra_error=move || extra.map(str::to_owned)
                hint=move || Some("По умолчанию: 1".to_owned())
            />
        }
    })
    .forget();
    leptos::task::tick().await;
    Mounted { root, text }
}

#[wasm_bindgen_test]
async fn a_valid_number_shows_no_message_and_keeps_its_spelling() {
    let field = mount("0,50", None, None).await;
    assert_eq!(field.label(), "Вес W");
    assert_eq!(field.input().value(), "0,50");
    assert!(!field.invalid());
    assert_eq!(field.message(), None);
    // The hint is still described.
    assert_eq!(
        field.input().get_attribute("aria-describedby").as_deref(),
        Some("weight-hint")
    );
    field.root.remove();
}

#[wasm_bindgen_test]
async fn text_gets_the_engines_message_next_to_the_field_and_stays_as_typed() {
    let field = mount("1", None, None).await;
    field.type_text("abc").await;
    assert_eq!(field.text.get_untracked(), "abc");
    assert_eq!(field.input().value(), "abc");
    assert!(field.invalid());
    let message = field.message().unwrap();
    assert!(
        message.contains("Вес W: нужно число, введено «abc»"),
        "{message}"
    );
    field.root.remove();
}

#[wasm_bindgen_test]
async fn each_limit_has_its_message_and_a_fix_clears_it() {
    let field = mount("1", None, None).await;
    for (typed, expected) in [
        ("0", "нужно число больше 0"),
        ("-1", "нужно число больше 0"),
        ("1001", "не больше 1000"),
        ("0.12345", "не более 4 знаков после запятой"),
        ("", "не заполнено"),
    ] {
        field.type_text(typed).await;
        assert_eq!(field.input().value(), typed);
        assert!(field.invalid(), "{typed}");
        let message = field.message().unwrap();
        assert!(message.contains(expected), "{typed}: {message}");
    }
    field.type_text(" 2,5 ").await;
    assert!(!field.invalid());
    assert_eq!(field.message(), None);
    assert_eq!(field.input().value(), " 2,5 ");
    field.root.remove();
}

#[wasm_bindgen_test]
async fn the_message_follows_the_interface_language() {
    let field = mount("abc", Some(Lang::En), None).await;
    let message = field.message().unwrap();
    assert!(
        message.contains("Weight W must be a number, got \"abc\""),
        "{message}"
    );
    field.root.remove();
}

#[wasm_bindgen_test]
async fn an_error_from_outside_shows_when_the_text_itself_is_fine() {
    let field = mount("1", None, Some("коэффициенты не должны убывать")).await;
    assert!(field.invalid());
    assert!(
        field
            .message()
            .unwrap()
            .contains("Коэффициенты не должны убывать")
    );
    // The field's own error comes first.
    field.type_text("x").await;
    assert!(field.message().unwrap().contains("нужно число"));
    field.root.remove();
}
