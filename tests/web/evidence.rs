//! Evidence on a skill item in a real headless Chromium: the editor refuses a bad link next to
//! its field, keeps what was typed, and stores nothing until every field is valid.

use grades::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

use crate::support::{at_home, container, local_storage};

fn find<T: JsCast>(root: &Element, selector: &str) -> Result<T, JsValue> {
    root.query_selector(selector)?
        .ok_or_else(|| JsValue::from(format!("nothing matches {selector}")))?
        .dyn_into::<T>()
        .map_err(|_| format!("{selector} is not the expected element").into())
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default().trim().to_owned()
}

fn type_into(field: &HtmlElement, value: &str) -> Result<(), JsValue> {
    if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        field.unchecked_ref::<HtmlInputElement>().set_value(value);
    }
    field.dispatch_event(&web_sys::Event::new("input")?)?;
    Ok(())
}

#[wasm_bindgen_test]
async fn a_bad_link_is_refused_beside_its_field_and_a_good_one_is_stored() -> Result<(), JsValue> {
    local_storage().clear()?;
    at_home();
    let container = container();
    leptos::mount::mount_to(container.clone(), App).forget();
    leptos::task::tick().await;

    let card: Element = find(&container, "#profession-python-developer")?;
    let card = card.closest("article")?.ok_or("no card")?;
    find::<HtmlElement>(&card, "button[aria-expanded]")?.click();
    leptos::task::tick().await;
    let junior: Element = find(&card, "[data-testid=grade]")?;
    let count: Element = find(&junior, "[data-testid=grade-evidence]")?;
    assert_eq!(text(&count), "с подтверждением: 0");

    let open: HtmlElement = find(&junior, "[data-testid=evidence-open]")?;
    // The button's name for screen readers names the item; the visible word is hidden from them.
    let name: Element = find(&open, ".visually-hidden")?;
    assert_eq!(
        text(&name),
        "Подтверждение: Готовность учиться и быстро осваивать новое"
    );
    open.click();
    leptos::task::tick().await;
    let dialog: Element = find(&junior, "dialog[open]")?;
    let note: HtmlElement = find(&dialog, "[data-testid=evidence-note]")?;
    type_into(&note, "Ревью <b>кода</b> команды")?;
    let link: HtmlElement = find(&dialog, "[data-testid=evidence-link]")?;
    type_into(&link, "javascript:alert(1)")?;
    find::<HtmlElement>(&dialog, "[data-testid=evidence-save]")?.click();
    leptos::task::tick().await;
    leptos::task::tick().await;

    // Refused: the message sits under the link, the note and the link are as typed, nothing stored.
    assert_eq!(link.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = link
        .get_attribute("aria-describedby")
        .ok_or("no message id")?;
    let message = crate::support::document()
        .get_element_by_id(&described)
        .ok_or("no message")?;
    assert!(text(&message).contains("только ссылки http и https"));
    assert_eq!(link.closest(".field")?, message.closest(".field")?);
    assert!(dialog.has_attribute("open"));
    assert_eq!(
        note.unchecked_ref::<HtmlTextAreaElement>().value(),
        "Ревью <b>кода</b> команды"
    );
    assert_eq!(
        link.unchecked_ref::<HtmlInputElement>().value(),
        "javascript:alert(1)"
    );
    assert_eq!(local_storage().get_item("grades.evidence")?, None);

    type_into(&link, "https://example.com/review/1")?;
    find::<HtmlElement>(&dialog, "[data-testid=evidence-save]")?.click();
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert!(!dialog.has_attribute("open"));
    assert_eq!(
        local_storage().get_item("grades.evidence")?.as_deref(),
        Some(
            r#"{"data":{"items":{"python-developer/junior/soft/1":{"links":["https://example.com/review/1"],"note":"Ревью <b>кода</b> команды"}}},"v":1}"#
        )
    );

    // Shown under the item as text, the link opening apart from the app.
    let shown: Element = find(&junior, "[data-testid=evidence]")?;
    assert!(text(&shown).contains("Ревью <b>кода</b> команды"));
    assert!(shown.query_selector("b")?.is_none());
    let anchor: Element = find(&shown, "a")?;
    assert_eq!(
        anchor.get_attribute("href").as_deref(),
        Some("https://example.com/review/1")
    );
    assert_eq!(
        anchor.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(text(&count), "с подтверждением: 1");

    container.remove();
    Ok(())
}
