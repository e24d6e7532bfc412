//! The matrix share link (docs/formats.md#matrix-share-links): `<base>matrices?m=<payload>`,
//! the payload being base64url without padding of the matrix JSON compressed as raw deflate
//! by the browser's `CompressionStream("deflate-raw")`.
//!
//! Building the link and reading the payload's base64url are pure (tested natively); the
//! compression is the browser's, in [`crate::browser::deflate`]. A link that cannot be read
//! gets a [`ShareLinkError`] saying why; one that would be too long a [`LinkError`], and the
//! page offers the file instead.

use crate::browser::deflate::{self, InflateError, StreamError};
use crate::catalog::format::MAX_BYTES;
use crate::state::calculator::base64url::{self, Base64Error};

/// Longest link offered, in characters; a longer one gives way to the file.
pub const MAX_LINK_CHARS: usize = 16_000;
/// The query parameter that carries the payload.
pub const PARAM: &str = "m";
/// The page a link opens, under the app's base.
pub const PAGE: &str = "matrices";

/// Why no link was made; each one means: offer the file instead.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// The link would have `chars` characters, over [`MAX_LINK_CHARS`].
    #[error("the link would be {chars} characters long, more than {MAX_LINK_CHARS}")]
    TooLong { chars: usize },
    /// The browser cannot compress deflate-raw.
    #[error("this browser cannot compress deflate-raw")]
    Unsupported,
    /// The browser's compression failed; its message.
    #[error("compressing failed: {0}")]
    Failed(String),
}

impl From<StreamError> for LinkError {
    fn from(error: StreamError) -> Self {
        match error {
            StreamError::Unsupported => Self::Unsupported,
            StreamError::Failed(message) => Self::Failed(message),
        }
    }
}

/// Why a link's payload could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShareLinkError {
    /// No payload at all.
    #[error("the link carries no matrix")]
    Empty,
    /// A character outside `A–Z a–z 0–9 - _` at `position` (from 0) of the payload.
    #[error("character {position} of the payload is not base64url")]
    NotBase64 { position: usize },
    /// A length no base64url text has: the payload was cut.
    #[error("the payload has an impossible length")]
    BadLength,
    /// Raw deflate so far, but it stops before its end: the payload was cut.
    #[error("the compressed data stops before its end")]
    Truncated,
    /// Not raw deflate at all.
    #[error("the payload is not raw deflate")]
    NotDeflate,
    /// Inflates to more than [`MAX_BYTES`]; it was not inflated further.
    #[error("the payload inflates to more than {MAX_BYTES} bytes")]
    TooLarge,
    /// Inflates to bytes that are not UTF-8 text.
    #[error("the payload inflates to bytes that are not UTF-8")]
    NotUtf8,
    /// The browser cannot decompress deflate-raw.
    #[error("this browser cannot decompress deflate-raw")]
    Unsupported,
}

impl From<Base64Error> for ShareLinkError {
    fn from(error: Base64Error) -> Self {
        match error {
            Base64Error::InvalidCharacter { position, .. } => Self::NotBase64 { position },
            Base64Error::InvalidLength(_) => Self::BadLength,
        }
    }
}

impl From<InflateError> for ShareLinkError {
    fn from(error: InflateError) -> Self {
        match error {
            InflateError::NotDeflate => Self::NotDeflate,
            InflateError::Truncated => Self::Truncated,
            InflateError::TooLarge { .. } => Self::TooLarge,
            InflateError::Unsupported => Self::Unsupported,
        }
    }
}

/// The link to `payload`: `<base_url>matrices?m=<payload>`, where `base_url` is the app's
/// address ending in `/` (`https://x.github.io/grades/`; a missing `/` is added). Refused
/// over [`MAX_LINK_CHARS`] characters.
pub fn link(base_url: &str, payload: &str) -> Result<String, LinkError> {
    let slash = if base_url.ends_with('/') { "" } else { "/" };
    let link = format!("{base_url}{slash}{PAGE}?{PARAM}={payload}");
    let chars = link.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    Ok(link)
}

/// The compressed bytes a link's `m` value carries (surrounding spaces and up to two `=` of
/// padding tolerated).
pub fn payload_of(query_value: &str) -> Result<Vec<u8>, ShareLinkError> {
    let text = query_value.trim();
    if text.is_empty() {
        return Err(ShareLinkError::Empty);
    }
    Ok(base64url::decode(text)?)
}

/// Largest matrix a link may inflate to: [`MAX_BYTES`], like a file.
fn max_inflated() -> usize {
    usize::try_from(MAX_BYTES).unwrap_or(usize::MAX)
}

/// The payload of a link to the matrix JSON `json`.
pub async fn encode(json: &str) -> Result<String, LinkError> {
    let compressed = deflate::deflate_raw(json.as_bytes()).await?;
    Ok(base64url::encode(&compressed))
}

/// The whole link to the matrix JSON `json` ([`encode`], then [`link`]).
pub async fn share_link(base_url: &str, json: &str) -> Result<String, LinkError> {
    link(base_url, &encode(json).await?)
}

/// The matrix JSON a link's `m` value carries, as text, to be read by the matrix import.
pub async fn decode(param: &str) -> Result<String, ShareLinkError> {
    let compressed = payload_of(param)?;
    let bytes = deflate::inflate_raw(&compressed, max_inflated()).await?;
    String::from_utf8(bytes).map_err(|_| ShareLinkError::NotUtf8)
}
