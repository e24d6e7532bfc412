//! The editor of one's own matrices and the home page showing them, in a real headless
//! Chromium: what is typed is stored at once, ids survive edits and moves, so ticks stay.

use grades::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

use crate::support::{container, local_storage};

fn find<T: JsCast>(root: &Element, selector: &str) -> Result<T, JsValue> {
    root.query_selector(selector)?
        .ok_or_else(|| JsValue::from(format!("nothing matches {selector}")))?
        .dyn_into::<T>()
        .map_err(|_| format!("{selector} is not the expected element").into())
}

const TEAM: &str = r#"{"v":1,"data":{"professions":[{"id":"team","name":"Команда","grades":[
  {"id":"junior","title":"Джун","groups":[{"id":"summary","items":[
    {"id":"1","text":"Git"},{"id":"2","text":"SQL"},{"id":"3","text":"HTTP"}]}]},
  {"id":"middle","title":"Мидл","groups":[{"id":"summary","items":[{"id":"1","text":"Docker"}]}]}
]}]}}"#;

/// The app mounted at `path` with the team matrix and one tick stored.
async fn app_at(path: &str) -> Result<HtmlElement, JsValue> {
    let storage = local_storage();
    storage.clear()?;
    storage.set_item("grades.matrices", TEAM)?;
    storage.set_item(
        "grades.assessment",
        r#"{"v":1,"data":{"ticked":["team/junior/summary/2"]}}"#,
    )?;
    web_sys::window()
        .ok_or("no window")?
        .history()?
        .replace_state_with_url(&JsValue::NULL, "", Some(path))?;
    let root = container();
    leptos::mount::mount_to(root.clone(), App).forget();
    leptos::task::tick().await;
    Ok(root)
}

fn stored_matrices() -> Result<serde_json::Value, JsValue> {
    let raw = local_storage()
        .get_item("grades.matrices")?
        .ok_or("nothing stored")?;
    serde_json::from_str(&raw).map_err(|e| e.to_string().into())
}

fn junior_items(stored: &serde_json::Value) -> Vec<(String, String)> {
    stored["data"]["professions"][0]["grades"][0]["groups"][0]["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|i| {
                    (
                        i["id"].as_str().unwrap_or_default().to_owned(),
                        i["text"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn type_into(area: &HtmlTextAreaElement, text: &str) -> Result<(), JsValue> {
    area.set_value(text);
    area.dispatch_event(&web_sys::Event::new("input")?)?;
    Ok(())
}

/// One app for the whole editor: mounted apps live on, and each would store its own draft.
#[wasm_bindgen_test]
async fn the_editor_stores_every_change_at_once_and_keeps_ids_and_ticks() -> Result<(), JsValue> {
    let root = app_at("/matrices?edit=team").await?;

    // an edit is stored at once and keeps the items id.
    let area: HtmlTextAreaElement = find(&root, "#ed-junior--summary--2-text")?;
    // Other tests' apps live on in this page and take their turns first.
    for _ in 0..20 {
        if !area.value().is_empty() {
            break;
        }
        leptos::task::tick().await;
    }
    assert_eq!(area.value(), "SQL");
    type_into(&area, "SQL и индексы")?;
    leptos::task::tick().await;
    assert_eq!(
        junior_items(&stored_matrices()?),
        [
            ("1".to_owned(), "Git".to_owned()),
            ("2".to_owned(), "SQL и индексы".to_owned()),
            ("3".to_owned(), "HTTP".to_owned()),
        ]
    );

    // a blank item shows its message and is kept.
    let area: HtmlTextAreaElement = find(&root, "#ed-junior--summary--1-text")?;
    type_into(&area, "   ")?;
    leptos::task::tick().await;
    assert_eq!(area.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message: Element = find(&root, "#ed-junior--summary--1-text-error")?;
    assert!(
        message
            .text_content()
            .unwrap_or_default()
            .contains("Заполните")
    );
    assert_eq!(junior_items(&stored_matrices()?)[0].1, "   ");

    // moving an item down keeps every id and tick.
    let down: HtmlElement = find(&root, "#ed-junior--summary--2-down")?;
    down.click();
    leptos::task::tick().await;
    let ids: Vec<String> = junior_items(&stored_matrices()?)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(ids, ["1", "3", "2"]);
    let ticks = local_storage()
        .get_item("grades.assessment")?
        .unwrap_or_default();
    assert!(ticks.contains("team/junior/summary/2"));
    // The moved item is now last: its down button is disabled, and up is not.
    let down: HtmlElement = find(&root, "#ed-junior--summary--2-down")?;
    assert!(down.has_attribute("disabled"));
    let up: HtmlElement = find(&root, "#ed-junior--summary--2-up")?;
    assert!(!up.has_attribute("disabled"));

    // removing an item removes its tick.
    let remove: HtmlElement = find(&root, "#ed-junior--summary--2-remove")?;
    remove.click();
    leptos::task::tick().await;
    assert_eq!(junior_items(&stored_matrices()?).len(), 2);
    let ticks = local_storage()
        .get_item("grades.assessment")?
        .unwrap_or_default();
    assert!(!ticks.contains("team/junior/summary/2"), "{ticks}");
    Ok(())
}

#[wasm_bindgen_test]
async fn the_home_page_shows_an_own_profession_with_its_tick() -> Result<(), JsValue> {
    let root = app_at("/").await?;
    let card: Element = find(
        &root,
        "[data-testid=profession][data-profession-id=team][data-origin=own]",
    )?;
    let toggle: HtmlElement = find(&card, "button[aria-expanded]")?;
    toggle.click();
    leptos::task::tick().await;
    let ticked: HtmlInputElement = find(&card, "input[data-item-key='team/junior/summary/2']")?;
    assert!(ticked.checked());
    let other: HtmlInputElement = find(&card, "input[data-item-key='team/junior/summary/1']")?;
    assert!(!other.checked());
    let builtin = root.query_selector_all("[data-testid=profession][data-origin=builtin]")?;
    assert_eq!(builtin.length(), 11);
    Ok(())
}
