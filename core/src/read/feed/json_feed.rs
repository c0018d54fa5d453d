//! JSON Feed (versions 1 and 1.1) read into the plain description of its
//! items, from a JSON document as core's reader reads it. The widget reads
//! JSON with that reader anyway, so a JSON Feed needs nothing more there;
//! and a feed parser's own JSON Feed model would lose what cards show most
//! (items' `image` and `banner_image`).

use crate::read::feed::shape::{FeedChannel, FeedEntry, FeedLink, FeedMedia, FeedText};
use crate::read::lenient::{field, one_or_many, raw_text, size_field};
use crate::read::record::{Fields, Raw};

/// What every JSON Feed's `version` starts with.
const VERSION_PREFIX: &str = "https://jsonfeed.org/version/";

/// Whether a JSON document is a JSON Feed: an object whose `version` names
/// one (`https://jsonfeed.org/version/1.1`).
pub fn is_json_feed(document: &Raw) -> bool {
    document
        .as_fields()
        .and_then(|fields| fields.get("version"))
        .and_then(Raw::as_str)
        .is_some_and(|version| version.trim().starts_with(VERSION_PREFIX))
}

/// The channel and the items of a JSON Feed, one entry for each item in
/// the order written (an item that is not an object is an empty entry, so
/// entry `n` is always item `n`). `None` when it is not a JSON Feed.
pub fn json_feed_entries(document: &Raw) -> Option<(FeedChannel, Vec<FeedEntry>)> {
    if !is_json_feed(document) {
        return None;
    }
    let feed = document.as_fields()?;
    let mut links = Vec::new();
    push_link(&mut links, feed, "home_page_url", None);
    push_link(&mut links, feed, "feed_url", Some("self"));
    let channel = FeedChannel {
        title: text(feed, "title").map(plain),
        links,
        logo: text(feed, "icon")
            .or_else(|| text(feed, "favicon"))
            .map(|url| FeedMedia {
                url,
                ..FeedMedia::default()
            }),
        language: text(feed, "language"),
        ..FeedChannel::default()
    };
    let feed_authors = authors(feed);
    let entries = one_or_many(feed, "items")
        .iter()
        .map(|item| match item.as_fields() {
            Some(item) => entry(item, &feed_authors),
            None => FeedEntry::default(),
        })
        .collect();
    Some((channel, entries))
}

fn entry(item: &Fields, feed_authors: &[String]) -> FeedEntry {
    let mut links = Vec::new();
    push_link(&mut links, item, "url", None);
    push_link(&mut links, item, "external_url", Some("related"));
    let mut media = Vec::new();
    for key in ["image", "banner_image"] {
        if let Some(url) = text(item, key) {
            media.push(FeedMedia {
                url,
                medium: Some("image".to_owned()),
                ..FeedMedia::default()
            });
        }
    }
    for attachment in one_or_many(item, "attachments") {
        let Some(attachment) = attachment.as_fields() else {
            continue;
        };
        if let Some(url) = text(attachment, "url") {
            media.push(FeedMedia {
                url,
                media_type: text(attachment, "mime_type"),
                title: text(attachment, "title"),
                width: size_field(attachment, "width"),
                height: size_field(attachment, "height"),
                ..FeedMedia::default()
            });
        }
    }
    let html = text(item, "content_html").map(|value| FeedText { value, html: true });
    let mut authors = authors(item);
    if authors.is_empty() {
        authors = feed_authors.to_vec();
    }
    FeedEntry {
        title: text(item, "title").map(plain),
        links,
        id: text(item, "id"),
        summary: text(item, "summary").map(plain),
        content: html.or_else(|| text(item, "content_text").map(plain)),
        published: text(item, "date_published"),
        updated: text(item, "date_modified"),
        authors,
        categories: one_or_many(item, "tags")
            .iter()
            .filter_map(|tag| raw_text(tag).map(|t| t.into_owned()))
            .collect(),
        media,
        base: None,
    }
}

/// Version 1.1's `authors`, else version 1's `author`: their names.
fn authors(fields: &Fields) -> Vec<String> {
    let listed = one_or_many(fields, "authors");
    let people = if listed.is_empty() {
        one_or_many(fields, "author")
    } else {
        listed
    };
    people
        .iter()
        .filter_map(|person| text(person.as_fields()?, "name"))
        .collect()
}

fn push_link(links: &mut Vec<FeedLink>, fields: &Fields, key: &str, rel: Option<&str>) {
    if let Some(href) = text(fields, key) {
        links.push(FeedLink {
            href,
            rel: rel.map(str::to_owned),
            media_type: None,
        });
    }
}

fn text(fields: &Fields, key: &str) -> Option<String> {
    raw_text(field(fields, key)?).map(|text| text.into_owned())
}

fn plain(value: String) -> FeedText {
    FeedText { value, html: false }
}
