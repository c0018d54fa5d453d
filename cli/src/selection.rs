//! Which articles go into a bundle: the `bundle` command's filters.

use newsdeck_core::{Article, Timestamp};

/// The filters of `newsdeck bundle`; the default keeps every story but
/// drafts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// Keep drafts (`published: false`, or `draft: true` as Hugo writes it).
    /// They are left out unless asked for, so a bundle never publishes what
    /// its author has not. Records without the field predate it and were
    /// all published, so they are kept either way.
    pub include_drafts: bool,
    /// Keep stories published at or after this time; undated ones are dropped.
    pub since: Option<Timestamp>,
    /// Keep stories with any of these topics, compared regardless of case.
    pub topics: Vec<String>,
    /// Keep at most this many of the newest stories.
    pub limit: Option<usize>,
}

/// What a selection kept, and how many it left out for each reason.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selected {
    pub articles: Vec<Article>,
    pub drafts: usize,
    pub filtered: usize,
}

impl Selection {
    /// The selected articles from a newest-first list, still newest first.
    pub fn apply(&self, newest_first: Vec<Article>) -> Selected {
        let limit = self.limit.unwrap_or(usize::MAX);
        let mut selected = Selected::default();
        for article in newest_first {
            if !self.include_drafts && article.is_draft() {
                selected.drafts += 1;
            } else if selected.articles.len() < limit && self.keeps(&article) {
                selected.articles.push(article);
            } else {
                selected.filtered += 1;
            }
        }
        selected
    }

    fn keeps(&self, article: &Article) -> bool {
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
            .articles
            .into_iter()
            .map(|a| a.title)
            .collect()
    }

    #[test]
    fn the_default_keeps_everything_but_drafts() {
        assert_eq!(
            titles(&Selection::default()),
            ["new", "old, no field", "undated"]
        );
        let with_drafts = Selection {
            include_drafts: true,
            ..Selection::default()
        };
        assert_eq!(titles(&with_drafts).len(), 4);
    }

    #[test]
    fn each_filter_narrows_the_list() {
        let since = Selection {
            since: Timestamp::parse("2024-02-01"),
            include_drafts: true,
            ..Selection::default()
        };
        assert_eq!(titles(&since), ["new draft", "new"]);
        let topics = Selection {
            topics: vec!["ai".into(), "Other".into()],
            include_drafts: true,
            ..Selection::default()
        };
        assert_eq!(titles(&topics), ["new draft", "old, no field"]);
        let limited = Selection {
            limit: Some(1),
            ..Selection::default()
        };
        assert_eq!(titles(&limited), ["new"]);
    }

    #[test]
    fn says_how_many_it_left_out_and_why() {
        let selection = Selection {
            topics: vec!["ai".into()],
            ..Selection::default()
        };
        let articles = vec![
            story("draft", None, Some(false), &["AI"]),
            story("kept", None, Some(true), &["AI"]),
            story("other topic", None, Some(true), &["X"]),
        ];
        let selected = selection.apply(articles);
        assert_eq!(
            (selected.articles.len(), selected.drafts, selected.filtered),
            (1, 1, 1)
        );
    }
}
