//! What `newsdeck validate` looks for in one record: every value the record
//! gives but a reader would lose. Each check compares the raw record with
//! what core makes of it, so "wrong" means exactly what the widget drops.

use newsdeck_core::json::Step;
use newsdeck_core::web_address;
use newsdeck_core::{article_from_record, Article, Moment};
use serde_json::{Map, Value};

use crate::frontmatter::ALIASES;
use crate::site::{is_relative, relative, ADDRESS_FIELDS};

/// A problem in a record and the field it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub at: Vec<Step>,
    pub message: String,
}

const DATE_FIELDS: [&str; 2] = ["publishedDateTime", "updatedDateTime"];

/// The fields newsdeck reads from a record (its own, and the site
/// generators' twins that front matter may give them as).
const READ: &[&str] = &[
    "title",
    "excerpt",
    "publishedDateTime",
    "updatedDateTime",
    "originalUrl",
    "webUrl",
    "sourceUrl",
    "ampWebUrl",
    "cdnAmpWebUrl",
    "type",
    "quality",
    "heat",
    "published",
    "provider",
    "topics",
    "tags",
    "categories",
    "category",
    "locale",
    "images",
    "related",
];

/// Fields that are not for readers and are left out on purpose: a news
/// API's own (`secured`, `content`…) and a site generator's (`layout`,
/// `permalink`…). No warning for these.
const NOT_FOR_READERS: &[&str] = &[
    "secured",
    "featuredContent",
    "highlight",
    "content",
    "path",
    "id",
    "layout",
    "permalink",
    "slug",
    "weight",
    "aliases",
    "toc",
    "comments",
    "sitemap",
    "menu",
    "menus",
    "author",
    "authors",
    "lang",
    "language",
    "keywords",
    "series",
    "excerpt_separator",
    "redirect_from",
    "redirect_to",
    "hidden",
    "sticky",
    "pin",
    "math",
    "share",
    "translationKey",
    "cascade",
    "outputs",
    "resources",
    "markup",
    "linkTitle",
    "headless",
    "build",
    "expiryDate",
    "isCJKLanguage",
];

/// The fields of a hand-written record (front matter) that newsdeck does
/// not read, so that a misspelt or unsupported one does not go unnoticed.
/// Machine-written bundles and API pages carry fields of their own by
/// design, and are not held to this.
pub fn ignored_fields(record: &Value) -> Vec<Finding> {
    let Some(fields) = record.as_object() else {
        return Vec::new();
    };
    fields
        .keys()
        .filter(|key| {
            let key = key.as_str();
            !(READ.contains(&key) || ALIASES.contains(&key) || NOT_FOR_READERS.contains(&key))
        })
        .map(|key| Finding {
            at: vec![Step::key(key)],
            message: format!("{key} is not a field newsdeck reads; it is ignored"),
        })
        .collect()
}

/// Every problem in a record, top-level fields and related stories alike.
pub fn check_record(record: &Value) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_story(record, &[], &mut findings);
    if let Some(related) = record.get("related").and_then(Value::as_array) {
        for (index, item) in related.iter().enumerate() {
            check_story(
                item,
                &[Step::key("related"), Step::Index(index)],
                &mut findings,
            );
        }
    }
    findings
}

fn check_story(record: &Value, at: &[Step], findings: &mut Vec<Finding>) {
    let mut report = |steps: &[Step], message: String| {
        findings.push(Finding {
            at: at.iter().chain(steps).cloned().collect(),
            message,
        });
    };
    let story = match article_from_record(record) {
        Ok(story) => story,
        Err(reason) => {
            let title_given = record.get("title").is_some();
            let steps = if title_given {
                vec![Step::key("title")]
            } else {
                vec![]
            };
            let whose = if at.is_empty() {
                "record"
            } else {
                "related story"
            };
            report(&steps, format!("{whose} skipped: {reason}"));
            return;
        }
    };
    let Some(fields) = record.as_object() else {
        return;
    };
    for key in ADDRESS_FIELDS {
        if let Some(raw) = given(fields, key).filter(|_| address(&story, key).is_none()) {
            report(
                &[Step::key(key)],
                match raw.as_str().filter(|text| is_relative(text)) {
                    Some(text) => relative(key, text),
                    None => format!("{key} is not an http(s) address: {}", shown(raw)),
                },
            );
        }
    }
    for key in DATE_FIELDS {
        let moment = if key == DATE_FIELDS[0] {
            &story.published_at
        } else {
            &story.updated_at
        };
        if let Some(Moment::Unreadable(text)) = moment {
            report(
                &[Step::key(key)],
                format!("{key} is not a date: {text:?} (write e.g. 2021-08-17T12:45:00Z)"),
            );
        }
    }
    match (given(fields, "quality"), story.quality) {
        (Some(raw), None) => {
            report(
                &[Step::key("quality")],
                format!("quality is not a number: {}", shown(raw)),
            );
        }
        (_, Some(quality)) if !(0..=100).contains(&quality) => report(
            &[Step::key("quality")],
            format!("quality {quality} is out of range (0 to 100)"),
        ),
        _ => {}
    }
    if let (Some(raw), None) = (given(fields, "published"), story.is_published) {
        report(
            &[Step::key("published")],
            format!("published is not true or false: {}", shown(raw)),
        );
    }
    check_images(fields.get("images"), &[Step::key("images")], &mut report);
    if let Some(provider) = fields.get("provider").and_then(Value::as_object) {
        let logos = [Step::key("provider"), Step::key("images")];
        check_images(provider.get("images"), &logos, &mut report);
    }
}

