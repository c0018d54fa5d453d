//! Reading single records: every field optional, every quirk survived.

use newsdeck_core::{article_from_record, Moment, SkipReason, StoryKind};
use serde_json::{json, Value};

fn read(record: Value) -> newsdeck_core::Article {
    article_from_record(&record).unwrap_or_else(|reason| panic!("{record} was refused: {reason}"))
}

#[test]
fn a_full_record_keeps_every_field() {
    let article = read(json!({
        "category": "news",
        "title": "UK privacy advocates sound alarm",
        "excerpt": "Campaigners say&nbsp;so.",
        "publishedDateTime": "2021-08-17T12:45:00Z",
        "updatedDateTime": "2021-08-18T05:00:00-07:00",
        "originalUrl": "https://www.rt.com/uk/532293/",
        "webUrl": "https://www.rt.com/uk/532293/",
        "sourceUrl": "https://rt.com/feed",
        "ampWebUrl": "https://www.rt.com/uk/532293/amp/",
        "cdnAmpWebUrl": "https://www-rt-com.cdn.ampproject.org/c/s/www.rt.com/uk/532293/amp/",
        "type": "article",
        "quality": 46,
        "heat": 46,
        "published": false,
        "provider": {"name": "RT", "domain": "rt.com", "images": [{"url": "https://x.test/rt.jpg", "width": 50, "height": 50}]},
        "topics": ["Computer Vision", "AI"],
        "tags": ["privacy"],
        "categories": ["news"],
        "locale": "en-gb",
        "images": [{"url": "https://cdni.rt.com/a.jpg", "width": 1240, "height": 697, "title": "Camera", "attribution": "Reuters", "isCached": true}],
        "secured": "opaque;blob",
        "related": [{"title": "Related one", "webUrl": "https://www.dailymail.co.uk/x.html", "provider": {"name": "Daily Mail", "domain": "dailymail.co.uk"}}]
    }));
    assert_eq!(article.title, "UK privacy advocates sound alarm");
    assert_eq!(article.excerpt.as_deref(), Some("Campaigners say so."));
    assert_eq!(article.link(), Some("https://www.rt.com/uk/532293/"));
    assert_eq!(
        article.urls.source_url.as_deref(),
        Some("https://rt.com/feed")
    );
    assert_eq!(
        article.urls.amp_web_url.as_deref(),
        Some("https://www.rt.com/uk/532293/amp/")
    );
    assert!(article.urls.cdn_amp_web_url.is_some());
    let published = article
        .published_at
        .as_ref()
        .and_then(Moment::timestamp)
        .map(|t| t.unix_seconds);
    assert_eq!(published, Some(1_629_204_300));
    let updated = article
        .updated_at
        .as_ref()
        .and_then(Moment::timestamp)
        .map(|t| t.offset_minutes);
    assert_eq!(updated, Some(-420));
    assert_eq!(article.kind, StoryKind::Article);
    assert_eq!(
        (article.quality, article.heat, article.is_published),
        (Some(46), Some(46), Some(false))
    );
    assert!(article.is_draft());
    let provider = article.provider.as_ref().map(|p| {
        (
            p.name.as_str(),
            p.domain.as_deref(),
            p.logo.as_ref().map(|l| l.url.as_str()),
        )
    });
    assert_eq!(
        provider,
        Some(("RT", Some("rt.com"), Some("https://x.test/rt.jpg")))
    );
    assert_eq!(article.topics, ["Computer Vision", "AI"]);
    assert_eq!(article.tags, ["privacy"]);
    assert_eq!(article.category.as_deref(), Some("news"));
    assert_eq!(article.categories, ["news"]);
    assert_eq!(article.locale.as_deref(), Some("en-gb"));
    let image = &article.images[0];
    assert_eq!((image.width, image.height), (Some(1240), Some(697)));
    assert_eq!(
        (image.title.as_deref(), image.attribution.as_deref()),
        (Some("Camera"), Some("Reuters"))
    );
    assert_eq!(article.related.len(), 1);
    assert_eq!(article.related[0].provider_name(), Some("Daily Mail"));
}

