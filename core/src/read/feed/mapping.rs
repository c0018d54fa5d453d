//! One feed entry made a news record, as a reader expects to see it:
//!
//! - `title`: the entry's title, as text (tags of an HTML title removed);
//! - `webUrl`: its page (the link without `rel`, or `rel="alternate"`; else
//!   its id, when that is a web address, as RSS's `<guid>` often is);
//! - `excerpt`: its summary as text, else the first paragraph of its content;
//! - `publishedDateTime`: when published, else when updated; and
//!   `updatedDateTime`: when updated;
//! - `provider`: its first author, else the feed's title, with the domain
//!   and logo of the feed's site;
//! - `topics`: its categories; `locale`: the feed's language;
//! - `images`: its pictures (`media:content`, `enclosure`, JSON Feed
//!   `image`, Atom `rel="enclosure"` links of an image type), with their
//!   sizes, thumbnails last; `type`: `video` when it carries a video;
//! - `sourceUrl`: the feed's own address.
//!
//! Relative addresses are resolved against the entry's `xml:base`, the
//! feed's, then the feed's own address (or, failing that, its `rel="self"`
//! and site links). One that nothing resolves is kept as written, for the
//! CLI to resolve against `--base-url` or report; the widget drops it, as
//! it drops every address that is not `http(s)`.
//!
//! Text is left as the feed wrote it, entities and all: cleaning and
//! bounding it is the record reader's job, as for every record.

use std::borrow::Cow;

use crate::article::Article;
use crate::date::Timestamp;
use crate::read::feed::media::{is_video, pictures};
use crate::read::feed::shape::{FeedChannel, FeedEntry, FeedLink, FeedMedia, FeedText};
use crate::read::normalise::article_from_raw;
use crate::read::outcome::SkipReason;
use crate::read::record::{Fields, Number, Raw};
use crate::text::html::{first_paragraph, html_text};
use crate::text::relative::resolve_address;
use crate::text::url::web_address;

/// The record a bundle would hold for `entry` of `channel`.
pub fn feed_entry_record(channel: &FeedChannel, entry: &FeedEntry) -> Raw<'static> {
    let base = entry_base(channel, entry);
    let address = |written: &str| {
        resolve_address(base.as_deref(), written).unwrap_or_else(|| written.trim().to_owned())
    };
    let mut record = Fields::default();
    put_text(&mut record, "title", entry.title.as_ref().map(words));
    put_text(&mut record, "excerpt", excerpt(entry));
    let page = entry
        .links
        .iter()
        .find(|link| is_page(link))
        .map(|link| address(&link.href))
        .or_else(|| entry.id.as_deref().and_then(web_address));
    put_text(&mut record, "webUrl", page);
    let published = entry.published.as_ref().or(entry.updated.as_ref());
    put_text(
        &mut record,
        "publishedDateTime",
        published.map(|d| feed_date(d)),
    );
    // Of an entry dated only when updated (Atom requires `updated`, not
    // `published`), that date is when it was published.
    if entry.published.is_some() && entry.updated != entry.published {
        put_text(
            &mut record,
            "updatedDateTime",
            entry.updated.as_deref().map(feed_date),
        );
    }
    if entry.media.iter().any(is_video) {
        put_text(&mut record, "type", Some("video".to_owned()));
    }
    if let Some(provider) = provider(channel, entry) {
        record.push(Cow::Borrowed("provider"), provider);
    }
    put_list(&mut record, "topics", entry.categories.iter().cloned());
    put_text(&mut record, "locale", channel.language.clone());
    let pictures: Vec<Raw<'static>> = pictures(entry)
        .iter()
        .map(|picture| image(picture, address(&picture.url)))
        .collect();
    if !pictures.is_empty() {
        record.push(Cow::Borrowed("images"), Raw::List(pictures));
    }
    put_text(&mut record, "sourceUrl", feed_address(channel));
    Raw::Fields(record)
}

/// [`feed_entry_record`] read as every record is: an article, or why the
/// entry cannot be one (it has no title).
pub fn article_from_feed_entry(
    channel: &FeedChannel,
    entry: &FeedEntry,
) -> Result<Article, SkipReason> {
    article_from_raw(&feed_entry_record(channel, entry))
}

