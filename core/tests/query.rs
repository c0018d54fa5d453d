//! The query engine on a small hand-made feed: every operator, facet counts,
//! time presets with a fixed "now", and sort orders with their tie-breaks.

use newsdeck_core::{
    read_bundle, run_query, Facet, Feed, FeedIndex, Query, QueryResult, SortOrder, TimeRange,
    Timestamp,
};
use serde_json::json;

fn feed() -> Feed {
    let records = json!([
        {"title": "Robots learn to cook", "excerpt": "A café in Paris hires a robot chef.", "publishedDateTime": "2024-05-01T10:00:00Z",
         "provider": {"name": "Forbes", "domain": "forbes.com"}, "topics": ["AI", "Robotics"], "quality": 80, "heat": 50, "categories": ["news"]},
        {"title": "Power Apps gets a new designer", "excerpt": "Microsoft ships the modern designer.", "publishedDateTime": "2024-05-01T09:00:00Z",
         "provider": {"name": "Microsoft", "domain": "microsoft.com"}, "topics": ["Power Apps"], "quality": 120, "heat": 90, "categories": ["news"]},
        {"title": "Cafe culture and AI", "excerpt": "Baristas meet power tools.", "publishedDateTime": "2024-04-24T11:59:59Z",
         "provider": {"name": "Quartz", "domain": "qz.com"}, "topics": ["AI"], "quality": 40, "heat": 90, "type": "video", "categories": ["culture"]},
        {"title": "Teams integration for Power Apps", "excerpt": "Build apps inside Teams.", "publishedDateTime": "2024-03-01T00:00:00Z",
         "provider": {"name": "Microsoft", "domain": "microsoft.com"}, "topics": ["Power Apps", "Teams integration"], "heat": 10, "categories": ["news"]},
        {"title": "Undated robotics roundup", "provider": {"name": "Forbes", "domain": "forbes.com"}, "topics": ["Robotics"], "quality": 80, "categories": ["news"]}
    ]);
    Feed::new(read_bundle(&records).unwrap_or_default().articles)
}

const NOW: &str = "2024-05-01T12:00:00Z";

fn run(query: &Query) -> (Vec<String>, QueryResult) {
    let feed = feed();
    let index = FeedIndex::build(&feed);
    let now = Timestamp::parse(NOW)
        .map(|t| t.unix_seconds)
        .unwrap_or_default();
    let result = run_query(&feed, &index, None, query, now);
    let titles = result
        .ids
        .iter()
        .filter_map(|&id| feed.article(id))
        .map(|a| a.title.clone())
        .collect();
    (titles, result)
}

fn search(text: &str) -> Vec<String> {
    run(&Query {
        text: text.into(),
        sort: Some(SortOrder::Newest),
        ..Query::default()
    })
    .0
}

fn counts(result: &QueryResult, facet: Facet) -> Vec<(String, usize, bool)> {
    let facet = result
        .facets
        .iter()
        .find(|f| f.facet == facet)
        .map(|f| f.values.clone())
        .unwrap_or_default();
    facet
        .into_iter()
        .map(|v| (v.label, v.count, v.selected))
        .collect()
}

#[test]
fn no_query_shows_everything_newest_first() {
    let (titles, _) = run(&Query::default());
    assert_eq!(
        titles,
        [
            "Robots learn to cook",
            "Power Apps gets a new designer",
            "Cafe culture and AI",
            "Teams integration for Power Apps",
            "Undated robotics roundup"
        ]
    );
}

#[test]
fn words_are_case_and_accent_blind_and_all_must_match() {
    assert_eq!(
        search("CAFÉ "),
        ["Robots learn to cook", "Cafe culture and AI"]
    );
    assert_eq!(search("café paris "), ["Robots learn to cook"]);
    assert_eq!(
        search("power apps "),
        [
            "Power Apps gets a new designer",
            "Teams integration for Power Apps"
        ]
    );
}

#[test]
fn the_word_being_typed_matches_as_a_prefix() {
    assert_eq!(
        search("robo"),
        ["Robots learn to cook", "Undated robotics roundup"]
    );
    assert_eq!(
        search("robo "),
        Vec::<String>::new(),
        "a finished word must match whole"
    );
    assert_eq!(
        search("power ap"),
        [
            "Power Apps gets a new designer",
            "Teams integration for Power Apps"
        ]
    );
}

