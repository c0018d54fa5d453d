//! A loaded bundle, ready to query: the feed, its indexes, and what was skipped.

use std::ops::Deref;
use std::rc::Rc;

use newsdeck_core::{Feed, FeedIndex, ParsedBundle};

pub struct Loaded {
    pub feed: Feed,
    pub index: FeedIndex,
    /// Records of the bundle that could not be read.
    pub skipped: usize,
}

/// A shared handle to a [`Loaded`] bundle; equal only to itself, so props
/// holding it compare in constant time however large the bundle.
#[derive(Clone)]
pub struct LoadedFeed(Rc<Loaded>);

impl LoadedFeed {
    pub fn from_bundle(bundle: ParsedBundle) -> LoadedFeed {
        let skipped = bundle.report.skipped.len();
        let feed = Feed::new(bundle.articles);
        let index = FeedIndex::build(&feed);
        LoadedFeed(Rc::new(Loaded {
            feed,
            index,
            skipped,
        }))
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
