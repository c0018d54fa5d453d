//! `newsdeck bundle` on the real corpus, run as a site owner runs it.

mod common;

use std::path::Path;

use common::{corpus_front_matter, newsdeck, read, repository_file, stderr, temp_dir};
use newsdeck_core::{parse_bundle, Article};

fn bundle(extra: &[&str], out: &Path) -> (String, Vec<Article>) {
    let mut args: Vec<std::ffi::OsString> = vec!["bundle".into()];
    args.extend(corpus_front_matter().into_iter().map(Into::into));
    args.extend(extra.iter().map(Into::into));
    args.extend(["-o".into(), out.into()]);
    let run = newsdeck(args);
    let report = stderr(&run);
    assert!(run.status.success(), "{report}");
    let written = parse_bundle(&read(out)).unwrap_or_else(|err| panic!("{err}"));
    assert!(written.report.skipped.is_empty());
    (report, written.articles)
}

#[test]
fn all_715_records_are_read_and_the_4_republished_pages_merged() {
    let dir = temp_dir();
    let (report, articles) = bundle(&["--include-drafts"], &dir.path().join("news.json"));
    assert!(
        report.contains(
            "read 715 files with 715 records; skipped 0; merged 4 duplicates; wrote 711 articles"
        ),
        "{report}"
    );
    assert_eq!(articles.len(), 711);
    // Each pair is one page published twice under different titles; the
    // later version is the one kept.
    let kept = |start: &str| {
        articles
            .iter()
            .filter(|a| a.title.starts_with(start))
            .count()
    };
    assert_eq!(kept("User on boarding Walkthrough"), 1);
    assert_eq!(kept("On Boarding User External user"), 0);
    assert_eq!(kept("Microsoft Power Platform Stories"), 1);
    assert_eq!(kept("Power Platform Stories"), 0);
    assert_eq!(kept("Control Access to Dataverse with IP Firewall"), 1);
    assert_eq!(kept("Announcing Public preview of IP Firewall"), 0);
    assert_eq!(kept("Microsoft Makes Power Apps Changes"), 1);
}

#[test]
fn keeping_duplicates_rebuilds_the_demo_bundle_byte_for_byte() {
    let dir = temp_dir();
    let out = dir.path().join("demo.json");
    let (report, articles) = bundle(&["--keep-duplicates", "--include-drafts"], &out);
    assert!(report.contains("wrote 715 articles"), "{report}");
    assert_eq!(articles.len(), 715);
    assert!(read(&out) == read(&repository_file("static/demo-bundle.json")));
}

#[test]
fn drafts_stay_out_by_default_433_published_and_the_10_that_predate_the_field_stay_in() {
    let dir = temp_dir();
    let out = dir.path().join("published.json");
    let (report, all) = bundle(&["--keep-duplicates"], &out);
    assert!(
        report.contains("left out 272 drafts (--include-drafts keeps them)"),
        "{report}"
    );
    let marked = all.iter().filter(|a| a.is_published == Some(true)).count();
    let unmarked = all.iter().filter(|a| a.is_published.is_none()).count();
    assert_eq!((marked, unmarked, all.len()), (433, 10, 443));
    assert!(all.iter().all(|a| !a.is_draft()));

    // Merging the republished pages leaves one of each of the 3 published pairs.
    let (report, merged) = bundle(&[], &out);
    assert_eq!(merged.len(), 440, "{report}");
}

#[test]
fn filters_narrow_the_corpus_newest_first() {
    let dir = temp_dir();
    let out = dir.path().join("ai.json");
    let (report, articles) = bundle(
        &[
            "--topic",
            "ai",
            "--topic",
            "Machine Learning",
            "--since",
            "2021-01-01",
            "--limit",
            "25",
            "--include-drafts",
        ],
        &out,
    );
    assert_eq!(articles.len(), 25, "{report}");
    assert!(report.contains("left out"), "{report}");
    let since = newsdeck_core::Timestamp::parse("2021-01-01").map(|t| t.unix_seconds);
    let times: Vec<i64> = articles
        .iter()
        .filter_map(|a| a.published_at.as_ref()?.timestamp())
        .map(|t| t.unix_seconds)
        .collect();
    assert_eq!(times.len(), 25);
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "newest first");
    assert!(times.iter().all(|&t| Some(t) >= since));
    assert!(articles.iter().all(|a| a
        .topics
        .iter()
        .any(|t| t.eq_ignore_ascii_case("ai") || t.eq_ignore_ascii_case("machine learning"))));
}

#[test]
fn front_matter_and_api_pages_mix_and_merge() {
    let dir = temp_dir();
    let out = dir.path().join("mixed.json");
    let api_pages = common::corpus().join("powerapps/api/news/page");
    let (report, articles) = bundle(
        &[api_pages.to_str().unwrap_or_default(), "--include-drafts"],
        &out,
    );
    // The API pages republish the front-matter records: none adds a story.
    assert!(
        report.contains("read 733 files with 1143 records; skipped 0; merged 432 duplicates; wrote 711 articles"),
        "{report}"
    );
    assert_eq!(articles.len(), 711);
    assert!(!read(&out).contains("secured"));
}
