//! Which articles go into a bundle: the `bundle` command's filters.

use newsdeck_core::{Article, Timestamp};

/// The filters of `newsdeck bundle`; the default keeps everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// Drop drafts (`published: false`). Records without the field predate
    /// it and were all published, so they are kept.
    pub published_only: bool,
    /// Keep stories published at or after this time; undated ones are dropped.
    pub since: Option<Timestamp>,
    /// Keep stories with any of these topics, compared regardless of case.
    pub topics: Vec<String>,
    /// Keep at most this many of the newest stories.
    pub limit: Option<usize>,
}

impl Selection {
    /// The selected articles from a newest-first list, still newest first.
    pub fn apply(&self, newest_first: Vec<Article>) -> Vec<Article> {
        let limit = self.limit.unwrap_or(usize::MAX);
        newest_first
            .into_iter()
            .filter(|article| self.keeps(article))
            .take(limit)
            .collect()
    }

    fn keeps(&self, article: &Article) -> bool {
        if self.published_only && article.is_draft() {
            return false;
        }
        if let Some(since) = self.since {
            let published = article.published_at.as_ref().and_then(|m| m.timestamp());
            if published.is_none_or(|at| at.unix_seconds < since.unix_seconds) {
                return false;
            }
        }
        self.topics.is_empty()
            || article.topics.iter().any(|topic| {
                self.topics
                    .iter()
                    .any(|wanted| wanted.to_lowercase() == topic.to_lowercase())
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsdeck_core::Moment;

    fn story(title: &str, date: Option<&str>, published: Option<bool>, topics: &[&str]) -> Article {
        Article {
            title: title.into(),
            published_at: date.map(Moment::from_text),
            is_published: published,
            topics: topics.iter().map(|t| t.to_string()).collect(),
            ..Article::default()
        }
    }

    fn titles(selection: &Selection) -> Vec<String> {
        let articles = vec![
            story(
                "new draft",
                Some("2024-03-01T00:00:00Z"),
                Some(false),
                &["AI"],
            ),
            story(
                "new",
                Some("2024-02-01T00:00:00Z"),
                Some(true),
                &["Power Apps"],
            ),
            story("old, no field", Some("2019-01-01T00:00:00Z"), None, &["ai"]),
            story("undated", None, Some(true), &[]),
        ];
        selection
            .apply(articles)
            .into_iter()
            .map(|a| a.title)
            .collect()
    }

    #[test]
    fn the_default_keeps_everything() {
        assert_eq!(titles(&Selection::default()).len(), 4);
    }

    #[test]
    fn each_filter_narrows_the_list() {
        let published_only = Selection {
            published_only: true,
            ..Selection::default()
        };
        assert_eq!(titles(&published_only), ["new", "old, no field", "undated"]);
        let since = Selection {
            since: Timestamp::parse("2024-02-01"),
            ..Selection::default()
        };
        assert_eq!(titles(&since), ["new draft", "new"]);
        let topics = Selection {
            topics: vec!["ai".into(), "Other".into()],
            ..Selection::default()
        };
        assert_eq!(titles(&topics), ["new draft", "old, no field"]);
        let limited = Selection {
            limit: Some(1),
            published_only: true,
            ..Selection::default()
        };
        assert_eq!(titles(&limited), ["new"]);
    }
}
