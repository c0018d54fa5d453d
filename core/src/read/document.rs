//! Reading a bundle (or a manifest) straight from its text, one record at a
//! time.
//!
//! Parsing a whole bundle into one JSON tree first costs several times the
//! text's size in memory (650 MB for 100,000 articles) and time to build and
//! drop it. Here each record's tree is built, read into an [`Article`] and
//! dropped before the next, so memory stays near the size of the articles;
//! a record's tree borrows its text from the bundle ([`Raw`]). The text is
//! read with newsdeck's own JSON reader ([`json`]), so the widget goes
//! without serde_json. What it reads is exactly what [`parse_json`] then
//! [`read_bundle`] read, errors included.
//!
//! [`Article`]: crate::Article
//! [`json`]: crate::json
//! [`parse_json`]: crate::parse_json
//! [`read_bundle`]: crate::read_bundle

use crate::read::ahead::ReadAhead;
use crate::read::bundle::{add_record, not_a_list, page_number};
use crate::read::json::{Error, Reader};
use crate::read::manifest::Manifest;
use crate::read::nesting::{without_deep_values, MAX_NESTING};
use crate::read::outcome::{BundleError, ParsedBundle};
use crate::read::record::{Fields, Raw};

/// What a document holds: articles, or the manifest of a sharded bundle.
#[derive(Debug, PartialEq)]
pub enum Document {
    /// A bundle: its articles and what was left out.
    Bundle(ParsedBundle),
    /// An error when it says it is a manifest but is malformed.
    Manifest(Result<Manifest, String>),
}

/// Reads a bundle or a manifest from its text. Arrays and objects nested more
/// than 64 levels deep are read as `null`, as [`parse_json`] does.
///
/// [`parse_json`]: crate::parse_json
pub fn read_document(text: &str) -> Result<Document, BundleError> {
    read_document_with(text, ReadAhead::default())
}