#[test]
fn phrases_exclusions_and_operators() {
    assert_eq!(
        search("\"power apps\""),
        [
            "Power Apps gets a new designer",
            "Teams integration for Power Apps"
        ]
    );
    assert_eq!(search("\"power tools\""), ["Cafe culture and AI"]);
    assert_eq!(
        search("power -teams "),
        ["Power Apps gets a new designer", "Cafe culture and AI"]
    );
    assert_eq!(search("power -\"power apps\""), ["Cafe culture and AI"]);
    assert_eq!(
        search("topic:AI"),
        ["Robots learn to cook", "Cafe culture and AI"]
    );
    assert_eq!(
        search("topic:\"power apps\" teams"),
        ["Teams integration for Power Apps"]
    );
    assert_eq!(
        search("source:www.forbes.com"),
        ["Robots learn to cook", "Undated robotics roundup"]
    );
    assert_eq!(search("source:Quartz"), ["Cafe culture and AI"]);
    assert_eq!(search("topic:nothing"), Vec::<String>::new());
}

#[test]
fn facets_or_within_and_across_with_counts_from_the_other_filters() {
    let mut query = Query::default();
    query.toggle(Facet::Topic, "ai");
    let (titles, result) = run(&query);
    assert_eq!(titles, ["Robots learn to cook", "Cafe culture and AI"]);
    // Topic counts ignore the topic filter itself; sources reflect it.
    assert_eq!(
        counts(&result, Facet::Topic),
        [
            ("AI".into(), 2, true),
            ("Power Apps".into(), 2, false),
            ("Robotics".into(), 2, false),
            ("Teams integration".into(), 1, false)
        ]
    );
    assert_eq!(
        counts(&result, Facet::Provider),
        [
            ("Forbes".into(), 1, false),
            ("Microsoft".into(), 0, false),
            ("Quartz".into(), 1, false)
        ]
    );

    query.toggle(Facet::Topic, "robotics");
    assert_eq!(
        run(&query).0,
        [
            "Robots learn to cook",
            "Cafe culture and AI",
            "Undated robotics roundup"
        ]
    );
    query.toggle(Facet::Provider, "forbes.com");
    let (titles, result) = run(&query);
    assert_eq!(titles, ["Robots learn to cook", "Undated robotics roundup"]);
    assert_eq!(
        counts(&result, Facet::Kind),
        [("Articles".into(), 2, false), ("Videos".into(), 0, false)]
    );
    assert_eq!(
        counts(&result, Facet::Category),
        [("news".into(), 2, false), ("culture".into(), 0, false)]
    );
}

#[test]
fn time_presets_count_back_from_an_injected_now() {
    let within = |time| {
        run(&Query {
            time,
            ..Query::default()
        })
        .0
    };
    assert_eq!(
        within(TimeRange::PastDay),
        ["Robots learn to cook", "Power Apps gets a new designer"]
    );
    assert_eq!(
        within(TimeRange::PastWeek),
        ["Robots learn to cook", "Power Apps gets a new designer"]
    );
    assert_eq!(within(TimeRange::PastMonth).len(), 3);
    let march = TimeRange::from_param("2024-03-01..2024-03-31").unwrap_or_default();
    assert_eq!(within(march), ["Teams integration for Power Apps"]);
}

#[test]
fn minimum_quality_clamps_and_leaves_out_unscored_stories() {
    let (titles, _) = run(&Query {
        min_quality: 80,
        ..Query::default()
    });
    assert_eq!(
        titles,
        [
            "Robots learn to cook",
            "Power Apps gets a new designer",
            "Undated robotics roundup"
        ]
    );
    assert_eq!(
        run(&Query {
            min_quality: 100,
            ..Query::default()
        })
        .0,
        ["Power Apps gets a new designer"]
    );
}

#[test]
fn sort_orders_and_tie_breaks() {
    let sorted = |sort| {
        run(&Query {
            sort: Some(sort),
            ..Query::default()
        })
        .0
    };
    assert_eq!(
        sorted(SortOrder::Oldest)[0],
        "Teams integration for Power Apps"
    );
    assert_eq!(sorted(SortOrder::Oldest)[4], "Undated robotics roundup");
    // Equal heat: the newer story first.
    assert_eq!(
        sorted(SortOrder::Trending)[..2],
        ["Power Apps gets a new designer", "Cafe culture and AI"]
    );
    // Quality 120 counts as 100; equal quality 80: newer first, undated after.
    assert_eq!(
        sorted(SortOrder::Quality)[..3],
        [
            "Power Apps gets a new designer",
            "Robots learn to cook",
            "Undated robotics roundup"
        ]
    );
}

#[test]
fn relevance_puts_title_matches_first_and_is_the_default_while_searching() {
    let (titles, result) = run(&Query {
        text: "cafe ".into(),
        ..Query::default()
    });
    assert_eq!(titles, ["Cafe culture and AI", "Robots learn to cook"]);
    assert_eq!(result.terms.words, ["cafe"]);
    let (titles, _) = run(&Query {
        text: "cafe ".into(),
        sort: Some(SortOrder::Newest),
        ..Query::default()
    });
    assert_eq!(titles, ["Robots learn to cook", "Cafe culture and AI"]);
}
