//! The stories of a loaded bundle, shaped for cheap rendering.

use std::rc::Rc;

use newsdeck_core::{Article, Feed, ParsedBundle};

/// A loaded bundle: articles newest first, each behind an `Rc` so card props
/// compare by pointer, plus how many records were skipped.
#[derive(Clone, Debug)]
pub struct Stories {
    pub newest_first: Rc<[Rc<Article>]>,
    pub skipped: usize,
}

/// The same load is the same stories: comparing by pointer keeps re-renders
/// cheap however large the bundle.
impl PartialEq for Stories {
    fn eq(&self, other: &Stories) -> bool {
        Rc::ptr_eq(&self.newest_first, &other.newest_first) && self.skipped == other.skipped
    }
}

impl Stories {
    pub fn from_bundle(bundle: ParsedBundle) -> Stories {
        let skipped = bundle.report.skipped.len();
        let newest_first = Feed::new(bundle.articles)
            .into_newest_first()
            .into_iter()
            .map(Rc::new)
            .collect();
        Stories {
            newest_first,
            skipped,
        }
    }

    pub fn len(&self) -> usize {
        self.newest_first.len()
    }

    pub fn is_empty(&self) -> bool {
        self.newest_first.is_empty()
    }
}
