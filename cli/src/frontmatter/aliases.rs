//! Front matter as Jekyll and Hugo users write it. Their posts say `date`,
//! `description`, `image`, `tags` and `draft`, where newsdeck's records say
//! `publishedDateTime`, `excerpt`, `images`, `topics` and `published`; each
//! such key is read as its newsdeck twin when the record does not give the
//! twin itself, so a site's existing posts need no rewriting.

use serde_json::{json, Map, Value};

use super::body::first_paragraph;

/// Each newsdeck field, and the keys that site generators write for it, in
/// the order they are tried.
const TWINS: &[(&str, &[&str])] = &[
    ("publishedDateTime", &["publishDate", "date"]),
    (
        "updatedDateTime",
        &["lastmod", "last_modified_at", "updated"],
    ),
    ("excerpt", &["description", "summary"]),
    ("webUrl", &["link", "url"]),
];

/// Keys read through [`TWINS`] and the other rules here.
pub const ALIASES: &[&str] = &[
    "publishDate",
    "date",
    "lastmod",
    "last_modified_at",
    "updated",
    "description",
    "summary",
    "link",
    "url",
    "image",
    "draft",
];

/// The keys a record may give `field` under, newsdeck's own first: where
/// to point at a field that came from its twin.
pub fn written_as(field: &str) -> Vec<&str> {
    let mut keys = vec![field];
    if let Some((_, twins)) = TWINS.iter().find(|(f, _)| *f == field) {
        keys.extend_from_slice(twins);
    }
    keys.extend(match field {
        "images" => &["image"][..],
        "topics" => &["tags", "categories"][..],
        "published" => &["draft"][..],
        _ => &[][..],
    });
    keys
}

/// Rewrites `record` in place into newsdeck's field names; `body` is the
/// Markdown after the front matter, whose first paragraph becomes the
/// excerpt when the record has none.
pub fn read_as_newsdeck(record: &mut Map<String, Value>, body: &str) {
    for (field, keys) in TWINS {
        if given(record, field) {
            continue;
        }
        if let Some(value) = keys
            .iter()
            .find_map(|key| record.get(*key).filter(|v| !v.is_null()))
        {
            let value = match *field {
                "publishedDateTime" | "updatedDateTime" => jekyll_date(value),
                _ => value.clone(),
            };
            record.insert((*field).to_owned(), value);
        }
    }
    if !given(record, "images") {
        if let Some(image) = record.get("image").and_then(picture) {
            record.insert("images".to_owned(), json!([image]));
        }
    } else if let Some(Value::Array(items)) = record.get_mut("images") {
        // Hugo lists pictures as bare addresses.
        for item in items.iter_mut() {
            if let Some(image) = picture(item) {
                *item = image;
            }
        }
    }
    if !given(record, "topics") {
        let topics = labels(record.get("tags")).chain(labels(record.get("categories")));
        let mut unique: Vec<String> = Vec::new();
        for topic in topics {
            if !unique.iter().any(|t| t.eq_ignore_ascii_case(&topic)) {
                unique.push(topic);
            }
        }
        if !unique.is_empty() {
            record.insert("topics".to_owned(), json!(unique));
        }
    }
    if let Some(Value::String(name)) = record.get("provider") {
        let provider = json!({ "name": name });
        record.insert("provider".to_owned(), provider);
    }
    if !given(record, "published") && record.get("draft") == Some(&Value::Bool(true)) {
        record.insert("published".to_owned(), Value::Bool(false));
    }
    if !given(record, "excerpt") {
        if let Some(text) = first_paragraph(body) {
            record.insert("excerpt".to_owned(), Value::String(text));
        }
    }
}

fn given(record: &Map<String, Value>, field: &str) -> bool {
    record.get(field).is_some_and(|v| !v.is_null())
}

/// Jekyll writes `2024-01-05 10:00:00 +0100`; RFC 3339 has no space before
/// the offset.
fn jekyll_date(value: &Value) -> Value {
    let Some(text) = value.as_str() else {
        return value.clone();
    };
    let text = text.trim();
    match text.rsplit_once(' ') {
        Some((time, offset))
            if time.len() > 10
                && offset.len() == 5
                && offset.starts_with(['+', '-'])
                && offset[1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            Value::String(format!("{time}{offset}"))
        }
        _ => Value::String(text.to_owned()),
    }
}

