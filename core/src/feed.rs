//! A feed: the articles of a bundle with the orderings the widget shows.

use std::cmp::Reverse;

use crate::article::Article;

/// The articles of a bundle, built once, read many times.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Feed {
    articles: Vec<Article>,
    newest_first: Vec<usize>,
}

impl Feed {
    pub fn new(articles: Vec<Article>) -> Feed {
        let mut newest_first: Vec<usize> = (0..articles.len()).collect();
        // Stories with no readable date go last; ties keep bundle order.
        newest_first.sort_by_key(|&i| {
            Reverse(
                articles[i]
                    .published_at
                    .as_ref()
                    .and_then(|m| m.timestamp())
                    .map(|t| t.unix_seconds),
            )
        });
        Feed {
            articles,
            newest_first,
        }
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    pub fn article(&self, id: usize) -> Option<&Article> {
        self.articles.get(id)
    }

    /// Article ids, newest first.
    pub fn newest_first(&self) -> &[usize] {
        &self.newest_first
    }

    /// The articles themselves, newest first.
    pub fn into_newest_first(self) -> Vec<Article> {
        let mut slots: Vec<Option<Article>> = self.articles.into_iter().map(Some).collect();
        self.newest_first
            .iter()
            .filter_map(|&id| slots[id].take())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Moment;

    fn story(title: &str, date: Option<&str>) -> Article {
        Article {
            title: title.into(),
            published_at: date.map(Moment::from_text),
            ..Article::default()
        }
    }

    #[test]
    fn orders_newest_first_with_undated_last() {
        let feed = Feed::new(vec![
            story("old", Some("2019-01-01T00:00:00Z")),
            story("undated", None),
            story("unreadable", Some("last Tuesday")),
            story("new", Some("2024-04-11T08:00:16Z")),
            story("offset", Some("2024-04-11T08:00:00-07:00")),
        ]);
        let titles: Vec<String> = feed
            .newest_first()
            .iter()
            .filter_map(|&id| feed.article(id))
            .map(|a| a.title.clone())
            .collect();
        assert_eq!(titles, ["offset", "new", "old", "undated", "unreadable"]);
        let owned: Vec<String> = feed
            .into_newest_first()
            .into_iter()
            .map(|a| a.title)
            .collect();
        assert_eq!(owned, titles);
    }
}
