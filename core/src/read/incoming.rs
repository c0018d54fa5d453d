//! Reading a document while its body is still arriving.
//!
//! A large bundle takes a while to come over the network, and reading it
//! takes about as long again. Here each record of the bundle's list is read
//! as soon as its last byte is in, so by the time the body ends most of the
//! reading is done. What is read ahead is only ever what [`read_document`]
//! would read at the same place in the same text: the whole text is still
//! read at the end, and takes each record read ahead where it finds one
//! starting at the offset where it was read. Anything the reading ahead does
//! not follow (another shape, bad JSON, text that is not UTF-8 before a
//! record) simply stops it, and the end reads the rest, errors included.
//!
//! [`read_document`]: crate::read_document

use crate::article::Article;
use crate::read::ahead::ReadAhead;
use crate::read::document::{drop_byte_order_mark, holds_records, read_document_with, Document};
use crate::read::json::{Error, Reader};
use crate::read::normalise::article_from_raw;
use crate::read::outcome::BundleError;
use crate::story::feed::Feed;

/// A document read from its body as the bytes come: [`push`] each chunk,
/// then [`finish`].
///
/// [`push`]: Incoming::push
/// [`finish`]: Incoming::finish
pub struct Incoming {
    /// Every whole character received, a leading byte order mark dropped.
    text: String,
    /// Bytes not yet in `text`: a character cut by the end of a chunk or,
    /// once bytes that are not UTF-8 came, everything from them on.
    rest: Vec<u8>,
    not_utf8: bool,
    /// Whether the first character has been looked at for a byte order mark.
    bom_looked_for: bool,
    received: usize,
    /// The body's size, when the server announced it for the bytes as sent.
    expected: Option<usize>,
    /// Whether [`first_look`](Incoming::first_look) has given its articles.
    looked: bool,
    /// How far into `text` reading ahead has got, and what comes there.
    at: usize,
    place: Place,
    ahead: ReadAhead,
    /// The length `text` must reach before reading ahead tries again: a
    /// record cut short is read again from its start, so small chunks are
    /// gathered first, and a long record waits until as much again of it
    /// has come.
    try_at: usize,
    batch: usize,
}

/// How much more text a record cut short waits for, by default.
const BATCH: usize = 16 * 1024;

/// A body of at least this many bytes takes long enough to come and be
/// read that its first stories are worth showing before the rest. Smaller
/// bundles (the demo's, under a megabyte) show once read whole.
pub const FIRST_LOOK_BYTES: usize = 1 << 20;

/// The most memory set aside for a body before it comes. A server can
/// announce a size it never sends (999 MB under a `data-max-size` of 1000):
/// reserved up front by a few widgets, that would run the WebAssembly out
/// of memory, a trap, before a byte had come. A larger body grows as it
/// arrives.
const RESERVE_AT_MOST: usize = 8 << 20;

impl Incoming {
    /// Ready for a body of about `expected` bytes, when the server said;
    /// room is made for at most 8 MB of it before it comes.
    pub fn new(expected: Option<usize>) -> Incoming {
        Incoming {
            text: String::with_capacity(expected.map_or(0, |n| n.min(RESERVE_AT_MOST))),
            rest: Vec::new(),
            not_utf8: false,
            bom_looked_for: false,
            received: 0,
            expected,
            looked: false,
            at: 0,
            place: Place::Start,
            ahead: ReadAhead::default(),
            try_at: 0,
            batch: BATCH,
        }
    }

    /// Tries a record cut short again once `bytes` more have come (or as
    /// much again as came of it), instead of 16 KiB: for tests of small
    /// documents.
    #[doc(hidden)]
    pub fn trying_every(mut self, bytes: usize) -> Incoming {
        self.batch = bytes;
        self
    }

