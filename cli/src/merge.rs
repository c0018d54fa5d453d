//! One article per story. The same story often arrives twice (a front-matter
//! file and an API page, last week's bundle and today's files): it is kept
//! once, in its newest version.

use std::collections::HashMap;

use newsdeck_core::{canonical_url, is_newer_record, Article};

/// The articles with repeats removed, and the canonical address of each
/// repeat that was dropped.
#[derive(Debug, Default)]
pub struct Merged {
    pub articles: Vec<Article>,
    pub dropped: Vec<String>,
}

/// Keeps one article per canonical address: its newest record, by the rule
/// the widget shows a page by too ([`is_newer_record`]: the one last
/// updated, or without an update time last published; on a tie the one
/// read first). Articles without a web address cannot be matched and are
/// all kept. The survivors keep the order in which their stories were first
/// read.
pub fn merge_duplicates(articles: Vec<Article>) -> Merged {
    let mut merged = Merged::default();
    let mut slot_of: HashMap<String, usize> = HashMap::new();
    for article in articles {
        let Some(key) = article.link().and_then(canonical_url) else {
            merged.articles.push(article);
            continue;
        };
        match slot_of.get(&key) {
            Some(&slot) => {
                if is_newer_record(&article, &merged.articles[slot]) {
                    merged.articles[slot] = article;
                }
                merged.dropped.push(key);
            }
            None => {
                slot_of.insert(key, merged.articles.len());
                merged.articles.push(article);
            }
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsdeck_core::{Moment, Urls};

    fn story(title: &str, url: &str, published: &str, updated: Option<&str>) -> Article {
        Article {
            title: title.into(),
            urls: Urls {
                web_url: Some(url.into()),
                ..Urls::default()
            },
            published_at: Some(Moment::from_text(published)),
            updated_at: updated.map(Moment::from_text),
            ..Article::default()
        }
    }

    fn titles(merged: &Merged) -> Vec<&str> {
        merged.articles.iter().map(|a| a.title.as_str()).collect()
    }

    #[test]
    fn keeps_the_newest_version_in_the_first_place() {
        let merged = merge_duplicates(vec![
            story(
                "first, old",
                "https://a.test/x/",
                "2021-01-01T00:00:00Z",
                None,
            ),
            story("other", "https://a.test/y", "2021-01-02T00:00:00Z", None),
            story(
                "edited",
                "https://www.a.test/x?utm_source=feed",
                "2021-01-01T00:00:00Z",
                Some("2021-03-01T00:00:00Z"),
            ),
            story(
                "amp copy",
                "https://a.test/x/amp/",
                "2021-01-01T00:00:00Z",
                None,
            ),
        ]);
        assert_eq!(titles(&merged), ["edited", "other"]);
        assert_eq!(merged.dropped, ["https://a.test/x", "https://a.test/x"]);
    }

    #[test]
    fn ties_keep_the_first_read_and_unlinked_stories_stay() {
        let mut unlinked = story("no link", "", "2021-01-01T00:00:00Z", None);
        unlinked.urls = Urls::default();
        let merged = merge_duplicates(vec![
            story("a", "https://a.test/x", "2021-01-01T00:00:00Z", None),
            unlinked.clone(),
            story("b", "https://a.test/x", "2021-01-01T00:00:00Z", None),
            unlinked,
        ]);
        assert_eq!(titles(&merged), ["a", "no link", "no link"]);
        assert_eq!(merged.dropped.len(), 1);
    }
}
