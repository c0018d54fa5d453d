//! newsdeck's pure logic: the article model, lenient reading of real-world
//! news records and bundles, the feed's orders and indexes, and the query
//! engine (search, facets, time, quality, sort). No web types: everything
//! here is tested natively.
//!
//! A bundle's text is read into articles ([`parse_bundle`], or
//! [`Incoming`] while it arrives), the articles become a [`Feed`] with its
//! orders, a [`FeedIndex`] and the [`Clusters`] of articles that are one
//! story, and a [`Query`] (from the widget's controls or a URL) runs over
//! them ([`run_query`]):
//!
//! ```
//! use newsdeck_core::{parse_bundle, run_query, Clusters, Facet, Feed, FeedIndex, Query};
//!
//! let bundle = parse_bundle(
//!     r#"{"version": 1, "articles": [
//!         {"title": "Robots learn to fold laundry", "topics": ["Robotics"],
//!          "webUrl": "https://a.test/robots", "publishedDateTime": "2024-04-02T09:00:00Z"},
//!         {"title": "Robots learn to fold laundry", "topics": ["Robotics"],
//!          "webUrl": "https://www.a.test/robots/?utm_source=feed",
//!          "publishedDateTime": "2024-04-02T09:00:00Z"},
//!         {"title": "Rain all week", "topics": ["Weather"],
//!          "publishedDateTime": "2024-04-03T07:30:00Z"},
//!         {"excerpt": "A record without a title is left out."}
//!     ]}"#,
//! )?;
//! assert_eq!(bundle.articles.len(), 3);
//! assert_eq!(bundle.report.skipped[0].index, 3);
//!
//! let feed = Feed::new(bundle.articles);
//! let index = FeedIndex::build(&feed);
//! let stories = Clusters::build(&feed);
//! let mut query = Query::from_params([("q", "robot")]);
//! query.toggle(Facet::Topic, "robotics");
//! let now = 1_712_160_000; // 2024-04-03T16:00:00Z
//! let result = run_query(&feed, &index, Some(&stories), &query, now);
//! // One card for the story its two records tell, the first read.
//! assert_eq!(result.ids, [0]);
//! # Ok::<(), newsdeck_core::BundleError>(())
//! ```
//!
//! The code is grouped by job, each folder of `src/` a private module;
//! everything public is named here, at the crate root:
//!
//! - `read/`: reading bundles and manifests (newsdeck's own JSON reader,
//!   lenient records, whole documents, documents still arriving), with
//!   serde_json the tree path and the writer; its outcome and error types
//!   at the bottom; and a feed's entries (RSS, Atom, JSON Feed) as records.
//! - `text/`: cleaning record text, the words of HTML, relative addresses, folding it for search, lower case, web
//!   addresses and the canonical address that names a story.
//! - `story/`: the feed and its orders, the articles that are one story,
//!   related stories, and which record of a page held twice is its newest
//!   ([`is_newer_record`], which the CLI keeps pages by too).
//! - `query/`: what a reader asks (facets, filters, time, sort), the
//!   indexes, running a query, highlighting.
//! - `widget/`: pure logic only the widget uses: its settings, keyboard
//!   shortcuts and API paging.
//! - [`json`] and [`sample`] are namespaces of their own: the JSON reader
//!   held to serde_json, and large feeds made for benchmarks.

#![warn(missing_docs)]

mod article;
mod bitset;
mod date;
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
pub use query::index::{searchable_fields, FeedIndex, WordIndex};
pub use query::search::SearchTerms;
pub use query::time_range::TimeRange;
pub use query::view::Query;
pub use read::document::{body_text, parse_bundle, read_document, Document};
pub use read::feed::json_feed::{is_json_feed, json_feed_entries};
pub use read::feed::mapping::{article_from_feed_entry, feed_entry_record};
pub use read::feed::shape::{FeedChannel, FeedEntry, FeedLink, FeedMedia, FeedText};
pub use read::incoming::{Incoming, FIRST_LOOK_BYTES};
pub use read::manifest::{Manifest, Shard};
pub use read::normalise::MAX_RELATED;
pub use read::outcome::{BundleError, ParseReport, ParsedBundle, SkipReason, SkippedRecord};
#[cfg(feature = "serde-json")]
pub use read::tree::{
    article_from_record, json_error_message, parse_error, parse_json, read_bundle, record_list,
};
#[cfg(feature = "serde-json")]
pub use read::writer::write_bundle;
pub use story::alike_titles::{similarity, title_words};
pub use story::cluster::Clusters;
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
    check_view_param, read_settings, CardParts, Controls, Layout, Paging, SettingWarning, Settings,
    Theme, ViewParamWarning, DEFAULT_PAGE_SIZE,
};
pub use widget::shortcuts::{
    action_for, KeyAction, KeyFocus, KeyPress, KeyScope, Shortcut, ShortcutKey, SHORTCUTS,
};
