//! The import panel of the matrices page in a real headless Chromium: pasted text is read
//! into a preview, nothing is stored before the confirmation, a bad input gets its message
//! next to the text and keeps the text, and the limit of own professions blocks the confirm.

use std::cell::Cell;
use std::rc::Rc;

use grades::catalog::Profession;
use grades::i18n::provide_i18n;
use grades::lang::Lang;
use grades::pages::matrices::import::ImportPanel;
use grades::state::matrices::OwnMatrices;
use grades::state::notices::provide_notices;
use grades::state::use_persisted;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlButtonElement, HtmlElement, HtmlTextAreaElement};

use crate::support::{container, document, local_storage};

const CSV: &str = include_str!("../../docs/examples/matrix.csv");
const KEY: &str = "grades.matrices";

/// The mounted panel and the stored signal it writes to.
struct Panel {
    root: HtmlElement,
    own: RwSignal<OwnMatrices>,
}

impl Panel {
    fn mount() -> Self {
        local_storage().clear().unwrap();
        let root = container();
        let slot = Rc::new(Cell::new(None));
        let in_mount = Rc::clone(&slot);
        leptos::mount::mount_to(root.clone(), move || {
            provide_notices();
            provide_i18n(use_persisted::<Lang>());
            in_mount.set(Some(use_persisted::<OwnMatrices>()));
            view! { <ImportPanel/> }
        })
        .forget();
        Panel {
            root,
            own: slot.get().unwrap(),
        }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn get<T: JsCast>(&self, selector: &str) -> T {
        let found = self.find(selector);
        assert!(found.is_some(), "nothing matches {selector}");
        found.unwrap().unchecked_into()
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let nodes = self.root.query_selector_all(selector).unwrap();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .map(|node| node.unchecked_into())
            .collect()
    }

    fn textarea(&self) -> HtmlTextAreaElement {
        self.get("[data-testid=matrix-import-text]")
    }

    /// Pastes `text` the way the browser reports it (value, then `input`), and reads it.
    async fn paste_and_read(&self, text: &str) {
        let area = self.textarea();
        area.set_value(text);
        let event = document().create_event("Event").unwrap();
        event.init_event_with_bubbles("input", true);
        area.dispatch_event(&event).unwrap();
        self.get::<HtmlElement>("[data-testid=matrix-import-read]")
            .click();
        settle().await;
    }

    fn text_of(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }
}

/// Lets the view update and the focus move (it moves on the next animation frame).
async fn settle() {
    leptos::task::tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 60)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn pasted_csv_is_previewed_then_stored_on_confirm() {
    let panel = Panel::mount();
    panel.paste_and_read(CSV).await;

    let preview = panel
        .find("[data-testid=matrix-import-preview]")
        .expect("a preview");
    assert_eq!(preview.get_attribute("data-format").as_deref(), Some("csv"));
    assert_eq!(focused_id(), "matrix-import-preview");
    let entries = panel.all("[data-testid=matrix-import-entry]");
    assert_eq!(entries.len(), 1);
    let entry = &entries[0];
    let attr = |name: &str| entry.get_attribute(name).unwrap_or_default();
    assert_eq!(attr("data-profession-id"), "go-backend");
    assert_eq!(attr("data-grades"), "3");
    assert_eq!(attr("data-items"), "7");
    assert_eq!(attr("data-action"), "add");
    assert!(entry.text_content().unwrap().contains("Go-разработчик"));
    // The example's Senior grade has no items yet: a warning, not an error.
    let warnings = panel.all("[data-testid=matrix-import-warning]");
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0]
            .text_content()
            .unwrap()
            .contains("в грейде «Senior» нет пунктов")
    );
    assert!(panel.find("[data-testid=matrix-import-error]").is_none());

    // Nothing is stored before the confirmation.
    assert_eq!(local_storage().get_item(KEY).unwrap(), None);
    assert!(panel.own.with_untracked(|own| own.professions.is_empty()));

    panel
        .get::<HtmlButtonElement>("[data-testid=matrix-import-confirm]")
        .click();
    settle().await;

    let stored: Vec<(String, usize, usize)> = panel.own.with_untracked(|own| {
        own.professions
            .iter()
            .map(|p: &Profession| (p.id.clone(), p.grades.len(), p.item_count()))
            .collect()
    });
    assert_eq!(stored, [("go-backend".to_owned(), 3, 7)]);
    let raw = local_storage().get_item(KEY).unwrap().expect("stored");
    assert!(raw.contains("\"go-backend\""), "{raw}");
    assert!(panel.find("[data-testid=matrix-import-preview]").is_none());
    assert!(
        panel
            .text_of("[data-testid=matrix-import-status]")
            .contains("«Go-разработчик» (go-backend) — добавлена")
    );
    assert_eq!(focused_id(), "matrix-import-status");
    assert_eq!(panel.textarea().value(), "");

    // The same matrix again replaces it; a built-in id gets a new one.
    panel.paste_and_read(CSV).await;
    let entry = panel.get::<Element>("[data-testid=matrix-import-entry]");
    assert_eq!(
        entry.get_attribute("data-action").as_deref(),
        Some("replace")
    );
    panel
        .paste_and_read(r#"{"id": "python-developer", "name": "Мой Python", "grades": []}"#)
        .await;
    let entry = panel.get::<Element>("[data-testid=matrix-import-entry]");
    assert_eq!(
        entry.get_attribute("data-action").as_deref(),
        Some("new-id")
    );
    assert_eq!(
        entry.get_attribute("data-profession-id").as_deref(),
        Some("python-developer-2")
    );
    // Cancel drops the preview, stores nothing and keeps the text.
    panel
        .get::<HtmlButtonElement>("[data-testid=matrix-import-cancel]")
        .click();
    settle().await;
    assert!(panel.find("[data-testid=matrix-import-preview]").is_none());
    assert_eq!(panel.own.with_untracked(|own| own.professions.len()), 1);
    assert!(panel.textarea().value().contains("python-developer"));
    assert_eq!(focused_id(), "matrix-import-text");

    panel.root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_paste_gets_its_message_and_keeps_the_text() {
    let panel = Panel::mount();
    let bad = "profession,grade,group,item\nGo,Junior,,\"never closed\n";
    panel.paste_and_read(bad).await;

    let error = panel
        .find("[data-testid=matrix-import-error]")
        .expect("an error");
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(error.id(), "matrix-import-text-error");
    assert!(
        error
            .text_content()
            .unwrap()
            .contains("Строка 2: поле в кавычках не закрыто"),
        "{:?}",
        error.text_content()
    );
    assert_eq!(focused_id(), "matrix-import-text-error");
    let area = panel.textarea();
    assert_eq!(area.value(), bad);
    assert_eq!(area.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(
        area.get_attribute("aria-describedby")
            .unwrap_or_default()
            .split(' ')
            .any(|id| id == "matrix-import-text-error")
    );
    assert!(panel.find("[data-testid=matrix-import-preview]").is_none());
    assert_eq!(local_storage().get_item(KEY).unwrap(), None);

    // Empty text has a message of its own; a good read clears the message.
    panel.paste_and_read("  \n ").await;
    assert!(
        panel
            .text_of("[data-testid=matrix-import-error]")
            .contains("пуст")
    );
    panel.paste_and_read(CSV).await;
    assert!(panel.find("[data-testid=matrix-import-error]").is_none());
    assert_eq!(panel.textarea().get_attribute("aria-invalid"), None);
    assert!(panel.find("[data-testid=matrix-import-preview]").is_some());

    panel.root.remove();
}

#[wasm_bindgen_test]
async fn the_limit_of_own_professions_blocks_the_confirm() {
    let panel = Panel::mount();
    panel.own.set(OwnMatrices {
        professions: (1..=50)
            .map(|n| Profession {
                id: format!("mine-{n}"),
                name: format!("Mine {n}"),
                ..Profession::default()
            })
            .collect(),
    });
    panel.paste_and_read(CSV).await;

    let preview = panel
        .find("[data-testid=matrix-import-preview]")
        .expect("a preview");
    let error = preview
        .query_selector("[data-testid=matrix-import-error]")
        .unwrap()
        .expect("the limit in the preview");
    assert!(error.text_content().unwrap().contains("не больше 50"));
    assert!(
        error
            .text_content()
            .unwrap()
            .contains("Сейчас их 50, импорт добавил бы ещё 1")
    );
    let confirm: HtmlButtonElement = panel.get("[data-testid=matrix-import-confirm]");
    assert!(confirm.disabled());
    confirm.click();
    settle().await;
    assert_eq!(panel.own.with_untracked(|own| own.professions.len()), 50);

    // Deleting one elsewhere (another tab, the editor) lifts the block in place.
    panel.own.update(|own| {
        own.professions.pop();
    });
    settle().await;
    assert!(!confirm.disabled());
    assert!(panel.find("[data-testid=matrix-import-error]").is_none());

    panel.root.remove();
}
