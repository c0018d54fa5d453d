//! Counting what a bundle holds, for `newsdeck stats`.

use std::collections::BTreeMap;

use newsdeck_core::{Article, Timestamp};
use serde::Serialize;

/// How many stories a bundle holds, broken down the ways a site owner asks.
#[derive(Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    pub total: usize,
    pub drafts: usize,
    pub undated: usize,
    pub without_images: usize,
    pub without_excerpt: usize,
    /// Most frequent first.
    pub by_topic: Vec<Count>,
    /// Most frequent first.
    pub by_provider: Vec<Count>,
    /// `YYYY-MM` in UTC, newest first.
    pub by_month: Vec<Count>,
    /// `article`, `video`, most frequent first.
    pub by_type: Vec<Count>,
}

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    pub name: String,
    pub count: usize,
}

impl Stats {
    pub fn of(articles: &[Article]) -> Stats {
        let mut topics = BTreeMap::new();
        let mut providers = BTreeMap::new();
        let mut months = BTreeMap::new();
        let mut kinds = BTreeMap::new();
        let mut stats = Stats {
            total: articles.len(),
            ..Stats::default()
        };
        for article in articles {
            for topic in &article.topics {
                *topics.entry(topic.clone()).or_insert(0) += 1;
            }
            let provider = article.provider_name().unwrap_or("(none)");
            *providers.entry(provider.to_owned()).or_insert(0) += 1;
            let kind = if article.is_video() {
                "video"
            } else {
                "article"
            };
            *kinds.entry(kind.to_owned()).or_insert(0) += 1;
            match article.published_at.as_ref().and_then(|m| m.timestamp()) {
                Some(at) => *months.entry(month_of(at)).or_insert(0) += 1,
                None => stats.undated += 1,
            }
            stats.drafts += usize::from(article.is_draft());
            stats.without_images += usize::from(article.images.is_empty());
            stats.without_excerpt += usize::from(article.excerpt.is_none());
        }
        stats.by_topic = most_first(topics);
        stats.by_provider = most_first(providers);
        stats.by_type = most_first(kinds);
        stats.by_month = months
            .into_iter()
            .rev()
            .map(|(name, count)| Count { name, count })
            .collect();
        stats
    }
}

/// `2021-08` for a time on 17 August 2021, UTC.
fn month_of(at: Timestamp) -> String {
    let utc = Timestamp {
        offset_minutes: 0,
        ..at
    };
    utc.to_rfc3339().chars().take(7).collect()
}

/// Counts, largest first; equal counts in name order.
fn most_first(counts: BTreeMap<String, usize>) -> Vec<Count> {
    let mut list: Vec<Count> = counts
        .into_iter()
        .map(|(name, count)| Count { name, count })
        .collect();
    list.sort_by_key(|c| std::cmp::Reverse(c.count));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsdeck_core::{Image, Moment, Provider, StoryKind};

    #[test]
    fn counts_every_breakdown() {
        let story = |date: &str, topic: &str, provider: &str| Article {
            title: "t".into(),
            published_at: Some(Moment::from_text(date)),
            topics: vec![topic.into()],
            provider: Some(Provider {
                name: provider.into(),
                ..Provider::default()
            }),
            ..Article::default()
        };
        let mut video = story("2021-08-31T23:30:00-07:00", "AI", "RT");
        video.kind = StoryKind::Video;
        video.excerpt = Some("x".into());
        video.images = vec![Image::default()];
        video.is_published = Some(false);
        let articles = [
            story("2021-08-01T00:00:00Z", "AI", "RT"),
            story("2021-07-01T00:00:00Z", "Power Apps", "Forbes"),
            video,
            story("not a date", "AI", "Forbes"),
        ];
        let stats = Stats::of(&articles);
        let pairs = |counts: &[Count]| {
            counts
                .iter()
                .map(|c| (c.name.clone(), c.count))
                .collect::<Vec<_>>()
        };
        assert_eq!((stats.total, stats.drafts, stats.undated), (4, 1, 1));
        assert_eq!((stats.without_images, stats.without_excerpt), (3, 3));
        assert_eq!(
            pairs(&stats.by_topic),
            [("AI".into(), 3), ("Power Apps".into(), 1)]
        );
        assert_eq!(
            pairs(&stats.by_provider),
            [("Forbes".into(), 2), ("RT".into(), 2)]
        );
        assert_eq!(
            pairs(&stats.by_month),
            [
                ("2021-09".into(), 1),
                ("2021-08".into(), 1),
                ("2021-07".into(), 1)
            ]
        );
        assert_eq!(
            pairs(&stats.by_type),
            [("article".into(), 3), ("video".into(), 1)]
        );
    }
}
