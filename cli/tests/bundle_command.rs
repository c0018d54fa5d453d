//! `newsdeck bundle` run as a user runs it, on a temporary folder.

use std::fs;
use std::process::Command;

use newsdeck_core::parse_bundle;

fn newsdeck() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsdeck"))
}

const STORY: &str = "---\ntitle: \"Older story\"\npublishedDateTime: 2021-01-01T00:00:00Z\nwebUrl: \"https://a.test/old\"\nsecured: \"x;y\"\n---\n";
const NEWER: &str = "---\ntitle: \"Newer &amp; better\"\npublishedDateTime: 2023-05-01T09:00:00-07:00\nwebUrl: \"https://a.test/new\"\ntopics:\n  - AI\n---\nBody.\n";

#[test]
fn bundles_a_folder_newest_first_and_reports_bad_files() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let news = dir.path().join("_news");
    fs::create_dir_all(news.join("nested")).unwrap_or_default();
    fs::write(news.join("a.md"), STORY).unwrap_or_default();
    fs::write(news.join("nested/b.md"), NEWER).unwrap_or_default();
    fs::write(news.join("broken.md"), "---\ntitle: [unclosed\n---\n").unwrap_or_default();
    fs::write(news.join("untitled.md"), "---\nexcerpt: no title\n---\n").unwrap_or_default();
    fs::write(news.join("notes.txt"), "ignored").unwrap_or_default();
    let out = dir.path().join("out/bundle.json");

    let run = newsdeck()
        .args(["bundle"])
        .arg(&news)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(
        stderr.contains("broken.md:2:8: YAML: unclosed bracket"),
        "{stderr}"
    );
    assert!(
        stderr.contains("untitled.md:1:1: record skipped: it has no title"),
        "{stderr}"
    );
    assert!(
        stderr.contains("read 4 files with 3 records; skipped 2; wrote 2 articles to"),
        "{stderr}"
    );

    let written = fs::read_to_string(&out).unwrap_or_default();
    assert!(!written.contains("secured"));
    let bundle = parse_bundle(&written).unwrap_or_default();
    let titles: Vec<&str> = bundle.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Newer & better", "Older story"]);
    assert_eq!(bundle.articles[0].topics, ["AI"]);
    assert!(written.starts_with("{\"version\":1,"));
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("out"))
        .map(|d| d.flatten().count())
        .into_iter()
        .collect();
    assert_eq!(leftovers, [1], "no temporary file is left behind");
}

#[test]
fn pretty_output_and_json_inputs_are_accepted() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let page = dir.path().join("page.json");
    fs::write(&page, r#"{"page": 1, "value": [{"title": "From a page", "webUrl": "https://a.test/p"}], "nextPage": 2}"#).unwrap_or_default();
    let out = dir.path().join("bundle.json");
    let run = newsdeck()
        .arg("bundle")
        .arg(&page)
        .arg("--pretty")
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(run.status.success());
    let written = fs::read_to_string(&out).unwrap_or_default();
    assert!(written.starts_with("{\n  \"version\": 1,"), "{written}");
    assert_eq!(parse_bundle(&written).map(|b| b.articles.len()), Ok(1));
}

#[test]
fn nothing_to_bundle_is_an_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("bundle.json");
    let run = newsdeck()
        .arg("bundle")
        .arg(dir.path().join("missing"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("missing: no such file or folder"));
    assert!(!out.exists());
}

/// A bundle the widget reads whole, the CLI reads whole: a lone surrogate
/// escape is U+FFFD and a number too large for a float is absent, even in a
/// field nobody reads.
#[test]
fn json_inputs_are_read_as_the_widget_reads_them() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let input = dir.path().join("odd.json");
    let text = r#"{"version": 1, "stats": {"reach": 1e400, "floor": -1e400}, "articles": [
        {"title": "Caf\u00e9 \udc00", "quality": 1e400, "webUrl": "https://a.test/1"},
        {"title": "Second \ud800 half", "x": "\ud800\ud83d\ude00"}
    ]}"#;
    fs::write(&input, text).unwrap_or_default();
    let out = dir.path().join("bundle.json");
    let run = newsdeck()
        .arg("bundle")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    let bundle = parse_bundle(&fs::read_to_string(&out).unwrap_or_default()).unwrap_or_default();
    let titles: Vec<&str> = bundle.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Café \u{fffd}", "Second \u{fffd} half"]);
    assert_eq!(bundle.articles[0].quality, None);
    assert_eq!(parse_bundle(text).map(|b| b.articles), Ok(bundle.articles));

    let run = newsdeck()
        .arg("validate")
        .arg(&input)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("checked 1 file (2 records)"), "{stderr}");
}

