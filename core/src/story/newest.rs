//! Which record of a page is its newest. A bundle can hold one page as it
//! was and as it is now, and the files the CLI merges often do: the CLI
//! keeps one record per page and the widget shows a page by one record.
//! Both ask here, so they keep the same one.

use crate::article::Article;
use crate::date::Moment;

/// Whether `record`, read after `kept`, is a newer record of the same page.
///
/// The rule: a record is as new as its last change, the later of its
/// `updatedDateTime` and `publishedDateTime` (of those that read as
/// dates); a record with such a date is newer than one without. Records
/// that changed at the same moment are equally new, and then the one read
/// first stays, so `record` is newer only when it changed strictly later.
///
/// This is which version of one page to keep. Where a story stands in the
/// feed (newest first) is another matter, and goes by publication alone.
pub fn is_newer_record(record: &Article, kept: &Article) -> bool {
    last_changed(record) > last_changed(kept)
}

/// When a record last changed, in Unix seconds, if it says in a way that
/// reads.
fn last_changed(record: &Article) -> Option<i64> {
    let seconds = |moment: &Option<Moment>| moment.as_ref()?.timestamp().map(|t| t.unix_seconds);
    seconds(&record.updated_at).max(seconds(&record.published_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(published: Option<&str>, updated: Option<&str>) -> Article {
        Article {
            title: "t".into(),
            published_at: published.map(Moment::from_text),
            updated_at: updated.map(Moment::from_text),
            ..Article::default()
        }
    }

    #[test]
    fn an_update_counts_as_the_last_change() {
        let published_later = record(Some("2024-03-01T00:00:00Z"), None);
        let updated_later = record(Some("2024-01-01T00:00:00Z"), Some("2024-04-01T00:00:00Z"));
        assert!(is_newer_record(&updated_later, &published_later));
        assert!(!is_newer_record(&published_later, &updated_later));
    }

    #[test]
    fn a_tie_keeps_the_record_read_first() {
        let a = record(Some("2024-01-01T00:00:00Z"), Some("2024-03-01T00:00:00Z"));
        let b = record(Some("2024-03-01T00:00:00Z"), None);
        assert!(!is_newer_record(&a, &b) && !is_newer_record(&b, &a));
        let undated = record(None, Some("last Tuesday"));
        assert!(!is_newer_record(&undated, &undated.clone()));
    }

    #[test]
    fn a_readable_date_is_newer_than_none() {
        let dated = record(Some("2001-01-01T00:00:00Z"), None);
        let undated = record(Some("soon"), None);
        assert!(is_newer_record(&dated, &undated));
        assert!(!is_newer_record(&undated, &dated));
    }
}
