//! What a feed reader hands over: each entry and the channel it is in, in
//! plain strings and small structs, as the feed wrote them. Nothing here
//! depends on a parser, so a reader in Rust and one in JavaScript (walking
//! a `DOMParser` document, then sent as JSON in these camelCase names)
//! fill it alike. Readers do not clean, resolve or judge anything: the
//! mapping does, once for both.

use serde::{Deserialize, Serialize};

/// The feed itself: what its entries share.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FeedChannel {
    /// The feed's title (RSS `<title>`, Atom `<title>`, JSON Feed `title`):
    /// the source of entries that name no author.
    pub title: Option<FeedText>,
    /// The feed's links: its site (`<link>`, `rel="alternate"`,
    /// `home_page_url`) and itself (`rel="self"`, `feed_url`).
    pub links: Vec<FeedLink>,
    /// Where the feed was read from, when known (the widget's `data-src`,
    /// the CLI's `--base-url`): relative addresses are resolved against
    /// it, and it is each record's `sourceUrl`.
    pub address: Option<String>,
    /// The `xml:base` of the feed's root element, as written.
    pub base: Option<String>,
    /// The feed's logo (RSS `<image>`, Atom `<logo>` or `<icon>`, JSON Feed
    /// `icon`): the source's logo.
    pub logo: Option<FeedMedia>,
    /// The feed's language (`<language>`, `xml:lang`, `language`).
    pub language: Option<String>,
}

/// One entry (RSS `<item>`, Atom `<entry>`, JSON Feed item).
///
/// As JSON, the way a reader in JavaScript would hand it over (every field
/// may be left out):
///
/// ```
/// use newsdeck_core::{article_from_feed_entry, FeedChannel, FeedEntry};
///
/// let channel: FeedChannel = serde_json::from_str(r#"{
///     "title": {"value": "The Harbour Gazette", "html": false},
///     "links": [{"href": "https://harbour.test/"}],
///     "address": "https://harbour.test/feed.xml",
///     "logo": {"url": "/logo.png", "width": 144, "height": 60},
///     "language": "en-gb"
/// }"#)?;
/// let entry: FeedEntry = serde_json::from_str(r#"{
///     "title": {"value": "Ferry timetable changes", "html": false},
///     "links": [{"href": "news/ferry/", "rel": "alternate", "mediaType": "text/html"}],
///     "summary": {"value": "<p>The <b>winter</b> timetable &amp; more.</p>", "html": true},
///     "published": "Tue, 08 Dec 2026 10:00:00 GMT",
///     "authors": ["Ann Lee"],
///     "categories": ["Transport"],
///     "media": [{"url": "/img/ferry.jpg", "mediaType": "image/jpeg", "width": 1200,
///                "height": 675, "thumbnail": false}],
///     "base": null
/// }"#)?;
/// let article = article_from_feed_entry(&channel, &entry).map_err(|why| why.to_string())?;
/// assert_eq!(article.link(), Some("https://harbour.test/news/ferry/"));
/// assert_eq!(article.excerpt.as_deref(), Some("The winter timetable & more."));
/// assert_eq!(article.images[0].url, "https://harbour.test/img/ferry.jpg");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FeedEntry {
    /// The headline.
    pub title: Option<FeedText>,
    /// Every link, in the order written (RSS `<link>` has no `rel`).
    pub links: Vec<FeedLink>,
    /// Its identifier (RSS `<guid>`, Atom `<id>`, JSON Feed `id`): its page,
    /// when it has no link and this is a web address.
    pub id: Option<String>,
    /// A summary (RSS `<description>`, Atom `<summary>`, JSON Feed `summary`).
    pub summary: Option<FeedText>,
    /// The whole story (`content:encoded`, Atom `<content>`, JSON Feed
    /// `content_html` or `content_text`).
    pub content: Option<FeedText>,
    /// When it was published, as written (`pubDate`, `published`,
    /// `dc:date`, `date_published`).
    pub published: Option<String>,
    /// When it was last updated, as written (`updated`, `date_modified`).
    pub updated: Option<String>,
    /// Its authors' names (`author`, `dc:creator`, `authors[].name`).
    pub authors: Vec<String>,
    /// Its categories (`category`, `dc:subject`, `tags`), as labels.
    pub categories: Vec<String>,
    /// Its pictures and other media (`media:content`, `media:thumbnail`,
    /// `enclosure`, JSON Feed `image`, `banner_image` and `attachments`),
    /// in the order written.
    pub media: Vec<FeedMedia>,
    /// The `xml:base` in force at the entry, as written; relative itself
    /// when the channel's `base` or `address` completes it.
    pub base: Option<String>,
}

/// Text that may be HTML.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FeedText {
    /// The text, markup and entities as the feed holds them once its own
    /// XML or JSON escaping is undone.
    pub value: String,
    /// Whether `value` is HTML (RSS `<description>`, Atom `type="html"` or
    /// `"xhtml"`, JSON Feed `content_html`), whose tags are not words.
    pub html: bool,
}

/// A link and what it is to the entry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FeedLink {
    /// The address, as written (perhaps relative).
    pub href: String,
    /// Atom's `rel` (`alternate`, `self`, `enclosure`…); `None` is the
    /// entry's page, as RSS's `<link>` is.
    pub rel: Option<String>,
    /// Its media type, when given (`text/html`, `image/jpeg`).
    pub media_type: Option<String>,
}

/// A picture, a video or other media of an entry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FeedMedia {
    /// The address, as written (perhaps relative).
    pub url: String,
    /// Its media type, when given (`image/jpeg`, `video/mp4`).
    pub media_type: Option<String>,
    /// Media RSS's `medium` (`image`, `video`, `audio`), when given.
    pub medium: Option<String>,
    /// Whether it is a thumbnail (`media:thumbnail`): a picture, but the
    /// lead picture only when there is no other.
    pub thumbnail: bool,
    /// Its width in pixels, when given.
    pub width: Option<u32>,
    /// Its height in pixels, when given.
    pub height: Option<u32>,
    /// Its caption (`media:title`, `media:description`), when given.
    pub title: Option<String>,
    /// Who it is credited to (`media:credit`), when given.
    pub credit: Option<String>,
}

impl FeedLink {
    /// Whether the link's `rel` is `rel`, whatever its case.
    pub fn has_rel(&self, rel: &str) -> bool {
        (self.rel.as_deref()).is_some_and(|r| r.trim().eq_ignore_ascii_case(rel))
    }
}
