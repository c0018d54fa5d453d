//! One record as read from a bundle, before it becomes an article.
//!
//! Like a JSON value, but lighter to build: text without escapes is borrowed
//! from the bundle instead of copied, and an object is a plain list of its
//! fields instead of a sorted map. A bundle's records are read this way one
//! after the other, so building them is most of the time a bundle takes to
//! read.

use std::borrow::Cow;

#[cfg(feature = "serde-json")]
use serde_json::Value;

/// A JSON value of a record.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string: borrowed from the bundle when it has no escapes.
    Text(Cow<'a, str>),
    /// An array.
    List(Vec<Raw<'a>>),
    /// An object.
    Fields(Fields<'a>),
}

/// A JSON number as read: whole numbers exactly, the others as floats.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A whole number from 0 up that fits 64 bits.
    Whole(u64),
    /// Below zero (`-0` is a float).
    Negative(i64),
    /// Any other number: with a fraction or an exponent, or too long.
    Float(f64),
}

impl Number {
    /// The number, when it is a whole number from 0 up.
    pub fn as_u64(&self) -> Option<u64> {
        match *self {
            Number::Whole(n) => Some(n),
            _ => None,
        }
    }

    /// The number, when it is a whole number that fits an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match *self {
            Number::Whole(n) => i64::try_from(n).ok(),
            Number::Negative(n) => Some(n),
            Number::Float(_) => None,
        }
    }

    /// The number as a float, rounded when it is a whole number too long
    /// for one.
    pub fn as_f64(&self) -> f64 {
        match *self {
            Number::Whole(n) => n as f64,
            Number::Negative(n) => n as f64,
            Number::Float(f) => f,
        }
    }
}

/// The fields of a JSON object, in the order written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields<'a>(Vec<(Cow<'a, str>, Raw<'a>)>);

impl<'a> Fields<'a> {
    /// The value of `key`; of a key written twice, the last, as JSON
    /// readers agree.
    pub fn get(&self, key: &str) -> Option<&Raw<'a>> {
        self.0
            .iter()
            .rev()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    /// The keys, in the order written, a key written twice twice.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(key, _)| key.as_ref())
    }

    pub(crate) fn push(&mut self, key: Cow<'a, str>, value: Raw<'a>) {
        self.0.push((key, value));
    }

    /// Leaves out every value of `key`.
    pub(crate) fn remove(&mut self, key: &str) {
        self.0.retain(|(name, _)| name != key);
    }
}

impl<'a> Raw<'a> {
    /// The fields, when the value is an object.
    pub fn as_fields(&self) -> Option<&Fields<'a>> {
        match self {
            Raw::Fields(fields) => Some(fields),
            _ => None,
        }
    }

    /// The text, when the value is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Raw::Text(text) => Some(text),
            _ => None,
        }
    }

    /// What kind of value this is, in words, for a record that is not an
    /// object.
    pub fn kind(&self) -> &'static str {
        match self {
            Raw::Null => "null",
            Raw::Bool(_) => "a true/false value",
            Raw::Number(_) => "a number",
            Raw::Text(_) => "a piece of text",
            Raw::List(_) => "a list",
            Raw::Fields(_) => "an object",
        }
    }
}

/// A parsed JSON value seen as a record, its text borrowed.
#[cfg(feature = "serde-json")]
impl<'a> From<&'a Value> for Raw<'a> {
    fn from(value: &'a Value) -> Raw<'a> {
        match value {
            Value::Null => Raw::Null,
            Value::Bool(b) => Raw::Bool(*b),
            Value::Number(n) => Raw::Number(match (n.as_u64(), n.as_i64()) {
                (Some(whole), _) => Number::Whole(whole),
                (None, Some(negative)) => Number::Negative(negative),
                (None, None) => Number::Float(n.as_f64().unwrap_or_default()),
            }),
            Value::String(s) => Raw::Text(Cow::Borrowed(s)),
            Value::Array(items) => Raw::List(items.iter().map(Raw::from).collect()),
            Value::Object(map) => Raw::Fields(Fields(
                map.iter()
                    .map(|(key, value)| (Cow::Borrowed(key.as_str()), Raw::from(value)))
                    .collect(),
            )),
        }
    }
}

