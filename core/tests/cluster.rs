//! Same-story clustering and related-story panels on the real corpus.

use newsdeck_core::canonical_url;
use newsdeck_core::{also_covered_by, related_items, Article, Clusters, Feed, Moment, Urls};
use newsdeck_core::{similarity, title_words};

mod demo;

fn corpus() -> Feed {
    Feed::new(demo::articles())
}

fn id_of(feed: &Feed, title: &str) -> u32 {
    (0..feed.len() as u32)
        .find(|&id| feed.article(id).is_some_and(|a| a.title == title))
        .unwrap_or_else(|| panic!("no article titled {title:?}"))
}

fn titles(feed: &Feed, ids: &[u32]) -> Vec<String> {
    ids.iter()
        .filter_map(|&id| feed.article(id))
        .map(|a| a.title.clone())
        .collect()
}

#[test]
fn title_similarity_cases_from_the_corpus() {
    let alike = |a: &str, b: &str| similarity(&title_words(a), &title_words(b)).0;
    assert!(
        alike(
            "Amazon Is Joining the Generative AI Race",
            "AWS Joins Generative AI Race, Unveils New Products"
        ) >= 0.5
    );
    assert!(
        alike(
            "Amazon Is Joining the Generative AI Race",
            "Amazon jumps into the generative AI race with new cloud service"
        ) >= 0.5
    );
    assert!(
        alike(
            "Microsoft fleshes out Power Apps",
            "Microsoft fleshes out Power Apps"
        ) > 0.99
    );
    assert!(
        alike(
            "How Generative AI Could Disrupt Creative Work",
            "Amazon Is Joining the Generative AI Race"
        ) < 0.5
    );
    assert_eq!(
        title_words("Amazon Is Joining the Generative AI Race"),
        ["ai", "amazon", "generative", "join", "race"]
    );
}

#[test]
fn the_amazon_generative_ai_stories_are_one_cluster_led_by_the_best() {
    let feed = corpus();
    let clusters = Clusters::build(&feed);
    let wired = id_of(&feed, "Amazon Is Joining the Generative AI Race");
    let nbc = id_of(
        &feed,
        "Amazon jumps into the generative AI race with new cloud service",
    );
    let dataquest = id_of(&feed, "AWS Joins Generative AI Race, Unveils New Products");
    let lead = clusters.representative(wired);
    assert_eq!(clusters.representative(nbc), lead);
    assert_eq!(clusters.representative(dataquest), lead);
    // Highest quality wins; among equals, the newest.
    let best = [wired, nbc, dataquest].into_iter().max_by_key(|&id| {
        (
            feed.article(id).and_then(Article::quality_percent),
            std::cmp::Reverse(feed.newest_rank(id)),
        )
    });
    assert_eq!(Some(lead), best);
    assert_eq!(clusters.others(lead).len(), 2);
    let unrelated = id_of(&feed, "How Generative AI Could Disrupt Creative Work");
    assert_eq!(clusters.representative(unrelated), unrelated);
}

#[test]
fn a_story_shown_keeps_the_article_it_is_shown_by() {
    let feed = corpus();
    let built = Clusters::build(&feed);
    let wired = id_of(&feed, "Amazon Is Joining the Generative AI Race");
    let lead = built.representative(wired);
    let members: Vec<u32> = std::iter::once(lead)
        .chain(built.others(lead).iter().copied())
        .collect();
    let shown = *members.last().unwrap_or(&lead);
    assert_ne!(shown, lead, "a cluster of three");
    let unrelated = id_of(&feed, "How Generative AI Could Disrupt Creative Work");

    let mut clusters = built.clone();
    // The lead after `shown` changes nothing: the story is kept as shown.
    clusters.keep_representing(&[shown, unrelated, lead]);
    for &member in &members {
        assert_eq!(clusters.representative(member), shown);
    }
    assert_eq!(clusters.others(shown), [lead, members[1]]);
    assert_eq!(clusters.others(lead), [] as [u32; 0]);
    assert_eq!(clusters.companions(lead), [shown, members[1]]);
    assert_eq!(clusters.representative(unrelated), unrelated);
    // Where the feed shows the story, `shown` now stands for it.
    let collapsed = clusters.collapse(feed.newest_first());
    assert!(collapsed.contains(&shown) && !collapsed.contains(&lead));
    assert_eq!(collapsed.len(), built.collapse(feed.newest_first()).len());

    // The representatives themselves: nothing changes.
    let mut same = built.clone();
    same.keep_representing(&[lead, unrelated, u32::MAX]);
    assert_eq!(same, built);
}

#[test]
fn the_38_million_records_story_gathers_its_coverage_but_not_neighbours() {
    let feed = corpus();
    let clusters = Clusters::build(&feed);
    let zdnet = id_of(
        &feed,
        "Microsoft Power Apps misconfiguration exposes 38 million data records",
    );
    let group = clusters.companions(zdnet);
    assert!(group.len() >= 15, "{:?}", titles(&feed, &group));
    assert!(titles(&feed, &group).iter().all(|t| t.contains("38")
        || t.to_lowercase().contains("misconfig")
        || t.contains("exposed")));
    let faq = id_of(&feed, "Power Apps portals FAQs");
    let update = id_of(&feed, "Update the Power Apps portals solution");
    assert_ne!(
        clusters.representative(faq),
        clusters.representative(update)
    );
}

