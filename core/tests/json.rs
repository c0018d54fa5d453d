//! newsdeck's JSON reader reads what serde_json reads, and refuses what it
//! refuses with the same message, line and column; with two differences
//! made on purpose, so that one odd value does not lose a whole feed:
//!
//! - a lone surrogate escape (`"\udc00"`, `"\ud800"` with no trailing
//!   surrogate after it) reads as U+FFFD, where serde_json refuses the text;
//! - a number too large for a float (`1e400`) reads as `null`, where
//!   serde_json refuses the text.
//!
//! `json::serde_json_reading` is serde_json's reading with those two made
//! in the text, in place: everything else, errors included, is serde_json's.

use newsdeck_core::json;
use newsdeck_core::json::Raw;
use serde_json::{json, Value};

fn assert_reads_as_serde_json(cases: &[&str]) {
    for text in cases {
        let ours = json::parse(text);
        let theirs = json::serde_json_reading(text);
        match (&ours, &theirs) {
            (Ok(raw), Ok(value)) => assert!(raw.is_exactly(value), "{text:?}: {raw:?} {value:?}"),
            (Err(err), Err(expected)) => assert_eq!(&err.in_text(text), expected, "{text:?}"),
            _ => panic!("{text:?}: {ours:?} but serde_json: {theirs:?}"),
        }
    }
}

#[test]
fn numbers() {
    assert_reads_as_serde_json(&[
        "0",
        "-0",
        "7",
        "-7",
        "1.5",
        "-1.5e3",
        "2.5E+2",
        "25e-1",
        "0.1",
        "0.30000000000000004",
        "3.141592653589793238462643383279",
        "1.0000000000000000000000000001",
        "123456789012345678901234.5e-3",
        "18446744073709551615",
        "18446744073709551616",
        "123456789012345678901234567890",
        "9223372036854775807",
        "-9223372036854775808",
        "-9223372036854775809",
        "1.7976931348623157e308",
        "1.8e308",
        "1e400",
        "-1e400",
        "2.2250738585072014e-308",
        "4.9e-324",
        "1e-330",
        "123e-400",
        "0e99999999999",
        "1e99999999999",
        "1e-99999999999",
        "-0.0e-5",
        "[1e2, 1E2, 100, 1.00e2]",
    ]);
}

#[test]
fn broken_numbers() {
    assert_reads_as_serde_json(&[
        "00", "01", "-", "-a", "- 1", "1.", "1.e5", "1.x", "1e", "1e+", "1e+a", "1ex", ".5", "+1",
        "1x", "[1.]", "[01]", "[-]", "[1e]", "[1,-", "0x10", "1.5.2", "Infinity", "NaN",
    ]);
}

#[test]
fn text_and_escapes() {
    assert_reads_as_serde_json(&[
        r#""plain""#,
        r#""""#,
        r#""\" \\ \/ \b \f \n \r \t""#,
        r#""\u00e9\u00E9 caf\u00e9 \u0000 \uFFFF""#,
        r#""\uD83D\uDE00 and \ud83d\ude00""#,
        "\"é ünïcode 😀 as written\"",
        r#""\uD83D""#,
        r#""\uDE00""#,
        r#""\uD83Dx""#,
        r#""\uD83D\n""#,
        r#""\uD83D\u0041""#,
        r#""\uD83D\uD83D""#,
        r#""\uD83D\"#,
        r#""\uD83D"#,
        r#""\u12""#,
        r#""\u12"#,
        r#""\u12G4""#,
        r#""\uéé""#,
        r#""\x""#,
        r#""\"#,
        "\"a\u{1}b\"",
        "\"line\nbreak\"",
        "\"tab\tinside\"",
        "\"\u{7f} is no control character\"",
        "\"cut",
        "[\"é\", x]",
        "[\"\\u00e9\", x]",
    ]);
}

