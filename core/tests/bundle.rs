//! Reading whole bundles in each accepted shape, and writing our own.

use newsdeck_core::{parse_bundle, write_bundle, BundleError, SkipReason, SkippedRecord};

#[test]
fn reads_a_plain_list_our_format_and_api_pages() {
    let list = parse_bundle(r#"[{"title": "a"}, {"title": "b"}]"#).unwrap_or_default();
    assert_eq!(list.articles.len(), 2);
    let ours = parse_bundle(r#"{"version": 1, "articles": [{"title": "a"}]}"#).unwrap_or_default();
    assert_eq!(ours.articles[0].title, "a");
    let page = parse_bundle(r#"{"page": 1, "value": [{"title": "a"}], "nextPage": 2}"#)
        .unwrap_or_default();
    assert_eq!((page.articles.len(), page.next_page), (1, Some(2)));
    let last = parse_bundle(r#"{"page": 18, "value": []}"#).unwrap_or_default();
    assert_eq!((last.articles.len(), last.next_page), (0, None));
}

#[test]
fn skips_bad_records_and_says_which_and_why() {
    let bundle = parse_bundle(
        r#"[{"title": "good"}, 7, {"excerpt": "untitled"}, null, {"title": "also good"}]"#,
    );
    let bundle = bundle.unwrap_or_default();
    assert_eq!(bundle.articles.len(), 2);
    assert_eq!(bundle.report.records, 5);
    assert_eq!(
        bundle.report.skipped,
        [
            SkippedRecord {
                index: 1,
                reason: SkipReason::NotAnObject("a number")
            },
            SkippedRecord {
                index: 2,
                reason: SkipReason::NoTitle
            },
            SkippedRecord {
                index: 3,
                reason: SkipReason::NotAnObject("null")
            },
        ]
    );
    assert_eq!(
        bundle.report.skipped[0].to_string(),
        "record 1 was skipped: it is a number, not an object with fields"
    );
}

#[test]
fn refuses_what_is_not_a_bundle_in_plain_words() {
    let not_json = parse_bundle("<!doctype html><h1>502 Bad Gateway</h1>");
    assert!(
        matches!(
            not_json,
            Err(BundleError::NotJson {
                line: 1,
                column: 1,
                ..
            })
        ),
        "{not_json:?}"
    );
    let cut = parse_bundle("{\"articles\": [{\"title\": \"cut");
    assert!(matches!(cut, Err(BundleError::NotJson { .. })));
    let message = cut.map(|_| String::new()).unwrap_or_else(|e| e.to_string());
    assert!(
        message.starts_with("the news data is not valid JSON (line 1, column "),
        "{message}"
    );
    assert!(!message.contains(" at line "), "{message}");
    for wrong in [
        r#"{"items": []}"#,
        r#""text""#,
        "42",
        "null",
        r#"{"articles": {"title": "x"}}"#,
    ] {
        assert!(
            matches!(parse_bundle(wrong), Err(BundleError::WrongShape(_))),
            "{wrong}"
        );
    }
    assert_eq!(parse_bundle("[]").map(|b| b.articles.len()), Ok(0));
}

#[test]
fn what_we_write_reads_back_the_same() {
    let source = r#"[{
        "title": "Round &amp; trip", "excerpt": "x", "webUrl": "https://a.test/1",
        "publishedDateTime": "2021-08-17T05:45:00-07:00", "type": "video", "quality": 120,
        "heat": -1, "published": false, "provider": {"name": "A", "domain": "a.test",
        "images": [{"url": "https://a.test/logo.png", "width": 50, "height": 50}]},
        "topics": ["AI"], "tags": ["t"], "categories": ["news"], "category": "news", "locale": "en-us",
        "images": [{"url": "https://a.test/i.jpg", "width": 10, "height": 20}],
        "related": [{"title": "r", "webUrl": "https://b.test/r"}],
        "secured": "never;written", "content": "<p>never written</p>"
    }]"#;
    let first = parse_bundle(source).unwrap_or_default();
    let written = write_bundle(&first.articles, false);
    assert!(
        written.starts_with(r#"{"version":1,"articles":[{"title":"Round & trip""#),
        "{written}"
    );
    assert!(!written.contains("secured") && !written.contains("never written"));
    assert!(written.contains(r#""publishedDateTime":"2021-08-17T05:45:00-07:00""#));
    let second = parse_bundle(&written).unwrap_or_default();
    assert_eq!(second.articles, first.articles);
    assert!(second.report.skipped.is_empty());
}

#[test]
fn a_record_nested_absurdly_deep_still_shows_without_the_deep_value() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let text = format!(
        r#"{{"articles": [{{"title": "Deep", "topics": {deep}, "excerpt": "kept"}}, {{"title": "Next", "topics": ["AI", [[["x"]]]]}}]}}"#
    );
    assert!(
        serde_json::from_str::<serde_json::Value>(&text).is_err(),
        "deeper than serde_json reads"
    );
    let bundle = parse_bundle(&text).unwrap_or_default();
    assert_eq!(bundle.report.skipped, []);
    let titles: Vec<&str> = bundle.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Deep", "Next"]);
    assert!(bundle.articles[0].topics.is_empty());
    assert_eq!(bundle.articles[0].excerpt.as_deref(), Some("kept"));
    assert_eq!(bundle.articles[1].topics, ["AI"]);
}

#[test]
fn deep_nesting_does_not_hide_where_a_bundle_really_breaks() {
    let text = format!(
        r#"[{{"title": "a", "x": {}]}}, {{"title": "#,
        "[".repeat(500)
    );
    let message = parse_bundle(&text)
        .map(|_| String::new())
        .unwrap_or_else(|e| e.to_string());
    assert!(
        message.starts_with("the news data is not valid JSON (line 1, column "),
        "{message}"
    );
    assert!(!message.contains("recursion"), "{message}");
}

/// One value serde_json refuses (a lone surrogate escape, which
/// `JSON.stringify` writes, or a number too large for a float), even in a
/// field nobody reads, must not cost the whole feed.
#[test]
fn a_lone_surrogate_or_a_number_too_large_loses_nothing_else() {
    let bundle = parse_bundle(
        r#"{"version": 1, "total": 1e400, "articles": [
            {"title": "One \udc00", "heat": -1e400, "unknown": [1e999, "\ud800"]},
            {"title": "Two", "quality": 2e308, "excerpt": "cut \ud83d"},
            {"title": "\ud800"}
        ]}"#,
    )
    .unwrap_or_default();
    let titles: Vec<&str> = bundle.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["One \u{fffd}", "Two", "\u{fffd}"]);
    assert_eq!(bundle.articles[1].quality, None);
    assert_eq!(bundle.articles[1].excerpt.as_deref(), Some("cut \u{fffd}"));
    assert!(bundle.report.skipped.is_empty());
}
