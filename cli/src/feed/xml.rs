//! An XML feed (RSS 0.9x, 1.0, 2.0 or Atom) read with feed-rs, and each
//! entry described for core's mapping.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use feed_rs::model::{Entry, Feed, Link, MediaObject, Text};
use feed_rs::parser::{Builder, ParseFeedError};
use newsdeck_core::{FeedChannel, FeedEntry, FeedLink, FeedMedia, FeedText, Timestamp};

use super::places::EntryPlaces;
use super::references::check_references;
use super::wellformed::xml_error;

/// feed-rs drops a picture's relative address when it has no base to
/// resolve it against, and the file's own address is not known here. So
/// it is given this one, which no real address shares, and what it
/// resolves against it is made relative again (`img/a.png`, `/img/a.png`)
/// for core to resolve against the feed's own address, and the CLI
/// against `--base-url`. Only `../` above the feed's folder is lost.
const STAND_IN_BASE: &str = "https://relative.newsdeck.invalid/~/";

/// An XML feed as feed-rs reads it, described for core's mapping.
pub struct XmlFeed {
    pub channel: FeedChannel,
    /// One for each entry, in the order written.
    pub entries: Vec<FeedEntry>,
    pub places: EntryPlaces,
    /// What the reading had to say, at byte offsets in the file.
    pub notes: Vec<(usize, String)>,
}

/// The entries of an XML feed, or why it cannot be read (and where, as a
/// byte offset).
pub fn read_xml(text: &str) -> Result<XmlFeed, (usize, String)> {
    // Dates are read by core, as the widget reads them; those it cannot
    // read are kept, to be located and told about.
    let unread_dates = Arc::new(Mutex::new(Vec::new()));
    let unread = Arc::clone(&unread_dates);
    let parser = Builder::new()
        .base_uri(Some(STAND_IN_BASE))
        .timestamp_parser(move |written| {
            let read = Timestamp::parse_feed_date(written)
                .and_then(|at| DateTime::<Utc>::from_timestamp(at.unix_seconds, 0));
            if read.is_none() {
                if let Ok(mut unread) = unread.lock() {
                    unread.push(written.to_owned());
                }
            }
            read
        })
        .build();
    let references = check_references(text);
    let parsed = &references.parsed;
    let feed = parser.parse(parsed.as_bytes()).map_err(|err| match err {
        ParseFeedError::ParseError(_) => (
            0,
            "not a feed newsdeck can read: no <rss>, <rdf:RDF> or <feed> with entries".to_owned(),
        ),
        other => match xml_error(parsed) {
            Some((at, message)) => (
                references.in_file(at),
                format!("not well-formed XML: {message}"),
            ),
            None => (0, format!("not a readable feed: {other}")),
        },
    })?;
    let places = EntryPlaces::find(text);
    let channel = channel(&feed);
    // Each of feed-rs's entries is taken apart as it is described, so a
    // large feed is not held twice over.
    let mut entries: Vec<FeedEntry> = feed.entries.into_iter().map(entry).collect();
    let unread = unread_dates.lock().map(|u| u.clone()).unwrap_or_default();
    for (offset, written) in located_dates(text, &unread) {
        // The entry keeps the date as written, as a bundle's record would:
        // shown as written, and named by `validate` where it is.
        let entry = places.entry_at(offset).and_then(|i| entries.get_mut(i));
        if let Some(entry) = entry.filter(|e| e.published.is_none() && e.updated.is_none()) {
            entry.published = Some(written);
        }
    }
    Ok(XmlFeed {
        channel,
        entries,
        places,
        notes: references.notes,
    })
}

/// Each date feed-rs handed over that could not be read, with where it is
/// written: the first place after the one before, as feed-rs reads in
/// order.
fn located_dates(text: &str, unread: &[String]) -> Vec<(usize, String)> {
    let mut from = 0;
    let mut found = Vec::new();
    for written in unread {
        let needle = written.trim();
        if needle.is_empty() {
            continue;
        }
        if let Some(at) = text[from..].find(needle) {
            found.push((from + at, needle.to_owned()));
            from += at + needle.len();
        }
    }
    found
}