/// [`read_document`], taking the records of `text` that were read ahead
/// while it arrived where it finds them.
pub(crate) fn read_document_with(
    text: &str,
    mut ahead: ReadAhead,
) -> Result<Document, BundleError> {
    let top = parse_top(text, &mut ahead);
    // Nothing read ahead is taken after this: no use holding it longer.
    drop(ahead);
    match top {
        Ok(top) => finish(top),
        // Looked for only when reading fails, so good bundles pay nothing.
        Err(err) => match without_deep_values(text, MAX_NESTING) {
            Some(shallower) => parse_top(&shallower, &mut ReadAhead::default())
                .map_err(|err| err.in_text(&shallower))
                .and_then(finish),
            None => Err(err.in_text(text)),
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

/// The text of a response's body as `Response.text()` gives it: a leading
/// byte order mark dropped, bytes that are not UTF-8 replaced.
pub fn body_text(bytes: Vec<u8>) -> String {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    };
    drop_byte_order_mark(&mut text);
    text
}

/// Drops a byte order mark from the start of a body's text, as browsers do.
pub(crate) fn drop_byte_order_mark(text: &mut String) {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
}

/// Reads a bundle from its text (a manifest is refused as the wrong shape).
pub fn parse_bundle(text: &str) -> Result<ParsedBundle, BundleError> {
    read_document(text)?.into_bundle()
}

impl Document {
    /// The bundle the document is; a manifest is a bundle of the wrong shape.
    pub fn into_bundle(self) -> Result<ParsedBundle, BundleError> {
        match self {
            Document::Bundle(bundle) => Ok(bundle),
            Document::Manifest(_) => Err(not_a_list(&Raw::Fields(Fields::default()))),
        }
    }
}

/// Reads the outside of a document, and the records of its list as they
/// come.
fn parse_top<'a>(text: &'a str, ahead: &mut ReadAhead) -> Result<Top<'a>, Error> {
    let mut reader = Reader::new(text);
    let top = match reader.peek_value()? {
        b'[' => Top::List(read_records(&mut reader, ahead)?),
        b'{' => {
            let mut lists = Lists::default();
            let mut rest = Fields::default();
            reader.fields(|reader, key| {
                let Some(slot) = lists.slot(&key) else {
                    rest.push(key, reader.value()?);
                    return Ok(());
                };
                // A later non-list under the same key replaces the list, and
                // the other way round, as in a parsed object.
                if reader.peek_value()? == b'[' {
                    rest.remove(&key);
                    *slot = Some(read_records(reader, ahead)?);
                } else {
                    *slot = None;
                    rest.push(key, reader.value()?);
                }
                Ok(())
            })?;
            Top::Object { lists, rest }
        }
        // Anything else is no bundle; kept as a value for the error message.
        _ => Top::Other(reader.value()?),
    };
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

impl Lists {
    /// Where the records under `key` go, when it is a key bundles keep
    /// their records under.
    fn slot(&mut self, key: &str) -> Option<&mut Option<ParsedBundle>> {
        match key {
            "articles" => Some(&mut self.articles),
            "value" => Some(&mut self.value),
            _ => None,
        }
    }
}

/// Whether bundles keep their records under `key` of their object.
pub(crate) fn holds_records(key: &str) -> bool {
    Lists::default().slot(key).is_some()
}

/// Reads the records of the list that comes next, each turned into an
/// article (or a skip) and dropped before the next is read; a record read
/// ahead is taken as it is.
fn read_records(reader: &mut Reader, ahead: &mut ReadAhead) -> Result<ParsedBundle, Error> {
    let mut bundle = ParsedBundle::default();
    // Room for the records read ahead at once, rather than growing past them.
    bundle.articles.reserve(ahead.len());
    reader.items(|reader| {
        match ahead.take(reader.position()) {
            Some((end, outcome)) => {
                reader.skip_to(end);
                bundle.add(outcome);
            }
            None => add_record(&mut bundle, &reader.value()?),
        }
        Ok(())
    })?;
    Ok(bundle)
}

/// Documents of every shape the reading of a document tells apart, with
/// the errors it reports, for tests.
#[cfg(test)]
pub(crate) fn document_shapes() -> Vec<String> {
    let record = r#"{"title": "A", "webUrl": "https://a.test/1"}"#;
    let deep = format!(
        "[{{\"title\": \"deep\", \"topics\": {}1{}}}]",
        "[".repeat(200),
        "]".repeat(200)
    );
    vec![
        format!("[{record}, {{}}, 3, {record}]"),
        format!("{{\"version\": 1, \"articles\": [{record}]}}"),
        format!("{{\"page\": 2, \"value\": [{record}], \"nextPage\": \"3\"}}"),
        format!("{{\"nextPage\": 3, \"value\": [{record}]}}"),
        format!("{{\"articles\": 5, \"value\": [{record}]}}"),
        format!("{{\"articles\": [{record}], \"value\": [{record}, {record}]}}"),
        format!("{{\"articles\": [{record}], \"articles\": {{\"a\": [1]}}}}"),
        format!("{{\"articles\": {{}}, \"articles\": [{record}]}}"),
        "{\"kind\": \"manifest\", \"version\": 1, \"total\": 0, \"shardSize\": 1, \"shards\": []}"
            .into(),
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
        format!(
            "[{{\"title\": \"x\", \"a\": {}1{}}}]",
            "[".repeat(125),
            "]".repeat(125)
        ),
        format!(
            "[{{\"title\": \"x\", \"a\": {}1{}}}]",
            "[".repeat(126),
            "]".repeat(126)
        ),
        format!(
            "[{record},\n {{\"title\": \"x\", \"a\": {}1{}}},\n x]",
            "[".repeat(100),
            "]".repeat(100)
        ),
        format!("{{\"articles\": [{record},]}}"),
        format!("{{\"value\": [{record}], \"nextPage\": 2,}}"),
        format!("[{record},\r\n  {{\"title\": \"\\u12\"}}]"),
        format!("[{record},\n  {{\"title\": \"\\uD83D\\uDE00 \\u00e9\\n\"}}]"),
        format!("{{\"articles\": [{record}], \"articles\": [{record}, 1e400]}}"),
        "{\"value\": [], \"nextPage\": 18446744073709551615}".into(),
        "{\"value\": [], \"nextPage\": 2.0}".into(),
        "{\"value\": [], \"nextPage\": -0}".into(),
        "\u{feff}[]".into(),
        "".into(),
        format!("  \n [ {record} ,\n{record} ] \n"),
        format!("{{\"art\\u0069cles\": [{record}], \"version\": 12345}}"),
        format!("{{\"meta\": {{\"articles\": [{record}]}}, \"articles\": [{record}]}}"),
        format!("[{record}, {record}"),
        format!("[{record} {record}]"),
        format!("{{\"articles\": [{record}]}} x"),
        format!("[{record}, {{\"title\": 1e400}}, {record}]"),
        format!("[{record}, {{\"title\": \"a\\udc00\", \"x\": [-1e400, \"\\ud800\\ud800\"]}}]"),
        format!("{{\"total\": 1e99999999999, \"\\ud83d\": 1, \"articles\": [{record}]}}"),
    ]
}

#[cfg(feature = "serde-json")]
#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::tree::parse_json;

    /// What the tree path reads from `text`, for comparison.
    fn through_tree(text: &str) -> Result<Document, BundleError> {
        Document::from_value(&parse_json(text)?)
    }

    #[test]
    fn a_body_reads_as_the_browser_decodes_it() {
        assert_eq!(body_text(b"\xef\xbb\xbf[1]".to_vec()), "[1]");
        assert_eq!(body_text(b"[\"a\xffb\"]".to_vec()), "[\"a\u{fffd}b\"]");
        assert_eq!(body_text("[\"\u{feff}\"]".into()), "[\"\u{feff}\"]");
    }

    #[test]
    fn reads_every_shape_as_the_tree_path_does() {
        for text in document_shapes() {
            assert_eq!(read_document(&text), through_tree(&text), "{text}");
        }
    }

    #[test]
    fn reads_the_demo_bundle_as_the_tree_path_does() {
        let text = include_str!("../../../static/demo-bundle.json");
        let streamed = read_document(text);
        assert!(matches!(&streamed, Ok(Document::Bundle(b)) if b.articles.len() > 100));
        assert_eq!(streamed, through_tree(text));
    }

    #[test]
    fn refuses_a_manifest_where_a_bundle_belongs() {
        let manifest = "{\"kind\": \"manifest\", \"version\": 1, \"total\": 0, \"shardSize\": 1, \"shards\": []}";
        assert!(matches!(
            parse_bundle(manifest),
            Err(BundleError::WrongShape(_))
        ));
        assert_eq!(parse_bundle("[]"), Ok(ParsedBundle::default()));
    }
}
