//! Reading bundles and manifests: newsdeck's own JSON reader, records as
//! read, the lenient reading of their fields into articles, whole documents
//! and documents still arriving, and (with serde_json) the tree path and the
//! writer.

pub(crate) mod bundle;
pub(crate) mod document;
pub(crate) mod incoming;
pub mod json;
pub(crate) mod lenient;
pub(crate) mod manifest;
pub(crate) mod nesting;
pub(crate) mod normalise;
pub(crate) mod record;
