//! Raw deflate (RFC 1951) by the browser's own `CompressionStream` and `DecompressionStream`
//! ("deflate-raw"), so the app ships no compressor of its own.
//!
//! The input goes into the stream a small piece at a time, each piece only once the output of
//! the one before has been read, and inflating stops as soon as its output passes the limit:
//! a short link that would inflate to gigabytes is never held in memory. A browser without
//! these streams gets an error, never a panic.
//!
//! web-sys has the two stream classes only behind `--cfg web_sys_unstable_apis`, a flag for
//! the whole build; they are constructed here by name instead (which also tells whether the
//! browser has them).

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, future_to_promise};
use web_sys::{
    ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult, WritableStream,
    WritableStreamDefaultWriter,
};

/// The format both streams are asked for.
const FORMAT: &str = "deflate-raw";

/// Bytes written to a decompressor at a time. Deflate data inflates to at most about 1 032
/// times its size, so one piece gives at most about 260 KiB before the reader sees any of it.
const INFLATE_PIECE: usize = 256;
/// Bytes written to a compressor at a time: its output is never larger than its input.
const DEFLATE_PIECE: usize = 65_536;

/// Why compressing failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StreamError {
    /// The browser has no `CompressionStream`, or not for "deflate-raw".
    #[error("this browser cannot compress deflate-raw")]
    Unsupported,
    /// The stream refused the data or broke off; the browser's message.
    #[error("the compression stream failed: {0}")]
    Failed(String),
}

/// Why inflating failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InflateError {
    /// The data is not raw deflate (the stream refused it), or has bytes after its end.
    #[error("the data is not raw deflate")]
    NotDeflate,
    /// The data is raw deflate so far, but stops before its last block ends.
    #[error("the deflate data ends before its last block does")]
    Truncated,
    /// The output passed `limit` bytes; inflating stopped there.
    #[error("the data inflates to more than {limit} bytes")]
    TooLarge { limit: usize },
    /// The browser has no `DecompressionStream`, or not for "deflate-raw".
    #[error("this browser cannot decompress deflate-raw")]
    Unsupported,
}

/// Compresses `bytes` as raw deflate.
pub async fn deflate_raw(bytes: &[u8]) -> Result<Vec<u8>, StreamError> {
    let (readable, writable) = transform("CompressionStream").ok_or(StreamError::Unsupported)?;
    let failed = |error: JsValue| StreamError::Failed(message(&error));
    let (reader, _feeding) = start(&readable, &writable, bytes, DEFLATE_PIECE).map_err(failed)?;
    read_all(&reader, usize::MAX)
        .await
        .map_err(|ended| match ended {
            Ended::Failed(error) => failed(error),
            // No output passes `usize::MAX`.
            Ended::TooLarge => StreamError::Failed("the output is too large".into()),
        })
}

/// Inflates raw deflate `bytes`, refusing output over `limit` bytes without inflating the
/// rest of it.
pub async fn inflate_raw(bytes: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    let (readable, writable) = transform("DecompressionStream").ok_or(InflateError::Unsupported)?;
    let (reader, feeding) =
        start(&readable, &writable, bytes, INFLATE_PIECE).map_err(|_| InflateError::NotDeflate)?;
    match read_all(&reader, limit).await {
        Ok(out) => Ok(out),
        Err(Ended::TooLarge) => Err(InflateError::TooLarge { limit }),
        // The stream errors on both; the writer saw which step it was refused at. Cancelling
        // first makes sure the writer is not left waiting for a read that never comes.
        Err(Ended::Failed(_)) => {
            cancel(&reader);
            let _ = JsFuture::from(feeding.done).await;
            match feeding.outcome.get() {
                Fed::CloseRefused => Err(InflateError::Truncated),
                Fed::Writing | Fed::WriteRefused | Fed::All => Err(InflateError::NotDeflate),
            }
        }
    }
}

