//! newsdeck's pure logic: the article model, lenient reading of real-world
//! news records and bundles, the feed's orders and indexes, and the query
//! engine (search, facets, time, quality, sort). No web types: everything
//! here is tested natively.

pub mod article;
mod bitset;
#[path = "read/bundle.rs"]
pub mod bundle;
#[path = "text/canonical.rs"]
pub mod canonical;
#[path = "story/cluster.rs"]
pub mod cluster;
pub mod date;
#[path = "read/document.rs"]
pub mod document;
#[path = "query/engine.rs"]
pub mod engine;
mod fast_hash;
#[path = "story/feed.rs"]
pub mod feed;
#[path = "query/filters.rs"]
pub mod filters;
#[path = "text/fold.rs"]
pub mod fold;
#[path = "query/highlight.rs"]
pub mod highlight;
#[path = "read/incoming.rs"]
pub mod incoming;
#[path = "query/index.rs"]
pub mod index;
#[path = "read/json.rs"]
pub mod json;
#[path = "read/lenient.rs"]
mod lenient;
#[path = "text/lowercase.rs"]
pub mod lowercase;
#[path = "read/manifest.rs"]
pub mod manifest;
#[path = "read/nesting.rs"]
mod nesting;
#[path = "read/normalise.rs"]
pub mod normalise;
#[path = "widget/paging.rs"]
pub mod paging;
#[path = "query/view.rs"]
pub mod query;
#[path = "read/record.rs"]
pub mod record;
#[path = "story/related.rs"]
pub mod related;
pub mod sample;
#[path = "query/search.rs"]
pub mod search;
#[path = "widget/settings.rs"]
pub mod settings;
#[path = "widget/shortcuts.rs"]
pub mod shortcuts;
#[path = "text/clean.rs"]
pub mod text;
#[path = "text/url.rs"]
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