#[test]
fn structure() {
    assert_reads_as_serde_json(&[
        "",
        " ",
        "[",
        "[1,",
        "[1,]",
        "[1 2]",
        "[,]",
        "[,1]",
        "[]",
        "[ ]",
        "{}",
        "{",
        r#"{"a""#,
        r#"{"a":"#,
        r#"{"a":1"#,
        r#"{"a":1,"#,
        r#"{"a":1,}"#,
        r#"{"a" 1}"#,
        r#"{"a":1 "b":2}"#,
        "{1:2}",
        "{,}",
        "{a:1}",
        r#"{"a":1,"a":[2],"b":{"a":3,"a":null}}"#,
        r#"{"":0, "\u0041": 1, "A": 2}"#,
        "nul",
        "nulx",
        "tru",
        "falsy",
        "null",
        "[true,false,null]",
        "[1]x",
        "[1] ",
        " \t\r\n[1]\n\n  x",
        "[\n1,\n\n  x]",
        "\r\n{\"a\":\n\t[1,\n 2,,]}",
        "\u{feff}[1]",
        "\u{a0}[1]",
        "[1]\u{a0}",
        "<!doctype html><h1>502 Bad Gateway</h1>",
        "]",
        "}",
    ]);
}

#[test]
fn nesting() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let objects = |depth: usize| format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth));
    // serde_json reads 127 levels and refuses 128 (a bundle that fails is
    // then read again with its values past 64 levels as null).
    for depth in [1, 63, 64, 65, 100, 127, 128, 129, 1000] {
        assert_reads_as_serde_json(&[
            &nested(depth),
            &objects(depth),
            &format!("[{}, x]", nested(depth)),
            &format!("[1, {}", &nested(depth)[..depth + 1]),
        ]);
    }
}

#[test]
fn lone_surrogates_and_numbers_too_large_are_read_where_serde_json_stops() {
    let text = r#"{"title": "A", "x": [1e400, -1e400, 2e308, 123456e99999999999],
        "y": "\udc00", "z": "caf\u00e9 \ud800", "\udfff": 1e309, "w": "\ud800\ud83d\ude00"}"#;
    assert!(serde_json::from_str::<Value>(text).is_err());
    let read = json::parse(text).map(Value::from);
    let expected = json!({
        "title": "A", "x": [null, null, null, null],
        "y": "\u{fffd}", "z": "café \u{fffd}", "\u{fffd}": null, "w": "\u{fffd}😀"
    });
    assert_eq!(read.ok(), Some(expected));
    // Numbers that are only small, and zeros with any exponent, stay numbers.
    assert_reads_as_serde_json(&["[1e-400, 0e400, -0e99999999999, 1e308]"]);
}

#[test]
fn errors_after_the_two_differences_are_serde_json_s() {
    assert_reads_as_serde_json(&[
        "[1e400 x]",
        "[1e400,\n \"\\udc00\", x]",
        "1e99999999999.5",
        "1e99999999999x",
        "[1e400",
        "-1e400e",
        r#""\ud800\u12G4""#,
        r#""\ud800\"#,
        r#""\ud800\q""#,
        r#""\ud800"#,
        "\"\\ud800\u{1}\"",
        r#"{"\udc00" 1}"#,
    ]);
}

#[test]
fn numbers_in_text_read_as_serde_json_reads_a_float() {
    for text in [
        "72",
        "-5",
        "13.2",
        "1e3",
        "-0",
        "1e400",
        "0x1",
        "",
        "1 2",
        "1.",
        "18446744073709551616",
    ] {
        let ours = json::number(text).map(|n| n.as_f64().to_bits());
        let theirs = serde_json::from_str::<f64>(text).ok().map(f64::to_bits);
        assert_eq!(ours, theirs, "{text:?}");
    }
}

#[test]
fn the_comparison_sees_differences() {
    let read = |text| json::parse(text).unwrap_or(Raw::Null);
    let value = |text| serde_json::from_str::<Value>(text).unwrap_or_default();
    assert!(read(r#"{"a": 1, "a": 2}"#).is_exactly(&value(r#"{"a": 2}"#)));
    assert!(read("[1e400]").is_exactly(&value("[null]")));
    for (ours, theirs) in [
        (r#"{"a": 1, "a": 2}"#, r#"{"a": 1}"#),
        (r#"{"a": 1, "b": 2}"#, r#"{"a": 1}"#),
        ("[1.0]", "[1]"),
        ("0.0", "-0.0"),
        (r#"["a"]"#, r#"["a", "a"]"#),
    ] {
        assert!(!read(ours).is_exactly(&value(theirs)), "{ours} {theirs}");
    }
}
