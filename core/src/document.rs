//! Reading a bundle (or a manifest) straight from its text, one record at a
//! time.
//!
//! Parsing a whole bundle into one JSON tree first costs several times the
//! text's size in memory (650 MB for 100,000 articles) and time to build and
//! drop it. Here each record's tree is built, read into an [`Article`] and
//! dropped before the next, so memory stays near the size of the articles;
//! a record's tree borrows its text from the bundle ([`Raw`]).
//! What it reads is exactly what [`parse_json`] then [`read_bundle`] read.
//!
//! [`Article`]: crate::Article
//! [`read_bundle`]: crate::bundle::read_bundle

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

use crate::bundle::{
    add_record, not_a_list, page_number, parse_error, read_bundle, BundleError, ParsedBundle,
};
use crate::manifest::Manifest;
use crate::nesting::{without_deep_values, MAX_NESTING};
use crate::record::{Fields, Key, Raw, RawVisitor};

/// What a document holds: articles, or the manifest of a sharded bundle.
#[derive(Debug, PartialEq)]
pub enum Document {
    Bundle(ParsedBundle),
    /// An error when it says it is a manifest but is malformed.
    Manifest(Result<Manifest, String>),
}

impl Document {
    /// What a document already parsed into one JSON tree holds: the same as
    /// [`read_document`] reads from its text.
    pub fn from_value(value: &Value) -> Result<Document, BundleError> {
        match Manifest::from_value(value) {
            Some(manifest) => Ok(Document::Manifest(manifest)),
            None => read_bundle(value).map(Document::Bundle),
        }
    }
}

/// Reads a bundle or a manifest from its text. Arrays and objects nested more
/// than 64 levels deep are read as `null`, as [`parse_json`] does.
///
/// [`parse_json`]: crate::bundle::parse_json
pub fn read_document(text: &str) -> Result<Document, BundleError> {
    match parse_top(text) {
        Ok(top) => finish(top),
        // Looked for only when reading fails, so good bundles pay nothing.
        Err(err) => match without_deep_values(text, MAX_NESTING) {
            Some(shallower) => parse_top(&shallower)
                .map_err(|err| parse_error(&err))
                .and_then(finish),
            None => Err(parse_error(&err)),
        },
    }
}

/// The document the outside of a bundle makes.
fn finish(top: Top) -> Result<Document, BundleError> {
    match top {
        Top::List(bundle) => Ok(Document::Bundle(bundle)),
        Top::Object { lists, rest } => {
            let rest = Raw::Fields(rest);
            if let Some(manifest) = Manifest::from_raw(&rest) {
                return Ok(Document::Manifest(manifest));
            }
            // `articles` before `value`, as `record_list` looks for them.
            let (key, mut bundle) = [
                lists.articles.map(|b| ("articles", b)),
                lists.value.map(|b| ("value", b)),
            ]
            .into_iter()
            .flatten()
            .next()
            .ok_or_else(|| not_a_list(&rest))?;
            if key == "value" {
                bundle.next_page = (rest.as_fields())
                    .and_then(|fields| fields.get("nextPage"))
                    .and_then(page_number);
            }
            Ok(Document::Bundle(bundle))
        }
        Top::Other(value) => Err(not_a_list(&value)),
    }
}

/// Reads a bundle from its text, refusing a manifest as a bundle of the
/// wrong shape.
pub fn read_bundle_text(text: &str) -> Result<ParsedBundle, BundleError> {
    match read_document(text)? {
        Document::Bundle(bundle) => Ok(bundle),
        Document::Manifest(_) => Err(not_a_list(&Raw::Fields(Fields::default()))),
    }
}

fn parse_top(text: &str) -> Result<Top<'_>, serde_json::Error> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let top = Top::deserialize(&mut reader)?;
    reader.end()?;
    Ok(top)
}

/// The outside of a document: a list of records (already read), an object
/// (its record lists already read, the rest kept as values), or anything
/// else, kept for the error message.
enum Top<'a> {
    List(ParsedBundle),
    Object { lists: Lists, rest: Fields<'a> },
    Other(Raw<'a>),
}

/// The record lists an object holds under the keys bundles use. A repeated
/// key counts once, its last time, as in a parsed JSON object.
#[derive(Default)]
struct Lists {
    articles: Option<ParsedBundle>,
    value: Option<ParsedBundle>,
}

impl<'de> Deserialize<'de> for Top<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Top<'de>, D::Error> {
        deserializer.deserialize_any(TopVisitor)
    }
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Top<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a bundle")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, records: A) -> Result<Top<'de>, A::Error> {
        read_records(records).map(Top::List)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top<'de>, A::Error> {
        let mut lists = Lists::default();
        let mut rest = Fields::default();
        while let Some(key) = map.next_key_seed(Key)? {
            let slot = match key.as_ref() {
                "articles" => &mut lists.articles,
                "value" => &mut lists.value,
                _ => {
                    rest.push(key, map.next_value()?);
                    continue;
                }
            };
            // A later non-list under the same key replaces the list, and
            // the other way round, as in a parsed object.
            match map.next_value_seed(MaybeRecords)? {
                Ok(bundle) => {
                    rest.remove(&key);
                    *slot = Some(bundle);
                }
                Err(value) => {
                    *slot = None;
                    rest.push(key, value);
                }
            }
        }
        Ok(Top::Object { lists, rest })
    }

    // Anything else is no bundle; kept as a value for the error message.
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Top<'de>, E> {
        RawVisitor.visit_bool(v).map(Top::Other)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Top<'de>, E> {
        RawVisitor.visit_i64(v).map(Top::Other)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Top<'de>, E> {
        RawVisitor.visit_u64(v).map(Top::Other)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Top<'de>, E> {
        RawVisitor.visit_f64(v).map(Top::Other)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Top<'de>, E> {
        RawVisitor.visit_str(v).map(Top::Other)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Top<'de>, E> {
        RawVisitor.visit_unit().map(Top::Other)
    }
}

