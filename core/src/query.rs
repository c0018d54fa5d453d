//! Queries: what a reader asks of the feed (`view`: search text, `facet`
//! values chosen as `filters`, a `time_range`, a minimum quality, a sort
//! order), the indexes built once per bundle to answer it (`index`, with
//! the search language in `search`), running it (`engine`), and marking
//! what a search matched (`highlight`).

pub(crate) mod engine;
pub(crate) mod facet;
pub(crate) mod filters;
pub(crate) mod highlight;
pub(crate) mod index;
pub(crate) mod search;
pub(crate) mod time_range;
pub(crate) mod view;
