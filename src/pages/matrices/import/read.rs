//! Getting a file's bytes from the browser: from a file input or a drop. Bytes, not text,
//! so that a file that is not UTF-8 gets its own message instead of being decoded with
//! replacement characters.

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{File, FileList, FileReader};

/// A file's size as the size check takes it. `File.size` is a double; a value that is not a
/// whole, finite byte count is treated as too large.
pub fn size_of(file: &File) -> u64 {
    let size = file.size();
    if size.is_finite() && size >= 0.0 {
        // Saturates above u64::MAX, which is far over the limit anyway.
        size as u64
    } else {
        u64::MAX
    }
}

/// Reads the whole file, then calls `done` with its bytes (`None` if reading failed).
/// False when the read could not even start.
pub fn read_bytes(file: &File, done: impl FnOnce(Option<Vec<u8>>) + 'static) -> bool {
    let Ok(reader) = FileReader::new() else {
        return false;
    };
    let reader_in_callback = reader.clone();
    // `loadend` fires exactly once, after success or failure; the closure is freed then.
    let on_end = Closure::once_into_js(move || {
        let bytes = reader_in_callback
            .result()
            .ok()
            .filter(|result| result.is_instance_of::<js_sys::ArrayBuffer>())
            .map(|buffer| Uint8Array::new(&buffer).to_vec());
        done(bytes);
    });
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    reader.read_as_array_buffer(file).is_ok()
}

/// The `dataTransfer` of a drag event, reached by name: the app's web-sys features do not
/// include `DataTransfer`.
fn data_transfer(event: &JsValue) -> Option<JsValue> {
    Reflect::get(event, &JsValue::from_str("dataTransfer"))
        .ok()
        .filter(|value| !value.is_null() && !value.is_undefined())
}

/// The first file a drop carries, if any.
pub fn dropped_file(event: &JsValue) -> Option<File> {
    let transfer = data_transfer(event)?;
    let files: FileList = Reflect::get(&transfer, &JsValue::from_str("files"))
        .ok()?
        .dyn_into()
        .ok()?;
    files.get(0)
}

/// Every file a drop carries.
pub fn dropped_files(event: &JsValue) -> Vec<File> {
    let files: Option<FileList> = data_transfer(event)
        .and_then(|transfer| Reflect::get(&transfer, &JsValue::from_str("files")).ok())
        .and_then(|files| files.dyn_into().ok());
    files.map_or_else(Vec::new, |files| {
        (0..files.length()).filter_map(|i| files.get(i)).collect()
    })
}

/// Whether a drag carries files (rather than text or a link).
pub fn drags_files(event: &JsValue) -> bool {
    data_transfer(event)
        .and_then(|transfer| Reflect::get(&transfer, &JsValue::from_str("types")).ok())
        .is_some_and(|types| Array::from(&types).includes(&JsValue::from_str("Files"), 0))
}

/// Tells the browser what a drop here would do: "copy" or "none".
pub fn set_drop_effect(event: &JsValue, effect: &str) {
    if let Some(transfer) = data_transfer(event) {
        let _ = Reflect::set(
            &transfer,
            &JsValue::from_str("dropEffect"),
            &JsValue::from_str(effect),
        );
    }
}
