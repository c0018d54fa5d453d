//! Records read ahead while a body arrives, kept by where they lie in its
//! text: the reading of the whole text ([`read_document`]) takes each one
//! where it finds it rather than reading it again. The streaming reader
//! ([`Incoming`]) fills it; the document reader empties it.
//!
//! [`read_document`]: crate::read_document
//! [`Incoming`]: crate::Incoming

use std::collections::VecDeque;

use crate::article::Article;
use crate::read::outcome::SkipReason;

/// Records read ahead, in the order of the text.
#[derive(Debug, Default)]
pub(crate) struct ReadAhead(VecDeque<Early>);

/// A record read ahead: where it lies, and what became of it. The article
/// is boxed so that the list of records read ahead stays small: moving
/// each into the bundle frees its box, so memory holds each article once.
#[derive(Debug)]
struct Early {
    start: usize,
    end: usize,
    outcome: Result<Box<Article>, SkipReason>,
}

impl ReadAhead {
    /// Keeps what became of the record that lies from offset `start` to
    /// offset `end` of the text, after those kept before it.
    pub(crate) fn push(&mut self, start: usize, end: usize, outcome: Result<Article, SkipReason>) {
        self.0.push_back(Early {
            start,
            end,
            outcome: outcome.map(Box::new),
        });
    }

    /// The articles read ahead, in the order of the text.
    pub(crate) fn articles(&self) -> impl Iterator<Item = &Article> {
        self.0
            .iter()
            .filter_map(|early| early.outcome.as_deref().ok())
    }

    /// The record read ahead that starts at offset `at`, and the offset
    /// where it ends; records read ahead before `at` are let go.
    pub(crate) fn take(&mut self, at: usize) -> Option<(usize, Result<Article, SkipReason>)> {
        while self.0.front().is_some_and(|early| early.start < at) {
            self.0.pop_front();
        }
        if self.0.front()?.start != at {
            return None;
        }
        self.0
            .pop_front()
            .map(|early| (early.end, early.outcome.map(|article| *article)))
    }

    /// How many records are read ahead.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// The articles read ahead, to be marked by tests.
    #[cfg(test)]
    pub(crate) fn articles_mut(&mut self) -> impl Iterator<Item = &mut Article> {
        (self.0.iter_mut()).filter_map(|early| early.outcome.as_deref_mut().ok())
    }
}
