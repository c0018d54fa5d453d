//! newsdeck's pure logic: the article model, lenient reading of real-world
//! news records and bundles, the feed's orders and indexes, and the query
//! engine (search, facets, time, quality, sort). No web types: everything
//! here is tested natively.

pub mod article;
mod bitset;
pub mod bundle;
pub mod canonical;
pub mod cluster;
pub mod date;
pub mod document;
pub mod engine;
mod fast_hash;
pub mod feed;
pub mod filters;
pub mod fold;
pub mod highlight;
pub mod incoming;
pub mod index;
pub mod json;
mod lenient;
pub mod lowercase;
pub mod manifest;
mod nesting;
pub mod normalise;
pub mod paging;
pub mod query;
pub mod record;
pub mod related;
pub mod sample;
pub mod search;
pub mod settings;
pub mod shortcuts;
pub mod text;
pub mod url;

pub use article::{Article, Image, Provider, StoryKind, Urls};
#[cfg(feature = "serde-json")]
pub use bundle::{
    json_error_message, parse_error, parse_json, read_bundle, record_list, write_bundle,
};
pub use bundle::{parse_bundle, BundleError, ParseReport, ParsedBundle, SkippedRecord};
pub use canonical::canonical_url;
pub use cluster::{similarity, title_words, Clusters};
pub use date::{Age, Moment, Timestamp};
pub use document::{body_text, read_document, Document};
pub use engine::{run_query, FacetCount, FacetCounts, QueryResult};
pub use feed::Feed;
pub use fold::folded_words;
pub use highlight::{highlight, Segment};
pub use incoming::Incoming;
pub use index::{searchable_fields, FeedIndex};
pub use manifest::Manifest;
#[cfg(feature = "serde-json")]
pub use normalise::article_from_record;
pub use normalise::{SkipReason, MAX_RELATED};
pub use paging::next_page_address;
pub use query::{Facet, Query, SortOrder, TimeRange};
pub use related::{also_covered_by, related_items, RelatedItem};
pub use search::SearchTerms;
pub use settings::{
    read_settings, CardParts, Layout, Paging, SettingWarning, Settings, Theme, DEFAULT_PAGE_SIZE,
};
pub use shortcuts::{action_for, KeyAction, KeyFocus, KeyPress, Shortcut, SHORTCUTS};
pub use text::{MAX_EXCERPT_CHARS, MAX_LABEL_CHARS, MAX_TITLE_CHARS};
pub use url::web_address;