    /// Takes the next bytes of the body, and reads the records now whole
    /// once enough has come since the last try.
    pub fn push(&mut self, chunk: &[u8]) {
        self.received += chunk.len();
        if self.not_utf8 {
            self.rest.extend_from_slice(chunk);
            return;
        }
        let joined;
        let bytes = if self.rest.is_empty() {
            chunk
        } else {
            self.rest.extend_from_slice(chunk);
            joined = std::mem::take(&mut self.rest);
            &joined[..]
        };
        match std::str::from_utf8(bytes) {
            Ok(text) => self.text.push_str(text),
            Err(err) => {
                let (whole, cut) = bytes.split_at(err.valid_up_to());
                if let Ok(whole) = std::str::from_utf8(whole) {
                    self.text.push_str(whole);
                }
                // A character cut short may be completed by the next chunk;
                // anything else is decoded, with replacements, at the end.
                self.not_utf8 = err.error_len().is_some();
                self.rest = cut.to_vec();
            }
        }
        self.drop_byte_order_mark();
        if self.text.len() >= self.try_at {
            self.read_ahead();
        }
    }

    /// How many bytes of the body have come.
    pub fn received(&self) -> usize {
        self.received
    }

    /// Whether the body is surely whole: exactly as many bytes as the
    /// server announced have come, and they end the document's value.
    /// Browsers can take a good while longer to say that the stream has
    /// ended, and that wait is for nothing. Both are asked for because the
    /// announced size can be that of a compressed body whose encoding the
    /// browser does not show (a response from another origin): its text
    /// passes that size long before its end.
    pub fn is_whole(&mut self) -> bool {
        if self.expected != Some(self.received) {
            return false;
        }
        self.read_ahead();
        self.place == Place::Ended
    }

    /// The first `count` articles of the bundle, once, while a large body
    /// is still coming: when that many are read ahead, and at most half of
    /// the body is in (or, when its size is not known, at least
    /// [`FIRST_LOOK_BYTES`] of it is), and they come newest first. They are
    /// what the whole body will start with, unless it turns out unreadable
    /// or not a bundle at all. In a bundle sorted newest first (as the CLI
    /// writes them) they are also the newest stories; a bundle in another
    /// order gives none, as the rest could hold newer ones anywhere.
    pub fn first_look(&mut self, count: usize) -> Option<Vec<Article>> {
        let (size, half_in) = match self.expected {
            Some(expected) => (expected, self.received * 2 <= expected),
            None => (self.received, true),
        };
        if self.looked || size < FIRST_LOOK_BYTES || !half_in {
            return None;
        }
        let articles: Vec<Article> = self.ahead.articles().take(count).cloned().collect();
        if articles.len() < count {
            return None;
        }
        // Looked at once, whatever the order: no later look is better.
        self.looked = true;
        Feed::is_newest_first(&articles).then_some(articles)
    }

    /// The body's text, decoded as [`body_text`] decodes it, and the
    /// document it holds, exactly as [`read_document`] reads it.
    ///
    /// [`body_text`]: crate::body_text
    /// [`read_document`]: crate::read_document
    pub fn finish(mut self) -> (String, Result<Document, BundleError>) {
        if !self.rest.is_empty() {
            let rest = String::from_utf8_lossy(&self.rest);
            self.text.push_str(&rest);
        }
        self.drop_byte_order_mark();
        // The last records, taken below rather than read there again.
        self.read_ahead();
        let document = read_document_with(&self.text, self.ahead);
        (self.text, document)
    }

    fn drop_byte_order_mark(&mut self) {
        if !self.bom_looked_for && !self.text.is_empty() {
            drop_byte_order_mark(&mut self.text);
            self.bom_looked_for = true;
        }
    }

    /// Reads on through the text received, as far as it is whole.
    fn read_ahead(&mut self) {
        loop {
            let text = &self.text[self.at..];
            let step = match self.place {
                Place::Start => start(text),
                Place::Fields { first } => field(text, first),
                Place::Records { first, depth } => {
                    record(text, first, depth, self.at, &mut self.ahead)
                }
                Place::Stopped | Place::Ended => return,
            };
            match step {
                Step::Read { to, place } => {
                    self.at += to;
                    self.place = place;
                }
                Step::Wait => {
                    // At least as much again as the part read in vain, so a
                    // huge record is not read over and over.
                    let pending = self.text.len() - self.at;
                    self.try_at = self.text.len() + self.batch.max(pending);
                    return;
                }
                Step::Stop => {
                    self.place = Place::Stopped;
                    return;
                }
            }
        }
    }
}

