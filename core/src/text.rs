//! Text as records give it and as readers search it: cleaning and entities,
//! folding for search, lower case, web addresses and the canonical address
//! that names a story.

pub(crate) mod canonical;
pub(crate) mod clean;
pub(crate) mod fold;
pub(crate) mod lowercase;
pub(crate) mod url;
