//! Large feeds made from real records, for benchmarks and scale tests: the
//! corpus repeated with shifted dates and varied wording, so indexes and
//! sorting see realistic vocabularies rather than one record copied.

use crate::article::Article;
use crate::date::{Moment, Timestamp};

/// Words mixed into generated titles so copies are not identical.
const EXTRA_WORDS: [&str; 12] = [
    "update",
    "preview",
    "launch",
    "guide",
    "analysis",
    "report",
    "roundup",
    "briefing",
    "insight",
    "review",
    "deep-dive",
    "explainer",
];

/// `count` articles cycling through `base`; each round of copies is 45 days
/// older than the one before (further apart than same-story clustering
/// looks) and carries varied titles, links and heat.
pub fn scaled(base: &[Article], count: usize) -> Vec<Article> {
    if base.is_empty() {
        return Vec::new();
    }
    (0..count)
        .map(|n| {
            let mut article = base[n % base.len()].clone();
            let round = n / base.len();
            if round > 0 {
                article.title = format!(
                    "{} {} {round}",
                    article.title,
                    EXTRA_WORDS[n % EXTRA_WORDS.len()]
                );
                for url in [&mut article.urls.web_url, &mut article.urls.original_url]
                    .into_iter()
                    .flatten()
                {
                    url.push_str(&format!("?copy={round}"));
                }
                article.heat = article.heat.map(|h| (h + round as i64 * 7) % 200);
                if let Some(Moment::Known(at)) = &article.published_at {
                    let shifted = at.unix_seconds - round as i64 * 86_400 * 45;
                    article.published_at = Some(Moment::Known(Timestamp {
                        unix_seconds: shifted,
                        ..*at
                    }));
                }
            }
            article
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_the_base_with_variation() {
        let base = vec![
            Article {
                title: "One".into(),
                published_at: Some(Moment::from_text("2024-01-10T00:00:00Z")),
                ..Article::default()
            },
            Article {
                title: "Two".into(),
                ..Article::default()
            },
        ];
        let big = scaled(&base, 5);
        let titles: Vec<&str> = big.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "One",
                "Two",
                "One launch 1",
                "Two guide 1",
                "One analysis 2"
            ]
        );
        let day = |a: &Article| {
            a.published_at
                .as_ref()
                .and_then(Moment::timestamp)
                .map(|t| t.to_rfc3339()[..10].to_owned())
        };
        assert_eq!(day(&big[2]).as_deref(), Some("2023-11-26"));
        assert!(scaled(&[], 10).is_empty());
    }
}
