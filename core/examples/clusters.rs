//! Prints the stories a bundle's articles group into, for tuning and review:
//! `cargo run -p newsdeck-core --example clusters -- static/demo-bundle.json`.

use newsdeck_core::{parse_bundle, Clusters, Feed};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "static/demo-bundle.json".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let Ok(bundle) = parse_bundle(&text) else {
        eprintln!("{path}: not a bundle");
        return;
    };
    let feed = Feed::new(bundle.articles);
    let clusters = Clusters::build(&feed);
    let mut groups = 0;
    for &id in feed.newest_first() {
        let others = clusters.others(id);
        if others.is_empty() {
            continue;
        }
        groups += 1;
        for member in std::iter::once(id).chain(others.iter().copied()) {
            if let Some(article) = feed.article(member) {
                let when = article
                    .published_at
                    .as_ref()
                    .and_then(|m| m.timestamp())
                    .map(|t| t.to_rfc3339());
                println!(
                    "  {} | {} | {}",
                    when.unwrap_or_default(),
                    article.provider_name().unwrap_or(""),
                    article.title
                );
            }
        }
        println!();
    }
    println!(
        "{groups} stories with more than one article, {} articles",
        feed.len()
    );
}
