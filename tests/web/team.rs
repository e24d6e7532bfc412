//! The team page in a real headless Chromium: files given to its input are read one at a
//! time, bad ones are listed, the team is stored only while "keep" is ticked and forgetting
//! removes it.

use grades::App;
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{DataTransfer, Element, File, HtmlElement, HtmlInputElement};

use crate::support::{container, local_storage};

fn member(name: &str, ticks: &[&str]) -> String {
    serde_json::json!({
        "format": "grades-export",
        "format_version": 1,
        "exported_at": "2026-11-22T09:30:00.000Z",
        "keys": {
            "grades.profile": {"v": 1, "data": {"name": name, "profession": "python-developer"}},
            "grades.assessment": {"v": 1, "data": {"ticked": ticks}}
        }
    })
    .to_string()
}

fn file(name: &str, text: &str) -> Result<File, JsValue> {
    File::new_with_str_sequence(&Array::of1(&JsValue::from_str(text)), name)
}

/// Gives the files to the input as a person choosing them would.
fn choose(input: &HtmlInputElement, files: &[File]) -> Result<(), JsValue> {
    let transfer = DataTransfer::new()?;
    let items = Reflect::get(&transfer, &"items".into())?;
    let add: Function = Reflect::get(&items, &"add".into())?.dyn_into()?;
    for file in files {
        add.call1(&items, file)?;
    }
    input.set_files(transfer.files().as_ref());
    input.dispatch_event(&web_sys::Event::new("change")?)?;
    Ok(())
}

async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into().ok())
        .collect()
}

/// Waits (up to about five seconds) until `selector` matches `count` elements.
async fn until_count(root: &Element, selector: &str, count: usize) -> Result<(), JsValue> {
    for _ in 0..100 {
        if all(root, selector).len() == count {
            return Ok(());
        }
        pause(50).await;
    }
    Err(format!(
        "{selector}: {} found, {count} wanted",
        all(root, selector).len()
    )
    .into())
}

#[wasm_bindgen_test]
async fn files_load_bad_ones_are_listed_and_the_team_is_kept_only_when_asked() -> Result<(), JsValue>
{
    let storage = local_storage();
    storage.clear()?;
    web_sys::window()
        .ok_or("no window")?
        .history()?
        .replace_state_with_url(&JsValue::NULL, "", Some("/team"))?;
    let root: HtmlElement = container();
    leptos::mount::mount_to(root.clone(), App).forget();
    leptos::task::tick().await;

    let input: HtmlInputElement = root
        .query_selector("[data-testid=team-import-file]")?
        .ok_or("no file input")?
        .dyn_into()?;
    let junior: Vec<String> = (1..=5)
        .flat_map(|i| {
            [
                format!("python-developer/junior/soft/{i}"),
                format!("python-developer/junior/hard/{i}"),
            ]
        })
        .collect();
    let junior: Vec<&str> = junior.iter().map(String::as_str).collect();
    choose(
        &input,
        &[
            file("anna.json", &member("Анна", &junior))?,
            file("boris.json", &member("Борис", &[]))?,
            file("broken.json", "{\"format\": ")?,
            file("anna-again.json", &member("Анна", &junior))?,
        ],
    )?;
    until_count(&root, "[data-testid=team-member]", 2).await?;
    assert_eq!(all(&root, "[data-testid=team-file-error]").len(), 1);
    assert_eq!(all(&root, "[data-testid=team-duplicate]").len(), 1);
    let estimates: Vec<(String, String)> = all(&root, "[data-testid=team-member]")
        .iter()
        .map(|row| {
            (
                row.get_attribute("data-name").unwrap_or_default(),
                row.get_attribute("data-estimate").unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        estimates,
        [
            ("Анна".to_owned(), "junior".to_owned()),
            ("Борис".to_owned(), String::new())
        ]
    );
    let item = root
        .query_selector("[data-testid=team-item][data-item-key='python-developer/junior/hard/3']")?
        .ok_or("no heatmap row")?;
    assert_eq!(item.get_attribute("data-holders").as_deref(), Some("1"));
    assert_eq!(storage.get_item("grades.team")?, None, "in memory only");

    let keep: HtmlInputElement = root
        .query_selector("[data-testid=team-keep]")?
        .ok_or("no keep box")?
        .dyn_into()?;
    keep.click();
    pause(50).await;
    let kept = storage.get_item("grades.team")?.ok_or("not kept")?;
    assert!(kept.starts_with("{\"data\":{\"members\":[") && kept.contains("anna.json"));

    let forget: HtmlElement = root
        .query_selector("[data-testid=team-forget]")?
        .ok_or("no forget button")?
        .dyn_into()?;
    forget.click();
    until_count(&root, "[data-testid=team-member]", 0).await?;
    assert_eq!(storage.get_item("grades.team")?, None);
    Ok(())
}
