//! Reading single fields of a record leniently: a field that is missing,
//! `null`, `""` or of a type that makes no sense is simply absent, and numbers
//! or booleans written as strings are accepted.

use std::borrow::Cow;

use crate::read::json;
use crate::read::record::{Fields, Number, Raw};
use crate::text::clean::{clean, MAX_LABEL_CHARS};
use crate::text::lowercase::lowercase;

/// The value of `key`, unless it is missing, `null` or a blank string.
pub fn field<'r, 'a>(record: &'r Fields<'a>, key: &str) -> Option<&'r Raw<'a>> {
    match record.get(key)? {
        Raw::Null => None,
        Raw::Text(s) if s.trim().is_empty() => None,
        value => Some(value),
    }
}

/// Text as written (numbers and booleans spelled out), before any cleaning;
/// borrowed when it is text, as it nearly always is.
pub fn raw_text<'r>(value: &'r Raw) -> Option<Cow<'r, str>> {
    match value {
        Raw::Text(s) => Some(Cow::Borrowed(s)),
        Raw::Number(n) => Some(Cow::Owned(number_text(n))),
        Raw::Bool(b) => Some(Cow::Borrowed(if *b { "true" } else { "false" })),
        _ => None,
    }
}

/// A number spelled out. Fractions get up to six decimals by integer
/// arithmetic: the float printers of `core` and serde_json would bring 10 to
/// 30 kB of code and tables into the widget for numbers that are almost never
/// where text belongs.
fn number_text(n: &Number) -> String {
    if let Some(whole) = n.as_i64() {
        return whole.to_string();
    }
    if let Some(whole) = n.as_u64() {
        return whole.to_string();
    }
    let value = n.as_f64();
    // Too large or too small for six decimals of a 64-bit count (1e300 would
    // saturate it): written as a power of ten instead, `1e300`, `2.5e-9`.
    let magnitude = value.abs();
    if magnitude >= 1e13 || (magnitude > 0.0 && magnitude < 1e-6) {
        let (mut mantissa, mut exponent) = (magnitude, 0);
        while mantissa >= 10.0 {
            mantissa /= 10.0;
            exponent += 1;
        }
        while mantissa < 1.0 {
            mantissa *= 10.0;
            exponent -= 1;
        }
        // 9.9999999 rounds to ten: one more power of ten.
        if (mantissa * 1e6).round() >= 1e7 {
            mantissa /= 10.0;
            exponent += 1;
        }
        let sign = if value < 0.0 { "-" } else { "" };
        return format!("{sign}{}e{exponent}", decimals(mantissa));
    }
    let sign = if value < 0.0 && (magnitude * 1e6).round() > 0.0 {
        "-"
    } else {
        ""
    };
    format!("{sign}{}", decimals(magnitude))
}

/// A number from 0 up to 1e13 with up to six decimals, trailing zeros
/// dropped.
fn decimals(value: f64) -> String {
    let millionths = (value * 1e6).round() as u64;
    let fraction = format!("{:06}", millionths % 1_000_000);
    let fraction = fraction.trim_end_matches('0');
    let whole = millionths / 1_000_000;
    if fraction.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{fraction}")
    }
}

/// A float read by the bundle's own number reader, which the widget has
/// anyway, rather than `str::parse`, whose tables would be a second copy.
fn parse_float(text: &str) -> Option<f64> {
    json::number(text).map(|n| n.as_f64())
}

/// Cleaned display text (entities decoded, whitespace tidied, length bounded).
pub fn text_field(record: &Fields, key: &str, max_chars: usize) -> Option<String> {
    clean(&raw_text(field(record, key)?)?, max_chars)
}

/// A whole number from `72`, `72.4` or `"72"`.
pub fn number_field(record: &Fields, key: &str) -> Option<i64> {
    match field(record, key)? {
        Raw::Number(n) => n.as_i64().or_else(|| {
            Some(n.as_f64())
                .filter(|f| f.is_finite())
                .map(|f| f.round() as i64)
        }),
        Raw::Text(s) => {
            let s = s.trim();
            s.parse::<i64>().ok().or_else(|| {
                parse_float(s)
                    .filter(|f| f.is_finite())
                    .map(|f| f.round() as i64)
            })
        }
        _ => None,
    }
}

/// A positive pixel size, as a number or a numeric string.
pub fn size_field(record: &Fields, key: &str) -> Option<u32> {
    number_field(record, key)
        .filter(|&n| n > 0)
        .and_then(|n| u32::try_from(n).ok())
}

