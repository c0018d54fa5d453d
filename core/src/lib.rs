//! newsdeck's pure logic: the article model, lenient reading of real-world
//! news records and bundles, the feed's orders and indexes, and the query
//! engine (search, facets, time, quality, sort). No web types: everything
//! here is tested natively.

mod article;
mod bitset;
mod date;
mod fast_hash;
mod query;
mod read;
pub mod sample;
mod story;
mod text;
mod widget;

pub use read::json;

pub use article::{Article, Image, Provider, StoryKind, Urls};
pub use date::{Age, Moment, Timestamp};
pub use query::engine::{run_query, FacetCount, FacetCounts, QueryResult};
pub use query::facet::Facet;
pub use query::filters::Filters;
pub use query::highlight::{highlight, Segment};
pub use query::index::{searchable_fields, FeedIndex};
pub use query::search::SearchTerms;
pub use query::time_range::TimeRange;
pub use query::view::Query;
pub use read::document::{body_text, parse_bundle, read_document, Document};
pub use read::incoming::Incoming;
pub use read::manifest::Manifest;
pub use read::normalise::MAX_RELATED;
pub use read::outcome::{BundleError, ParseReport, ParsedBundle, SkipReason, SkippedRecord};
#[cfg(feature = "serde-json")]
pub use read::tree::{
    article_from_record, json_error_message, parse_error, parse_json, read_bundle, record_list,
};
#[cfg(feature = "serde-json")]
pub use read::writer::write_bundle;
pub use story::cluster::{similarity, title_words, Clusters};
pub use story::feed::Feed;
pub use story::newest::is_newer_record;
pub use story::order::SortOrder;
pub use story::related::{also_covered_by, related_items, RelatedItem};
pub use text::canonical::canonical_url;
pub use text::clean::{MAX_EXCERPT_CHARS, MAX_LABEL_CHARS, MAX_TITLE_CHARS};
pub use text::fold::folded_words;
pub use text::url::web_address;
pub use widget::paging::next_page_address;
pub use widget::settings::{
    read_settings, CardParts, Layout, Paging, SettingWarning, Settings, Theme, DEFAULT_PAGE_SIZE,
};
pub use widget::shortcuts::{action_for, KeyAction, KeyFocus, KeyPress, Shortcut, SHORTCUTS};
