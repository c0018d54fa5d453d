//! Queries: what a reader asks of the feed (search text, facets, time,
//! quality, sort), the indexes built once per bundle to answer it, running
//! it, and highlighting what a search matched.

pub(crate) mod engine;
pub(crate) mod filters;
pub(crate) mod highlight;
pub(crate) mod index;
pub(crate) mod search;
pub(crate) mod view;
