//! Upper and lower case as the browser writes them, for a few words of
//! text on screen: a source's initial, and dates as `Intl` wrote them in the
//! reader's language. Rust's own case mapping would build its Unicode
//! tables, kilobytes of them, into the WebAssembly. Core's lower-case table
//! (for folding search words) is not the same job: it has no upper case,
//! and is core's own, not part of its public face.

#[cfg(target_arch = "wasm32")]
use js_sys::JsString;

/// `text` in capitals: "é" → "É".
#[cfg(target_arch = "wasm32")]
pub fn upper_case(text: &str) -> String {
    JsString::from(text).to_upper_case().into()
}

/// `text` in small letters: "Yesterday" → "yesterday".
#[cfg(target_arch = "wasm32")]
pub fn lower_case(text: &str) -> String {
    JsString::from(text).to_lower_case().into()
}

/// On the server (a first screen written ahead of time), where size is no
/// cost, Rust's own mapping, which is the browser's.
#[cfg(not(target_arch = "wasm32"))]
pub fn upper_case(text: &str) -> String {
    text.to_uppercase()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn lower_case(text: &str) -> String {
    text.to_lowercase()
}

/// The first letter or digit of `name`, in capitals ("" if it has none): a
/// source's initial where its picture or logo is missing.
pub fn initial(name: &str) -> String {
    name.chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| upper_case(c.encode_utf8(&mut [0; 4])))
        .unwrap_or_default()
}
