//! Upper and lower case as the browser writes them: Rust's own case
//! mapping would build its Unicode tables, kilobytes of them, into the
//! WebAssembly for a few words of text.

use js_sys::JsString;

/// `text` in capitals: "é" → "É".
pub fn upper_case(text: &str) -> String {
    JsString::from(text).to_upper_case().into()
}

/// `text` in small letters: "Yesterday" → "yesterday".
pub fn lower_case(text: &str) -> String {
    JsString::from(text).to_lower_case().into()
}
