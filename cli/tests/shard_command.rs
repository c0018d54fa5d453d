//! `newsdeck bundle --shard-size`: a manifest and numbered shards that read
//! back as the same articles, in the same order, as one bundle.

mod common;

use std::ffi::OsString;
use std::path::Path;

use common::{corpus_front_matter, newsdeck, read, stderr, temp_dir, write};
use newsdeck_cli::harvest::harvest;
use newsdeck_core::parse_bundle;
use newsdeck_core::Manifest;
use serde_json::Value;

fn bundle_corpus(out: &Path, extra: &[&str]) {
    let mut args: Vec<OsString> = vec!["bundle".into(), "--include-drafts".into()];
    args.extend(corpus_front_matter().into_iter().map(Into::into));
    args.extend(extra.iter().map(Into::into));
    args.extend(["-o".into(), out.into()]);
    let run = newsdeck(args);
    assert!(run.status.success(), "{}", stderr(&run));
}

#[test]
fn shards_read_back_as_the_single_bundle() {
    let dir = temp_dir();
    let single = dir.path().join("single.json");
    let sharded = dir.path().join("site/news.json");
    bundle_corpus(&single, &[]);
    bundle_corpus(&sharded, &["--shard-size", "100"]);

    let manifest_value: Value = serde_json::from_str(&read(&sharded)).unwrap_or_default();
    let manifest = Manifest::from_value(&manifest_value)
        .and_then(Result::ok)
        .unwrap_or_else(|| panic!("not a manifest: {manifest_value}"));
    assert_eq!((manifest.total, manifest.shard_size), (711, 100));
    let counts: Vec<usize> = manifest.shards.iter().map(|s| s.count).collect();
    assert_eq!(counts, [100, 100, 100, 100, 100, 100, 100, 11]);
    let named = |path: &str, number: &str| {
        let hash = path
            .strip_prefix(&format!("news-{number}-"))
            .and_then(|rest| rest.strip_suffix(".json"));
        hash.is_some_and(|h| h.len() == 12 && h.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    assert!(
        named(&manifest.shards[0].path, "0001"),
        "{:?}",
        manifest.shards[0]
    );
    assert!(
        named(&manifest.shards[7].path, "0008"),
        "{:?}",
        manifest.shards[7]
    );
    assert_eq!(
        manifest.shards[0].newest.as_deref(),
        Some("2024-04-11T08:00:16Z")
    );
    // Shards follow each other in time: each ends no later than the next begins.
    for pair in manifest.shards.windows(2) {
        assert!(pair[0].oldest >= pair[1].newest, "{pair:?}");
    }

    let whole = parse_bundle(&read(&single)).unwrap_or_default().articles;
    let mut from_shards = Vec::new();
    for shard in &manifest.shards {
        let text = read(&dir.path().join("site").join(&shard.path));
        assert!(text.starts_with("{\"version\":1,\"articles\":["));
        from_shards.extend(parse_bundle(&text).unwrap_or_default().articles);
    }
    assert_eq!(from_shards, whole);
    // The CLI reads a manifest as its shards, too.
    assert_eq!(harvest(std::slice::from_ref(&sharded)).articles, whole);

    let validate = newsdeck(["validate".as_ref(), sharded.as_os_str()]);
    assert!(
        stderr(&validate).contains("checked 9 files (711 records)"),
        "{}",
        stderr(&validate)
    );
}

#[test]
fn a_manifest_naming_a_missing_or_wrong_shard_is_reported() {
    let dir = temp_dir();
    let manifest = dir.path().join("news.json");
    write(
        &dir.path().join("news-0001.json"),
        "{\"version\":1,\"articles\":[{\"title\":\"a\"}]}",
    );
    write(
        &manifest,
        "{\"version\": 1, \"kind\": \"manifest\", \"total\": 3, \"shardSize\": 2,\n \"shards\": [\n  {\"path\": \"news-0001.json\", \"count\": 2},\n  {\"path\": \"news-0002.json\", \"count\": 1}\n]}\n",
    );
    let run = newsdeck(["validate".as_ref(), manifest.as_os_str()]);
    assert_eq!(run.status.code(), Some(2));
    let report = stderr(&run);
    let at = |rest: &str| format!("{}:{rest}", manifest.display());
    assert!(
        report.contains(&at("3:30: shard news-0001.json holds 1 story, not 2")),
        "{report}"
    );
    assert!(
        report.contains(&at("4:4: shard news-0002.json cannot be read: ")),
        "{report}"
    );
    assert!(
        report.contains(&at(
            "1:36: the shards hold 1 story, not the 3 the manifest says"
        )),
        "{report}"
    );
}

fn manifest_at(path: &Path) -> Manifest {
    let value: Value = serde_json::from_str(&read(path)).unwrap_or_default();
    Manifest::from_value(&value)
        .and_then(Result::ok)
        .unwrap_or_else(|| panic!("not a manifest: {value}"))
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_new_run_switches_the_whole_set_and_removes_only_its_old_shards() {
    let dir = temp_dir();
    let site = dir.path().join("site");
    let out = site.join("news.json");
    bundle_corpus(&out, &["--shard-size", "300"]);
    let first = manifest_at(&out);
    // Someone else's file, and one a hostile manifest might name.
    write(&site.join("news-notes.txt"), "keep");
    write(&dir.path().join("precious.json"), "keep");

    // The same stories again: the same shards, kept as they are.
    bundle_corpus(&out, &["--shard-size", "300"]);
    assert_eq!(manifest_at(&out), first);

    // Other shard sizes: new shards, and the old ones gone once unlisted.
    bundle_corpus(&out, &["--shard-size", "250"]);
    let second = manifest_at(&out);
    let mut expected: Vec<String> = second.shards.iter().map(|s| s.path.clone()).collect();
    expected.extend(["news-notes.txt".to_owned(), "news.json".to_owned()]);
    expected.sort();
    assert_eq!(files_in(&site), expected);

    // A manifest naming files that are not its shards never gets them removed.
    let hostile = "{\"version\": 1, \"kind\": \"manifest\", \"total\": 1, \"shardSize\": 1, \"shards\": [{\"path\": \"../precious.json\", \"count\": 1}, {\"path\": \"news-notes.txt\", \"count\": 1}]}";
    write(&out, hostile);
    bundle_corpus(&out, &["--shard-size", "250"]);
    assert_eq!(read(&dir.path().join("precious.json")), "keep");
    assert_eq!(read(&site.join("news-notes.txt")), "keep");
}
