//! The promises newsdeck's readers make about any text at all, checked by
//! the fuzz targets: a broken promise panics, which libFuzzer reports as a
//! crash with the input that broke it.

mod story;

use newsdeck_cli::frontmatter::{record_from_front_matter, FrontMatterError};
use newsdeck_core::bundle::{parse_json, record_list};
use newsdeck_core::{
    article_from_record, read_bundle, read_document, write_bundle, Article, Document, SkipReason,
};

pub use story::check_story;

/// A bundle read through one JSON tree, as the CLI reads it: every record is
/// either an article or a reported skip, and what the CLI would write of the
/// articles reads back the same. The widget's record-by-record reading gives
/// exactly the same.
pub fn check_bundle(text: &str) {
    let streamed = read_document(text);
    let Ok(document) = parse_json(text) else {
        assert!(streamed.is_err(), "read record by record, not as a tree");
        return;
    };
    let through_tree = Document::from_value(&document);
    assert_eq!(streamed, through_tree, "record by record reads as the tree");
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
