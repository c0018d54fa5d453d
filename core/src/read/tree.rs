//! The JSON tree path, for the CLI, the tests and the fuzz targets: text
//! read by newsdeck's own JSON reader into one tree of serde_json values,
//! then read as a bundle, a manifest or a single record. The widget goes
//! without it and serde_json: it reads documents with [`read_document`],
//! which gives the same results, errors included.
//!
//! [`read_document`]: crate::read_document

use serde_json::Value;

use crate::article::Article;
use crate::read::bundle::{add_record, not_a_list, page_number};
use crate::read::document::Document;
use crate::read::json;
use crate::read::manifest::Manifest;
use crate::read::nesting::{without_deep_values, MAX_NESTING};
use crate::read::normalise::article_from_raw;
use crate::read::outcome::{BundleError, ParsedBundle, SkipReason};
use crate::read::record::Raw;

/// Reads JSON text, saying where it breaks when it is not JSON, as the
/// widget reads it: with newsdeck's JSON reader (a lone surrogate escape
/// is U+FFFD, a number too large for a float is `null`), and arrays and
/// objects nested more than 64 levels deep read as `null`.
pub fn parse_json(text: &str) -> Result<Value, BundleError> {
    match json::parse(text) {
        Ok(raw) => Ok(Value::from(raw)),
        // Looked for only when reading fails, so good bundles pay nothing.
        Err(err) => match without_deep_values(text, MAX_NESTING) {
            Some(shallower) => json::parse(&shallower)
                .map(Value::from)
                .map_err(|err| err.in_text(&shallower)),
            None => Err(err.in_text(text)),
        },
    }
}

/// Where and why text is not JSON.
pub fn parse_error(err: &serde_json::Error) -> BundleError {
    BundleError::NotJson {
        line: err.line(),
        column: err.column(),
        message: json_error_message(err),
    }
}

/// serde_json's message without its own " at line L column C" suffix, for
/// messages that give the position their own way.
pub fn json_error_message(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}

/// The list of records in a bundle and the key it sits under (`None` for a
/// plain list): `{"articles": [...]}`, then `{"value": [...]}`, then `[...]`.
pub fn record_list(value: &Value) -> Option<(Option<&'static str>, &[Value])> {
    match value {
        Value::Array(records) => Some((None, records)),
        Value::Object(top) => ["articles", "value"]
            .into_iter()
            .find_map(|key| Some((Some(key), top.get(key)?.as_array()?.as_slice()))),
        _ => None,
    }
}

/// Reads a bundle that is already parsed into JSON values.
pub fn read_bundle(value: &Value) -> Result<ParsedBundle, BundleError> {
    let Some((key, records)) = record_list(value) else {
        return Err(not_a_list(&Raw::from(value)));
    };
    let next_page = match key {
        Some("value") => value
            .get("nextPage")
            .map(Raw::from)
            .as_ref()
            .and_then(page_number),
        _ => None,
    };
    let mut bundle = ParsedBundle {
        next_page,
        ..ParsedBundle::default()
    };
    for record in records {
        add_record(&mut bundle, &Raw::from(record));
    }
    Ok(bundle)
}

/// Reads one record. Only a record that is not an object, or has no title, is
/// refused; every other field is optional and read leniently.
pub fn article_from_record(record: &Value) -> Result<Article, SkipReason> {
    article_from_raw(&Raw::from(record))
}

impl Document {
    /// What a document already parsed into one JSON tree holds: the same as
    /// [`read_document`] reads from its text.
    ///
    /// [`read_document`]: crate::read_document
    pub fn from_value(value: &Value) -> Result<Document, BundleError> {
        match Manifest::from_value(value) {
            Some(manifest) => Ok(Document::Manifest(manifest)),
            None => read_bundle(value).map(Document::Bundle),
        }
    }
}
