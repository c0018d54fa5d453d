//! Bundles: the JSON documents the widget loads.
//!
//! Three shapes are read: a plain list of records, newsdeck's own
//! `{"version": 1, "articles": [...]}`, and the API page shape
//! `{"page": N, "value": [...], "nextPage": M}`.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::article::Article;
use crate::normalise::{article_from_record, SkipReason};

/// The version of the bundle format this code writes.
pub const BUNDLE_VERSION: u32 = 1;

/// What was read from a bundle: the good articles, and what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedBundle {
    pub articles: Vec<Article>,
    pub report: ParseReport,
    /// For API pages: the number of the page that follows, if any.
    pub next_page: Option<u64>,
}

/// How many records a bundle held and which ones could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParseReport {
    pub records: usize,
    pub skipped: Vec<SkippedRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedRecord {
    /// Position of the record in the bundle's list, from 0.
    pub index: usize,
    pub reason: SkipReason,
}

impl fmt::Display for SkippedRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "record {} was skipped: {}", self.index, self.reason)
    }
}

/// Why a whole bundle could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The text is not JSON at all (an HTML error page, a cut-off download…).
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// It is JSON, but holds no list of articles where one was expected.
    WrongShape(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotJson {
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "the news data is not valid JSON (line {line}, column {column}: {message})"
                )
            }
            BundleError::WrongShape(what) => {
                write!(f, "the news data has an unexpected shape: {what}")
            }
        }
    }
}

impl std::error::Error for BundleError {}

/// Reads a bundle from its text.
pub fn parse_bundle(text: &str) -> Result<ParsedBundle, BundleError> {
    read_bundle(&parse_json(text)?)
}

/// Reads JSON text, saying where it breaks when it is not JSON.
pub fn parse_json(text: &str) -> Result<Value, BundleError> {
    serde_json::from_str(text).map_err(|err| BundleError::NotJson {
        line: err.line(),
        column: err.column(),
        message: json_error_message(&err),
    })
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
        return Err(BundleError::WrongShape(match value {
            Value::Object(_) => {
                "expected a list of articles, {\"articles\": [...]} or {\"value\": [...]}".into()
            }
            Value::String(_) => "expected a list of articles, found text".into(),
            Value::Number(_) => "expected a list of articles, found a number".into(),
            Value::Bool(_) => "expected a list of articles, found true/false".into(),
            _ => "expected a list of articles, found null".into(),
        }));
    };
    let next_page = match key {
        Some("value") => value.get("nextPage").and_then(page_number),
        _ => None,
    };
    let mut bundle = ParsedBundle {
        next_page,
        ..ParsedBundle::default()
    };
    bundle.report.records = records.len();
    for (index, record) in records.iter().enumerate() {
        match article_from_record(record) {
            Ok(article) => bundle.articles.push(article),
            Err(reason) => bundle.report.skipped.push(SkippedRecord { index, reason }),
        }
    }
    Ok(bundle)
}

/// Writes articles as a bundle in newsdeck's own format.
pub fn write_bundle(articles: &[Article], pretty: bool) -> String {
    #[derive(Serialize)]
    struct Bundle<'a> {
        version: u32,
        articles: &'a [Article],
    }
    let bundle = Bundle {
        version: BUNDLE_VERSION,
        articles,
    };
    let written = if pretty {
        serde_json::to_string_pretty(&bundle)
    } else {
        serde_json::to_string(&bundle)
    };
    // Articles hold only strings, numbers and lists: serialising cannot fail.
    written.unwrap_or_default()
}

fn page_number(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
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
