//! The domain stays pure: nothing under src/domain may use a browser-side crate,
//! so it builds and tests natively (docs/architecture.md#imports).
#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] fns unwrap too: here a failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 5] = ["leptos", "web_sys", "gloo", "js_sys", "wasm_bindgen"];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Identifiers of `text` (letters, digits, `_`), so `gloo_storage` or `leptos::` both show.
fn identifiers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| !word.is_empty())
}

fn offending(text: &str) -> Vec<String> {
    identifiers(text)
        .filter(|word| {
            FORBIDDEN.iter().any(|crate_name| {
                *word == *crate_name || word.starts_with(&format!("{crate_name}_"))
            }) || word.starts_with("gloo")
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_check_catches_browser_side_imports() {
    let cases = [
        ("use leptos::prelude::*;", true),
        ("use gloo_storage::LocalStorage;", true),
        ("web_sys::window()", true),
        ("use ::js_sys as js;", true),
        ("#[wasm_bindgen]", true),
        ("extern crate gloo;", true),
        ("use rust_decimal::Decimal;", false),
        ("let leptonic = 1;", false),
    ];
    for (text, bad) in cases {
        assert_eq!(!offending(text).is_empty(), bad, "{text}");
    }
}

#[test]
fn domain_imports_nothing_browser_side() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("domain.rs")];
    rust_files(&root.join("domain"), &mut files);
    assert!(files.len() > 1, "src/domain/ has no files");
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let found = offending(&text);
        assert!(found.is_empty(), "{} uses {found:?}", file.display());
    }
}
