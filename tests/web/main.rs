//! Components and the app in a real headless Chromium (wasm-bindgen-test): one test binary,
//! a module per area, run by `make test-wasm`.
#![cfg(target_arch = "wasm32")]
// Helpers outside #[test] fns unwrap too: here a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod support;

mod evidence;
mod home;
mod lazy_page;
mod matrices;
mod matrix_import;
mod matrix_link;
mod number_field;
mod plan;
mod shell;
mod stored;
mod team;
