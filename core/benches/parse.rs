//! Reading a bundle at 10k and 100k articles generated from the corpus, by
//! the ways the widget could: record by record from the text (what it does),
//! through one JSON tree of the whole bundle first; and the JSON alone, apart
//! from normalising the records, by newsdeck's reader and by serde_json. Run with
//! `cargo bench -p newsdeck-core --bench parse`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use newsdeck_core::parse_json;
use newsdeck_core::{json, parse_bundle, read_bundle, sample, write_bundle};
use serde_json::Value;

#[path = "../tests/demo/mod.rs"]
mod demo;

fn bench(c: &mut Criterion) {
    let base = demo::articles();
    assert!(!base.is_empty(), "the demo bundle is missing");
    let mut group = c.benchmark_group("parse");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for size in [10_000, 100_000] {
        let bundle = write_bundle(&sample::scaled(&base, size), false);
        println!(
            "{size} articles: {:.1} MB of JSON",
            bundle.len() as f64 / 1e6
        );
        group.bench_function(format!("{size} record by record (parse_bundle)"), |b| {
            b.iter(|| black_box(parse_bundle(&bundle)))
        });
        group.bench_function(format!("{size} through a whole tree"), |b| {
            b.iter(|| black_box(parse_json(&bundle).map(|v| read_bundle(&v))))
        });
        group.bench_function(format!("{size} JSON only (json::parse)"), |b| {
            b.iter(|| black_box(json::parse(&bundle).is_ok()))
        });
        group.bench_function(format!("{size} JSON value only (serde_json)"), |b| {
            b.iter(|| black_box(serde_json::from_str::<Value>(&bundle)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