/// A feed's date as records write dates (RFC 3339, in the offset it was
/// written in); one that cannot be read stays as written, to be shown so.
fn feed_date(written: &str) -> String {
    Timestamp::parse_feed_date(written).map_or_else(|| written.to_owned(), |at| at.to_rfc3339())
}

/// The address the entry's relative addresses are relative to.
fn entry_base(channel: &FeedChannel, entry: &FeedEntry) -> Option<String> {
    let mut base = feed_address(channel).or_else(|| site(channel));
    for written in [&channel.base, &entry.base].into_iter().flatten() {
        if let Some(resolved) = resolve_address(base.as_deref(), written) {
            base = Some(resolved);
        }
    }
    base
}

/// Where the feed is: where it was read from, else where it says it is.
fn feed_address(channel: &FeedChannel) -> Option<String> {
    let own = channel.address.as_deref().and_then(web_address);
    own.or_else(|| {
        let link = channel.links.iter().find(|l| l.has_rel("self"))?;
        web_address(&link.href)
    })
}

/// The feed's site (its page link), when an absolute address.
fn site(channel: &FeedChannel) -> Option<String> {
    let link = channel.links.iter().find(|link| is_page(link))?;
    web_address(&link.href)
        .or_else(|| resolve_address(feed_address(channel).as_deref(), &link.href))
}

/// A link to the page itself: RSS's `<link>` (no `rel`) or `alternate`.
fn is_page(link: &FeedLink) -> bool {
    !link.href.trim().is_empty() && (link.rel.is_none() || link.has_rel("alternate"))
}

fn words(text: &FeedText) -> String {
    match text.html {
        true => html_text(&text.value),
        false => text.value.clone(),
    }
}

/// The summary as text, else the first paragraph of the content.
fn excerpt(entry: &FeedEntry) -> Option<String> {
    let summary = entry.summary.as_ref().map(words);
    if let Some(summary) = summary.filter(|s| !s.trim().is_empty()) {
        return Some(summary);
    }
    let content = entry.content.as_ref()?;
    match content.html {
        true => first_paragraph(&content.value),
        false => content
            .value
            .split("\n\n")
            .find(|paragraph| !paragraph.trim().is_empty())
            .map(str::to_owned),
    }
}

/// The first author, else the feed, with the feed's site and logo.
fn provider(channel: &FeedChannel, entry: &FeedEntry) -> Option<Raw<'static>> {
    let name = (entry.authors.iter())
        .find(|author| !author.trim().is_empty())
        .cloned()
        .or_else(|| channel.title.as_ref().map(words));
    let mut provider = Fields::default();
    put_text(&mut provider, "name", name);
    put_text(&mut provider, "domain", site(channel));
    if let Some(logo) = &channel.logo {
        let base = feed_address(channel).or_else(|| site(channel));
        if let Some(url) = resolve_address(base.as_deref(), &logo.url) {
            provider.push(Cow::Borrowed("images"), Raw::List(vec![image(logo, url)]));
        }
    }
    (provider != Fields::default()).then_some(Raw::Fields(provider))
}

fn image(media: &FeedMedia, url: String) -> Raw<'static> {
    let mut image = Fields::default();
    put_text(&mut image, "url", Some(url));
    for (key, size) in [("width", media.width), ("height", media.height)] {
        if let Some(size) = size {
            image.push(Cow::Borrowed(key), Raw::Number(Number::Whole(size.into())));
        }
    }
    put_text(&mut image, "title", media.title.clone());
    put_text(&mut image, "attribution", media.credit.clone());
    Raw::Fields(image)
}

fn put_text(fields: &mut Fields<'static>, key: &'static str, text: Option<String>) {
    if let Some(text) = text {
        fields.push(Cow::Borrowed(key), Raw::Text(Cow::Owned(text)));
    }
}

fn put_list(fields: &mut Fields<'static>, key: &'static str, items: impl Iterator<Item = String>) {
    let items: Vec<Raw<'static>> = items.map(|item| Raw::Text(Cow::Owned(item))).collect();
    if !items.is_empty() {
        fields.push(Cow::Borrowed(key), Raw::List(items));
    }
}
