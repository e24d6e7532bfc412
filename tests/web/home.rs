//! The home page's self-assessment in a real headless Chromium (wasm-bindgen-test).

use grades::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::support::{at_home, container, local_storage};

fn find<T: JsCast>(root: &Element, selector: &str) -> Result<T, JsValue> {
    root.query_selector(selector)?
        .ok_or_else(|| JsValue::from(format!("nothing matches {selector}")))?
        .dyn_into::<T>()
        .map_err(|_| format!("{selector} is not the expected element").into())
}

fn count(root: &Element, selector: &str) -> Result<u32, JsValue> {
    Ok(root.query_selector_all(selector)?.length())
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default().trim().to_owned()
}

#[wasm_bindgen_test]
async fn ticking_a_skill_updates_progress_and_is_stored() -> Result<(), JsValue> {
    local_storage().clear()?;
    at_home();
    let container = container();
    leptos::mount::mount_to(container.clone(), App).forget();
    leptos::task::tick().await;

    assert_eq!(count(&container, "[data-testid=profession]")?, 11);
    let card: Element = find(&container, "#profession-python-developer")?;
    let card = card.closest("article")?.ok_or("no card")?;
    let toggle: HtmlElement = find(&card, "button[aria-expanded]")?;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    toggle.click();
    leptos::task::tick().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );

    let junior: Element = find(&card, "[data-testid=grade]")?;
    let progress: Element = find(&junior, "[data-testid=grade-progress]")?;
    assert_eq!(count(&junior, "input[type=checkbox]")?, 10);
    assert!(text(&progress).starts_with("Отмечено 0 из 10 (0 %)"));

    let first: HtmlInputElement = find(&junior, "input[type=checkbox]")?;
    first.click();
    leptos::task::tick().await;
    assert!(first.checked());
    assert!(text(&progress).starts_with("Отмечено 1 из 10 (10 %)"));
    let stored = local_storage().get_item("grades.assessment")?;
    assert_eq!(
        stored.as_deref(),
        Some(r#"{"data":{"ticked":["python-developer/junior/soft/1"]},"v":1}"#)
    );

    // Filtering hides the card, clearing brings it back with the tick intact.
    let search: HtmlInputElement = find(&container, "#profession-search")?;
    search.set_value("аналитик");
    search.dispatch_event(&web_sys::Event::new("input")?)?;
    leptos::task::tick().await;
    assert_eq!(count(&container, "[data-testid=profession]")?, 2);
    search.set_value("");
    search.dispatch_event(&web_sys::Event::new("input")?)?;
    leptos::task::tick().await;
    assert_eq!(count(&container, "[data-testid=profession]")?, 11);
    let card: Element = find(&container, "#profession-python-developer")?;
    let card = card.closest("article")?.ok_or("no card")?;
    assert!(text(&card).contains("Отмечено навыков: 1 из 40"));

    container.remove();
    Ok(())
}
