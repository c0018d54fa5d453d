//! The site a bundle's records come from. Posts often give their addresses
//! relative to it (`webUrl: /news/launch/`, `image: /img/a.png`); a reader
//! only follows absolute `http(s)` addresses, so these are resolved against
//! the site's address (`--base-url`), or reported where they are written
//! when it is not given, rather than dropped without a word.

use newsdeck_core::json::Step;
use newsdeck_core::web_address;
use serde_json::Value;
use url::Url;

use crate::reading::{record_list_mut, Contents};

/// The fields of a story that hold an address.
pub const ADDRESS_FIELDS: [&str; 5] = [
    "webUrl",
    "originalUrl",
    "sourceUrl",
    "ampWebUrl",
    "cdnAmpWebUrl",
];

/// A relative address found where no site address was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relative {
    pub at: Vec<Step>,
    pub message: String,
}

/// The site's address, when known.
#[derive(Clone, Debug, Default)]
pub struct Site {
    base: Option<Url>,
    /// Addresses do not matter to the command (`stats`): nothing to report.
    addresses_unused: bool,
}

impl Site {
    /// The site at `base`, an `http(s)` address (checked by the command
    /// line); `None` when not given.
    pub fn at(base: Option<&str>) -> Site {
        let base = base.and_then(|b| Url::parse(b).ok());
        Site {
            base,
            addresses_unused: false,
        }
    }

    /// For a command that reads no addresses: relative ones are left as
    /// they are, unreported.
    pub fn addresses_unused() -> Site {
        Site {
            base: None,
            addresses_unused: true,
        }
    }

    /// Resolves every relative address in the records of `contents` in
    /// place; without a site address, lists where each one is instead.
    pub fn resolve(&self, contents: &mut Contents) -> Vec<Relative> {
        let mut found = Vec::new();
        if self.addresses_unused {
            return found;
        }
        match contents {
            Contents::FrontMatter(record) => self.story(record, &mut Vec::new(), &mut found),
            Contents::Feed(feed) => {
                for (index, record) in feed.records.iter_mut().enumerate() {
                    self.story(record, &mut vec![Step::Index(index)], &mut found);
                }
            }
            Contents::Json(document) => {
                let Some((list_at, records)) = record_list_mut(document) else {
                    return found;
                };
                for (index, record) in records.iter_mut().enumerate() {
                    let mut at = list_at.clone();
                    at.push(Step::Index(index));
                    self.story(record, &mut at, &mut found);
                }
            }
        }
        found
    }

    /// One story's addresses, its pictures', its source's logos' and those
    /// of its related stories.
    fn story(&self, story: &mut Value, at: &mut Vec<Step>, found: &mut Vec<Relative>) {
        let Some(fields) = story.as_object_mut() else {
            return;
        };
        for key in ADDRESS_FIELDS {
            if let Some(value) = fields.get_mut(key) {
                self.address(value, at, &[Step::key(key)], key, found);
            }
        }
        if let Some(images) = fields.get_mut("images") {
            self.pictures(images, at, &[Step::key("images")], found);
        }
        if let Some(logos) = fields.get_mut("provider").and_then(|p| p.get_mut("images")) {
            self.pictures(
                logos,
                at,
                &[Step::key("provider"), Step::key("images")],
                found,
            );
        }
        if !at.contains(&Step::key("related")) {
            if let Some(Value::Array(related)) = fields.get_mut("related") {
                for (index, item) in related.iter_mut().enumerate() {
                    let depth = at.len();
                    at.extend([Step::key("related"), Step::Index(index)]);
                    self.story(item, at, found);
                    at.truncate(depth);
                }
            }
        }
    }

    fn pictures(&self, images: &mut Value, at: &[Step], path: &[Step], found: &mut Vec<Relative>) {
        let Value::Array(items) = images else {
            return;
        };
        for (index, item) in items.iter_mut().enumerate() {
            if let Some(url) = item.get_mut("url") {
                let mut steps = path.to_vec();
                steps.extend([Step::Index(index), Step::key("url")]);
                self.address(url, at, &steps, "image address", found);
            }
        }
    }