/// A value read by newsdeck's reader as a JSON tree, for the CLI's checks:
/// a key written twice keeps its last value, as serde_json keeps it.
#[cfg(feature = "serde-json")]
impl From<Raw<'_>> for Value {
    fn from(raw: Raw<'_>) -> Value {
        match raw {
            Raw::Null => Value::Null,
            Raw::Bool(b) => Value::Bool(b),
            Raw::Number(Number::Whole(n)) => Value::from(n),
            Raw::Number(Number::Negative(n)) => Value::from(n),
            // Always finite: the reader reads a number too large as null.
            Raw::Number(Number::Float(f)) => Value::from(f),
            Raw::Text(text) => Value::String(text.into_owned()),
            Raw::List(items) => Value::Array(items.into_iter().map(Value::from).collect()),
            Raw::Fields(Fields(fields)) => Value::Object(
                (fields.into_iter())
                    .map(|(key, value)| (key.into_owned(), Value::from(value)))
                    .collect(),
            ),
        }
    }
}

#[cfg(feature = "serde-json")]
impl Raw<'_> {
    /// Whether this is exactly what serde_json read as `value`: numbers of
    /// the same kind and to the bit, an object's keys in any order, a key
    /// written twice counting once, with its last value.
    pub fn is_exactly(&self, value: &Value) -> bool {
        match (self, value) {
            (Raw::Number(Number::Float(a)), Value::Number(b)) => {
                b.is_f64() && b.as_f64().map(f64::to_bits) == Some(a.to_bits())
            }
            (Raw::List(items), Value::Array(values)) => {
                items.len() == values.len()
                    && items
                        .iter()
                        .zip(values)
                        .all(|(item, value)| item.is_exactly(value))
            }
            (Raw::Fields(fields), Value::Object(map)) => {
                let mut keys: Vec<&str> = fields.keys().collect();
                keys.sort_unstable();
                keys.dedup();
                keys.len() == map.len()
                    && (map.iter()).all(|(key, value)| {
                        fields.get(key).is_some_and(|field| field.is_exactly(value))
                    })
            }
            (Raw::List(_) | Raw::Fields(_), _) => false,
            _ => *self == Raw::from(value),
        }
    }
}

#[cfg(feature = "serde-json")]
#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::json;

    #[test]
    fn reads_as_the_parsed_value_reads() {
        let text = r#"{"a": [1, -2, 2.5, "x\"y", "plain", true, null, {}],
                       "a": {"k": "v"}, "b\u0041": 18446744073709551615}"#;
        let value: Value = serde_json::from_str(text).unwrap_or_default();
        let raw = json::parse(text).unwrap_or(Raw::Null);
        let fields = raw.as_fields().cloned().unwrap_or_default();
        let expected = Raw::from(&value);
        let expected = expected.as_fields().cloned().unwrap_or_default();
        for key in ["a", "bA", "missing"] {
            assert_eq!(fields.get(key), expected.get(key), "{key}");
        }
        assert_eq!(
            fields
                .get("a")
                .and_then(Raw::as_fields)
                .and_then(|f| f.get("k"))
                .and_then(Raw::as_str),
            Some("v")
        );
    }

    #[test]
    fn converts_to_the_tree_serde_json_reads() {
        let text = r#"{"a": [1, -2, 2.5, -0.0, 18446744073709551615, "x\"y", true, null, {}],
                       "a": {"k": "v", "k": [{"b": 1}]}, "b\u0041": "\u00e9", "c": {}}"#;
        let value: Value = serde_json::from_str(text).unwrap_or_default();
        let raw = json::parse(text).unwrap_or(Raw::Null);
        assert!(raw.is_exactly(&value));
        let converted = Value::from(raw);
        assert_eq!(converted, value);
        assert!(Raw::from(&converted).is_exactly(&value));
    }

    #[test]
    fn text_without_escapes_is_borrowed() {
        let text = r#"["plain", "esc\"aped"]"#;
        let Ok(Raw::List(items)) = json::parse(text) else {
            panic!("a list");
        };
        assert!(matches!(items[0], Raw::Text(Cow::Borrowed("plain"))));
        assert!(matches!(&items[1], Raw::Text(Cow::Owned(s)) if s == "esc\"aped"));
    }
}
