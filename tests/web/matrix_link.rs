//! The matrix share link through the browser's own compression streams
//! (docs/formats.md#matrix-share-links): a real matrix goes there and back, and every way a
//! link goes bad gets its own error, a zip bomb among them, stopped before it is inflated.

use grades::browser::deflate::{InflateError, deflate_raw, inflate_raw};
use grades::catalog::Catalog;
use grades::catalog::Profession;
use grades::catalog::format;
use grades::state::calculator::base64url;
use grades::state::matrix_link::{
    LinkError, MAX_LINK_CHARS, ShareLinkError, decode, encode, link, share_link,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

const BASE: &str = "https://x.github.io/grades/";
const MIB: usize = 1_048_576;

fn builtin() -> Vec<Profession> {
    Catalog::load()
        .unwrap()
        .professions()
        .iter()
        .map(|p| Profession::clone(p))
        .collect()
}

/// A payload whose deflate data is cut: `keep` characters of a real one.
async fn cut_payload(keep: impl Fn(usize) -> usize) -> String {
    let json = format::to_json(&builtin()[..1]);
    let payload = encode(&json).await.unwrap();
    payload[..keep(payload.len())].to_owned()
}

/// Deterministic noise (xorshift), so a failure can be replayed.
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

/// The link length for `json` sent without its indentation (what a compact writer would give).
async fn compact_link_chars(json: &str) -> usize {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    let payload = encode(&value.to_string()).await.unwrap();
    BASE.len() + "matrices?m=".len() + payload.len()
}

fn global() -> js_sys::Object {
    js_sys::global()
}

/// Runs `body` with the global `name` removed, as in a browser that lacks it.
async fn without_global<F: std::future::Future>(name: &str, body: F) -> F::Output {
    let key = JsValue::from_str(name);
    let saved = js_sys::Reflect::get(&global(), &key).unwrap();
    assert!(js_sys::Reflect::delete_property(&global(), &key).unwrap());
    let out = body.await;
    js_sys::Reflect::set(&global(), &key, &saved).unwrap();
    out
}

/// Replaces `DecompressionStream` with one that counts, in `globalThis.inflatedBytes`, every
/// byte the real one hands out; `restore` puts the real one back.
fn count_inflated_bytes() {
    js_sys::Function::new_no_args(
        "const Real = globalThis.DecompressionStream;
         globalThis.RealDecompressionStream = Real;
         globalThis.inflatedBytes = 0;
         globalThis.DecompressionStream = class extends Real {
           constructor(format) {
             super(format);
             const counter = new TransformStream({
               transform(chunk, controller) {
                 globalThis.inflatedBytes += chunk.byteLength;
                 controller.enqueue(chunk);
               }
             });
             this.counted = super.readable.pipeThrough(counter);
           }
           get readable() { return this.counted; }
         };",
    )
    .call0(&JsValue::UNDEFINED)
    .unwrap();
}

fn inflated_bytes_and_restore() -> usize {
    let count = js_sys::Function::new_no_args(
        "globalThis.DecompressionStream = globalThis.RealDecompressionStream;
         return globalThis.inflatedBytes;",
    )
    .call0(&JsValue::UNDEFINED)
    .unwrap();
    count.as_f64().unwrap() as usize
}

#[wasm_bindgen_test]
async fn the_built_in_catalog_goes_there_and_back() {
    let json = format::to_json(&builtin());
    let payload = encode(&json).await.unwrap();
    assert!(payload.len() < json.len() / 3, "deflate should shrink JSON");
    assert_eq!(decode(&payload).await.unwrap(), json);
    assert_eq!(
        format::parse_json(&decode(&payload).await.unwrap())
            .unwrap()
            .professions,
        builtin()
    );
    let full = link(BASE, &payload);
    console_log!(
        "the whole built-in catalog: {} bytes of JSON, a link of {} characters ({:?}); \
         {} characters without indentation",
        json.len(),
        BASE.len() + "matrices?m=".len() + payload.len(),
        full.as_ref().map(|_| "fits").map_err(|e| e.to_string()),
        compact_link_chars(&json).await
    );
}

#[wasm_bindgen_test]
async fn each_built_in_profession_goes_there_and_back_and_its_link_length_is_known() {
    let mut longest = (String::new(), 0, 0);
    for profession in builtin() {
        let json = format::to_json(std::slice::from_ref(&profession));
        let payload = encode(&json).await.unwrap();
        assert_eq!(decode(&payload).await.unwrap(), json);
        let chars = BASE.len() + "matrices?m=".len() + payload.len();
        match link(BASE, &payload) {
            Ok(made) => assert_eq!(made.chars().count(), chars),
            refused => assert_eq!(refused, Err(LinkError::TooLong { chars })),
        }
        console_log!(
            "{}: {} bytes of JSON, a link of {chars} characters ({} without indentation)",
            profession.id,
            json.len(),
            compact_link_chars(&json).await
        );
        if json.len() > longest.1 {
            longest = (profession.id.clone(), json.len(), chars);
        }
    }
    console_log!(
        "largest profession {}: {} bytes of JSON, a link of {} characters (limit {MAX_LINK_CHARS})",
        longest.0,
        longest.1,
        longest.2
    );
}

#[wasm_bindgen_test]
async fn share_link_is_encode_then_link() {
    let json = r#"{"format":"grades-matrix","version":1,"professions":[]}"#;
    let made = share_link(BASE, json).await.unwrap();
    let payload = made.strip_prefix(&format!("{BASE}matrices?m=")).unwrap();
    assert_eq!(decode(payload).await.unwrap(), json);
    // Text that hardly compresses makes a link too long to offer.
    let noisy = base64url::encode(&noise(7, 20_000));
    assert!(matches!(
        share_link(BASE, &noisy).await,
        Err(LinkError::TooLong { chars }) if chars > MAX_LINK_CHARS
    ));
}

#[wasm_bindgen_test]
async fn a_link_cut_short_is_truncated_or_of_bad_length() {
    // Cut to a length base64url allows: the deflate data stops before its end.
    let cuts: [fn(usize) -> usize; 4] = [
        |n| n / 2 / 4 * 4,
        |n| n / 3 / 4 * 4 + 2,
        |n| n / 4 * 4 - 4 + 3,
        |_| 4,
    ];
    for keep in cuts {
        let payload = cut_payload(keep).await;
        assert_ne!(payload.len() % 4, 1);
        assert_eq!(
            decode(&payload).await,
            Err(ShareLinkError::Truncated),
            "{}",
            payload.len()
        );
    }
    // Cut to a length base64url never has.
    let payload = cut_payload(|n| n / 2 / 4 * 4 + 1).await;
    assert_eq!(decode(&payload).await, Err(ShareLinkError::BadLength));
}

#[wasm_bindgen_test]
async fn random_bytes_are_not_deflate() {
    for seed in [1, 2, 3, 42, 2026] {
        let payload = base64url::encode(&noise(seed, 4096));
        assert_eq!(
            decode(&payload).await,
            Err(ShareLinkError::NotDeflate),
            "seed {seed}"
        );
    }
}

#[wasm_bindgen_test]
async fn bytes_after_the_end_of_the_deflate_data_are_not_deflate() {
    let mut compressed = deflate_raw(b"{\"professions\":[]}").await.unwrap();
    compressed.extend_from_slice(b"junk");
    assert_eq!(
        inflate_raw(&compressed, MIB).await,
        Err(InflateError::NotDeflate)
    );
}

#[wasm_bindgen_test]
async fn text_that_is_no_base64url_names_its_first_stranger() {
    assert_eq!(
        decode("not a link!").await,
        Err(ShareLinkError::NotBase64 { position: 3 })
    );
    assert_eq!(decode("").await, Err(ShareLinkError::Empty));
    // A link pasted through a tool that escaped it.
    assert_eq!(
        decode("q1ZKy8xJVbJSSsrPz1GqBQA%3D").await,
        Err(ShareLinkError::NotBase64 { position: 23 })
    );
}

#[wasm_bindgen_test]
async fn bytes_that_are_not_utf8_are_not_text() {
    let compressed = deflate_raw(&[0x7b, 0xff, 0xfe, 0x7d]).await.unwrap();
    assert_eq!(
        decode(&base64url::encode(&compressed)).await,
        Err(ShareLinkError::NotUtf8)
    );
}

#[wasm_bindgen_test]
async fn output_of_exactly_the_limit_is_read_and_one_byte_more_is_not() {
    let text = vec![b'a'; 1000];
    let compressed = deflate_raw(&text).await.unwrap();
    assert_eq!(inflate_raw(&compressed, 1000).await.unwrap(), text);
    assert_eq!(
        inflate_raw(&compressed, 999).await,
        Err(InflateError::TooLarge { limit: 999 })
    );
    // Nothing in, nothing out.
    let empty = deflate_raw(b"").await.unwrap();
    assert!(!empty.is_empty());
    assert_eq!(inflate_raw(&empty, 0).await.unwrap(), Vec::<u8>::new());
}

#[wasm_bindgen_test]
async fn two_mib_of_zeros_are_too_large_and_not_all_inflated() {
    let compressed = deflate_raw(&vec![0; 2 * MIB]).await.unwrap();
    console_log!("2 MiB of zeros compress to {} bytes", compressed.len());
    let payload = base64url::encode(&compressed);
    count_inflated_bytes();
    let decoded = decode(&payload).await;
    let inflated = inflated_bytes_and_restore();
    assert_eq!(decoded, Err(ShareLinkError::TooLarge));
    console_log!("inflated {inflated} bytes before stopping");
    assert!(inflated > MIB && inflated < 2 * MIB, "{inflated}");
}

#[wasm_bindgen_test]
async fn a_bomb_of_16_mib_stops_near_the_limit() {
    let compressed = deflate_raw(&vec![0; 16 * MIB]).await.unwrap();
    console_log!("16 MiB of zeros compress to {} bytes", compressed.len());
    count_inflated_bytes();
    let inflated_result = inflate_raw(&compressed, MIB).await;
    let inflated = inflated_bytes_and_restore();
    assert_eq!(inflated_result, Err(InflateError::TooLarge { limit: MIB }));
    console_log!("inflated {inflated} bytes before stopping");
    // The limit, plus what one piece of input and the stream's queues hold.
    assert!(inflated < 2 * MIB, "{inflated}");
}

#[wasm_bindgen_test]
async fn a_browser_without_compression_streams_says_so() {
    let payload = encode("{}").await.unwrap();
    let decoded = without_global("DecompressionStream", decode(&payload)).await;
    assert_eq!(decoded, Err(ShareLinkError::Unsupported));
    let encoded = without_global("CompressionStream", encode("{}")).await;
    assert_eq!(encoded, Err(LinkError::Unsupported));
    // Both are back: the rest of the suite still has them.
    assert_eq!(decode(&payload).await.unwrap(), "{}");
}