    fn address(
        &self,
        value: &mut Value,
        at: &[Step],
        path: &[Step],
        what: &str,
        found: &mut Vec<Relative>,
    ) {
        let Some(text) = value.as_str().filter(|t| is_relative(t)) else {
            return;
        };
        match &self.base {
            Some(base) => {
                let absolute = base.join(text.trim()).ok();
                if let Some(absolute) = absolute.and_then(|u| web_address(u.as_str())) {
                    *value = Value::String(absolute);
                }
            }
            None => found.push(Relative {
                at: at.iter().chain(path).cloned().collect(),
                message: relative(what, text),
            }),
        }
    }
}

/// What is said of a relative address found with no site address given.
pub fn relative(field: &str, text: &str) -> String {
    format!("{field} {text:?} is relative to the site: give --base-url to resolve it; left out")
}

/// An address with no scheme of its own (`/news/x/`, `img/a.png`,
/// `//cdn.example.com/a.png`): not `javascript:…` or any other scheme,
/// which stays refused.
pub fn is_relative(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || web_address(text).is_some() {
        return false;
    }
    let before_path = text.split(['/', '?', '#']).next().unwrap_or_default();
    !before_path.contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn resolved(base: Option<&str>, record: Value) -> (Value, Vec<String>) {
        let mut contents = Contents::FrontMatter(record);
        let found = Site::at(base).resolve(&mut contents);
        let Contents::FrontMatter(record) = contents else {
            unreachable!()
        };
        (record, found.into_iter().map(|r| r.message).collect())
    }

    #[test]
    fn relative_addresses_are_resolved_against_the_site() {
        let (record, found) = resolved(
            Some("https://example.com/blog/"),
            json!({
                "title": "T", "webUrl": "/news/x/", "originalUrl": "javascript:alert(1)",
                "ampWebUrl": "https://amp.example.com/x", "images": [{"url": "img/a.png"}],
                "provider": {"name": "P", "images": [{"url": "//cdn.example.com/logo.png"}]},
                "related": [{"title": "R", "webUrl": "../older/"}]
            }),
        );
        assert!(found.is_empty());
        assert_eq!(record["webUrl"], json!("https://example.com/news/x/"));
        assert_eq!(record["originalUrl"], json!("javascript:alert(1)"));
        assert_eq!(record["ampWebUrl"], json!("https://amp.example.com/x"));
        assert_eq!(
            record["images"][0]["url"],
            json!("https://example.com/blog/img/a.png")
        );
        assert_eq!(
            record["provider"]["images"][0]["url"],
            json!("https://cdn.example.com/logo.png")
        );
        assert_eq!(
            record["related"][0]["webUrl"],
            json!("https://example.com/older/")
        );
    }

    #[test]
    fn without_a_site_address_each_relative_one_is_reported_where_it_is() {
        let mut contents = Contents::Json(json!({"version": 1, "articles": [
            {"title": "A", "webUrl": "https://a.test/ok"},
            {"title": "B", "webUrl": "/news/b/", "images": [{"url": "https://a.test/i.png"}, {"url": "/i.png"}]}
        ]}));
        let found = Site::default().resolve(&mut contents);
        let at: Vec<Vec<Step>> = found.iter().map(|r| r.at.clone()).collect();
        assert_eq!(
            at,
            [
                vec![Step::key("articles"), Step::Index(1), Step::key("webUrl")],
                vec![
                    Step::key("articles"),
                    Step::Index(1),
                    Step::key("images"),
                    Step::Index(1),
                    Step::key("url")
                ],
            ]
        );
        assert!(found[0]
            .message
            .contains("webUrl \"/news/b/\" is relative to the site"));
    }
}