#[test]
fn the_link_falls_back_from_web_to_original_to_amp() {
    let link = |record: Value| read(record).link().map(str::to_owned);
    assert_eq!(
        link(json!({"title": "t", "webUrl": "https://a.test/", "originalUrl": "https://b.test/"}))
            .as_deref(),
        Some("https://a.test/")
    );
    assert_eq!(
        link(json!({"title": "t", "webUrl": "", "originalUrl": "https://b.test/"})).as_deref(),
        Some("https://b.test/")
    );
    assert_eq!(
        link(json!({"title": "t", "webUrl": null, "ampWebUrl": "https://c.test/amp"})).as_deref(),
        Some("https://c.test/amp")
    );
    assert_eq!(
        link(
            json!({"title": "t", "webUrl": "javascript:alert(1)", "originalUrl": "https://b.test/"})
        )
        .as_deref(),
        Some("https://b.test/")
    );
    assert_eq!(
        link(json!({"title": "t", "webUrl": "data:text/html,x"})),
        None
    );
}

#[test]
fn missing_null_and_empty_all_mean_absent() {
    let article = read(json!({
        "title": "Only a title",
        "excerpt": null,
        "webUrl": "",
        "publishedDateTime": "",
        "quality": null,
        "provider": null,
        "topics": null,
        "images": null,
        "related": null
    }));
    assert_eq!(article.excerpt, None);
    assert_eq!(article.link(), None);
    assert_eq!(article.published_at, None);
    assert_eq!(article.quality, None);
    assert_eq!(article.provider, None);
    assert!(article.topics.is_empty() && article.images.is_empty() && article.related.is_empty());
}

#[test]
fn odd_shapes_are_read_leniently() {
    let article = read(json!({
        "title": 2024,
        "quality": "104",
        "heat": "-1",
        "published": "false",
        "type": "VIDEO",
        "topics": "AI",
        "images": {"url": "https://x.test/one.jpg", "width": "640", "height": "0"},
        "publishedDateTime": "sometime last week",
        "provider": {"domain": "www.Forbes.com"},
        "unknownField": {"deep": [1, 2, 3]}
    }));
    assert_eq!(article.title, "2024");
    assert_eq!(article.quality, Some(104));
    assert_eq!(article.quality_percent(), Some(100));
    assert_eq!(article.heat, Some(-1));
    assert_eq!(article.is_published, Some(false));
    assert!(article.is_video());
    assert_eq!(article.topics, ["AI"]);
    assert_eq!(article.images.len(), 1);
    assert_eq!(
        (article.images[0].width, article.images[0].height),
        (Some(640), None)
    );
    assert_eq!(
        article.published_at,
        Some(Moment::Unreadable("sometime last week".into()))
    );
    assert_eq!(article.provider_name(), Some("forbes.com"));
}

#[test]
fn a_story_without_provider_is_credited_to_the_site_it_links_to() {
    let article = read(json!({"title": "t", "webUrl": "https://www.theverge.com/2024/1/1/story"}));
    assert_eq!(article.provider_name(), Some("theverge.com"));
    let article = read(
        json!({"title": "t", "provider": {"name": "Quartz", "domain": "javascript:alert(1)"}, "webUrl": "https://qz.com/x"}),
    );
    let provider = article
        .provider
        .as_ref()
        .map(|p| (p.name.as_str(), p.domain.as_deref()));
    assert_eq!(provider, Some(("Quartz", Some("qz.com"))));
}

#[test]
fn unsafe_addresses_never_survive_anywhere() {
    let article = read(json!({
        "title": "t",
        "webUrl": " javascript:alert(1)",
        "originalUrl": "vbscript:msgbox(1)",
        "ampWebUrl": "data:text/html;base64,PHNjcmlwdD4=",
        "images": ["javascript:alert(1)", {"url": "JaVaScRiPt:alert(1)"}, "https://ok.test/a.png"],
        "provider": {"name": "P", "images": [{"url": "data:image/svg+xml,<svg onload=alert(1)>"}]},
        "related": [{"title": "r", "webUrl": "javascript:alert(2)"}]
    }));
    assert_eq!(article.link(), None);
    assert_eq!(
        article
            .images
            .iter()
            .map(|i| i.url.as_str())
            .collect::<Vec<_>>(),
        ["https://ok.test/a.png"]
    );
    assert_eq!(
        article.provider.as_ref().and_then(|p| p.logo.as_ref()),
        None
    );
    assert_eq!(article.related[0].link(), None);
}

