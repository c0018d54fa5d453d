//! Upper and lower case as the browser writes them, for a few words of
//! text on screen: a source's initial, and dates as `Intl` wrote them in the
//! reader's language. Rust's own case mapping would build its Unicode
//! tables, kilobytes of them, into the WebAssembly. Core's lower-case table
//! (for folding search words) is not the same job: it has no upper case,
//! and is core's own, not part of its public face.

use js_sys::JsString;

/// `text` in capitals: "é" → "É".
pub fn upper_case(text: &str) -> String {
    JsString::from(text).to_upper_case().into()
}

/// `text` in small letters: "Yesterday" → "yesterday".
pub fn lower_case(text: &str) -> String {
    JsString::from(text).to_lower_case().into()
}

/// The first letter or digit of `name`, in capitals ("" if it has none): a
/// source's initial where its picture or logo is missing.
pub fn initial(name: &str) -> String {
    name.chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| upper_case(c.encode_utf8(&mut [0; 4])))
        .unwrap_or_default()
}
