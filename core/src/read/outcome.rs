//! What reading a bundle comes to: its articles with a report of the
//! records left out and why, or why nothing could be read at all.
//!
//! At the bottom of `read/`: it imports no reading code, so every reader
//! (the JSON reader, the record reader, the document and the tree path) can
//! use these types without importing one another down and back.

use std::fmt;

use crate::article::Article;

/// What was read from a bundle: the good articles, and what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedBundle {
    /// The articles, in the bundle's order.
    pub articles: Vec<Article>,
    /// How many records there were, and which were left out.
    pub report: ParseReport,
    /// For API pages: the number of the page that follows, if any.
    pub next_page: Option<u64>,
}

impl ParsedBundle {
    /// Adds what became of the next record of the bundle's list: an
    /// article, or a note of why it was skipped.
    pub(crate) fn add(&mut self, outcome: Result<Article, SkipReason>) {
        let index = self.report.records;
        self.report.records += 1;
        match outcome {
            Ok(article) => self.articles.push(article),
            Err(reason) => self.report.skipped.push(SkippedRecord { index, reason }),
        }
    }
}

/// How many records a bundle held and which ones could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParseReport {
    /// How many records the bundle's list held, good or not.
    pub records: usize,
    /// The records left out, in the bundle's order.
    pub skipped: Vec<SkippedRecord>,
}

/// A record left out of the feed, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedRecord {
    /// Position of the record in the bundle's list, from 0.
    pub index: usize,
    /// Why it was left out.
    pub reason: SkipReason,
}

impl fmt::Display for SkippedRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "record {} was skipped: {}", self.index, self.reason)
    }
}

/// Why a record was left out of the feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// The record is a string, number, list… instead of an object.
    NotAnObject(&'static str),
    /// The record has no readable title, so a card could not name the story.
    NoTitle,
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::NotAnObject(kind) => write!(f, "it is {kind}, not an object with fields"),
            SkipReason::NoTitle => f.write_str("it has no title"),
        }
    }
}

/// Why a whole bundle could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The text is not JSON at all (an HTML error page, a cut-off download…).
    NotJson {
        /// The line where it breaks, from 1.
        line: usize,
        /// The column where it breaks, counting bytes from 0, as serde_json
        /// counts them.
        column: usize,
        /// What is wrong there, as serde_json says it.
        message: String,
    },
    /// It is JSON, but holds no list of articles where one was expected.
    WrongShape(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotJson {
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "the news data is not valid JSON (line {line}, column {column}: {message})"
                )
            }
            BundleError::WrongShape(what) => {
                write!(f, "the news data has an unexpected shape: {what}")
            }
        }
    }
}

impl std::error::Error for BundleError {}
