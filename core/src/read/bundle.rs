//! Bundles: the JSON documents the widget loads.
//!
//! Three shapes are read: a plain list of records, newsdeck's own
//! `{"version": 1, "articles": [...]}`, and the API page shape
//! `{"page": N, "value": [...], "nextPage": M}`.

use std::fmt;

use crate::article::Article;
use crate::read::normalise::{article_from_raw, SkipReason};
use crate::read::record::Raw;

// The JSON tree path and the writer, for the CLI and tests: the widget
// reads bundles with `json` and writes none.
#[cfg(feature = "serde-json")]
use {
    crate::article::{Image, Provider},
    crate::date::Moment,
    crate::read::nesting::{without_deep_values, MAX_NESTING},
    crate::text::clean::encode_entities,
    serde::Serialize,
    serde_json::Value,
};

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

/// Reads a bundle from its text (a manifest is refused as the wrong shape).
pub fn parse_bundle(text: &str) -> Result<ParsedBundle, BundleError> {
    crate::read::document::read_bundle_text(text)
}

/// Reads JSON text, saying where it breaks when it is not JSON. Arrays and
/// objects nested more than 64 levels deep are read as `null`.
#[cfg(feature = "serde-json")]
pub fn parse_json(text: &str) -> Result<Value, BundleError> {
    serde_json::from_str(text)
        .or_else(|err| match without_deep_values(text, MAX_NESTING) {
            // Looked for only when parsing fails, so good bundles pay nothing.
            Some(shallower) => serde_json::from_str(&shallower),
            None => Err(err),
        })
        .map_err(|err| parse_error(&err))
}

/// Where and why text is not JSON.
#[cfg(feature = "serde-json")]
pub fn parse_error(err: &serde_json::Error) -> BundleError {
    BundleError::NotJson {
        line: err.line(),
        column: err.column(),
        message: json_error_message(err),
    }
}

/// The list of records in a bundle and the key it sits under (`None` for a
/// plain list): `{"articles": [...]}`, then `{"value": [...]}`, then `[...]`.
#[cfg(feature = "serde-json")]
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
#[cfg(feature = "serde-json")]
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

/// Reads the next record of a bundle's list into `bundle`: an article, or a
/// note of why it was skipped.
pub(crate) fn add_record(bundle: &mut ParsedBundle, record: &Raw) {
    add_outcome(bundle, article_from_raw(record));
}

/// Adds what became of the next record of a bundle's list to `bundle`.
pub(crate) fn add_outcome(bundle: &mut ParsedBundle, outcome: Result<Article, SkipReason>) {
    let index = bundle.report.records;
    bundle.report.records += 1;
    match outcome {
        Ok(article) => bundle.articles.push(article),
        Err(reason) => bundle.report.skipped.push(SkippedRecord { index, reason }),
    }
}

/// Why `value`, which holds no list of records, is not a bundle.
pub(crate) fn not_a_list(value: &Raw) -> BundleError {
    BundleError::WrongShape(match value {
        Raw::Fields(_) => {
            "expected a list of articles, {\"articles\": [...]} or {\"value\": [...]}".into()
        }
        Raw::Text(_) => "expected a list of articles, found text".into(),
        Raw::Number(_) => "expected a list of articles, found a number".into(),
        Raw::Bool(_) => "expected a list of articles, found true/false".into(),
        _ => "expected a list of articles, found null".into(),
    })
}

/// Writes articles as a bundle in newsdeck's own format, which reads back as
/// the same articles.
#[cfg(feature = "serde-json")]
pub fn write_bundle(articles: &[Article], pretty: bool) -> String {
    #[derive(Serialize)]
    struct Bundle {
        version: u32,
        articles: Vec<Article>,
    }
    let bundle = Bundle {
        version: BUNDLE_VERSION,
        articles: articles.iter().map(as_stored).collect(),
    };
    let written = if pretty {
        serde_json::to_string_pretty(&bundle)
    } else {
        serde_json::to_string(&bundle)
    };
    // Articles hold only strings, numbers and lists: serialising cannot fail.
    written.unwrap_or_default()
}