/// Where reading ahead is in the outside of the document.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Place {
    /// Before the document's value.
    #[default]
    Start,
    /// In the document's object, before a key (`first`: its first key).
    Fields { first: bool },
    /// In a list of records `depth` lists and objects deep (the document's
    /// own list, or one under `articles` or `value` in its object), before
    /// a record (`first`: its first).
    Records { first: bool, depth: usize },
    /// Nothing more is read ahead: the end reads whatever follows.
    Stopped,
    /// After the document's value: nothing more is read ahead either.
    Ended,
}

/// What one step of reading ahead came to.
enum Step {
    /// Read up to offset `to` of the text, which is now at `place`.
    Read { to: usize, place: Place },
    /// The text runs out first: tried again when more has come.
    Wait,
    /// The text is not something reading ahead follows.
    Stop,
}

fn moved(reader: &Reader, place: Place) -> Step {
    Step::Read {
        to: reader.position(),
        place,
    }
}

/// Waits when `err` may only be `text` running out, and stops otherwise.
fn wait_or_stop(err: Error, text: &str) -> Step {
    if err.near_end_of(text) {
        Step::Wait
    } else {
        Step::Stop
    }
}

/// The document's first bracket: a list of records or an object.
fn start(text: &str) -> Step {
    let mut reader = Reader::new(text);
    let place = match reader.skip_space() {
        None => return Step::Wait,
        Some(b'[') => Place::Records {
            first: true,
            depth: 1,
        },
        Some(b'{') => Place::Fields { first: true },
        Some(_) => return Step::Stop,
    };
    reader.step();
    moved(&reader, place)
}

/// One key of the document's object and its value: a list of records under
/// `articles` or `value` is gone into, anything else read past.
fn field(text: &str, first: bool) -> Step {
    let mut reader = Reader::nested(text, 1);
    match entry(&mut reader, first, b'}') {
        Ok(Some(b'"')) => {}
        Ok(None) => {
            reader.step();
            return moved(&reader, Place::Ended);
        }
        Ok(Some(_)) => return Step::Stop,
        Err(step) => return step,
    }
    let key = match reader.text() {
        Ok(key) => key,
        Err(err) => return wait_or_stop(err, text),
    };
    match reader.skip_space() {
        Some(b':') => reader.step(),
        Some(_) => return Step::Stop,
        None => return Step::Wait,
    }
    match reader.skip_space() {
        None => Step::Wait,
        Some(b'[') if holds_records(&key) => {
            reader.step();
            let place = Place::Records {
                first: true,
                depth: 2,
            };
            moved(&reader, place)
        }
        Some(_) => match reader.value() {
            Err(err) => wait_or_stop(err, text),
            // A number may go on in the next chunk.
            Ok(_) if reader.position() >= text.len() => Step::Wait,
            Ok(_) => moved(&reader, Place::Fields { first: false }),
        },
    }
}

/// The next record of a list, read into an article or a skip (kept in
/// `ahead` by its offsets in the whole text, `text` being the part from
/// offset `base`), or the list's end.
fn record(text: &str, first: bool, depth: usize, base: usize, ahead: &mut ReadAhead) -> Step {
    let mut reader = Reader::nested(text, depth);
    let bracketed = match entry(&mut reader, first, b']') {
        Ok(Some(byte)) => matches!(byte, b'{' | b'['),
        Ok(None) => {
            reader.step();
            let after = match depth {
                1 => Place::Ended,
                _ => Place::Fields { first: false },
            };
            return moved(&reader, after);
        }
        Err(step) => return step,
    };
    let at = reader.position();
    match reader.value() {
        // A number may go on in the next chunk.
        Ok(_) if !bracketed && reader.position() >= text.len() => Step::Wait,
        Ok(record) => {
            let outcome = article_from_raw(&record);
            ahead.push(base + at, base + reader.position(), outcome);
            let place = Place::Records {
                first: false,
                depth,
            };
            moved(&reader, place)
        }
        Err(err) => wait_or_stop(err, text),
    }
}

