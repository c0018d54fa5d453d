//! Feeds (RSS 0.9x, 1.0 and 2.0, Atom, JSON Feed) as news records.
//!
//! Two readers find a feed's entries: the CLI with a feed parser, and the
//! widget with the browser's own XML parser. Each fills the same plain
//! description of an entry and its channel (`shape`), and one mapping
//! (`mapping`) makes a record of it, in the shape a bundle's records have.
//! From the record on, a feed's entries are read as every other record is:
//! cleaned, checked, merged and ordered by the same code. A JSON Feed is
//! JSON, which core reads itself: its items are described here too
//! (`json_feed`).

pub(crate) mod json_feed;
pub(crate) mod mapping;
pub(crate) mod media;
pub(crate) mod shape;