/// A picture as newsdeck's records give one, from an address or from
/// jekyll-seo-tag's `{path, width, height}`.
fn picture(value: &Value) -> Option<Value> {
    match value {
        Value::String(url) => Some(json!({ "url": url })),
        Value::Object(fields) if !fields.contains_key("url") => {
            let url = ["path", "src"]
                .iter()
                .find_map(|k| fields.get(*k)?.as_str())?;
            let mut image = fields.clone();
            image.insert("url".to_owned(), json!(url));
            Some(Value::Object(image))
        }
        _ => None,
    }
}

/// Labels from a list, or from one string as Jekyll reads it: words apart.
fn labels(value: Option<&Value>) -> impl Iterator<Item = String> + '_ {
    let list: Vec<String> = match value {
        Some(Value::String(text)) => text.split_whitespace().map(str::to_owned).collect(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(text) => Some(text.trim().to_owned()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .filter(|label| !label.is_empty())
            .collect(),
        _ => Vec::new(),
    };
    list.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(record: Value, body: &str) -> Value {
        let Value::Object(mut fields) = record else {
            panic!("a record is a map");
        };
        read_as_newsdeck(&mut fields, body);
        Value::Object(fields)
    }

    #[test]
    fn jekyll_keys_read_as_newsdeck_fields() {
        let record = read(
            json!({
                "title": "Launch", "date": "2024-01-05 10:00:00 +0100",
                "last_modified_at": "2024-01-06", "description": "We launched.",
                "link": "https://example.com/launch/", "image": "/img/launch.png",
                "tags": "launch product", "categories": ["News", "launch"],
                "provider": "Example Inc."
            }),
            "",
        );
        assert_eq!(
            record,
            json!({
                "title": "Launch", "date": "2024-01-05 10:00:00 +0100",
                "last_modified_at": "2024-01-06", "description": "We launched.",
                "link": "https://example.com/launch/", "image": "/img/launch.png",
                "tags": "launch product", "categories": ["News", "launch"],
                "provider": {"name": "Example Inc."},
                "publishedDateTime": "2024-01-05 10:00:00+0100",
                "updatedDateTime": "2024-01-06", "excerpt": "We launched.",
                "webUrl": "https://example.com/launch/",
                "images": [{"url": "/img/launch.png"}],
                "topics": ["launch", "product", "News"]
            })
        );
    }

    #[test]
    fn hugo_keys_read_as_newsdeck_fields() {
        let record = read(
            json!({
                "title": "T", "date": "2024-01-05T10:00:00Z", "lastmod": "2024-02-01T00:00:00Z",
                "summary": "Short.", "draft": true, "url": "/news/t/",
                "images": ["/a.png", {"url": "/b.png", "width": 3}],
                "image": {"path": "/ignored.png"}
            }),
            "",
        );
        assert_eq!(record["publishedDateTime"], json!("2024-01-05T10:00:00Z"));
        assert_eq!(record["updatedDateTime"], json!("2024-02-01T00:00:00Z"));
        assert_eq!(record["excerpt"], json!("Short."));
        assert_eq!(record["published"], json!(false));
        assert_eq!(record["webUrl"], json!("/news/t/"));
        assert_eq!(
            record["images"],
            json!([{"url": "/a.png"}, {"url": "/b.png", "width": 3}])
        );
    }

    #[test]
    fn newsdeck_fields_win_over_their_twins() {
        let record = read(
            json!({
                "title": "T", "publishedDateTime": "2024-01-01T00:00:00Z", "date": "2020-01-01",
                "excerpt": "Own.", "description": "Other.", "topics": ["A"], "tags": ["b"],
                "published": true, "draft": true,
                "image": {"path": "/p.png", "width": 1200, "height": 630}
            }),
            "Body paragraph.",
        );
        assert_eq!(record["publishedDateTime"], json!("2024-01-01T00:00:00Z"));
        assert_eq!(record["excerpt"], json!("Own."));
        assert_eq!(record["topics"], json!(["A"]));
        assert_eq!(record["published"], json!(true));
        assert_eq!(
            record["images"],
            json!([{"path": "/p.png", "url": "/p.png", "width": 1200, "height": 630}])
        );
    }

    #[test]
    fn the_body_gives_the_excerpt_when_nothing_else_does() {
        let record = read(json!({"title": "T"}), "\n# Heading\n\nFirst **bold** [link](https://x.test) text.\nSame paragraph.\n\nSecond.\n");
        assert_eq!(
            record["excerpt"],
            json!("First bold link text. Same paragraph.")
        );
    }
}
