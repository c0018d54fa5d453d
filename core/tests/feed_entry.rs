//! The one mapping from a feed entry to an article, fed the plain
//! description either reader (the CLI's feed parser, the widget's
//! `DOMParser`) fills.

use newsdeck_core::json::{parse, Raw};
use newsdeck_core::{
    article_from_feed_entry, json_feed_entries, FeedChannel, FeedEntry, FeedLink, FeedMedia,
    FeedText, SkipReason, StoryKind,
};

fn html(value: &str) -> Option<FeedText> {
    Some(FeedText {
        value: value.into(),
        html: true,
    })
}

fn plain(value: &str) -> Option<FeedText> {
    Some(FeedText {
        value: value.into(),
        html: false,
    })
}

fn link(href: &str, rel: Option<&str>) -> FeedLink {
    FeedLink {
        href: href.into(),
        rel: rel.map(Into::into),
        media_type: None,
    }
}

fn channel() -> FeedChannel {
    FeedChannel {
        title: plain("The Harbour Gazette"),
        links: vec![
            link("https://www.harbour-gazette.test/", None),
            link(
                "https://www.harbour-gazette.test/news/feed.xml",
                Some("self"),
            ),
        ],
        ..FeedChannel::default()
    }
}

fn entry() -> FeedEntry {
    FeedEntry {
        title: plain("Ferry &amp; bus"),
        ..FeedEntry::default()
    }
}

#[test]
fn the_title_is_text_and_an_entry_without_one_is_skipped() {
    let article = article_from_feed_entry(&channel(), &entry());
    assert_eq!(article.map(|a| a.title), Ok("Ferry & bus".to_owned()));
    let titled_in_html = FeedEntry {
        title: html("<b>Bold</b> &lt;move&gt;"),
        ..FeedEntry::default()
    };
    let article = article_from_feed_entry(&channel(), &titled_in_html);
    assert_eq!(article.map(|a| a.title), Ok("Bold <move>".to_owned()));
    let untitled = FeedEntry {
        title: html("<img src=x>"),
        ..FeedEntry::default()
    };
    assert_eq!(
        article_from_feed_entry(&channel(), &untitled),
        Err(SkipReason::NoTitle)
    );
}

#[test]
fn the_page_is_the_first_link_without_rel_or_alternate_resolved_in_order_of_bases() {
    let mut story = entry();
    story.links = vec![
        link("https://api.test/edit/1", Some("edit")),
        link("../ferry/", Some("alternate")),
    ];
    // Against the feed's own address (from its self link, failing a known one).
    let article = article_from_feed_entry(&channel(), &story).unwrap_or_default();
    assert_eq!(
        article.link(),
        Some("https://www.harbour-gazette.test/ferry/")
    );
    // The address it was read from comes first, then xml:base, the entry's last.
    let mut read_from = channel();
    read_from.address = Some("https://mirror.test/a/b/feed.xml".into());
    let article = article_from_feed_entry(&read_from, &story).unwrap_or_default();
    assert_eq!(article.link(), Some("https://mirror.test/a/ferry/"));
    read_from.base = Some("/x/y/".into());
    story.base = Some("z/".into());
    let article = article_from_feed_entry(&read_from, &story).unwrap_or_default();
    assert_eq!(article.link(), Some("https://mirror.test/x/y/ferry/"));
    // Without a page link, an id that is a web address (RSS's <guid>).
    let guid_only = FeedEntry {
        title: plain("Guid only"),
        id: Some("https://www.harbour-gazette.test/?p=42".into()),
        ..FeedEntry::default()
    };
    let article = article_from_feed_entry(&channel(), &guid_only).unwrap_or_default();
    assert_eq!(
        article.link(),
        Some("https://www.harbour-gazette.test/?p=42")
    );
    let urn = FeedEntry {
        id: Some("urn:uuid:42".into()),
        ..guid_only
    };
    let article = article_from_feed_entry(&channel(), &urn).unwrap_or_default();
    assert_eq!(article.link(), None);
    // Nothing to resolve against: the widget drops it.
    let article = article_from_feed_entry(&FeedChannel::default(), &story).unwrap_or_default();
    assert_eq!(article.link(), None);
}

#[test]
fn the_excerpt_is_the_summary_else_the_contents_first_paragraph() {
    let mut story = entry();
    story.content = html("<h2>Head</h2><p>First &amp; <i>best</i>.</p><p>Second.</p>");
    let article = article_from_feed_entry(&channel(), &story).unwrap_or_default();
    assert_eq!(article.excerpt.as_deref(), Some("First & best."));
    story.content = plain("Plain first.\n\nPlain second.");
    let article = article_from_feed_entry(&channel(), &story).unwrap_or_default();
    assert_eq!(article.excerpt.as_deref(), Some("Plain first."));
    story.summary = html("<p>The summary.</p> <p>All of it.</p>");
    let article = article_from_feed_entry(&channel(), &story).unwrap_or_default();
    assert_eq!(article.excerpt.as_deref(), Some("The summary. All of it."));
}

