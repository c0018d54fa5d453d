//! Feeds older than UTF-8's reign declare their encoding
//! (`<?xml version="1.0" encoding="ISO-8859-1"?>`) and are written in it;
//! a browser decodes them by it, and so does the CLI. Every other file is
//! UTF-8, read as the widget reads it.

use encoding_rs::{Encoding, UTF_8};

/// The text of an XML document that declares an encoding other than UTF-8,
/// decoded by it, its declaration then saying UTF-8 (so the XML reader
/// does not decode it a second time); and whether some bytes could not be
/// decoded. `None` for any other file.
pub fn decode_declared(bytes: &[u8]) -> Option<(String, bool)> {
    let (label, label_at) = declared_label(bytes)?;
    let encoding = Encoding::for_label(label)?;
    if encoding == UTF_8 {
        return None;
    }
    let (text, _, had_errors) = encoding.decode(bytes);
    // The declaration is ASCII in every encoding `for_label` knows but
    // UTF-16's, whose bytes would not have matched: the label is where it
    // was, and its quotes hold `UTF-8` instead.
    let mut text = text.into_owned();
    let end = label_at + label.len();
    if text
        .get(label_at..end)
        .is_some_and(|l| l.as_bytes() == label)
    {
        text.replace_range(label_at..end, "UTF-8");
    }
    Some((text, had_errors))
}

/// The `encoding` label of an XML declaration at the start of `bytes`, and
/// its byte offset.
fn declared_label(bytes: &[u8]) -> Option<(&[u8], usize)> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = &bytes[start..];
    if !rest.starts_with(b"<?xml") {
        return None;
    }
    let declaration = &rest[..rest.windows(2).position(|w| w == b"?>")?];
    let key = declaration.windows(8).position(|w| w == b"encoding")?;
    let after_key = &declaration[key + 8..];
    let quote_at = after_key.iter().position(|&b| b == b'"' || b == b'\'')?;
    let quote = after_key[quote_at];
    let value = &after_key[quote_at + 1..];
    let len = value.iter().position(|&b| b == quote)?;
    Some((&value[..len], start + key + 8 + quote_at + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_encoding_is_decoded_and_then_declared_utf_8() {
        let latin1 =
            b"<?xml version=\"1.0\" encoding='ISO-8859-1'?>\n<rss><title>Caf\xe9</title></rss>";
        let (text, bad) = decode_declared(latin1).unwrap_or_default();
        assert_eq!(
            text,
            "<?xml version=\"1.0\" encoding='UTF-8'?>\n<rss><title>Café</title></rss>"
        );
        assert!(!bad);
        assert_eq!(
            decode_declared(b"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss/>"),
            None
        );
        assert_eq!(decode_declared(b"<?xml version=\"1.0\"?><rss/>"), None);
        assert_eq!(decode_declared(b"---\ntitle: x\n---\n"), None);
    }
}
