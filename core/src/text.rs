//! Text as records give it and as readers search it: cleaning (`clean`)
//! and entities (`entities`), folding for search (`fold`) with lower case for every letter
//! (`lowercase`), web addresses (`url`) and the canonical address that
//! names a story (`canonical`).

pub(crate) mod canonical;
pub(crate) mod clean;
pub(crate) mod entities;
pub(crate) mod fold;
pub(crate) mod lowercase;
pub(crate) mod url;
