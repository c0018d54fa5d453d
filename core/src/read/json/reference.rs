//! What newsdeck's JSON reader is held to, by the tests and the `bundle`
//! fuzz target: serde_json's reading of the same text, once the two
//! differences newsdeck makes on purpose are made in the text.
//!
//! Each time serde_json stops at one of them, the value it stopped at is
//! written over in place with what newsdeck reads instead, at the same
//! length, and serde_json reads the text again: so everything else,
//! errors and their line and column included, is serde_json's own.

use std::borrow::Cow;

use serde_json::Value;

use crate::read::outcome::BundleError;
use crate::read::tree::{json_error_message, parse_error};

/// serde_json's reading of `text`, with the two differences of newsdeck's
/// reader: a lone surrogate escape reads as U+FFFD (as if written
/// `\uFFFD`), and a number too large for a float as `null`.
pub fn serde_json_reading(text: &str) -> Result<Value, BundleError> {
    let mut text = Cow::Borrowed(text);
    loop {
        let err = match serde_json::from_str::<Value>(&text) {
            Ok(value) => return Ok(value),
            Err(err) => err,
        };
        let Some(repaired) = repaired(&text, &err) else {
            return Err(parse_error(&err));
        };
        text = Cow::Owned(repaired);
    }
}

/// `text` with the value serde_json stopped at (`err`) written as newsdeck
/// reads it, or `None` when the error is not one of the two differences.
fn repaired(text: &str, err: &serde_json::Error) -> Option<String> {
    let line_start = match err.line() {
        0 | 1 => 0,
        line => text.match_indices('\n').nth(line - 2)?.0 + 1,
    };
    // serde_json counts columns in bytes, up to the byte it stopped after.
    let at = line_start + err.column();
    let bytes = text.as_bytes();
    let escape_before = |end: usize| {
        let start = end.checked_sub(6)?;
        let escape = text.get(start..end)?.strip_prefix("\\u")?;
        Some((start..end, u32::from_str_radix(escape, 16).ok()?))
    };
    let (span, with) = match json_error_message(err).as_str() {
        "number out of range" => {
            let (before, after) = bytes.split_at_checked(at)?;
            let is_part = |b: &&u8| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E');
            let start = at - before.iter().rev().take_while(is_part).count();
            // serde_json may stop inside the exponent's digits.
            let end = at + after.iter().take_while(|b| b.is_ascii_digit()).count();
            (start..end, "null")
        }
        // A trailing surrogate first, or a leading one followed by an
        // escape that is not a trailing one: serde_json stops after it.
        "lone leading surrogate in hex escape" => match escape_before(at)? {
            (span, 0xDC00..=0xDFFF) => (span, "\\uFFFD"),
            (span, _) => (escape_before(span.start)?.0, "\\uFFFD"),
        },
        // A leading surrogate followed by a `\` and no `u`, or by anything
        // else: serde_json stops after the byte that is not what it wants.
        "unexpected end of hex escape" => {
            let end = if bytes.get(at.checked_sub(2)?) == Some(&b'\\') {
                at - 2
            } else {
                at - 1
            };
            (escape_before(end)?.0, "\\uFFFD")
        }
        _ => return None,
    };
    if span.len() < with.len() {
        return None;
    }
    let mut text = text.to_owned();
    text.replace_range(span.clone(), &format!("{with:<0$}", span.len()));
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_two_differences_as_newsdeck_does() {
        let text = r#"[1e400, -1e400, 123e99999999999, "\udc00", "a\ud800b", "\ud800\n",
            "\ud800\u0041", "\ud800\ud83d\ude00", {"\udfff": 1}]"#;
        assert_eq!(
            serde_json_reading(text).ok(),
            Some(json!([
                null, null, null, "\u{fffd}", "a\u{fffd}b", "\u{fffd}\n", "\u{fffd}A",
                "\u{fffd}😀", {"\u{fffd}": 1}
            ]))
        );
    }

    #[test]
    fn other_errors_are_serde_json_s_at_the_same_place() {
        let text = "[1e400,\n \"\\udc00\", x]";
        let Err(BundleError::NotJson { line, column, .. }) = serde_json_reading(text) else {
            panic!("an error");
        };
        assert_eq!((line, column), (2, 12));
    }
}
