//! Reading one input file into JSON values, whatever its format, with the
//! position of anything that makes it unreadable.

mod encoding;
mod kind;

use std::fs;
use std::path::Path;

use newsdeck_core::json::Step;
use newsdeck_core::{body_text, parse_json, BundleError};
use serde_json::Value;

use crate::feed::{read_json_feed, read_xml_feed, FeedRecords};
use crate::frontmatter::{record_from_front_matter, FrontMatterError};
use crate::problem::{Position, Problem};
use kind::{kind_of, Kind};

/// What an input file holds.
#[derive(Debug)]
pub enum Contents {
    /// One record from a front-matter (`.md`) file.
    FrontMatter(Value),
    /// A JSON document: a bundle, an API page or a shard manifest.
    Json(Value),
    /// The entries of a feed (RSS, Atom, JSON Feed), as records.
    Feed(FeedRecords),
}

/// A file's text as the widget reads the same file from a server (core's
/// `body_text`: a byte order mark dropped, bytes that are not UTF-8 read as
/// U+FFFD), with a problem saying where the first such byte is; or why the
/// file cannot be read at all. An XML feed that declares another encoding
/// is decoded by it, as browsers decode it.
pub fn read_text(path: &Path) -> Result<(String, Option<Problem>), Problem> {
    let bytes = fs::read(path)
        .map_err(|err| Problem::new(path, format!("cannot be read: {err}")).at(Position::START))?;
    if let Some((text, bad_bytes)) = encoding::decode_declared(&bytes) {
        let message =
            "has bytes its declared encoding does not have: read with U+FFFD in their place";
        let problem = bad_bytes.then(|| Problem::new(path, message).at(Position::START));
        return Ok((text, problem));
    }
    let bad_byte = match std::str::from_utf8(&bytes) {
        Ok(_) => None,
        Err(err) => {
            let before = String::from_utf8_lossy(&bytes[..err.valid_up_to()]);
            let at = Position::of_offset(&before, before.len());
            let message = "not valid UTF-8: read with U+FFFD in place of the bytes that are not";
            Some(Problem::new(path, message).at(at))
        }
    };
    Ok((body_text(bytes), bad_byte))
}

/// The file's contents, by what it holds (its extension decides only for
/// a file that starts like no kind): JSON (a JSON Feed, or a bundle, API
/// page or manifest), an XML feed, or front matter. JSON is read by core's
/// reader, as the widget reads it: a lone surrogate escape is U+FFFD, a
/// number too large for a float is absent, and values nested past 64
/// levels are `null`.
pub fn parse_contents(path: &Path, text: &str) -> Result<Contents, Problem> {
    match kind_of(path, text) {
        Kind::Json => return parse_json_contents(path, text),
        Kind::XmlFeed => {
            return read_xml_feed(text)
                .map(Contents::Feed)
                .map_err(|(at, message)| {
                    Problem::new(path, message).at(Position::of_offset(text, at))
                })
        }
        Kind::HtmlPage => {
            let message = "this is an HTML page, not a feed: save the feed itself (the address in the page's <link rel=\"alternate\" type=\"application/rss+xml\">)";
            return Err(Problem::new(path, message).at(Position::START));
        }
        Kind::OtherXml(root) if root.is_empty() => {
            let message =
                "not a feed: an XML feed starts with '<' (<?xml …?>, <rss>, <rdf:RDF> or <feed>)";
            return Err(Problem::new(path, message).at(Position::START));
        }
        Kind::OtherXml(root) => {
            let message =
                format!("not a feed: its root element is <{root}>, not <rss>, <rdf:RDF> or <feed>");
            return Err(Problem::new(path, message).at(Position::START));
        }
        Kind::FrontMatter => {}
    }
    record_from_front_matter(text)
        .map(Contents::FrontMatter)
        .map_err(|err| match err {
            FrontMatterError::Yaml {
                line: Some(line),
                column: Some(column),
                message,
            } => Problem::new(path, format!("YAML: {message}")).at(Position { line, column }),
            other => Problem::new(path, other.to_string()).at(Position::START),
        })
}

/// A JSON Feed's entries, or the JSON document as it is.
fn parse_json_contents(path: &Path, text: &str) -> Result<Contents, Problem> {
    let value = parse_json(text).map_err(|err| match err {
        BundleError::NotJson {
            line,
            column,
            message,
        } => Problem::new(path, format!("not valid JSON: {message}")).at(Position {
            line: line.max(1),
            column: column.max(1),
        }),
        other => Problem::new(path, other.to_string()).at(Position::START),
    })?;
    Ok(match read_json_feed(&value) {
        Some(feed) => Contents::Feed(feed),
        None => Contents::Json(value),
    })
}

/// The list of records in a bundle or API page and where it sits, found as
/// `newsdeck_core::read_bundle` finds it.
pub fn record_list(value: &Value) -> Option<(Vec<Step>, &[Value])> {
    let (key, records) = newsdeck_core::record_list(value)?;
    Some((key.into_iter().map(Step::key).collect(), records))
}

/// [`record_list`], to change the records in place.
pub fn record_list_mut(value: &mut Value) -> Option<(Vec<Step>, &mut Vec<Value>)> {
    let (key, _) = newsdeck_core::record_list(value)?;
    let list = match key {
        Some(key) => value.get_mut(key)?,
        None => value,
    };
    Some((
        key.into_iter().map(Step::key).collect(),
        list.as_array_mut()?,
    ))
}

/// The steps to record `index` of a list found by [`record_list`].
pub fn record_steps(list_at: &[Step], index: usize) -> Vec<Step> {
    let mut steps = list_at.to_vec();
    steps.push(Step::Index(index));
    steps
}
