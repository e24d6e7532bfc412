//! Code the release build moves into wasm chunks of their own, fetched when first needed
//! (docs/architecture.md, "Loading per route"): what a failed fetch is.

/// A chunk did not arrive (offline with no cached copy, or the server failed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the code could not be loaded")]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}
