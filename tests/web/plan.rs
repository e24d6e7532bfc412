//! The plan page in a real headless Chromium: the items left up to the profile's target, a
//! tick from the plan that writes the same ticks as the home page and moves focus on, and a
//! stored profession that no longer exists taken as none chosen.

use grades::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::support::{container, document, local_storage};

const TEAM: &str = r#"{"v":1,"data":{"professions":[{"id":"crew","name":"Экипаж","grades":[
  {"id":"junior","title":"Джун","groups":[{"id":"base","title":"База","note":"Сначала это","items":[
    {"id":"1","text":"Git"},{"id":"2","text":"SQL"},{"id":"3","text":"HTTP"}]}]},
  {"id":"middle","title":"Мидл","groups":[{"id":"base","items":[{"id":"1","text":"Docker"}]}]},
  {"id":"senior","title":"Синьор","groups":[{"id":"base","items":[{"id":"1","text":"Kubernetes"}]}]}
]}]}}"#;

/// Waits for the page's other apps and this one's effects, a few frames at most.
async fn settle() -> Result<(), JsValue> {
    for _ in 0..3 {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .map(|w| w.request_animation_frame(&resolve))
                .transpose();
        });
        wasm_bindgen_futures::JsFuture::from(frame).await?;
        leptos::task::tick().await;
    }
    Ok(())
}

fn plan_keys(root: &Element) -> Result<Vec<String>, JsValue> {
    let items = root.query_selector_all("[data-testid=plan-item]")?;
    Ok((0..items.length())
        .filter_map(|i| items.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter_map(|e| e.get_attribute("data-item-key"))
        .collect())
}

fn text_of(root: &Element, selector: &str) -> Result<String, JsValue> {
    Ok(root
        .query_selector(selector)?
        .ok_or_else(|| JsValue::from(format!("nothing matches {selector}")))?
        .text_content()
        .unwrap_or_default())
}

#[wasm_bindgen_test]
async fn the_plan_lists_what_is_left_and_a_tick_there_moves_focus_on() -> Result<(), JsValue> {
    let storage = local_storage();
    storage.clear()?;
    storage.set_item("grades.matrices", TEAM)?;
    storage.set_item(
        "grades.assessment",
        r#"{"v":1,"data":{"ticked":["crew/junior/base/2"]}}"#,
    )?;
    storage.set_item(
        "grades.profile",
        r#"{"v":1,"data":{"name":"Вера","profession":"crew","target_grade":"middle"}}"#,
    )?;
    web_sys::window()
        .ok_or("no window")?
        .history()?
        .replace_state_with_url(&JsValue::NULL, "", Some("/plan"))?;
    let root = container();
    leptos::mount::mount_to(root.clone(), App).forget();
    let mut keys = Vec::new();
    // Other tests' apps live on in this page and take their turns first.
    for _ in 0..20 {
        keys = plan_keys(&root)?;
        if !keys.is_empty() {
            break;
        }
        leptos::task::tick().await;
    }
    // Up to the target and no further; the ticked item is left out; the group's note shown.
    assert_eq!(
        keys,
        [
            "crew/junior/base/1",
            "crew/junior/base/3",
            "crew/middle/base/1"
        ]
    );
    assert!(text_of(&root, ".plan-gaps")?.contains("Сначала это"));
    let overall: Element = root
        .query_selector("[data-testid=plan-overall]")?
        .ok_or("no overall row")?;
    assert_eq!(overall.get_attribute("data-ticked").as_deref(), Some("1"));
    assert_eq!(overall.get_attribute("data-total").as_deref(), Some("4"));

    // A tick here is the home page's tick; the item leaves and focus goes to the next one.
    let first: HtmlInputElement = root
        .query_selector("[data-item-key='crew/junior/base/1'] input[type=checkbox]")?
        .ok_or("no checkbox")?
        .unchecked_into();
    first.focus()?;
    first.click();
    settle().await?;
    assert_eq!(
        plan_keys(&root)?,
        ["crew/junior/base/3", "crew/middle/base/1"]
    );
    let stored = storage.get_item("grades.assessment")?.unwrap_or_default();
    assert!(stored.contains("crew/junior/base/1"), "{stored}");
    let focused = document()
        .active_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("plan-tick-crew/junior/base/3"));

    // The profession deleted meanwhile: nothing is planned, the page says so, nothing panics.
    storage.set_item(
        "grades.profile",
        r#"{"v":1,"data":{"profession":"gone","target_grade":"middle"}}"#,
    )?;
    let other = container();
    leptos::mount::mount_to(other.clone(), App).forget();
    let mut message = String::new();
    for _ in 0..20 {
        message = other
            .query_selector("[data-testid=plan-choose]")?
            .and_then(|e| e.text_content())
            .unwrap_or_default();
        if !message.is_empty() {
            break;
        }
        leptos::task::tick().await;
    }
    assert!(message.contains("Выберите профессию"), "{message}");
    assert!(plan_keys(&other)?.is_empty());

    // The tests after this one start from the home page.
    web_sys::window()
        .ok_or("no window")?
        .history()?
        .replace_state_with_url(&JsValue::NULL, "", Some("/"))?;
    Ok(())
}
