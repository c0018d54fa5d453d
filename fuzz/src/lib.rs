//! The promises newsdeck's readers make about any text at all, checked by
//! the fuzz targets: a broken promise panics, which libFuzzer reports as a
//! crash with the input that broke it.

mod story;

use newsdeck_cli::frontmatter::{record_from_front_matter, FrontMatterError};
use newsdeck_core::{parse_json, record_list};
use newsdeck_core::{
    article_from_record, body_text, json, read_bundle, read_document, write_bundle, Article,
    Document, Incoming, SkipReason,
};

pub use story::check_story;

/// A bundle read through one JSON tree, as the CLI reads it: every record is
/// either an article or a reported skip, and what the CLI would write of the
/// articles reads back the same. The widget's record-by-record reading with
/// newsdeck's own JSON reader gives exactly the same, errors included.
pub fn check_bundle(text: &str) {
    check_json(text);
    let streamed = read_document(text);
    let parsed = parse_json(text);
    let through_tree = match &parsed {
        Ok(document) => Document::from_value(document),
        Err(err) => Err(err.clone()),
    };
    assert_eq!(streamed, through_tree, "record by record reads as the tree");
    let Ok(document) = parsed else {
        return;
    };
    let Ok(bundle) = read_bundle(&document) else {
        assert!(record_list(&document).is_none(), "a list was refused");
        return;
    };
    let records = record_list(&document).map_or(&[][..], |(_, records)| records);
    let report = &bundle.report;
    assert_eq!(report.records, records.len(), "records counted");
    assert_eq!(
        bundle.articles.len() + report.skipped.len(),
        records.len(),
        "every record is an article or a skip"
    );
    let mut previous = None;
    for skipped in &report.skipped {
        assert!(previous < Some(skipped.index), "skips in order, once each");
        previous = Some(skipped.index);
        let record = &records[skipped.index];
        match skipped.reason {
            SkipReason::NotAnObject(_) => assert!(!record.is_object(), "{record}"),
            SkipReason::NoTitle => assert!(record.is_object(), "{record}"),
        }
    }
    bundle.articles.iter().for_each(check_story);
    check_round_trip(&bundle.articles);
}

/// A body read while it arrives, in chunks of any size, gives the text and
/// the document that reading it whole gives, errors included.
pub fn check_arriving(body: &[u8]) {
    let text = body_text(body.to_vec());
    let whole = read_document(&text);
    for size in [1, 3, 8, 64] {
        let mut incoming = Incoming::new(None).trying_every(1);
        body.chunks(size).for_each(|chunk| incoming.push(chunk));
        let (arrived, document) = incoming.finish();
        assert_eq!(arrived, text, "decoded as whole, in chunks of {size}");
        assert_eq!(document, whole, "read as whole, in chunks of {size}");
    }
}

/// newsdeck's JSON reader reads any text as serde_json does: the same
/// values, or the same error at the same place; and a number in text (as
/// records write numbers in strings) as the same float. Two differences are
/// made on purpose (`json::serde_json_reading` makes them in the text
/// before serde_json reads it): a lone surrogate escape reads as U+FFFD and
/// a number too large for a float as `null`, where serde_json refuses the
/// whole text.
fn check_json(text: &str) {
    match (json::parse(text), json::serde_json_reading(text)) {
        (Ok(raw), Ok(value)) => assert!(raw.is_exactly(&value), "{raw:?} read as {value}"),
        (Err(err), Err(expected)) => assert_eq!(err.in_text(text), expected),
        (ours, theirs) => panic!("{ours:?} but serde_json: {theirs:?}"),
    }
    assert_eq!(
        json::number(text).map(|n| n.as_f64().to_bits()),
        serde_json::from_str::<f64>(text).ok().map(f64::to_bits),
        "a number in text"
    );
}

/// A front-matter file read as the CLI reads it: a record becomes an article
/// that survives the trip through a bundle; an error points into the file.
pub fn check_front_matter(text: &str) {
    match record_from_front_matter(text) {
        Ok(record) => {
            if let Ok(article) = article_from_record(&record) {
                check_story(&article);
                check_round_trip(std::slice::from_ref(&article));
            }
        }
        Err(FrontMatterError::Yaml { line, column, .. }) => {
            if let (Some(line), Some(column)) = (line, column) {
                // The YAML starts after the opening fence; YAML also breaks
                // lines at a lone carriage return and at NEL, LS and PS.
                let breaks = text
                    .chars()
                    .filter(|c| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'))
                    .count();
                assert!((2..=breaks + 1).contains(&line), "line {line} of {breaks}");
                assert!(column >= 1, "column {column}");
            }
        }
        Err(FrontMatterError::NoFrontMatter) => {}
    }
}

/// A bundle the CLI writes is input the widget reads: nothing may change or
/// go missing on the way.
fn check_round_trip(articles: &[Article]) {
    let written = write_bundle(articles, false);
    let again = parse_json(&written)
        .and_then(|document| read_bundle(&document))
        .unwrap_or_else(|err| panic!("a written bundle is unreadable: {err}\n{written}"));
    assert!(again.report.skipped.is_empty(), "{:?}", again.report);
    assert_eq!(again.articles, articles, "read back differently: {written}");
}
