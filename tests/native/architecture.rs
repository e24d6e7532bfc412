//! The module rules of docs/architecture.md#imports, read off the source: the domain uses no
//! browser-side crate; domain, catalog and state never reach for the interface text; the
//! language is a leaf; and no Russian text sits in a string literal outside `src/i18n/`.

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

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// A module's files: `src/x.rs` and everything under `src/x/`.
fn module_files(name: &str) -> Vec<PathBuf> {
    let mut files = vec![src().join(format!("{name}.rs"))];
    rust_files(&src().join(name), &mut files);
    files
}

#[test]
fn domain_catalog_and_state_never_import_the_interface_text() {
    for module in ["domain", "catalog", "state"] {
        for file in module_files(module) {
            let text = fs::read_to_string(&file).unwrap();
            assert!(
                !text.contains("crate::i18n") && !text.contains("grades::i18n"),
                "{} imports crate::i18n: keep messages as data, words in src/i18n",
                file.display()
            );
        }
    }
}

#[test]
fn the_language_imports_nothing_of_the_app() {
    let text = fs::read_to_string(src().join("lang.rs")).unwrap();
    assert!(!text.contains("crate::") && !text.contains("super::"));
}

/// Where a file's tests start: a `#[cfg(test)]` module written inline at its end.
fn without_inline_tests(text: &str) -> &str {
    match text.find("#[cfg(test)]\nmod tests {") {
        Some(at) => &text[..at],
        None => text,
    }
}

/// The contents of the string and char literals of Rust source, comments skipped.
fn literals(source: &str) -> Vec<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && at(i + 1) == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r'
            && (at(i + 1) == '"' || (at(i + 1) == '#' && !at(i.wrapping_sub(1)).is_alphanumeric()))
        {
            // Raw string: r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            if at(j) != '"' {
                i += 1;
                continue;
            }
            let start = j + 1;
            let mut k = start;
            'scan: while k < chars.len() {
                if chars[k] == '"' && (1..=hashes).all(|h| at(k + h) == '#') {
                    break 'scan;
                }
                k += 1;
            }
            found.push(chars[start..k.min(chars.len())].iter().collect());
            i = k + 1 + hashes;
        } else if c == '"' {
            let start = i + 1;
            let mut k = start;
            while k < chars.len() && chars[k] != '"' {
                if chars[k] == '\\' {
                    k += 1;
                }
                k += 1;
            }
            found.push(chars[start..k.min(chars.len())].iter().collect());
            i = k + 1;
        } else if c == '\'' {
            // A char literal ('ё', '\n') or a lifetime ('static): only the former closes.
            let close = if at(i + 1) == '\\' { i + 3 } else { i + 2 };
            if at(close) == '\'' {
                found.push(chars[i + 1..close].iter().collect());
                i = close + 1;
            } else {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    found
}

fn has_cyrillic(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{400}'..='\u{4FF}'))
}

#[test]
fn the_literal_scanner_sees_strings_and_skips_comments() {
    let source = r##"
        // "Комментарий" is not a literal
        /* "и это" */
        let a = "строка";
        let b = r#"сырая "строка""#;
        let c = 'ё';
        fn f<'a>(x: &'a str) {}
        let d = "escaped \" quote";
    "##;
    let found = literals(source);
    assert_eq!(
        found,
        ["строка", "сырая \"строка\"", "ё", "escaped \\\" quote"]
    );
    assert!(
        !literals("// «только комментарий»")
            .iter()
            .any(|l| has_cyrillic(l))
    );
}

#[test]
fn no_russian_text_in_string_literals_outside_i18n() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let i18n = src().join("i18n");
    let mut offenders = Vec::new();
    for file in files {
        let is_i18n = file.starts_with(&i18n) || file == src().join("i18n.rs");
        let is_test_module = file.file_name().is_some_and(|name| name == "tests.rs");
        if is_i18n || is_test_module {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for literal in literals(without_inline_tests(&text)) {
            if has_cyrillic(&literal) {
                offenders.push(format!("{}: {literal:?}", file.display()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "interface text belongs in src/i18n/: {offenders:#?}"
    );
}
