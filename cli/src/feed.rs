//! Reading a feed file (RSS 0.9x, 1.0 or 2.0, Atom, JSON Feed) into news
//! records: each entry described plainly (`xml` fills the description from
//! feed-rs, core from a JSON Feed), then made a record by core's one
//! mapping, the very one the widget uses. Records carry on from there as
//! a bundle's do. Where each entry is in the file (`places`) gives its
//! problems a line and column.

mod places;
mod references;
mod wellformed;
mod xml;

use newsdeck_core::json::{offset_of, Step};
use newsdeck_core::{feed_entry_record, json_feed_entries, FeedChannel, FeedEntry};
use serde_json::Value;

use places::EntryPlaces;

use xml::read_xml;

/// A feed's entries as records, with what is needed to say where each is.
#[derive(Debug)]
pub struct FeedRecords {
    /// One record per entry, in the order written.
    pub records: Vec<Value>,
    places: Places,
    /// Things worth telling that did not stop the reading, each at a byte
    /// offset in the file (an entity XML does not know…).
    pub notes: Vec<(usize, String)>,
}

#[derive(Debug)]
enum Places {
    Xml(EntryPlaces),
    /// A JSON Feed: its items are found by their steps in the JSON.
    Json,
}

impl FeedRecords {
    fn new(channel: &FeedChannel, entries: Vec<FeedEntry>, places: Places) -> FeedRecords {
        FeedRecords {
            records: entries
                .into_iter()
                .map(|entry| Value::from(feed_entry_record(channel, &entry)))
                .collect(),
            places,
            notes: Vec::new(),
        }
    }

    /// The byte offset in `text` of what `steps` name in the records
    /// (`[3, "title"]`: the fourth entry's title), as near as can be found.
    pub fn locate(&self, text: &str, steps: &[Step]) -> usize {
        let Some(Step::Index(entry)) = steps.first() else {
            return 0;
        };
        let field = steps.get(1).and_then(|step| match step {
            Step::Key(key) => Some(key.as_str()),
            Step::Index(_) => None,
        });
        match &self.places {
            Places::Xml(places) => places.locate(text, *entry, field),
            Places::Json => {
                let mut at = vec![Step::key("items"), Step::Index(*entry)];
                at.extend(field.and_then(json_feed_key).map(Step::key));
                offset_of(text, &at)
            }
        }
    }
}

/// An XML feed's records (RSS, Atom), or why it cannot be read and where
/// (a byte offset).
pub fn read_xml_feed(text: &str) -> Result<FeedRecords, (usize, String)> {
    let feed = read_xml(text)?;
    let mut records = FeedRecords::new(&feed.channel, feed.entries, Places::Xml(feed.places));
    records.notes = feed.notes;
    Ok(records)
}

/// A JSON Feed's records, or `None` when `document` is not a JSON Feed.
pub fn read_json_feed(document: &Value) -> Option<FeedRecords> {
    let (channel, entries) = json_feed_entries(&document.into())?;
    Some(FeedRecords::new(&channel, entries, Places::Json))
}

/// The JSON Feed item key a record's field comes from.
fn json_feed_key(field: &str) -> Option<&'static str> {
    Some(match field {
        "title" => "title",
        "webUrl" => "url",
        "excerpt" => "summary",
        "publishedDateTime" => "date_published",
        "updatedDateTime" => "date_modified",
        "images" => "image",
        "topics" => "tags",
        "provider" => "authors",
        _ => return None,
    })
}