#[test]
fn dates_in_rss_and_atom_forms_and_updated_only_entries() {
    let mut story = entry();
    story.published = Some("Tue, 08 Dec 2026 11:00:00 +0100".into());
    story.updated = Some("2026-12-09T08:00:00Z".into());
    let article = article_from_feed_entry(&channel(), &story).unwrap_or_default();
    let at =
        |m: Option<newsdeck_core::Moment>| m.and_then(|m| m.timestamp()).map(|t| t.to_rfc3339());
    assert_eq!(
        at(article.published_at).as_deref(),
        Some("2026-12-08T11:00:00+01:00")
    );
    assert_eq!(
        at(article.updated_at).as_deref(),
        Some("2026-12-09T08:00:00Z")
    );
    story.published = None;
    let article = article_from_feed_entry(&channel(), &story).unwrap_or_default();
    assert_eq!(
        at(article.published_at).as_deref(),
        Some("2026-12-09T08:00:00Z")
    );
    assert_eq!(article.updated_at, None);
}

#[test]
fn the_source_is_the_author_else_the_channel_with_the_sites_domain_and_logo() {
    let mut with_logo = channel();
    with_logo.logo = Some(FeedMedia {
        url: "/logo.png".into(),
        width: Some(144),
        height: Some(60),
        ..FeedMedia::default()
    });
    let article = article_from_feed_entry(&with_logo, &entry()).unwrap_or_default();
    let provider = article.provider.unwrap_or_default();
    assert_eq!(provider.name, "The Harbour Gazette");
    assert_eq!(provider.domain.as_deref(), Some("harbour-gazette.test"));
    let logo = provider.logo.unwrap_or_default();
    assert_eq!(logo.url, "https://www.harbour-gazette.test/logo.png");
    assert_eq!((logo.width, logo.height), (Some(144), Some(60)));
    let mut story = entry();
    story.authors = vec![" ".into(), "Ann Lee".into()];
    let article = article_from_feed_entry(&with_logo, &story).unwrap_or_default();
    assert_eq!(article.provider_name(), Some("Ann Lee"));
}

#[test]
fn pictures_lead_with_full_media_thumbnails_last_and_videos_make_videos() {
    let media = |url: &str, media_type: Option<&str>, thumbnail: bool| FeedMedia {
        url: url.into(),
        media_type: media_type.map(Into::into),
        thumbnail,
        width: thumbnail.then_some(150),
        ..FeedMedia::default()
    };
    let mut story = entry();
    story.media = vec![
        media("img/small.jpg", None, true),
        media("https://cdn.test/clip.mp4", Some("video/mp4"), false),
        media("https://cdn.test/big.jpg", Some("image/jpeg"), false),
        media("https://cdn.test/podcast.mp3", Some("audio/mpeg"), false),
        media("https://cdn.test/big.jpg", None, false),
        media("https://cdn.test/untyped.webp", None, false),
    ];
    story.links = vec![FeedLink {
        href: "https://cdn.test/linked.png".into(),
        rel: Some("enclosure".into()),
        media_type: Some("image/png".into()),
    }];
    let article = article_from_feed_entry(&channel(), &story).unwrap_or_default();
    let urls: Vec<&str> = article.images.iter().map(|i| i.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://cdn.test/big.jpg",
            "https://cdn.test/untyped.webp",
            "https://cdn.test/linked.png",
            "https://www.harbour-gazette.test/news/img/small.jpg"
        ]
    );
    assert_eq!(article.images[3].width, Some(150));
    assert_eq!(article.kind, StoryKind::Video);
}

#[test]
fn categories_are_topics_and_the_language_the_locale() {
    let mut with_language = channel();
    with_language.language = Some("en-GB".into());
    let mut story = entry();
    story.categories = vec!["Ferries".into(), "ferries".into(), "Harbour".into()];
    let article = article_from_feed_entry(&with_language, &story).unwrap_or_default();
    assert_eq!(article.topics, ["Ferries", "Harbour"]);
    assert_eq!(article.locale.as_deref(), Some("en-GB"));
    assert_eq!(
        article.urls.source_url.as_deref(),
        Some("https://www.harbour-gazette.test/news/feed.xml")
    );
}

#[test]
fn a_json_feed_is_described_item_by_item() {
    let text = r#"{"version": "https://jsonfeed.org/version/1", "title": "Notes",
        "home_page_url": "https://notes.test/", "author": {"name": "Desk"},
        "items": [{"title": "One", "url": "https://notes.test/1", "content_text": "Text.",
                   "banner_image": "https://notes.test/b.png"}, 7]}"#;
    let document = parse(text).unwrap_or(Raw::Null);
    let Some((channel, entries)) = json_feed_entries(&document) else {
        panic!("a JSON Feed");
    };
    assert_eq!(entries.len(), 2);
    let article = article_from_feed_entry(&channel, &entries[0]).unwrap_or_default();
    assert_eq!(article.link(), Some("https://notes.test/1"));
    assert_eq!(article.excerpt.as_deref(), Some("Text."));
    assert_eq!(article.provider_name(), Some("Desk"));
    assert_eq!(article.images[0].url, "https://notes.test/b.png");
    assert_eq!(
        article_from_feed_entry(&channel, &entries[1]),
        Err(SkipReason::NoTitle)
    );
    let bundle = parse(r#"{"version": 1, "articles": []}"#).unwrap_or(Raw::Null);
    assert!(json_feed_entries(&bundle).is_none());
}