/// The first byte of the next entry of a list or object that `close` ends:
/// past white space and, but for the first entry, a comma. `None` at the
/// closing bracket, which is not read.
fn entry(reader: &mut Reader, first: bool, close: u8) -> Result<Option<u8>, Step> {
    let mut byte = reader.skip_space().ok_or(Step::Wait)?;
    if byte == close {
        return Ok(None);
    }
    if !first {
        if byte != b',' {
            return Err(Step::Stop);
        }
        reader.step();
        byte = reader.skip_space().ok_or(Step::Wait)?;
    }
    Ok(Some(byte))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body_text;
    use crate::read::document::{document_shapes, read_document};

    #[test]
    fn an_announced_size_reserves_at_most_eight_megabytes() {
        assert!(Incoming::new(Some(999_000_000)).text.capacity() <= RESERVE_AT_MOST);
        assert!(Incoming::new(Some(1_000)).text.capacity() >= 1_000);
        // The size still tells when the body is whole.
        let mut incoming = Incoming::new(Some(2));
        incoming.push(b"[]");
        assert!(incoming.is_whole());
    }

    /// What reading `body` whole gives, for comparison.
    fn whole(body: &[u8]) -> (String, Result<Document, BundleError>) {
        let text = body_text(body.to_vec());
        let document = read_document(&text);
        (text, document)
    }

    /// `body` pushed `size` bytes at a time, and how many records were read
    /// ahead by the end of the body.
    fn in_chunks(body: &[u8], size: usize) -> (usize, (String, Result<Document, BundleError>)) {
        let mut incoming = Incoming::new(Some(body.len())).trying_every(1);
        for chunk in body.chunks(size) {
            assert!(!incoming.is_whole(), "whole before its last byte");
            incoming.push(chunk);
        }
        assert_eq!(incoming.received(), body.len());
        // As `finish` does first.
        incoming.read_ahead();
        (incoming.ahead.len(), incoming.finish())
    }

    #[test]
    fn reads_every_shape_as_the_whole_text_reads() {
        for shape in document_shapes() {
            let with_bom = format!("\u{feff}{shape}");
            let cut = format!("{shape}\u{e9}");
            let mut not_utf8 = shape.clone().into_bytes();
            not_utf8.insert(not_utf8.len() / 2, 0xff);
            for body in [
                shape.as_bytes(),
                with_bom.as_bytes(),
                &cut.as_bytes()[..cut.len() - 1],
                &not_utf8,
            ] {
                for size in [1, 2, 3, 5, 64, usize::MAX] {
                    assert_eq!(in_chunks(body, size).1, whole(body), "{size}: {body:?}");
                }
            }
        }
    }

    /// The records of the demo bundle's list, without its brackets.
    fn demo_records() -> &'static str {
        let demo = include_str!("../../../static/demo-bundle.json");
        &demo[demo.find('[').unwrap_or(0) + 1..demo.rfind(']').unwrap_or(0)]
    }

    /// The demo bundle's list of articles twice over: a bundle of about
    /// 1.8 MB, large enough for a first look.
    fn large_bundle() -> Vec<u8> {
        let list = demo_records();
        let body = format!("{{\"articles\": [{list},{list}]}}");
        assert!(body.len() > FIRST_LOOK_BYTES);
        body.into_bytes()
    }

    fn bundle_articles(document: Result<Document, BundleError>) -> Vec<Article> {
        match document {
            Ok(Document::Bundle(bundle)) => bundle.articles,
            _ => panic!("a bundle"),
        }
    }

    #[test]
    fn a_large_body_gives_its_first_articles_once_while_coming() {
        let body = large_bundle();
        let first = bundle_articles(whole(&body).1);
        let mut incoming = Incoming::new(Some(body.len()));
        let mut looks = Vec::new();
        for chunk in body.chunks(64 * 1024) {
            incoming.push(chunk);
            looks.extend(
                incoming
                    .first_look(48)
                    .map(|articles| (incoming.received(), articles)),
            );
        }
        assert_eq!(looks.len(), 1, "one look");
        let (received, articles) = &looks[0];
        assert!(
            *received * 2 <= body.len(),
            "given while most of it is to come"
        );
        assert_eq!(articles[..], first[..48]);
        assert_eq!(bundle_articles(incoming.finish().1), first);
    }

    #[test]
    fn a_first_look_waits_for_enough_of_a_large_body() {
        let body = large_bundle();
        // Not announced: only once a large part of it is in.
        let mut incoming = Incoming::new(None);
        incoming.push(&body[..FIRST_LOOK_BYTES / 2]);
        assert_eq!(incoming.first_look(48), None);
        incoming.push(&body[FIRST_LOOK_BYTES / 2..FIRST_LOOK_BYTES]);
        assert_eq!(incoming.first_look(48).map(|a| a.len()), Some(48));
        // More articles than have come, or a body mostly in: no look.
        let mut incoming = Incoming::new(Some(body.len()));
        incoming.push(&body[..8 * 1024]);
        assert_eq!(incoming.first_look(1_000), None);
        incoming.push(&body[8 * 1024..body.len() * 2 / 3]);
        assert_eq!(incoming.first_look(48), None);
    }

    #[test]
    fn a_large_body_out_of_order_gives_no_first_look() {
        let list = demo_records();
        // An older story first: the newest could be anywhere in the rest.
        let older = r#"{"title": "Older", "publishedDateTime": "2020-01-01T00:00:00Z"}"#;
        let body = format!("{{\"articles\": [{older},{list},{list}]}}");
        let mut incoming = Incoming::new(Some(body.len()));
        for chunk in body.as_bytes().chunks(64 * 1024) {
            incoming.push(chunk);
            assert_eq!(incoming.first_look(48), None);
        }
    }

    #[test]
    fn a_small_body_is_shown_only_whole() {
        let body = include_bytes!("../../../static/demo-bundle.json");
        let mut incoming = Incoming::new(Some(body.len()));
        incoming.push(&body[..body.len() / 4]);
        assert_eq!(incoming.first_look(1), None);
    }

    #[test]
    fn a_body_is_whole_with_its_announced_bytes_ending_the_document() {
        for body in [
            &include_bytes!("../../../static/demo-bundle.json")[..],
            b"{\"articles\": [{\"title\": \"A\"}], \"nextPage\": 2} \n",
            b"[{\"title\": \"A\"}, 1]",
            b"{\"shards\": [\"a.json\"]}",
        ] {
            let mut incoming = Incoming::new(Some(body.len()));
            let (most, last) = body.split_at(body.len() - 1);
            incoming.push(most);
            assert!(!incoming.is_whole(), "{body:?}");
            incoming.push(last);
            assert!(incoming.is_whole(), "{body:?}");
        }
    }

    #[test]
    fn a_body_is_not_whole_while_unsure() {
        let body = include_bytes!("../../../static/demo-bundle.json");
        // Size not announced.
        let mut incoming = Incoming::new(None);
        incoming.push(body);
        assert!(!incoming.is_whole());
        // The size of a compressed body: its text passes it.
        let mut incoming = Incoming::new(Some(body.len() / 4));
        for chunk in body.chunks(body.len() / 8) {
            incoming.push(chunk);
            assert!(!incoming.is_whole());
        }
        // The size reached, but the document not ended: cut short, or a
        // shape reading ahead does not follow to its end.
        for body in [
            &body[..body.len() / 2],
            b"\"not a bundle\"",
            b"{\"articles\": [] ",
        ] {
            let mut incoming = Incoming::new(Some(body.len()));
            incoming.push(body);
            assert!(!incoming.is_whole(), "{:?}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn reads_the_demo_bundle_ahead_as_it_arrives() {
        let body = include_bytes!("../../../static/demo-bundle.json");
        let Ok(Document::Bundle(bundle)) = whole(body).1 else {
            panic!("the demo bundle reads");
        };
        for size in [7, 1000, 65536] {
            let (read_ahead, read) = in_chunks(body, size);
            assert_eq!(read_ahead, bundle.report.records, "{size}");
            assert_eq!(read, whole(body), "{size}");
        }
    }

    #[test]
    fn reads_the_records_before_bad_bytes_ahead() {
        let record = r#"{"title": "Café", "webUrl": "https://a.test/1"}"#;
        // White space after the good records lets them be tried again.
        let space = " ".repeat(1000);
        let mut body =
            format!(r#"{{"version": 1, "articles": [{record}, {record}, {space}"#).into_bytes();
        body.extend_from_slice(b"{\"title\": \"\xff\"}]}");
        let (read_ahead, read) = in_chunks(&body, 4);
        assert_eq!(read_ahead, 2);
        assert_eq!(read, whole(&body));
        let Ok(Document::Bundle(bundle)) = read.1 else {
            panic!("a bundle");
        };
        assert_eq!(bundle.articles.len(), 3);
    }

    #[test]
    fn the_end_takes_the_records_read_ahead() {
        let record = r#"{"title": "A", "webUrl": "https://a.test/1"}"#;
        let body = format!("{{\"articles\": [{record}, {record}], \"version\": 1}}");
        let mut incoming = Incoming::new(None);
        incoming.push(body.as_bytes());
        assert_eq!(incoming.ahead.len(), 2);
        // Marked, to tell a record taken from one read again.
        for article in incoming.ahead.articles_mut() {
            article.title = "read ahead".into();
        }
        let (_, Ok(Document::Bundle(bundle))) = incoming.finish() else {
            panic!("a bundle");
        };
        let titles: Vec<_> = bundle.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["read ahead", "read ahead"]);
    }

    #[test]
    fn reads_ahead_at_the_depth_the_whole_text_reads_at() {
        // The record is three deep in the document: 124 lists inside it
        // reach serde_json's limit of 127, and 125 pass it.
        for (lists, read_ahead) in [(124, 1), (125, 0)] {
            let body = format!(
                "{{\"articles\": [{{\"title\": \"x\", \"a\": {}1{}}}], \"v\": 1}}",
                "[".repeat(lists),
                "]".repeat(lists)
            );
            let mut incoming = Incoming::new(None);
            incoming.push(body.as_bytes());
            assert_eq!(incoming.ahead.len(), read_ahead, "{lists}");
            assert_eq!(incoming.finish(), whole(body.as_bytes()), "{lists}");
        }
    }

    #[test]
    fn reads_values_that_are_not_records_ahead_as_skips() {
        let record = r#"{"title": "A", "webUrl": "https://a.test/1"}"#;
        let body = format!("[{record}, null, 3, [], {record}]");
        let mut incoming = Incoming::new(None).trying_every(1);
        for chunk in body.as_bytes().chunks(3) {
            incoming.push(chunk);
        }
        assert_eq!(incoming.ahead.len(), 5);
        assert_eq!(incoming.finish(), whole(body.as_bytes()));
    }

    #[test]
    fn waits_for_a_batch_before_trying_a_record_again() {
        let record = r#"{"title": "A", "webUrl": "https://a.test/1"}"#;
        let body = format!("[{record}, {record}{}]", " ".repeat(1100));
        let (early, late) = body.as_bytes().split_at(200);
        let mut incoming = Incoming::new(None).trying_every(1000);
        for chunk in early.chunks(5) {
            incoming.push(chunk);
        }
        // Tried once, on the first chunk, and not again before 1000 bytes.
        assert_eq!(incoming.ahead.len(), 0);
        for chunk in late.chunks(5) {
            incoming.push(chunk);
        }
        assert_eq!(incoming.ahead.len(), 2);
        assert_eq!(incoming.finish(), whole(body.as_bytes()));
    }
}
