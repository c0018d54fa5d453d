//! Loading one widget's bundle, as a state machine: placeholders while it
//! loads, the first stories of a large bundle while the rest arrives, then
//! the feed, which grows by a part (API page, shard) each time the reader
//! asks for more; or why it could not be loaded. No I/O here: `use_load`
//! fetches, and tells this what arrived.

use std::rc::Rc;

use newsdeck_core::Article;
use yew::Reducible;

use crate::services::bundle::{LoadError, Part, Remaining};
use crate::state::loaded::LoadedFeed;

#[derive(Clone, PartialEq)]
pub enum LoadState {
    Loading,
    Failed(LoadError),
    /// The first stories of a large bundle, while the rest arrives.
    Arriving(LoadedFeed),
    Ready(LoadedFeed),
}

/// A load and everything it has read so far.
#[derive(Clone)]
pub struct Load {
    pub state: LoadState,
    /// Whether articles that tell one story are shown as one (`data-cluster`).
    cluster: bool,
    /// The stories a first look showed, kept as shown when all is in.
    shown: Vec<u32>,
    /// Records of the parts read so far that could not be read.
    skipped: usize,
    /// What is left to load after the parts read so far.
    pub remaining: Remaining,
    /// When the feed could not be fetched: when the copy shown was saved.
    pub saved_at: Option<i64>,
    /// A further part was asked for and has not come yet.
    pub loading_more: bool,
}

pub enum LoadAction {
    /// A load begins, of a source or again after a failure: what an earlier
    /// load read is dropped.
    Start { cluster: bool },
    /// The first articles of a large bundle, read while the rest arrives.
    FirstLook(Vec<Article>),
    /// The start of the feed (a whole bundle, a first page or shard), or why
    /// it could not be loaded.
    Started(Result<Part, LoadError>),
    /// The reader wants the next part.
    More,
    /// The next part, or `None` if it could not be loaded: the feed then
    /// stays as it is, and the reader can ask again.
    MoreArrived(Option<Part>),
}

impl Default for Load {
    fn default() -> Load {
        Load {
            state: LoadState::Loading,
            cluster: true,
            shown: Vec::new(),
            skipped: 0,
            remaining: Remaining::Nothing,
            saved_at: None,
            loading_more: false,
        }
    }
}

impl Load {
    /// Whether the bundle has parts not loaded yet, to be asked for.
    pub fn has_more(&self) -> bool {
        matches!(self.state, LoadState::Ready(_)) && self.remaining != Remaining::Nothing
    }
}

impl Reducible for Load {
    type Action = LoadAction;

    fn reduce(self: Rc<Load>, action: LoadAction) -> Rc<Load> {
        Rc::new(match action {
            LoadAction::Start { cluster } => Load {
                cluster,
                ..Load::default()
            },
            LoadAction::FirstLook(articles) => {
                let loaded = LoadedFeed::from_articles(articles, 0, self.cluster, &[]);
                Load {
                    shown: loaded.newest_stories(),
                    state: LoadState::Arriving(loaded),
                    ..(*self).clone()
                }
            }
            LoadAction::Started(Err(err)) => Load {
                state: LoadState::Failed(err),
                ..(*self).clone()
            },
            LoadAction::Started(Ok(part)) => {
                let skipped = part.bundle.report.skipped.len();
                let loaded = LoadedFeed::from_articles(
                    part.bundle.articles,
                    skipped,
                    self.cluster,
                    &self.shown,
                );
                Load {
                    state: LoadState::Ready(loaded),
                    shown: Vec::new(),
                    skipped,
                    remaining: part.remaining,
                    saved_at: part.saved_at,
                    ..(*self).clone()
                }
            }
            LoadAction::More if self.loading_more || !self.has_more() => return self,
            LoadAction::More => Load {
                loading_more: true,
                ..(*self).clone()
            },
            LoadAction::MoreArrived(part) => {
                let mut next = Load {
                    loading_more: false,
                    ..(*self).clone()
                };
                if let (Some(part), LoadState::Ready(loaded)) = (part, &self.state) {
                    next.add(loaded, part);
                }
                next
            }
        })
    }
}

impl Load {
    /// The feed of `loaded`'s articles and those of `part`. The articles so
    /// far are copied out of the feed, not kept beside it: a bundle read in
    /// one part, the usual case, is then never copied, and one read in parts
    /// is held once, not twice.
    fn add(&mut self, loaded: &LoadedFeed, part: Part) {
        self.skipped += part.bundle.report.skipped.len();
        self.remaining = part.remaining;
        self.saved_at = self.saved_at.or(part.saved_at);
        let mut articles = Vec::with_capacity(loaded.feed.len() + part.bundle.articles.len());
        articles.extend_from_slice(loaded.feed.articles());
        articles.extend(part.bundle.articles);
        self.state = LoadState::Ready(LoadedFeed::from_articles(
            articles,
            self.skipped,
            self.cluster,
            &[],
        ));
    }
}