#[test]
fn an_empty_folder_and_a_filter_that_leaves_nothing_both_write_an_empty_bundle() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let empty = dir.path().join("_news");
    fs::create_dir_all(&empty).unwrap_or_default();
    let full = dir.path().join("full");
    fs::create_dir_all(&full).unwrap_or_default();
    fs::write(full.join("a.md"), STORY).unwrap_or_default();
    for (input, extra) in [
        (&empty, vec![]),
        (&full, vec!["--topic", "nothing-has-this"]),
    ] {
        let out = dir.path().join("out.json");
        let run = newsdeck()
            .arg("bundle")
            .arg(input)
            .args(&extra)
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(0), "{stderr}");
        assert!(stderr.contains("wrote 0 articles"), "{stderr}");
        assert!(stderr.contains("warning: the bundle is empty"), "{stderr}");
        let written = fs::read_to_string(&out).unwrap_or_default();
        assert_eq!(parse_bundle(&written).map(|b| b.articles.len()), Ok(0));

        let stats = newsdeck()
            .arg("stats")
            .arg(&out)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            stats.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&stats.stderr)
        );
        assert!(String::from_utf8_lossy(&stats.stdout).starts_with("0 articles"));
    }
}

#[test]
fn inputs_that_give_nothing_readable_never_replace_a_bundle() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let news = dir.path().join("_news");
    fs::create_dir_all(&news).unwrap_or_default();
    fs::write(news.join("broken.md"), "---\ntitle: [unclosed\n---\n").unwrap_or_default();
    let out = dir.path().join("bundle.json");
    fs::write(&out, "{\"version\":1,\"articles\":[]}").unwrap_or_default();
    let run = newsdeck()
        .arg("bundle")
        .arg(&news)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("nothing written"));
    assert_eq!(
        fs::read_to_string(&out).unwrap_or_default(),
        "{\"version\":1,\"articles\":[]}"
    );
}

#[test]
fn drafts_stay_out_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let news = dir.path().join("_news");
    fs::create_dir_all(&news).unwrap_or_default();
    fs::write(news.join("a.md"), STORY).unwrap_or_default();
    let draft =
        "---\ntitle: \"Not yet\"\npublished: false\nwebUrl: \"https://a.test/draft\"\n---\n";
    fs::write(news.join("draft.md"), draft).unwrap_or_default();
    let hugo_draft =
        "---\ntitle: \"Hugo draft\"\ndraft: true\nwebUrl: \"https://a.test/hugo\"\n---\n";
    fs::write(news.join("hugo.md"), hugo_draft).unwrap_or_default();
    let out = dir.path().join("out.json");
    let titles = |extra: &[&str]| {
        let run = newsdeck()
            .arg("bundle")
            .arg(&news)
            .args(extra)
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
        let mut titles: Vec<String> = parse_bundle(&fs::read_to_string(&out).unwrap_or_default())
            .unwrap_or_default()
            .articles
            .into_iter()
            .map(|a| a.title)
            .collect();
        titles.sort();
        (titles, stderr)
    };
    let (kept, said) = titles(&[]);
    assert_eq!(kept, ["Older story"], "{said}");
    assert!(
        said.contains("left out 2 drafts (--include-drafts keeps them)"),
        "{said}"
    );
    let (all, _) = titles(&["--include-drafts"]);
    assert_eq!(all, ["Hugo draft", "Not yet", "Older story"]);
    // Older scripts that asked for published stories only still run.
    assert_eq!(titles(&["--published-only"]).0, ["Older story"]);
}