/// `true`/`false`, also from `"true"`, `"false"`, `1` and `0`.
pub fn bool_field(record: &Fields, key: &str) -> Option<bool> {
    match field(record, key)? {
        Raw::Bool(b) => Some(*b),
        Raw::Number(n) => n.as_i64().and_then(|n| match n {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }),
        Raw::Text(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Some(true),
            "false" | "no" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// The items of a field that may hold one value or a list of them.
pub fn one_or_many<'r, 'a>(record: &'r Fields<'a>, key: &str) -> &'r [Raw<'a>] {
    match field(record, key) {
        Some(Raw::List(items)) => items,
        Some(single) => std::slice::from_ref(single),
        None => &[],
    }
}

/// A list of labels (topics, tags): cleaned, blanks dropped, repeats dropped
/// regardless of case, order kept.
pub fn label_list(record: &Fields, key: &str) -> Vec<String> {
    let mut labels: Vec<String> = Vec::new();
    for item in one_or_many(record, key) {
        let Some(label) = raw_text(item).and_then(|raw| clean(&raw, MAX_LABEL_CHARS)) else {
            continue;
        };
        let folded: Vec<char> = label.chars().flat_map(lowercase).collect();
        let same = |seen: &String| (seen.chars().flat_map(lowercase)).eq(folded.iter().copied());
        if !labels.iter().any(same) {
            labels.push(label);
        }
    }
    labels
}

#[cfg(feature = "serde-json")]
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_where_text_belongs_are_spelled_out_whatever_their_size() {
        let spelled = |text: &str| {
            let raw = json::parse(text).unwrap_or(Raw::Null);
            raw_text(&raw).map(|t| t.into_owned())
        };
        for (number, text) in [
            ("1e300", "1e300"),
            ("-1.5e20", "-1.5e20"),
            ("2.5e-9", "2.5e-9"),
            ("9.9999999e15", "1e16"),
            ("1e13", "1e13"),
            ("123.456", "123.456"),
            ("-0.5", "-0.5"),
            ("-0.0000001", "-1e-7"),
            ("42", "42"),
        ] {
            assert_eq!(spelled(number).as_deref(), Some(text), "{number}");
        }
    }
    use serde_json::{json, Value};

    fn record(value: Value) -> Fields<'static> {
        let value: &'static Value = Box::leak(Box::new(value));
        Raw::from(value).as_fields().cloned().unwrap_or_default()
    }

    #[test]
    fn missing_null_and_blank_are_all_absent() {
        let r = record(json!({"a": null, "b": "", "c": "  ", "d": "x"}));
        assert_eq!(field(&r, "a"), None);
        assert_eq!(field(&r, "b"), None);
        assert_eq!(field(&r, "c"), None);
        assert_eq!(field(&r, "missing"), None);
        assert_eq!(field(&r, "d").and_then(Raw::as_str), Some("x"));
    }

    #[test]
    fn numbers_come_from_strings_too() {
        let r = record(
            json!({"q": "72", "f": 72.6, "s": " 13.2 ", "bad": "lots", "obj": {}, "w": "-5"}),
        );
        assert_eq!(number_field(&r, "q"), Some(72));
        assert_eq!(number_field(&r, "f"), Some(73));
        assert_eq!(number_field(&r, "s"), Some(13));
        assert_eq!(number_field(&r, "bad"), None);
        assert_eq!(number_field(&r, "obj"), None);
        assert_eq!(size_field(&r, "w"), None);
        assert_eq!(size_field(&r, "q"), Some(72));
    }

    #[test]
    fn booleans_come_from_strings_and_digits() {
        let r = record(json!({"a": "false", "b": 1, "c": "True", "d": 7, "e": []}));
        assert_eq!(bool_field(&r, "a"), Some(false));
        assert_eq!(bool_field(&r, "b"), Some(true));
        assert_eq!(bool_field(&r, "c"), Some(true));
        assert_eq!(bool_field(&r, "d"), None);
        assert_eq!(bool_field(&r, "e"), None);
    }

    #[test]
    fn labels_are_cleaned_and_deduplicated() {
        let r = record(
            json!({"topics": ["AI", " ai ", "", null, "Power&nbsp;Apps", 42, {"x": 1}], "one": "Solo"}),
        );
        assert_eq!(label_list(&r, "topics"), ["AI", "Power Apps", "42"]);
        assert_eq!(label_list(&r, "one"), ["Solo"]);
        assert!(label_list(&r, "none").is_empty());
    }
}
