//! Text as records give it and as readers search it: cleaning (`clean`)
//! and entities (`entities`), the words of HTML (`html`), folding for search (`fold`) with lower case for every letter
//! (`lowercase`), web addresses (`url`) and relative ones resolved (`relative`) and the canonical address that
//! names a story (`canonical`), and a few letters found in a short text (`find`).

pub(crate) mod canonical;
pub(crate) mod clean;
pub(crate) mod entities;
pub(crate) mod find;
pub(crate) mod fold;
pub(crate) mod html;
pub(crate) mod lowercase;
pub(crate) mod relative;
pub(crate) mod url;
