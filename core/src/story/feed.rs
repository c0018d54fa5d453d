//! A feed: the articles of a bundle with the orders the reader can sort by,
//! worked out once so that sorting a result is a pass over a list.

use std::cell::OnceCell;

use crate::article::Article;
use crate::story::order::{best_quality_first, in_order, ordered, sort_ids_by, SortOrder};

/// The articles of a bundle, addressed by id (their position, as `u32`).
#[derive(Clone, Debug, Default)]
pub struct Feed {
    articles: Vec<Article>,
    newest: Vec<u32>,
    /// Sorted when first asked for: the first screen never needs them.
    oldest: OnceCell<Vec<u32>>,
    trending: OnceCell<Vec<u32>>,
    best: OnceCell<Vec<u32>>,
    /// Each article's place in `newest`: the tie-break of every other order.
    newest_rank: Vec<u32>,
    /// Whether some article has a heat, and some a quality score.
    measured: OnceCell<(bool, bool)>,
}

impl Feed {
    /// A feed of `articles`, in the order given: their ids.
    pub fn new(articles: Vec<Article>) -> Feed {
        let ids = || (0..articles.len() as u32).collect::<Vec<u32>>();
        // Stories with no readable date go last in both directions; ties keep bundle order.
        let mut newest = ids();
        sort_ids_by(&mut newest, &|id| {
            (
                time(&articles[id as usize]).map_or(u64::MAX, |t| !ordered(t)),
                0,
            )
        });
        let mut newest_rank = vec![0; articles.len()];
        for (rank, &id) in newest.iter().enumerate() {
            newest_rank[id as usize] = rank as u32;
        }
        Feed {
            articles,
            newest,
            oldest: OnceCell::new(),
            trending: OnceCell::new(),
            best: OnceCell::new(),
            newest_rank,
            measured: OnceCell::new(),
        }
    }

    /// All ids sorted by `key`, ties going to the newer story.
    fn sorted_by(&self, key: impl Fn(&Article) -> u64) -> Vec<u32> {
        let mut ids: Vec<u32> = (0..self.articles.len() as u32).collect();
        sort_ids_by(&mut ids, &|id| {
            (
                key(&self.articles[id as usize]),
                self.newest_rank[id as usize],
            )
        });
        ids
    }

    /// How many articles the feed holds.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// Whether the feed holds no article.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The article with this id, if there is one.
    pub fn article(&self, id: u32) -> Option<&Article> {
        self.articles.get(id as usize)
    }

    /// Every article, in id order.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Whether sorting by `sort` can tell stories apart here: trending needs
    /// some story's heat, quality some story's score. A Sort menu offers
    /// only the orders that can.
    pub fn can_sort_by(&self, sort: SortOrder) -> bool {
        let (heat, quality) = *self.measured.get_or_init(|| {
            let heat = self.articles.iter().any(|a| a.heat.is_some_and(|h| h >= 0));
            let quality = self.articles.iter().any(|a| a.quality.is_some());
            (heat, quality)
        });
        match sort {
            SortOrder::Trending => heat,
            SortOrder::Quality => quality,
            _ => true,
        }
    }

    /// Article ids, newest first.
    pub fn newest_first(&self) -> &[u32] {
        &self.newest
    }

    /// Article ids in a sort order; relevance needs a search, so here it is newest first.
    pub fn order(&self, sort: SortOrder) -> &[u32] {
        match sort {
            SortOrder::Newest | SortOrder::Relevance => &self.newest,
            SortOrder::Oldest => self.oldest.get_or_init(|| {
                let mut oldest: Vec<u32> = (0..self.articles.len() as u32).collect();
                sort_ids_by(&mut oldest, &|id| {
                    (
                        time(&self.articles[id as usize]).map_or(u64::MAX, ordered),
                        0,
                    )
                });
                oldest
            }),
            SortOrder::Trending => self.trending.get_or_init(|| {
                self.sorted_by(|article| article.heat.map_or(u64::MAX, |h| !ordered(h)))
            }),
            SortOrder::Quality => self.best.get_or_init(|| self.sorted_by(best_quality_first)),
        }
    }

    /// The article's position when sorted newest first (0 is the newest).
    pub fn newest_rank(&self, id: u32) -> u32 {
        self.newest_rank
            .get(id as usize)
            .copied()
            .unwrap_or(u32::MAX)
    }