fn channel(feed: &Feed) -> FeedChannel {
    let logo = feed.logo.as_ref().or(feed.icon.as_ref());
    FeedChannel {
        title: feed.title.clone().map(text),
        links: feed.links.iter().cloned().map(link).collect(),
        address: None,
        base: None,
        logo: logo.map(|image| FeedMedia {
            url: relative_again(&image.uri),
            width: image.width,
            height: image.height,
            ..FeedMedia::default()
        }),
        language: feed.language.clone(),
    }
}

fn entry(entry: Entry) -> FeedEntry {
    FeedEntry {
        title: entry.title.map(text),
        links: entry.links.into_iter().map(link).collect(),
        id: Some(entry.id),
        summary: entry.summary.map(text),
        content: entry.content.and_then(|content| {
            Some(FeedText {
                html: is_html(content.content_type.as_str()),
                value: content.body?,
            })
        }),
        published: entry.published.map(date),
        updated: entry.updated.map(date),
        authors: entry
            .authors
            .into_iter()
            .filter_map(|person| person.name)
            .collect(),
        categories: entry
            .categories
            .into_iter()
            .map(|c| c.label.unwrap_or(c.term))
            .collect(),
        media: entry.media.iter().flat_map(media).collect(),
        base: None,
    }
}

fn media(object: &MediaObject) -> Vec<FeedMedia> {
    let title = object.title.as_ref().map(|t| t.content.clone());
    let credit = object.credits.first().map(|c| c.entity.clone());
    let contents = object.content.iter().filter_map(|content| {
        Some(FeedMedia {
            url: relative_again(content.url.as_ref()?.as_str()),
            media_type: content.content_type.as_ref().map(ToString::to_string),
            width: content.width,
            height: content.height,
            title: title.clone(),
            credit: credit.clone(),
            ..FeedMedia::default()
        })
    });
    let thumbnails = object.thumbnails.iter().map(|thumbnail| FeedMedia {
        url: relative_again(&thumbnail.image.uri),
        thumbnail: true,
        width: thumbnail.image.width,
        height: thumbnail.image.height,
        ..FeedMedia::default()
    });
    contents.chain(thumbnails).collect()
}

fn link(link: Link) -> FeedLink {
    FeedLink {
        href: relative_again(&link.href),
        rel: link.rel,
        media_type: link.media_type,
    }
}

fn text(text: Text) -> FeedText {
    FeedText {
        html: is_html(text.content_type.as_str()),
        value: text.content,
    }
}

/// `text/html`, `application/xhtml+xml`: markup, not words.
fn is_html(media_type: &str) -> bool {
    media_type.contains("html")
}

/// Dates reach feed-rs from core, in UTC; core writes them back.
fn date(at: DateTime<Utc>) -> String {
    let at = Timestamp {
        unix_seconds: at.timestamp(),
        offset_minutes: 0,
    };
    at.to_rfc3339()
}

/// An address resolved against [`STAND_IN_BASE`], relative again.
fn relative_again(address: &str) -> String {
    if let Some(relative) = address.strip_prefix(STAND_IN_BASE) {
        return relative.to_owned();
    }
    let host = STAND_IN_BASE.trim_end_matches("~/");
    match address.strip_prefix(host.trim_end_matches('/')) {
        Some(from_root) if from_root.starts_with('/') => from_root.to_owned(),
        _ => address.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_resolved_against_the_stand_in_are_relative_again() {
        assert_eq!(
            relative_again(&format!("{STAND_IN_BASE}img/a.png")),
            "img/a.png"
        );
        assert_eq!(
            relative_again("https://relative.newsdeck.invalid/img/a.png"),
            "/img/a.png"
        );
        assert_eq!(relative_again("https://a.test/x"), "https://a.test/x");
    }
}
