//! Query times at 10k and 100k articles generated from the corpus.
//! Run with `cargo bench -p newsdeck-core --bench query`; the goal is under
//! 5 ms for any single query at 100k articles.

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use newsdeck_core::{
    run_query, sample, Clusters, Facet, Feed, FeedIndex, Query, SortOrder, TimeRange,
};

#[path = "../tests/demo/mod.rs"]
mod demo;

fn queries() -> Vec<(&'static str, Query)> {
    let text = |t: &str| Query {
        text: t.into(),
        ..Query::default()
    };
    let mut ai = Query::default();
    ai.toggle(Facet::Topic, "ai");
    let mut busy = text("power -teams");
    busy.toggle(Facet::Provider, "microsoft.com");
    busy.toggle(Facet::Kind, "article");
    busy.time = TimeRange::PastMonth;
    busy.min_quality = 40;
    vec![
        ("everything, newest", Query::default()),
        ("word", text("copilot ")),
        ("typing a prefix", text("sage")),
        ("one letter typed", text("p")),
        ("phrase", text("\"power apps\"")),
        ("topic facet", ai),
        (
            "trending sort",
            Query {
                sort: Some(SortOrder::Trending),
                ..Query::default()
            },
        ),
        ("combined", busy),
    ]
}

fn bench(c: &mut Criterion) {
    let base = demo::articles();
    assert!(!base.is_empty(), "the demo bundle is missing");
    for size in [10_000, 100_000] {
        let started = Instant::now();
        let feed = Feed::new(sample::scaled(&base, size));
        let sorted = started.elapsed();
        let index = FeedIndex::build(&feed);
        let indexed = started.elapsed();
        index.words(&feed);
        println!(
            "{size} articles: feed order newest first {sorted:.1?}, facet and time index {:.1?}, \
             word index (built after first paint) {:.1?}",
            indexed - sorted,
            started.elapsed() - indexed
        );
        let now = 1_714_000_000;
        let mut group = c.benchmark_group(format!("query {size}"));
        for (name, query) in queries() {
            group.bench_function(name, |b| {
                b.iter(|| black_box(run_query(&feed, &index, None, black_box(&query), now)))
            });
        }
        // As the widget runs it by default: one card, and one count, per story.
        let stories = Clusters::build(&feed);
        for (name, query) in queries() {
            group.bench_function(format!("{name}, by story"), |b| {
                b.iter(|| {
                    black_box(run_query(
                        &feed,
                        &index,
                        Some(&stories),
                        black_box(&query),
                        now,
                    ))
                })
            });
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