/// The article with its text as a bundle stores it: reading decodes entities
/// in text, so text that looks like one is encoded ([`encode_entities`]).
/// Every field is named, so a new text field cannot be forgotten here.
#[cfg(feature = "serde-json")]
fn as_stored(article: &Article) -> Article {
    let labels = |labels: &[String]| labels.iter().map(|label| stored_text(label)).collect();
    Article {
        title: stored_text(&article.title),
        excerpt: article.excerpt.as_deref().map(stored_text),
        urls: article.urls.clone(),
        published_at: article.published_at.as_ref().map(stored_moment),
        updated_at: article.updated_at.as_ref().map(stored_moment),
        kind: article.kind,
        quality: article.quality,
        heat: article.heat,
        is_published: article.is_published,
        provider: article.provider.as_ref().map(|provider| Provider {
            name: stored_text(&provider.name),
            domain: provider.domain.clone(),
            logo: provider.logo.as_ref().map(stored_image),
        }),
        topics: labels(&article.topics),
        tags: labels(&article.tags),
        category: article.category.as_deref().map(stored_text),
        categories: labels(&article.categories),
        locale: article.locale.as_deref().map(stored_text),
        images: article.images.iter().map(stored_image).collect(),
        related: article.related.iter().map(as_stored).collect(),
    }
}

#[cfg(feature = "serde-json")]
fn stored_text(text: &str) -> String {
    encode_entities(text).into_owned()
}

#[cfg(feature = "serde-json")]
fn stored_moment(moment: &Moment) -> Moment {
    match moment {
        Moment::Unreadable(text) => Moment::Unreadable(stored_text(text)),
        known => known.clone(),
    }
}

#[cfg(feature = "serde-json")]
fn stored_image(image: &Image) -> Image {
    Image {
        url: image.url.clone(),
        width: image.width,
        height: image.height,
        title: image.title.as_deref().map(stored_text),
        attribution: image.attribution.as_deref().map(stored_text),
    }
}

pub(crate) fn page_number(value: &Raw) -> Option<u64> {
    match value {
        Raw::Number(n) => n.as_u64(),
        Raw::Text(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// serde_json's message without its own " at line L column C" suffix, for
/// messages that give the position their own way.
#[cfg(feature = "serde-json")]
pub fn json_error_message(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}

#[cfg(all(test, feature = "serde-json"))]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_an_entity_reads_back_as_written() {
        // Sources escape twice: `&amp;nbsp;` is the text `&nbsp;`, which must
        // not come back from our own bundle as a space (a title with nothing
        // else would be lost).
        let source = r#"[{
            "title": "&amp;nbsp;", "excerpt": "AT&amp;amp;T &amp;lt;b&amp;gt; & co",
            "topics": ["&amp;#38;"], "publishedDateTime": "&amp;quot;soon&amp;quot;",
            "provider": {"name": "&amp;copy; A", "images": [{"url": "https://a.test/l.png"}]},
            "images": [{"url": "https://a.test/i.jpg?a=1&amp;b=2", "title": "&amp;copy;"}],
            "related": [{"title": "&amp;hellip;"}]
        }]"#;
        let first = parse_bundle(source).unwrap_or_default();
        assert_eq!(first.articles[0].title, "&nbsp;");
        let written = write_bundle(&first.articles, false);
        assert!(
            written.contains(r#""excerpt":"AT&amp;amp;T &amp;lt;b&amp;gt; & co""#),
            "{written}"
        );
        let again = parse_bundle(&written).unwrap_or_default();
        assert_eq!(again.articles, first.articles);
    }

    #[test]
    fn a_site_named_from_its_link_reads_back_the_same() {
        // `www.` is dropped from the front of a site's name as often as it
        // appears; dropped once, the next reading would drop it again.
        let first = parse_bundle(
            r#"[{"title": "t", "webUrl": "https://www.www.example.com/a"},
                {"title": "u", "provider": {"domain": "https://www.www.example.org/"}}]"#,
        )
        .unwrap_or_default();
        let sites: Vec<_> = (first.articles.iter())
            .map(|a| a.provider.as_ref().and_then(|p| p.domain.as_deref()))
            .collect();
        assert_eq!(sites, [Some("example.com"), Some("example.org")]);
        let again = parse_bundle(&write_bundle(&first.articles, false)).unwrap_or_default();
        assert_eq!(again.articles, first.articles);
    }
}
