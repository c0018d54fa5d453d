//! Posts as Jekyll and Hugo sites write them, bundled and checked as a site
//! owner would on the first day.

mod common;

use std::path::Path;

use common::{newsdeck, read, stderr, temp_dir, write};
use newsdeck_core::parse_bundle;

const JEKYLL: &str = r#"---
layout: post
title: "We opened a second office"
date: 2024-05-02 09:30:00 +0200
description: "Lisbon joins Berlin."
image:
  path: /img/lisbon.jpg
  width: 1200
  height: 630
tags: [company, offices]
provider: Example Inc.
url: /news/lisbon/
---
Our new office is in Lisbon.
"#;

const HUGO: &str = "---\ntitle: \"Quarterly results\"\ndate: 2024-04-01T08:00:00Z\nlastmod: 2024-04-03T10:00:00Z\ncategories: [\"Finance\"]\nimages: [\"/img/q1.png\"]\nlink: \"https://press.example.org/q1\"\nmood: \"happy\"\n---\n\nRevenue **grew** by a [third](https://x.test/).\n\nMore below.\n";

fn posts(dir: &Path) -> std::path::PathBuf {
    let posts = dir.join("_posts");
    write(&posts.join("2024-05-02-lisbon.md"), JEKYLL);
    write(&posts.join("q1.md"), HUGO);
    posts
}

#[test]
fn posts_become_stories_with_their_addresses_resolved_against_the_site() {
    let dir = temp_dir();
    let posts = posts(dir.path());
    let out = dir.path().join("news.json");
    let run = newsdeck([
        "bundle".as_ref(),
        posts.as_os_str(),
        "--base-url".as_ref(),
        "https://example.com/".as_ref(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    let bundle = parse_bundle(&read(&out)).unwrap_or_default();
    let [lisbon, results] = &bundle.articles[..] else {
        panic!("two stories, newest first: {:?}", bundle.articles);
    };
    assert_eq!(lisbon.title, "We opened a second office");
    assert_eq!(lisbon.link(), Some("https://example.com/news/lisbon/"));
    assert_eq!(lisbon.excerpt.as_deref(), Some("Lisbon joins Berlin."));
    assert_eq!(lisbon.topics, ["company", "offices"]);
    assert_eq!(lisbon.provider_name(), Some("Example Inc."));
    let picture = lisbon
        .lead_image()
        .map(|i| (i.url.as_str(), i.width, i.height));
    assert_eq!(
        picture,
        Some(("https://example.com/img/lisbon.jpg", Some(1200), Some(630)))
    );
    let published = lisbon.published_at.as_ref().and_then(|m| m.timestamp());
    assert_eq!(
        published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-05-02T09:30:00+02:00")
    );

    assert_eq!(results.link(), Some("https://press.example.org/q1"));
    assert_eq!(results.excerpt.as_deref(), Some("Revenue grew by a third."));
    assert_eq!(results.topics, ["Finance"]);
    assert_eq!(
        results.lead_image().map(|i| i.url.as_str()),
        Some("https://example.com/img/q1.png")
    );
    assert!(results.updated_at.is_some());
}

#[test]
fn without_a_site_address_relative_ones_are_reported_where_they_are_written() {
    let dir = temp_dir();
    let posts = posts(dir.path());
    let out = dir.path().join("news.json");
    let run = newsdeck([
        "bundle".as_ref(),
        posts.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    let said = stderr(&run);
    assert!(run.status.success(), "{said}");
    assert!(
        said.contains("2024-05-02-lisbon.md:12:1: webUrl \"/news/lisbon/\" is relative to the site: give --base-url to resolve it"),
        "{said}"
    );
    assert!(
        said.contains("2024-05-02-lisbon.md:6:1: image address \"/img/lisbon.jpg\" is relative"),
        "{said}"
    );
    assert!(
        said.contains("q1.md:6:10: image address \"/img/q1.png\" is relative"),
        "{said}"
    );
}

#[test]
fn validate_warns_of_fields_it_ignores_and_of_relative_addresses() {
    let dir = temp_dir();
    let posts = posts(dir.path());
    let run = newsdeck(["validate".as_ref(), posts.as_os_str()]);
    let said = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{said}");
    assert!(
        said.contains("q1.md:8:1: mood is not a field newsdeck reads; it is ignored"),
        "{said}"
    );
    assert!(
        said.contains("webUrl \"/news/lisbon/\" is relative to the site"),
        "{said}"
    );
    // `layout` is the site generator's, not a mistake.
    assert!(!said.contains("layout"), "{said}");

    let resolved = newsdeck([
        "validate".as_ref(),
        posts.as_os_str(),
        "--base-url".as_ref(),
        "https://example.com/".as_ref(),
    ]);
    let said = stderr(&resolved);
    assert!(!said.contains("relative"), "{said}");
    assert!(said.contains("1 problem in 1 file"), "{said}");
}
