//! Every native test in one binary (one link instead of one per file), a module per area.
//! The browser tests are `tests/web/`, the end-to-end tests `tests/e2e/`.
#![cfg(not(target_arch = "wasm32"))]
// A failing check in a helper should fail the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

mod architecture;
mod calculator_share;
mod catalog;
mod catalog_seeds;
mod domain_evidence;
mod domain_golden;
mod domain_laws;
mod domain_validation;
mod growth;
mod i18n;
mod inline_code;
mod matrix_csv;
mod matrix_formats;
mod matrix_json;
mod matrix_laws;
mod matrix_link;
mod matrix_outline;
mod own_matrices;
mod persistence;
mod team;
