//! Reading the records of a bundle `JSON.parse` made, one at a time.

use js_sys::{Array, Reflect};
use newsdeck_core::{article_from_record, Document, ParsedBundle, SkippedRecord};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

/// The articles of `parsed`'s records, each made a JSON value by `value_of`,
/// read and dropped before the next.
pub fn read(parsed: &JsValue, value_of: impl Fn(JsValue) -> Value) -> Result<Document, String> {
    let records = record_list(parsed).ok_or("no list of records")?;
    let mut bundle = ParsedBundle::default();
    bundle.articles.reserve(records.length() as usize);
    for (index, record) in records.iter().enumerate() {
        bundle.report.records += 1;
        match article_from_record(&value_of(record)) {
            Ok(article) => bundle.articles.push(article),
            Err(reason) => bundle.report.skipped.push(SkippedRecord { index, reason }),
        }
    }
    Ok(Document::Bundle(bundle))
}

/// The list under `articles` or `value`, or the document itself when it is a
/// list, as bundles hold their records. (The generated bundles are
/// newsdeck's own; an API page's `nextPage` is not read here.)
fn record_list(parsed: &JsValue) -> Option<Array> {
    if Array::is_array(parsed) {
        return Some(parsed.clone().unchecked_into());
    }
    ["articles", "value"].into_iter().find_map(|key| {
        let list = Reflect::get(parsed, &JsValue::from_str(key)).ok()?;
        Array::is_array(&list).then(|| list.unchecked_into())
    })
}
