//! A loaded bundle, ready to query: the feed, its indexes, and what was skipped.

use std::ops::Deref;
use std::rc::Rc;

use newsdeck_core::{Article, Clusters, Feed, FeedIndex, ParsedBundle};

use crate::services::paint::after_paint;

pub struct Loaded {
    pub feed: Feed,
    pub index: FeedIndex,
    /// Which articles are the same story; `None` when the embedder turned
    /// clustering off.
    pub clusters: Option<Clusters>,
    /// How many stories the feed holds (articles, or clusters of them).
    pub stories: usize,
    /// Records of the bundle that could not be read.
    pub skipped: usize,
}

/// A shared handle to a [`Loaded`] bundle; equal only to itself, so props
/// holding it compare in constant time however large the bundle.
#[derive(Clone)]
pub struct LoadedFeed(Rc<Loaded>);

impl LoadedFeed {
    pub fn from_bundle(bundle: ParsedBundle, cluster: bool) -> LoadedFeed {
        let skipped = bundle.report.skipped.len();
        LoadedFeed::from_articles(bundle.articles, skipped, cluster, &[])
    }

    /// A feed of `articles` (from one or several parts of a bundle), whose
    /// stories `shown` already are on screen keep the articles they are
    /// shown by (see [`Clusters::keep_representing`]).
    pub fn from_articles(
        articles: Vec<Article>,
        skipped: usize,
        cluster: bool,
        shown: &[u32],
    ) -> LoadedFeed {
        let feed = Feed::new(articles);
        let index = FeedIndex::build(&feed);
        let clusters = cluster.then(|| {
            let mut clusters = Clusters::build(&feed);
            clusters.keep_representing(shown);
            clusters
        });
        let stories = clusters
            .as_ref()
            .map_or(feed.len(), |c| c.collapse(feed.newest_first()).len());
        let loaded = LoadedFeed(Rc::new(Loaded {
            feed,
            index,
            clusters,
            stories,
            skipped,
        }));
        loaded.build_word_index_after_paint();
        loaded
    }

    /// Builds the search index once the first cards are on screen, so the
    /// reader sees them before that work rather than after; a search typed
    /// sooner simply builds it then. The feed may be gone by then: it is
    /// held weakly.
    fn build_word_index_after_paint(&self) {
        let feed = Rc::downgrade(&self.0);
        after_paint(move || {
            if let Some(loaded) = feed.upgrade() {
                loaded.index.words(&loaded.feed);
            }
        });
    }

    /// The feed's stories newest first, one id each: what a first look
    /// shows, as it shows no other view.
    pub fn newest_stories(&self) -> Vec<u32> {
        Clusters::one_per_story(self.clusters.as_ref(), self.feed.newest_first().to_vec())
    }
}

impl PartialEq for LoadedFeed {
    fn eq(&self, other: &LoadedFeed) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for LoadedFeed {
    type Target = Loaded;

    fn deref(&self) -> &Loaded {
        &self.0
    }
}
