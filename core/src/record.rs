//! One record as read from a bundle, before it becomes an article.
//!
//! Like a JSON value, but lighter to build: text without escapes is borrowed
//! from the bundle instead of copied, and an object is a plain list of its
//! fields instead of a sorted map. A bundle's records are read this way one
//! after the other, so building them is most of the time a bundle takes to
//! read.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Number, Value};

/// A JSON value of a record.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Text(Cow<'a, str>),
    List(Vec<Raw<'a>>),
    Fields(Fields<'a>),
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

    pub(crate) fn push(&mut self, key: Cow<'a, str>, value: Raw<'a>) {
        self.0.push((key, value));
    }

    /// Leaves out every value of `key`.
    pub(crate) fn remove(&mut self, key: &str) {
        self.0.retain(|(name, _)| name != key);
    }
}

impl<'a> Raw<'a> {
    pub fn as_fields(&self) -> Option<&Fields<'a>> {
        match self {
            Raw::Fields(fields) => Some(fields),
            _ => None,
        }
    }

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
impl<'a> From<&'a Value> for Raw<'a> {
    fn from(value: &'a Value) -> Raw<'a> {
        match value {
            Value::Null => Raw::Null,
            Value::Bool(b) => Raw::Bool(*b),
            Value::Number(n) => Raw::Number(n.clone()),
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

impl<'de> Deserialize<'de> for Raw<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw<'de>, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

/// Reads any JSON value as a [`Raw`]; also for readers that take some
/// values their own way and the rest as they come.
pub(crate) struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Raw<'de>, E> {
        Ok(Raw::Null)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Raw<'de>, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Raw<'de>, E> {
        Ok(Raw::Number(v.into()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw<'de>, E> {
        Ok(Raw::Number(v.into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Raw<'de>, E> {
        // As serde_json's own values: a number it cannot hold is null.
        Ok(Number::from_f64(v).map_or(Raw::Null, Raw::Number))
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Raw<'de>, E> {
        Ok(Raw::Text(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw<'de>, E> {
        Ok(Raw::Text(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Raw<'de>, E> {
        Ok(Raw::Text(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Raw<'de>, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = items.next_element()? {
            list.push(item);
        }
        Ok(Raw::List(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw<'de>, A::Error> {
        let mut fields = Vec::new();
        while let Some(key) = map.next_key_seed(Key)? {
            fields.push((key, map.next_value()?));
        }
        Ok(Raw::Fields(Fields(fields)))
    }
}

/// An object's key, borrowed from the bundle when it can be.
pub(crate) struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_as_the_parsed_value_reads() {
        let text = r#"{"a": [1, -2, 2.5, "x\"y", "plain", true, null, {}],
                       "a": {"k": "v"}, "b\u0041": 18446744073709551615}"#;
        let value: Value = serde_json::from_str(text).unwrap_or_default();
        let raw: Raw = serde_json::from_str(text).unwrap_or(Raw::Null);
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
    fn text_without_escapes_is_borrowed() {
        let text = r#"["plain", "esc\"aped"]"#;
        let Ok(Raw::List(items)) = serde_json::from_str::<Raw>(text) else {
            panic!("a list");
        };
        assert!(matches!(items[0], Raw::Text(Cow::Borrowed("plain"))));
        assert!(matches!(&items[1], Raw::Text(Cow::Owned(s)) if s == "esc\"aped"));
    }
}
