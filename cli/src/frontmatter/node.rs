//! A front matter's YAML as a tree that knows where each part is written:
//! one parse gives both the record's values and the positions a problem is
//! reported at, so the two cannot disagree.

use std::fmt;

use newsdeck_core::json::Step;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use serde_saphyr::Spanned;

use super::aliases::written_as;

/// One YAML value, with where each of its parts starts.
#[derive(Debug)]
pub enum Node {
    Scalar(Value),
    List(Vec<Spanned<Node>>),
    /// Entries in the order written; a key written twice keeps its last value,
    /// as in the record.
    Map(Vec<(Spanned<Key>, Spanned<Node>)>),
}

/// A mapping key as the record's field name: YAML allows numbers and
/// booleans as keys, JSON records name fields with text.
#[derive(Debug)]
pub struct Key(pub String);

impl Node {
    /// The value as the JSON record the rest of newsdeck reads.
    pub fn into_value(self) -> Value {
        match self {
            Node::Scalar(value) => value,
            Node::List(items) => {
                Value::Array(items.into_iter().map(|i| i.value.into_value()).collect())
            }
            Node::Map(entries) => {
                let mut map = Map::new();
                for (key, value) in entries {
                    map.insert(key.value.0, value.value.into_value());
                }
                Value::Object(map)
            }
        }
    }

    /// The byte offset (in the YAML) of the deepest part of `steps` there
    /// is: a key, or a list item. `None` when even the first is missing.
    pub fn locate(&self, steps: &[Step]) -> Option<usize> {
        let (step, rest) = steps.split_first()?;
        let (at, inner) = match (self, step) {
            (Node::Map(entries), Step::Key(name)) => {
                // A field read from its twin (`image` for `images`) is
                // pointed at where the twin is written.
                let (key, value) = written_as(name).into_iter().find_map(|written| {
                    entries.iter().rev().find(|(key, _)| key.value.0 == written)
                })?;
                (offset(&key.referenced), &value.value)
            }
            (Node::List(items), Step::Index(index)) => {
                let item = items.get(*index)?;
                (offset(&item.referenced), &item.value)
            }
            _ => return None,
        };
        Some(inner.locate(rest).unwrap_or(at))
    }
}

fn offset(location: &serde_saphyr::Location) -> usize {
    location
        .span()
        .byte_offset()
        .and_then(|o| usize::try_from(o).ok())
        .unwrap_or(0)
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::from(v)))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::from(v)))
    }

    /// A number JSON cannot hold (`.inf`, `.nan`) is kept as written.
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Scalar(Number::from_f64(v).map_or_else(
            || Value::String(v.to_string()),
            Value::Number,
        )))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v)))
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        Node::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry()? {
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_any(KeyVisitor)
    }
}

struct KeyVisitor;

impl Visitor<'_> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E>(self, v: &str) -> Result<Key, E> {
        Ok(Key(v.to_owned()))
    }

    fn visit_bool<E>(self, v: bool) -> Result<Key, E> {
        Ok(Key(v.to_string()))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Key, E> {
        Ok(Key(v.to_string()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Key, E> {
        Ok(Key(v.to_string()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Key, E> {
        Ok(Key(v.to_string()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Key, E> {
        Err(E::custom("a field has no name"))
    }
}
