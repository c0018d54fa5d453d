//! Every record of the real corpus, read the way the CLI and widget read it.
//!
//! The corpus sits beside the repository (`../shared/corpus`), or wherever
//! NEWSDECK_CORPUS points. These tests fail, rather than pass silently, when
//! it is missing.

mod common;

use std::path::Path;

use common::corpus;
use newsdeck_cli::harvest::harvest;
use newsdeck_cli::sources::input_files;
use newsdeck_core::{parse_bundle, Article, Moment};

fn front_matter_articles() -> Vec<Article> {
    let root = corpus();
    let found = harvest(&[
        root.join("seed"),
        root.join("ai/_news"),
        root.join("powerapps/_news"),
    ]);
    assert_eq!(found.problems, [], "every front-matter file reads cleanly");
    assert_eq!(found.files_read, 715);
    found.articles
}

fn find<'a>(articles: &'a [Article], title_start: &str) -> &'a Article {
    articles
        .iter()
        .find(|a| a.title.starts_with(title_start))
        .unwrap_or_else(|| panic!("no article titled {title_start:?}"))
}

#[test]
fn all_715_front_matter_records_become_articles() {
    let articles = front_matter_articles();
    assert_eq!(articles.len(), 715);
    assert!(articles.iter().all(|a| !a.title.is_empty()));
    assert!(
        articles.iter().all(|a| a.link().is_some()),
        "every corpus record has a usable link"
    );
    assert!(articles.iter().all(|a| a.provider.is_some()));
    let unreadable_dates = articles
        .iter()
        .filter(|a| !matches!(a.published_at, Some(Moment::Known(_))))
        .count();
    assert_eq!(unreadable_dates, 0);
    assert_eq!(articles.iter().filter(|a| a.is_video()).count(), 12);
    assert_eq!(articles.iter().filter(|a| a.is_draft()).count(), 272);
    assert_eq!(articles.iter().filter(|a| a.images.is_empty()).count(), 65);
    assert_eq!(
        articles.iter().filter(|a| a.urls.web_url.is_none()).count(),
        12
    );
}

#[test]
fn the_seed_record_reads_exactly() {
    let articles = front_matter_articles();
    let seed = find(&articles, "UK privacy advocates sound alarm");
    assert_eq!(seed.title, "UK privacy advocates sound alarm on ‘dystopian’ live facial recognition technology used by police");
    assert_eq!(
        seed.link(),
        Some("https://www.rt.com/uk/532293-uk-facial-recognition-concerns/")
    );
    assert_eq!(
        seed.urls.amp_web_url.as_deref(),
        Some("https://www.rt.com/uk/532293-uk-facial-recognition-concerns/amp/")
    );
    assert_eq!(
        seed.published_at
            .as_ref()
            .and_then(Moment::timestamp)
            .map(|t| t.to_rfc3339())
            .as_deref(),
        Some("2021-08-17T12:45:00Z")
    );
    assert_eq!(
        (seed.quality, seed.heat, seed.is_published),
        (Some(46), Some(46), Some(false))
    );
    let provider = seed
        .provider
        .as_ref()
        .map(|p| (p.name.as_str(), p.domain.as_deref()));
    assert_eq!(provider, Some(("RT", Some("rt.com"))));
    assert_eq!(seed.topics, ["Computer Vision", "AI"]);
    assert_eq!(seed.images.len(), 1);
    assert_eq!(
        (seed.images[0].width, seed.images[0].height),
        (Some(1240), Some(697))
    );
    let related: Vec<(&str, Option<&str>)> = seed
        .related
        .iter()
        .map(|r| (r.provider_name().unwrap_or(""), r.link()))
        .collect();
    assert_eq!(related.len(), 2);
    assert_eq!(related[0].0, "Daily Mail");
    assert_eq!(related[1], ("WGBH", Some("https://www.wgbh.org/news/commentary/2021/08/17/facial-recognition-technology-a-threat-to-privacy-and-freedom")));
    assert_eq!(seed.related[1].quality, Some(39));
}

