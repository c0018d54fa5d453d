//! `newsdeck render` run as a user runs it: the first screen's HTML.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn newsdeck() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_newsdeck"));
    // 2026-12-08T00:00:00Z: dates this year show no year.
    command.env("SOURCE_DATE_EPOCH", "1796688000");
    command
}

const BUNDLE: &str = r#"{"version":1,"articles":[
{"title":"Newest <b>bold</b> story","excerpt":"First & best.","webUrl":"https://a.test/one","publishedDateTime":"2026-12-01T10:00:00Z","provider":{"name":"Contoso"},"topics":["AI"],"images":[{"url":"https://a.test/one.png","width":800,"height":450}]},
{"title":"Older story","webUrl":"https://a.test/two","publishedDateTime":"2025-06-01T10:00:00Z","published":false},
{"title":"Oldest story","webUrl":"javascript:alert(1)","publishedDateTime":"2024-01-01T10:00:00Z"}
]}"#;

/// A folder holding `bundle.json`.
fn with_bundle() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    fs::write(dir.path().join("bundle.json"), BUNDLE).unwrap_or_default();
    dir
}

fn run(dir: &Path, args: &[&str]) -> (Output, String, String) {
    let out = newsdeck()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let written = fs::read_to_string(dir.join("news.html")).unwrap_or_default();
    (out, stderr, written)
}

#[test]
fn writes_the_widget_element_with_its_first_screen_links_and_json_ld() {
    let dir = with_bundle();
    let (out, stderr, html) = run(
        dir.path(),
        &[
            "render",
            "bundle.json",
            "--set",
            "page-size=2",
            "--set",
            "layout=list",
            "--more-href",
            "/news/",
            "-o",
            "news.html",
        ],
    );
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("wrote the first 2 of 3 articles to news.html"),
        "{stderr}"
    );
    assert!(html.starts_with(
        "<div data-newsdeck data-src=\"bundle.json\" data-page-size=\"2\" data-layout=\"list\" data-more-href=\"/news/\">\n<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"newsdeck.css\"><div class=\"nd-first\"><section class=\"newsdeck newsdeck--list\" aria-label=\"News\">"
    ), "{html}");
    // The widget's own cards: two, the first page; titles as text.
    assert_eq!(html.matches("<article").count(), 2, "{html}");
    assert!(html.contains("Newest &lt;b&gt;bold&lt;/b&gt; story"));
    assert!(!html.contains("<b>bold</b>"));
    assert!(html.contains("<time"));
    assert!(html.contains("datetime=\"2026-12-01T10:00:00Z\""));
    assert!(html.contains("class=\"nd-more__page\" href=\"/news/\""));
    // A bundle is shown whole, drafts too, as the widget shows it.
    assert!(html.contains("Older story"));
    assert!(!html.contains("javascript:"));
    assert!(html.contains(
        "<ul class=\"newsdeck-links\">\n<li><a href=\"https://a.test/one\" target=\"_blank\" rel=\"noopener\">"
    ));
    assert!(html.contains("<script type=\"application/ld+json\">"));
    assert!(html.contains("\"headline\":\"Newest \\u003cb>bold\\u003c/b> story\""));
}

#[test]
fn a_whole_page_and_settings_warned_about_as_the_widget_warns() {
    let dir = with_bundle();
    let (out, stderr, html) = run(
        dir.path(),
        &[
            "render",
            "bundle.json",
            "--page",
            "--title",
            "Company news",
            "--set",
            "page-size=0",
            "--set",
            "locale=de",
            "--script",
            "/assets/newsdeck.js",
            "--src",
            "/news.json",
            "--base-url",
            "https://example.com/blog/",
            "-o",
            "news.html",
        ],
    );
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("data-page-size=\"0\" is not valid"),
        "{stderr}"
    );
    assert!(html.starts_with("<!doctype html>\n<html lang=\"de\">"));
    assert!(html.contains("<title>Company news</title>"));
    assert!(html.contains("<script type=\"module\" src=\"/assets/newsdeck.js\"></script>"));
    assert!(html.contains("href=\"/assets/newsdeck.css\""));
    assert!(html.contains("data-src=\"https://example.com/news.json\""));
    // The default page size, as the widget falls back to.
    assert_eq!(html.matches("<article").count(), 3);
}

#[test]
fn front_matter_is_selected_as_bundle_selects_it_and_needs_src() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let news = dir.path().join("_news");
    fs::create_dir_all(&news).unwrap_or_default();
    fs::write(
        news.join("a.md"),
        "---\ntitle: Published\ndate: 2026-11-01\nurl: https://a.test/a\n---\n",
    )
    .unwrap_or_default();
    fs::write(
        news.join("b.md"),
        "---\ntitle: A draft\ndate: 2026-11-02\nurl: https://a.test/b\ndraft: true\n---\n",
    )
    .unwrap_or_default();
    let (out, stderr, _) = run(dir.path(), &["render", "_news", "-o", "news.html"]);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--src is needed"), "{stderr}");

    let (out, stderr, html) = run(
        dir.path(),
        &["render", "_news", "--src", "news.json", "-o", "news.html"],
    );
    assert!(out.status.success(), "{stderr}");
    assert!(html.contains("Published"));
    assert!(!html.contains("A draft"));
    assert!(stderr.contains("left out 1 draft"), "{stderr}");
}

#[test]
fn the_same_inputs_write_the_same_page() {
    let dir = with_bundle();
    let (_, _, first) = run(dir.path(), &["render", "bundle.json", "-o", "news.html"]);
    let (_, _, second) = run(dir.path(), &["render", "bundle.json", "-o", "news.html"]);
    assert!(!first.is_empty());
    assert_eq!(first, second);
}
