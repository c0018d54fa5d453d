//! The query engine on the real corpus (the committed demo bundle holds all
//! 715 records): indexed answers must equal a plain scan of the articles.

use newsdeck_core::folded_words;
use newsdeck_core::searchable_fields;
mod demo;

use newsdeck_core::{run_query, Article, Clusters, Facet, Feed, FeedIndex, Query};

fn corpus() -> Feed {
    let articles = demo::articles();
    assert_eq!(
        articles.len(),
        715,
        "the demo bundle holds the whole corpus"
    );
    Feed::new(articles)
}

fn contains_word(article: &Article, word: &str) -> bool {
    searchable_fields(article).any(|field| folded_words(field).iter().any(|w| w == word))
}

#[test]
fn a_words_hits_equal_the_records_containing_it() {
    let feed = corpus();
    let index = FeedIndex::build(&feed);
    for word in [
        "sagemaker",
        "copilot",
        "teams",
        "generative",
        "microsoft",
        "dataverse",
        "ai",
        "portals",
        "zzzz",
    ] {
        let expected = feed
            .articles()
            .iter()
            .filter(|a| contains_word(a, word))
            .count();
        let query = Query {
            text: format!("{word} "),
            ..Query::default()
        };
        let found = run_query(&feed, &index, None, &query, 0);
        assert_eq!(found.ids.len(), expected, "{word}");
        assert_eq!(index.words(&feed).story_count(word), expected, "{word}");
        assert!(
            found
                .ids
                .iter()
                .filter_map(|&id| feed.article(id))
                .all(|a| contains_word(a, word)),
            "{word}"
        );
    }
}

#[test]
fn facet_counts_equal_a_scan() {
    let feed = corpus();
    let index = FeedIndex::build(&feed);
    let mut query = Query::default();
    query.toggle(Facet::Topic, "ai");
    let result = run_query(&feed, &index, None, &query, 0);
    let with_ai = |a: &&Article| a.topics.iter().any(|t| t == "AI");
    assert_eq!(
        result.ids.len(),
        feed.articles().iter().filter(with_ai).count()
    );
    let providers = result
        .facets
        .iter()
        .find(|f| f.facet == Facet::Provider)
        .map(|f| f.values.clone())
        .unwrap_or_default();
    for value in providers.iter().take(10) {
        let expected = feed
            .articles()
            .iter()
            .filter(with_ai)
            .filter(|a| {
                a.provider.as_ref().and_then(|p| p.domain.as_deref()) == Some(value.key.as_str())
            })
            .count();
        assert_eq!(value.count, expected, "{}", value.label);
    }
    let topics = result
        .facets
        .iter()
        .find(|f| f.facet == Facet::Topic)
        .map(|f| f.values.clone())
        .unwrap_or_default();
    assert_eq!(topics.len(), 16, "every topic stays listed");
    assert_eq!(topics[0].label, "Power Apps");
    assert_eq!(topics[0].count, 674);
}

#[test]
fn with_stories_a_facet_count_is_how_many_cards_choosing_it_shows() {
    let feed = corpus();
    let index = FeedIndex::build(&feed);
    let stories = Clusters::build(&feed);
    let searched = Query {
        text: "power ".into(),
        ..Query::default()
    };
    for base in [Query::default(), searched] {
        let result = run_query(&feed, &index, Some(&stories), &base, 0);
        let mut merged = 0;
        for counts in &result.facets {
            for value in &counts.values {
                let mut chosen = base.clone();
                chosen.toggle(counts.facet, &value.key);
                let shown = run_query(&feed, &index, Some(&stories), &chosen, 0).ids;
                assert_eq!(
                    value.count,
                    shown.len(),
                    "{:?} {}",
                    counts.facet,
                    value.label
                );
                let articles = run_query(&feed, &index, None, &chosen, 0).ids.len();
                merged += articles - shown.len();
            }
        }
        assert!(merged > 0, "some values hold several articles of one story");
    }
}