/// Reads the records of a list as it is parsed.
fn read_records<'de, A: SeqAccess<'de>>(mut records: A) -> Result<ParsedBundle, A::Error> {
    let mut bundle = ParsedBundle::default();
    if let Some(hint) = records.size_hint() {
        bundle.articles.reserve(hint);
    }
    while let Some(record) = records.next_element::<Raw>()? {
        add_record(&mut bundle, &record);
    }
    Ok(bundle)
}

/// The value under `articles` or `value`: its records read when it is a
/// list, the value itself otherwise.
struct MaybeRecords;

impl<'de> DeserializeSeed<'de> for MaybeRecords {
    type Value = Result<ParsedBundle, Raw<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for MaybeRecords {
    type Value = Result<ParsedBundle, Raw<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, records: A) -> Result<Self::Value, A::Error> {
        read_records(records).map(Ok)
    }

    // Anything else is kept as it is.
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        RawVisitor.visit_map(map).map(Err)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        RawVisitor.visit_bool(v).map(Err)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        RawVisitor.visit_i64(v).map(Err)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        RawVisitor.visit_u64(v).map(Err)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        RawVisitor.visit_f64(v).map(Err)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        RawVisitor.visit_borrowed_str(v).map(Err)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        RawVisitor.visit_str(v).map(Err)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        RawVisitor.visit_unit().map(Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::parse_json;

    /// What the tree path reads from `text`, for comparison.
    fn through_tree(text: &str) -> Result<Document, BundleError> {
        Document::from_value(&parse_json(text)?)
    }

    #[test]
    fn reads_every_shape_as_the_tree_path_does() {
        let record = r#"{"title": "A", "webUrl": "https://a.test/1"}"#;
        let deep = format!(
            "[{{\"title\": \"deep\", \"topics\": {}1{}}}]",
            "[".repeat(200),
            "]".repeat(200)
        );
        let cases = [
            format!("[{record}, {{}}, 3, {record}]"),
            format!("{{\"version\": 1, \"articles\": [{record}]}}"),
            format!("{{\"page\": 2, \"value\": [{record}], \"nextPage\": \"3\"}}"),
            format!("{{\"nextPage\": 3, \"value\": [{record}]}}"),
            format!("{{\"articles\": 5, \"value\": [{record}]}}"),
            format!("{{\"articles\": [{record}], \"value\": [{record}, {record}]}}"),
            format!("{{\"articles\": [{record}], \"articles\": {{\"a\": [1]}}}}"),
            format!("{{\"articles\": {{}}, \"articles\": [{record}]}}"),
            "{\"kind\": \"manifest\", \"version\": 1, \"total\": 0, \"shardSize\": 1, \"shards\": []}".into(),
            "{\"kind\": \"manifest\", \"shards\": 3}".into(),
            "{\"other\": []}".into(),
            "\"text\"".into(),
            "12".into(),
            "-1.5".into(),
            "true".into(),
            "null".into(),
            "[".into(),
            "<html>".into(),
            format!("[{record}] trailing"),
            deep,
            format!("[{record}, {}]", "[".repeat(300)),
        ];
        for text in cases {
            assert_eq!(read_document(&text), through_tree(&text), "{text}");
        }
    }

    #[test]
    fn reads_the_demo_bundle_as_the_tree_path_does() {
        let text = include_str!("../../static/demo-bundle.json");
        let streamed = read_document(text);
        assert!(matches!(&streamed, Ok(Document::Bundle(b)) if b.articles.len() > 100));
        assert_eq!(streamed, through_tree(text));
    }

    #[test]
    fn refuses_a_manifest_where_a_bundle_belongs() {
        let manifest = "{\"kind\": \"manifest\", \"version\": 1, \"total\": 0, \"shardSize\": 1, \"shards\": []}";
        assert!(matches!(
            read_bundle_text(manifest),
            Err(BundleError::WrongShape(_))
        ));
        assert_eq!(read_bundle_text("[]"), Ok(ParsedBundle::default()));
    }
}