#[test]
fn results_collapse_to_one_card_per_story() {
    let feed = corpus();
    let clusters = Clusters::build(&feed);
    let collapsed = clusters.collapse(feed.newest_first());
    let stories: std::collections::HashSet<u32> = (0..feed.len() as u32)
        .map(|id| clusters.representative(id))
        .collect();
    assert_eq!(collapsed.len(), stories.len());
    assert!(collapsed.len() < feed.len());
    // Every card is its story's representative when nothing is filtered.
    assert!(collapsed
        .iter()
        .all(|&id| clusters.representative(id) == id));
    // Each card stands where its own article does: newest first by the
    // dates the cards show, whatever their companions' dates.
    let ranks: Vec<u32> = collapsed.iter().map(|&id| feed.newest_rank(id)).collect();
    assert!(ranks.windows(2).all(|pair| pair[0] < pair[1]));
    // When only a member matches, the member stands for the story.
    let nbc = id_of(
        &feed,
        "Amazon jumps into the generative AI race with new cloud service",
    );
    assert_eq!(clusters.collapse(&[nbc]), [nbc]);
}

#[test]
fn the_related_panel_merges_cluster_and_record_lists_each_story_once() {
    let feed = corpus();
    let clusters = Clusters::build(&feed);
    let wired = id_of(&feed, "Amazon Is Joining the Generative AI Race");
    let lead = clusters.representative(wired);
    let items = related_items(&feed, Some(&clusters), lead);
    let own = feed
        .article(lead)
        .map(|a| a.related.len())
        .unwrap_or_default();
    assert!(
        items.len() >= own,
        "{} items, {own} of the record's own",
        items.len()
    );
    let links: Vec<&str> = items.iter().filter_map(|i| i.story.link()).collect();
    let mut unique: Vec<String> = links
        .iter()
        .filter_map(|l| newsdeck_core::canonical_url(l))
        .collect();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), links.len(), "each story once");
    assert_eq!(
        links.iter().filter(|l| l.contains("thedrum.com")).count(),
        1,
        "The Drum's duplicate entry appears once"
    );
    let members: Vec<u32> = items.iter().filter_map(|i| i.in_feed).collect();
    assert!(clusters
        .companions(lead)
        .iter()
        .all(|m| members.contains(m)));
    let times: Vec<i64> = items
        .iter()
        .filter_map(|i| i.story.published_at.as_ref()?.timestamp())
        .map(|t| t.unix_seconds)
        .collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "newest first");
    let covered = also_covered_by(&feed, &clusters, lead).unwrap_or_default();
    assert!(!covered.is_empty());
    // Without clustering, only the record's own list remains.
    assert_eq!(related_items(&feed, None, lead).len(), own);
}

#[test]
fn also_covered_by_names_two_sources_then_counts() {
    let feed = corpus();
    let clusters = Clusters::build(&feed);
    let zdnet = id_of(
        &feed,
        "Microsoft Power Apps misconfiguration exposes 38 million data records",
    );
    let lead = clusters.representative(zdnet);
    let line = also_covered_by(&feed, &clusters, lead).unwrap_or_default();
    assert!(line.contains(", +"), "{line}");
    assert_eq!(line.matches(", ").count(), 2, "{line}");
}

#[test]
fn a_page_held_twice_is_shown_by_its_newest_record() {
    let feed = corpus();
    let clusters = Clusters::build(&feed);
    let address_of = |id: u32| {
        feed.article(id)
            .and_then(Article::link)
            .and_then(canonical_url)
    };
    let mut pages_held_twice = 0;
    for story in clusters.collapse(feed.newest_first()) {
        let Some(address) = address_of(story) else {
            continue;
        };
        for other in clusters.companions(story) {
            if address_of(other).as_ref() == Some(&address) {
                pages_held_twice += 1;
                assert!(
                    feed.newest_rank(story) < feed.newest_rank(other),
                    "{:?} shows an older record of its page",
                    titles(&feed, &[story])
                );
            }
        }
    }
    assert!(pages_held_twice > 0, "the corpus holds pages twice");
}

#[test]
fn a_page_updated_later_is_shown_by_its_updated_record() {
    // The newer record of a page is the one that changed last, updates
    // counting, as the CLI keeps a page: not the one published last.
    let record = |title: &str, url: &str, published: &str, updated: Option<&str>| Article {
        title: title.into(),
        urls: Urls {
            web_url: Some(url.into()),
            ..Urls::default()
        },
        published_at: Some(Moment::from_text(published)),
        updated_at: updated.map(Moment::from_text),
        ..Article::default()
    };
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
    for (records, updated) in [
        (vec![published_later.clone(), updated_later.clone()], 1),
        (vec![updated_later.clone(), published_later.clone()], 0),
    ] {
        let feed = Feed::new(records);
        let clusters = Clusters::build(&feed);
        assert_eq!(clusters.representative(0), updated);
        assert_eq!(clusters.representative(1), updated);
        assert_eq!(clusters.article_at("https://a.test/story"), Some(updated));
    }
}
