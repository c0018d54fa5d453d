//! The stories a set of inputs holds, as `newsdeck bundle` writes them:
//! every input read (front matter, API pages, bundles, manifests, feeds),
//! one article per story (its newest version), newest first, filtered.
//! A command that shows the news rather than writing a bundle (a page
//! renderer, say) reads through here too, so it shows what `bundle` would
//! write from the same inputs.

use std::path::PathBuf;

use indicatif::ProgressBar;
use newsdeck_core::{Article, Feed};

use crate::harvest::{harvest_with_progress, Harvest};
use crate::merge::{merge_duplicates, Merged};
use crate::selection::Selection;
use crate::site::Site;

/// What to read, and how: `bundle`'s inputs and options.
#[derive(Clone, Debug, Default)]
pub struct Reading {
    /// Files, folders and glob patterns.
    pub inputs: Vec<PathBuf>,
    /// The site relative addresses are resolved against (`--base-url`).
    pub site: Site,
    /// Keep every record, even several of one story (`--keep-duplicates`).
    pub keep_duplicates: bool,
    /// The filters (`--include-drafts`, `--since`, `--topic`, `--limit`).
    pub selection: Selection,
}

/// The stories read, and the counts and problems a summary tells.
#[derive(Debug, Default)]
pub struct Stories {
    /// The stories, newest first.
    pub articles: Vec<Article>,
    /// What reading the files came to (its articles moved to `articles`).
    pub harvest: Harvest,
    /// Articles read before repeats were merged.
    pub read: usize,
    /// Articles left once repeats were merged.
    pub unique: usize,
    /// The canonical address of each repeat merged into its newest version.
    pub merged: Vec<String>,
    /// Drafts left out.
    pub drafts: usize,
    /// Stories the filters left out.
    pub filtered: usize,
}

/// Reads `reading`'s inputs, counting files on `progress` as they are read.
pub fn read_stories(reading: &Reading, progress: &ProgressBar) -> Stories {
    let mut harvest = harvest_with_progress(&reading.inputs, &reading.site, progress);
    let articles = std::mem::take(&mut harvest.articles);
    let read = articles.len();
    let merged = if reading.keep_duplicates {
        Merged {
            articles,
            dropped: Vec::new(),
        }
    } else {
        merge_duplicates(articles)
    };
    let unique = merged.articles.len();
    let selected = (reading.selection).apply(Feed::new(merged.articles).into_newest_first());
    Stories {
        articles: selected.articles,
        harvest,
        read,
        unique,
        merged: merged.dropped,
        drafts: selected.drafts,
        filtered: selected.filtered,
    }
}
