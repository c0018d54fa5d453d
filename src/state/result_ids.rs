//! The ids of a result's stories, in order, shared by the feed and its cards.

use std::ops::Deref;
use std::rc::Rc;

/// Equal only to itself (the same list, not an equal one). The feed and
/// every card compare it on each render: compared id by id, a result of
/// thousands made scrolling stutter.
#[derive(Clone, Default)]
pub struct ResultIds(Rc<[u32]>);

impl ResultIds {
    pub fn new(ids: &[u32]) -> ResultIds {
        ResultIds(Rc::from(ids))
    }
}

impl PartialEq for ResultIds {
    fn eq(&self, other: &ResultIds) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for ResultIds {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        &self.0
    }
}
