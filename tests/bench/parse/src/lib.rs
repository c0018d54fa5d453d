//! The ways the widget could read a bundle into articles, each exported for
//! `parse.mjs` to time in the browser: from the body's bytes (what the widget
//! does), from its text, and from the objects `JSON.parse` made, walked with
//! serde-wasm-bindgen or with `Reflect`. Each keeps what it read until
//! `forget`, so dropping it is never part of a timing, and `fingerprint`
//! tells whether two ways read exactly the same.

mod js_values;
mod records;

use std::cell::{Cell, RefCell};
use std::fmt::Write;
use std::hash::{DefaultHasher, Hasher};

use newsdeck_core::{body_text, read_document, Document, Incoming, ParsedBundle};
use serde_json::Value;
use wasm_bindgen::prelude::*;

thread_local! {
    static LAST: RefCell<Option<ParsedBundle>> = const { RefCell::new(None) };
    static TREE_MS: Cell<f64> = const { Cell::new(0.0) };
    static ARRIVING: RefCell<Option<Incoming>> = const { RefCell::new(None) };
}

/// The widget's way as the body arrives: the next chunk of the body's
/// bytes, each record read as soon as it is whole.
#[wasm_bindgen]
pub fn arriving(chunk: &[u8]) {
    ARRIVING.with_borrow_mut(|incoming| {
        incoming
            .get_or_insert_with(|| Incoming::new(None))
            .push(chunk)
    });
}

/// The end of the body given to [`arriving`], and the rest read.
#[wasm_bindgen]
pub fn arrived() -> Result<usize, JsError> {
    let incoming = ARRIVING.take().unwrap_or_else(|| Incoming::new(None));
    keep(incoming.finish().1.map_err(|err| err.to_string()))
}

/// The body's bytes copied into WebAssembly in one go, then read record by
/// record from the text.
#[wasm_bindgen]
pub fn from_bytes(bytes: Vec<u8>) -> Result<usize, JsError> {
    from_text(&body_text(bytes))
}

/// The body's text, decoded by the browser and encoded again into
/// WebAssembly, read record by record.
#[wasm_bindgen]
pub fn from_text(text: &str) -> Result<usize, JsError> {
    keep(read_document(text).map_err(|err| err.to_string()))
}

/// `JSON.parse`'s objects turned into one JSON tree by serde-wasm-bindgen,
/// then read as a tree is read.
#[wasm_bindgen]
pub fn from_tree(parsed: JsValue) -> Result<usize, JsError> {
    let start = js_sys::Date::now();
    let tree: Value = serde_wasm_bindgen::from_value(parsed)?;
    TREE_MS.with(|ms| ms.set(js_sys::Date::now() - start));
    keep(Document::from_value(&tree).map_err(|err| err.to_string()))
}

/// `JSON.parse`'s records turned into JSON values one at a time by
/// serde-wasm-bindgen, each read into an article and dropped.
#[wasm_bindgen]
pub fn from_records(parsed: JsValue) -> Result<usize, JsError> {
    keep(records::read(&parsed, |record| {
        serde_wasm_bindgen::from_value(record).unwrap_or(Value::Null)
    }))
}

/// As [`from_records`], the objects walked with `Reflect` instead.
#[wasm_bindgen]
pub fn from_records_by_reflect(parsed: JsValue) -> Result<usize, JsError> {
    keep(records::read(&parsed, |record| {
        js_values::value_of(&record)
    }))
}

/// How long the last [`from_tree`] took to make the tree (ms), the rest
/// of its time being the reading of the tree.
#[wasm_bindgen]
pub fn tree_ms() -> f64 {
    TREE_MS.with(Cell::get)
}

/// Drops what the last reading kept.
#[wasm_bindgen]
pub fn forget() {
    LAST.with(|last| last.borrow_mut().take());
}

/// A hash of everything the last reading gave (articles, skipped records,
/// next page), to compare the ways.
#[wasm_bindgen]
pub fn fingerprint() -> String {
    LAST.with(|last| {
        let mut hasher = HashWriter(DefaultHasher::new());
        let _ = write!(hasher, "{:?}", last.borrow());
        format!("{:016x}", hasher.0.finish())
    })
}

/// Keeps a reading's bundle; its article count, or the error, for the page.
fn keep(bundle: Result<Document, String>) -> Result<usize, JsError> {
    match bundle.map_err(|err| JsError::new(&err))? {
        Document::Bundle(bundle) => {
            let count = bundle.articles.len();
            LAST.with(|last| *last.borrow_mut() = Some(bundle));
            Ok(count)
        }
        Document::Manifest(_) => Err(JsError::new("a manifest, not a bundle")),
    }
}

/// Hashes formatted text without keeping it.
struct HashWriter(DefaultHasher);

impl Write for HashWriter {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}
