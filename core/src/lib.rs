//! newsdeck's pure logic: the article model, lenient reading of real-world
//! news records and bundles, and the feed the widget renders. No web types:
//! everything here is tested natively.

pub mod article;
pub mod bundle;
pub mod date;
pub mod feed;
mod lenient;
pub mod normalise;
pub mod text;
pub mod url;

pub use article::{Article, Image, Provider, StoryKind, Urls};
pub use bundle::{
    parse_bundle, read_bundle, write_bundle, BundleError, ParseReport, ParsedBundle, SkippedRecord,
};
pub use date::{Moment, Timestamp};
pub use feed::Feed;
pub use normalise::{article_from_record, SkipReason};
