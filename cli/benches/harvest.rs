//! How long reading 10,000 front-matter files takes: the `bundle` command's
//! main cost. The files are made from the real corpus records (cycled, each
//! with its own address) in a temporary folder.
//!
//! `cargo bench -p newsdeck-cli --bench harvest`; set NEWSDECK_CORPUS when
//! the corpus is not at `../shared/corpus` beside the repository.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use newsdeck_cli::harvest::harvest;

const FILES: usize = 10_000;

fn corpus_files() -> Vec<PathBuf> {
    let root = std::env::var_os("NEWSDECK_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    let mut files: Vec<PathBuf> = ["ai/_news", "powerapps/_news"]
        .iter()
        .flat_map(|dir| fs::read_dir(root.join(dir)).into_iter().flatten().flatten())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no corpus at {}; set NEWSDECK_CORPUS",
        root.display()
    );
    files
}

/// Writes FILES front-matter files, each a corpus record with its own address.
fn generate(dir: &Path) {
    let sources: Vec<String> = corpus_files()
        .iter()
        .filter_map(|path| fs::read_to_string(path).ok())
        .collect();
    for n in 0..FILES {
        let text = sources[n % sources.len()].replacen(
            "webUrl: \"https://",
            &format!("webUrl: \"https://{n}."),
            1,
        );
        let written = fs::write(dir.join(format!("story-{n:05}.md")), text);
        assert!(written.is_ok(), "could not write the generated files");
    }
}

fn bench_harvest(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|err| panic!("no temporary folder: {err}"));
    generate(dir.path());
    let inputs = [dir.path().to_owned()];
    let mut group = c.benchmark_group("bundle");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("harvest 10k front-matter files", |b| {
        b.iter(|| {
            let read = harvest(black_box(&inputs));
            assert_eq!(read.articles.len(), FILES, "{:?}", read.problems.first());
        })
    });
    group.finish();
}

criterion_group!(benches, bench_harvest);
criterion_main!(benches);
