//! Reading bundles and manifests, and writing bundles.
//!
//! From the bottom up: what reading comes to (`outcome`: the parsed bundle,
//! its report, the errors), records as read (`record`) by newsdeck's own
//! JSON reader (`json`), their fields read leniently (`lenient`) into
//! articles (`normalise`), the shapes a bundle takes (`bundle`) and a
//! sharded bundle's manifest (`manifest`), whole documents (`document`,
//! with `nesting` for values nested too deep) and documents still arriving
//! (`incoming`, with the records it reads `ahead`); a feed's entries as
//! records (`feed`). With serde_json: the
//! tree path (`tree`) and the writer (`writer`), for the CLI and the tests.

pub(crate) mod ahead;
pub(crate) mod bundle;
pub(crate) mod document;
pub(crate) mod feed;
pub(crate) mod incoming;
pub mod json;
pub(crate) mod lenient;
pub(crate) mod manifest;
pub(crate) mod nesting;
pub(crate) mod normalise;
pub(crate) mod outcome;
pub(crate) mod record;
#[cfg(feature = "serde-json")]
pub(crate) mod tree;
#[cfg(feature = "serde-json")]
pub(crate) mod writer;
