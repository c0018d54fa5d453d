//! Bundles: the JSON documents the widget loads.
//!
//! Three shapes are read: a plain list of records, newsdeck's own
//! `{"version": 1, "articles": [...]}`, and the API page shape
//! `{"page": N, "value": [...], "nextPage": M}`. What the shapes share,
//! whichever path reads them (the document as it streams, or the tree
//! path): each record of the list, the next page's number, and what to say
//! when the text holds no list at all.

use crate::read::normalise::article_from_raw;
use crate::read::outcome::{BundleError, ParsedBundle};
use crate::read::record::Raw;

/// The version of the bundle format this code writes.
pub const BUNDLE_VERSION: u32 = 1;

/// Reads the next record of a bundle's list into `bundle`: an article, or a
/// note of why it was skipped.
pub(crate) fn add_record(bundle: &mut ParsedBundle, record: &Raw) {
    bundle.add(article_from_raw(record));
}

/// Why `value`, which holds no list of records, is not a bundle.
pub(crate) fn not_a_list(value: &Raw) -> BundleError {
    BundleError::WrongShape(match value {
        Raw::Fields(_) => {
            "expected a list of articles, {\"articles\": [...]} or {\"value\": [...]}".into()
        }
        Raw::Text(_) => "expected a list of articles, found text".into(),
        Raw::Number(_) => "expected a list of articles, found a number".into(),
        Raw::Bool(_) => "expected a list of articles, found true/false".into(),
        _ => "expected a list of articles, found null".into(),
    })
}

/// The number of an API page's `nextPage`, written as a number or as text.
pub(crate) fn page_number(value: &Raw) -> Option<u64> {
    match value {
        Raw::Number(n) => n.as_u64(),
        Raw::Text(s) => s.trim().parse().ok(),
        _ => None,
    }
}