#[test]
fn duplicate_related_stories_appear_once_and_bad_ones_are_dropped() {
    let article = read(json!({
        "title": "parent",
        "webUrl": "https://a.test/parent",
        "related": [
            {"title": "one", "webUrl": "https://b.test/1"},
            {"title": "one again", "webUrl": "https://b.test/1"},
            {"title": "the parent itself", "webUrl": "https://a.test/parent"},
            {"excerpt": "no title"},
            "not a record",
            {"title": "two", "webUrl": "https://b.test/2", "related": [{"title": "nested too deep"}]}
        ]
    }));
    let titles: Vec<&str> = article.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["one", "two"]);
    assert!(
        article.related[1].related.is_empty(),
        "related stories do not nest"
    );
}

#[test]
fn records_that_cannot_be_stories_are_refused_with_a_reason() {
    assert_eq!(
        article_from_record(&json!(42)),
        Err(SkipReason::NotAnObject("a number"))
    );
    assert_eq!(
        article_from_record(&json!([{"title": "x"}])),
        Err(SkipReason::NotAnObject("a list"))
    );
    assert_eq!(
        article_from_record(&json!({"title": " &nbsp; "})),
        Err(SkipReason::NoTitle)
    );
    assert_eq!(
        article_from_record(&json!({"title": {"text": "nested"}})),
        Err(SkipReason::NoTitle)
    );
    assert_eq!(SkipReason::NoTitle.to_string(), "it has no title");
}

#[test]
fn text_of_invisible_characters_only_is_absent() {
    // Zero-width spaces, joiners, the word joiner, soft hyphens and the
    // byte order mark would render as an empty card, an empty byline, an
    // empty chip.
    assert_eq!(
        article_from_record(&json!({"title": "\u{200B}\u{200C}\u{200D} \u{2060}\u{AD}\u{FEFF}"})),
        Err(SkipReason::NoTitle)
    );
    assert_eq!(
        article_from_record(&json!({"title": "&#173;&#8203;&nbsp;"})),
        Err(SkipReason::NoTitle)
    );
    let article = read(json!({
        "title": "Seen",
        "excerpt": "\u{200B}",
        "webUrl": "https://news.example/a",
        "provider": {"name": "\u{2060}\u{AD}"},
        "topics": ["\u{200B}", "AI", "\u{FEFF} "],
        "category": "\u{200D}",
        "images": [{"url": "https://news.example/i.jpg", "title": "\u{AD}"}],
        "related": [{"title": "\u{200B}"}, {"title": "Also seen"}]
    }));
    assert_eq!(article.excerpt, None);
    assert_eq!(
        article.provider.map(|p| p.name).as_deref(),
        Some("news.example")
    );
    assert_eq!(article.topics, ["AI"]);
    assert_eq!(article.category, None);
    assert_eq!(article.images[0].title, None);
    let related: Vec<&str> = article.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(related, ["Also seen"]);
}

#[test]
fn huge_text_is_bounded() {
    let article = read(json!({"title": "t".repeat(200_000), "excerpt": "word ".repeat(100_000)}));
    assert!(article.title.chars().count() <= newsdeck_core::MAX_TITLE_CHARS);
    assert!(
        article.excerpt.unwrap_or_default().chars().count() <= newsdeck_core::MAX_EXCERPT_CHARS
    );
}

#[test]
fn a_byline_taken_from_a_long_host_is_bounded() {
    let host = format!("news.{}.example", "a".repeat(300));
    let article = read(json!({"title": "t", "webUrl": format!("https://{host}/story")}));
    let provider = article.provider.unwrap_or_default();
    assert_eq!(provider.domain.as_deref(), Some(host.as_str()));
    assert!(provider.name.starts_with("news.aaa"), "{}", provider.name);
    assert!(provider.name.chars().count() <= newsdeck_core::MAX_LABEL_CHARS);
}
