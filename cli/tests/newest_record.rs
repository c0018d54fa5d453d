//! A page held twice is kept by the same record in a bundle the CLI merges
//! and on the widget's cards: both ask core which record is newer.

use newsdeck_cli::merge::merge_duplicates;
use newsdeck_core::{Article, Clusters, Feed, Moment, Urls};

fn record(title: &str, url: &str, published: &str, updated: Option<&str>) -> Article {
    Article {
        title: title.into(),
        urls: Urls {
            web_url: Some(url.into()),
            ..Urls::default()
        },
        published_at: Some(Moment::from_text(published)),
        updated_at: updated.map(Moment::from_text),
        ..Article::default()
    }
}

/// The titles the CLI's merge keeps of `records`.
fn merged(records: &[Article]) -> Vec<String> {
    let merged = merge_duplicates(records.to_vec());
    merged.articles.into_iter().map(|a| a.title).collect()
}

/// The titles of the cards the widget shows for `records`, newest first.
fn shown(records: &[Article]) -> Vec<String> {
    let feed = Feed::new(records.to_vec());
    let clusters = Clusters::build(&feed);
    let cards = clusters.collapse(feed.newest_first());
    (cards.iter().filter_map(|&id| feed.article(id)))
        .map(|a| a.title.clone())
        .collect()
}

#[test]
fn the_merge_and_the_cards_keep_the_same_record_of_a_page() {
    // Published later, but the other record was updated later still.
    let published_later = record(
        "published later",
        "https://a.test/story",
        "2024-03-01T00:00:00Z",
        None,
    );
    let updated_later = record(
        "updated later",
        "https://www.a.test/story/?utm_source=feed",
        "2024-01-01T00:00:00Z",
        Some("2024-04-01T00:00:00Z"),
    );
    for records in [
        [published_later.clone(), updated_later.clone()],
        [updated_later.clone(), published_later.clone()],
    ] {
        assert_eq!(merged(&records), ["updated later"]);
        assert_eq!(shown(&records), ["updated later"]);
    }
    // Changed at the same moment: both keep the record read first.
    let updated_then = record(
        "updated then",
        "https://a.test/story",
        "2024-01-01T00:00:00Z",
        Some("2024-03-01T00:00:00Z"),
    );
    for records in [
        [updated_then.clone(), published_later.clone()],
        [published_later.clone(), updated_then.clone()],
    ] {
        let first = [records[0].title.clone()];
        assert_eq!(merged(&records), first);
        assert_eq!(shown(&records), first);
    }
}