/// The two sides of a new `CompressionStream` or `DecompressionStream` (`class`) for
/// deflate-raw; `None` when the browser lacks the class or the format (older ones know
/// only "gzip" and "deflate").
fn transform(class: &str) -> Option<(ReadableStream, WritableStream)> {
    let constructor: Function = Reflect::get(&js_sys::global(), &JsValue::from_str(class))
        .ok()?
        .dyn_into()
        .ok()?;
    let stream = Reflect::construct(&constructor, &Array::of1(&JsValue::from_str(FORMAT))).ok()?;
    let side = |name: &str| Reflect::get(&stream, &JsValue::from_str(name)).ok();
    let readable = side("readable")?.dyn_into().ok()?;
    let writable = side("writable")?.dyn_into().ok()?;
    Some((readable, writable))
}

/// How far writing the input got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fed {
    Writing,
    /// A piece was refused: the stream found the data wrong (or the reader gave up).
    WriteRefused,
    /// Every piece was taken, closing was refused: a decompressor's input stopped short.
    CloseRefused,
    All,
}

/// The writing side at work: `done` settles once `outcome` is final.
struct Feeding {
    done: Promise,
    outcome: Rc<Cell<Fed>>,
}

/// Starts writing `bytes` into a stream, `piece` bytes at a time, and returns a reader of its
/// output. Each write waits until the stream takes the piece, i.e. until the output of the
/// pieces before has been read.
fn start(
    readable: &ReadableStream,
    writable: &WritableStream,
    bytes: &[u8],
    piece: usize,
) -> Result<(ReadableStreamDefaultReader, Feeding), JsValue> {
    let reader = ReadableStreamDefaultReader::new(readable)?;
    let writer = writable.get_writer()?;
    let outcome = Rc::new(Cell::new(Fed::Writing));
    let done = future_to_promise(feed(writer, bytes.to_vec(), piece, Rc::clone(&outcome)));
    Ok((reader, Feeding { done, outcome }))
}

async fn feed(
    writer: WritableStreamDefaultWriter,
    bytes: Vec<u8>,
    piece: usize,
    outcome: Rc<Cell<Fed>>,
) -> Result<JsValue, JsValue> {
    for part in bytes.chunks(piece.max(1)) {
        let chunk = Uint8Array::from(part);
        if JsFuture::from(writer.write_with_chunk(&chunk))
            .await
            .is_err()
        {
            outcome.set(Fed::WriteRefused);
            return Ok(JsValue::UNDEFINED);
        }
    }
    let closed = JsFuture::from(writer.close()).await;
    outcome.set(if closed.is_ok() {
        Fed::All
    } else {
        Fed::CloseRefused
    });
    Ok(JsValue::UNDEFINED)
}

/// Why reading stopped short.
enum Ended {
    /// The stream errored, with the browser's error.
    Failed(JsValue),
    /// The output would pass the limit; the stream was cancelled.
    TooLarge,
}

/// Reads the whole output, or cancels the stream once it would pass `limit` bytes.
async fn read_all(reader: &ReadableStreamDefaultReader, limit: usize) -> Result<Vec<u8>, Ended> {
    let mut out = Vec::new();
    loop {
        let result: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(Ended::Failed)?
            .unchecked_into();
        if result.get_done().unwrap_or(true) {
            return Ok(out);
        }
        let value = result.get_value();
        let chunk = value
            .dyn_ref::<Uint8Array>()
            .ok_or_else(|| Ended::Failed(value.clone()))?;
        let length = usize::try_from(chunk.length()).unwrap_or(usize::MAX);
        if out.len().saturating_add(length) > limit {
            // Stops the stream and, through it, the writer: nothing more is inflated.
            cancel(reader);
            return Err(Ended::TooLarge);
        }
        out.extend_from_slice(&chunk.to_vec());
    }
}

/// Cancels a stream through its reader. On a stream that has failed, the promise `cancel`
/// returns rejects with the stream's error: it is awaited, or the page would report an
/// unhandled rejection.
fn cancel(reader: &ReadableStreamDefaultReader) {
    let cancelled = JsFuture::from(reader.cancel());
    wasm_bindgen_futures::spawn_local(async move {
        let _ = cancelled.await;
    });
}

/// The browser's message of an error value, for logs.
fn message(error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}