    /// Whether `articles` are in the order a feed of them shows newest
    /// first: each no older than the next, those with no readable date last.
    pub fn is_newest_first(articles: &[Article]) -> bool {
        // `None` sorts before any time, so a dated article after an
        // undated one fails as an older one would.
        (articles.windows(2)).all(|pair| time(&pair[0]) >= time(&pair[1]))
    }

    /// The articles themselves, newest first.
    pub fn into_newest_first(self) -> Vec<Article> {
        in_order(self.articles, &self.newest)
    }
}

/// When the article was published, in Unix seconds, if its date reads.
pub(crate) fn time(article: &Article) -> Option<i64> {
    article
        .published_at
        .as_ref()
        .and_then(|m| m.timestamp())
        .map(|t| t.unix_seconds)
}

/// Feeds of the same articles are equal, whichever orders they have sorted
/// so far: everything else follows from the articles.
impl PartialEq for Feed {
    fn eq(&self, other: &Feed) -> bool {
        self.articles == other.articles
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Moment;

    fn story(title: &str, date: Option<&str>, heat: Option<i64>, quality: Option<i64>) -> Article {
        Article {
            title: title.into(),
            published_at: date.map(Moment::from_text),
            heat,
            quality,
            ..Article::default()
        }
    }

    fn feed() -> Feed {
        Feed::new(vec![
            story("old", Some("2019-01-01T00:00:00Z"), Some(10), Some(120)),
            story("undated", None, Some(90), None),
            story("unreadable", Some("last Tuesday"), None, Some(40)),
            story("new", Some("2024-04-11T08:00:16Z"), Some(10), Some(100)),
            story(
                "offset",
                Some("2024-04-11T08:00:00-07:00"),
                Some(-1),
                Some(40),
            ),
        ])
    }

    #[test]
    fn tells_articles_in_newest_first_order_as_the_feed_sorts_them() {
        let newest = feed().into_newest_first();
        assert!(Feed::is_newest_first(&newest));
        assert!(Feed::is_newest_first(&newest[..1]) && Feed::is_newest_first(&[]));
        let mut swapped = newest.clone();
        swapped.swap(0, 1);
        assert!(!Feed::is_newest_first(&swapped));
        // Undated ones go last; one before a dated article is out of place.
        let mut undated_first = newest.clone();
        undated_first.rotate_right(1);
        assert!(!Feed::is_newest_first(&undated_first));
        let same_time = story("twin", Some("2024-04-11T08:00:16Z"), None, None);
        assert!(Feed::is_newest_first(&[same_time.clone(), same_time]));
    }

    fn titles(feed: &Feed, sort: SortOrder) -> Vec<&str> {
        feed.order(sort)
            .iter()
            .filter_map(|&id| feed.article(id))
            .map(|a| a.title.as_str())
            .collect()
    }

    #[test]
    fn orders_by_time_with_undated_last_both_ways() {
        let feed = feed();
        assert_eq!(
            titles(&feed, SortOrder::Newest),
            ["offset", "new", "old", "undated", "unreadable"]
        );
        assert_eq!(
            titles(&feed, SortOrder::Oldest),
            ["old", "new", "offset", "undated", "unreadable"]
        );
        assert_eq!(feed.newest_rank(4), 0);
    }

    #[test]
    fn trending_and_quality_break_ties_by_recency() {
        let feed = feed();
        assert_eq!(
            titles(&feed, SortOrder::Trending),
            ["undated", "new", "old", "offset", "unreadable"]
        );
        // Quality above 100 counts as 100, so the newer story wins the tie.
        assert_eq!(
            titles(&feed, SortOrder::Quality),
            ["new", "old", "offset", "unreadable", "undated"]
        );
    }

    #[test]
    fn gives_the_articles_back_newest_first() {
        let owned: Vec<String> = feed()
            .into_newest_first()
            .into_iter()
            .map(|a| a.title)
            .collect();
        assert_eq!(owned, ["offset", "new", "old", "undated", "unreadable"]);
    }

    #[test]
    fn trending_and_quality_need_something_to_sort_by() {
        let plain = Feed::new(vec![
            story("a", None, None, None),
            story("b", None, Some(-1), None),
        ]);
        assert!(plain.can_sort_by(SortOrder::Newest) && plain.can_sort_by(SortOrder::Oldest));
        assert!(!plain.can_sort_by(SortOrder::Trending));
        assert!(!plain.can_sort_by(SortOrder::Quality));
        let measured = Feed::new(vec![
            story("a", None, None, Some(80)),
            story("b", None, Some(3), None),
        ]);
        assert!(measured.can_sort_by(SortOrder::Trending));
        assert!(measured.can_sort_by(SortOrder::Quality));
    }
}