#[test]
fn the_quirks_listed_for_the_corpus_are_survived() {
    let articles = front_matter_articles();
    let all_text = articles
        .iter()
        .flat_map(|a| std::iter::once(&a.title).chain(a.excerpt.as_ref()));
    assert_eq!(
        all_text
            .filter(|t| t.contains("&nbsp;") || t.contains("&#8217;"))
            .count(),
        0,
        "entities are decoded"
    );

    let over_100: Vec<i64> = articles
        .iter()
        .filter_map(|a| a.quality)
        .filter(|&q| q > 100)
        .collect();
    assert!(over_100.contains(&189) && over_100.contains(&101));
    let quality_shown = articles
        .iter()
        .filter(|a| a.quality == Some(189))
        .filter_map(Article::quality_percent)
        .next();
    assert_eq!(quality_shown, Some(100));

    let cold = articles
        .iter()
        .filter(|a| a.heat == Some(-1))
        .collect::<Vec<_>>();
    assert!(!cold.is_empty() && cold.iter().all(|a| a.is_draft()));

    let old = articles.iter().filter(|a| a.quality.is_none()).count();
    assert_eq!(old, 10, "the oldest records carry no quality");

    // Six AI records list the same related story twice; it is kept once.
    let doubled = find(
        &articles,
        "This Startup Claims Its Models Fix A Major Problem",
    );
    assert_eq!(doubled.related.len(), 18);
    let mut links: Vec<&str> = doubled.related.iter().filter_map(Article::link).collect();
    links.sort_unstable();
    links.dedup();
    assert_eq!(links.len(), 18);

    let video = find(
        &articles,
        "Microsoft Power Apps | 2019 release wave 2 overview",
    );
    assert!(video.is_video());
    assert_eq!(
        video.link(),
        Some("https://youtube.com/watch?v=WJk-Y8LQlfE")
    );
    assert_eq!(
        video
            .provider
            .as_ref()
            .and_then(|p| p.logo.as_ref())
            .and_then(|l| l.width),
        Some(50)
    );
}

#[test]
fn every_api_page_reads_with_its_paging() {
    let root = corpus().join("powerapps/api/news");
    let (pages, problems) = input_files(&[root.join("page")]);
    assert_eq!(problems, []);
    assert_eq!(pages.len(), 18);
    let mut total = 0;
    for path in &pages {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let page = parse_bundle(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(page.report.skipped.is_empty(), "{}", path.display());
        let number: u64 = path
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let expected_next = (number < 18).then_some(number + 1);
        assert_eq!(page.next_page, expected_next, "{}", path.display());
        total += page.articles.len();
    }
    assert_eq!(total, 428);

    // The older snapshots and topic folders carry times with offsets.
    let (all_json, _) = input_files(std::slice::from_ref(&root));
    assert_eq!(all_json.len(), 38);
    let old =
        parse_bundle(&std::fs::read_to_string(root.join("page4/index.json")).unwrap_or_default())
            .unwrap_or_default();
    let offsets: Vec<i32> = old
        .articles
        .iter()
        .filter_map(|a| a.published_at.as_ref()?.timestamp())
        .map(|t| t.offset_minutes)
        .collect();
    assert!(offsets.contains(&-480), "{offsets:?}");
}

#[test]
fn the_demo_bundle_is_the_whole_corpus_and_up_to_date() {
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../static/demo-bundle.json"),
    );
    let committed = committed.unwrap_or_default();
    let mut expected = newsdeck_core::write_bundle(
        &newsdeck_core::Feed::new(front_matter_articles()).into_newest_first(),
        false,
    );
    expected.push('\n');
    assert!(
        committed == expected,
        "static/demo-bundle.json is stale: run `make demo-bundle`"
    );
    let demo = parse_bundle(&committed).unwrap_or_default();
    assert_eq!(demo.articles.len(), 715);
    assert!(demo.report.skipped.is_empty());
}
