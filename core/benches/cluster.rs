//! Clustering time at 10k and 100k articles generated from the corpus.
//! Run with `cargo bench -p newsdeck-core --bench cluster`; the goal is
//! under 200 ms at 100k articles.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use newsdeck_core::{sample, Clusters, Feed};

#[path = "../tests/demo/mod.rs"]
mod demo;

fn bench(c: &mut Criterion) {
    let base = demo::articles();
    assert!(!base.is_empty(), "the demo bundle is missing");
    let mut group = c.benchmark_group("cluster");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for size in [10_000, 100_000] {
        let feed = Feed::new(sample::scaled(&base, size));
        let clusters = Clusters::build(&feed);
        let stories: std::collections::HashSet<u32> = (0..size as u32)
            .map(|id| clusters.representative(id))
            .collect();
        println!("{size} articles: {} stories", stories.len());
        group.bench_function(format!("{size} articles"), |b| {
            b.iter(|| black_box(Clusters::build(&feed)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