/// Image addresses one by one: core keeps the good images and drops the rest,
/// so its result cannot say which item was wrong.
fn check_images(images: Option<&Value>, at: &[Step], report: &mut impl FnMut(&[Step], String)) {
    let items = match images {
        Some(Value::Array(items)) => items.as_slice(),
        Some(Value::Null) | None => &[],
        Some(single) => std::slice::from_ref(single),
    };
    for (index, item) in items.iter().enumerate() {
        let mut steps = at.to_vec();
        steps.push(Step::Index(index));
        let raw = match item {
            Value::Object(image) => {
                steps.push(Step::key("url"));
                image.get("url")
            }
            other => Some(other),
        };
        let usable = raw.and_then(Value::as_str).and_then(web_address).is_some();
        if !usable {
            let message = match raw.and_then(Value::as_str).filter(|text| is_relative(text)) {
                Some(text) => relative("image address", text),
                None => {
                    let what = raw.map_or_else(|| "missing".to_owned(), shown);
                    format!("image address is not http(s): {what}")
                }
            };
            report(&steps, message);
        }
    }
}

/// A field's value unless it is missing, `null` or blank, which all mean
/// "not given" to core.
fn given<'a>(fields: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    fields.get(key).filter(|value| match value {
        Value::Null => false,
        Value::String(text) => !text.trim().is_empty(),
        _ => true,
    })
}

fn address<'a>(story: &'a Article, key: &str) -> Option<&'a String> {
    let urls = &story.urls;
    match key {
        "webUrl" => urls.web_url.as_ref(),
        "originalUrl" => urls.original_url.as_ref(),
        "sourceUrl" => urls.source_url.as_ref(),
        "ampWebUrl" => urls.amp_web_url.as_ref(),
        _ => urls.cdn_amp_web_url.as_ref(),
    }
}

/// A value as a short quote for a message.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn messages(record: Value) -> Vec<(Vec<Step>, String)> {
        check_record(&record)
            .into_iter()
            .map(|f| (f.at, f.message))
            .collect()
    }

    #[test]
    fn a_clean_record_has_no_findings() {
        let record = json!({"title": "Fine", "webUrl": "https://a.test/x", "ampWebUrl": "",
            "publishedDateTime": "2021-08-17T05:45:00-07:00", "quality": 100, "published": "true",
            "images": [{"url": "https://a.test/i.jpg"}], "related": [{"title": "Also fine"}]});
        assert_eq!(messages(record), []);
    }

    #[test]
    fn each_lost_value_is_named_at_its_field() {
        let record = json!({"title": "T", "webUrl": "javascript:alert(1)", "publishedDateTime": "last Tuesday",
            "quality": 120, "published": "maybe", "images": ["ftp://x", {"width": 3}],
            "provider": {"images": [{"url": "/logo.png"}]}});
        let found = messages(record);
        let key = |k: &str| vec![Step::key(k)];
        assert_eq!(
            found[0],
            (
                key("webUrl"),
                "webUrl is not an http(s) address: \"javascript:alert(1)\"".into()
            )
        );
        assert_eq!(found[1].0, key("publishedDateTime"));
        assert!(found[1]
            .1
            .starts_with("publishedDateTime is not a date: \"last Tuesday\""));
        assert_eq!(
            found[2],
            (
                key("quality"),
                "quality 120 is out of range (0 to 100)".into()
            )
        );
        assert_eq!(
            found[3],
            (
                key("published"),
                "published is not true or false: \"maybe\"".into()
            )
        );
        assert_eq!(found[4].0, vec![Step::key("images"), Step::Index(0)]);
        assert_eq!(
            found[5],
            (
                vec![Step::key("images"), Step::Index(1), Step::key("url")],
                "image address is not http(s): missing".into()
            )
        );
        assert_eq!(
            found[6].0,
            vec![
                Step::key("provider"),
                Step::key("images"),
                Step::Index(0),
                Step::key("url")
            ]
        );
        assert_eq!(found.len(), 7);
    }

    #[test]
    fn missing_titles_are_reported_for_records_and_related_stories() {
        assert_eq!(
            messages(json!({"webUrl": "https://a.test"})),
            [(vec![], "record skipped: it has no title".into())]
        );
        assert_eq!(
            messages(json!({"title": " "})),
            [(
                vec![Step::key("title")],
                "record skipped: it has no title".into()
            )]
        );
        assert_eq!(
            messages(json!(["x"]))[0].1,
            "record skipped: it is a list, not an object with fields"
        );
        let related =
            messages(json!({"title": "T", "related": [{"title": "ok"}, {"quality": "high"}]}));
        assert_eq!(
            related,
            [(
                vec![Step::key("related"), Step::Index(1)],
                "related story skipped: it has no title".into()
            )]
        );
    }
}
