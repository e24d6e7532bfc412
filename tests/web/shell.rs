//! Components in a real headless Chromium (wasm-bindgen-test).

use grades::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{container, document, local_storage};
use web_sys::HtmlElement;

/// Mounts the whole app into a fresh container and returns it.
fn mount_app() -> HtmlElement {
    let container = container();
    leptos::mount::mount_to(container.clone(), App).forget();
    container
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

#[wasm_bindgen_test]
async fn navigation_links_every_page_and_follows_the_language() {
    local_storage().clear().unwrap();
    let app = mount_app();
    leptos::task::tick().await;

    assert_eq!(
        texts(&app, "nav a"),
        [
            "Профессии",
            "Калькулятор",
            "Мои матрицы",
            "План",
            "Команда",
            "Обучение",
            "Профиль"
        ]
    );
    let nav = app.query_selector_all("nav a").unwrap();
    let hrefs: Vec<String> = (0..nav.length())
        .filter_map(|i| nav.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute("href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "/",
            "/calculator",
            "/matrices",
            "/plan",
            "/team",
            "/learning",
            "/profile"
        ]
    );

    let english: HtmlElement = app
        .query_selector(".lang-switch button[lang='en']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    english.click();
    leptos::task::tick().await;

    assert_eq!(
        texts(&app, "nav a"),
        [
            "Professions",
            "Calculator",
            "My matrices",
            "Plan",
            "Team",
            "Learning",
            "Profile"
        ]
    );
    assert_eq!(
        english.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("grades.language")
        .unwrap();
    assert_eq!(stored.as_deref(), Some(r#"{"data":"en","v":1}"#));
    app.remove();
}
