//! The stories a command writes, read as `bundle` reads them: every input,
//! the same story kept once in its newest version, drafts and filters
//! applied, newest first. `bundle` writes them as JSON, `render` as HTML.

use std::path::PathBuf;

use newsdeck_core::{Article, Feed};

use super::{count, UNUSABLE};
use crate::harvest::{harvest_with_progress, Harvest};
use crate::merge::{merge_duplicates, Merged};
use crate::selection::{Selected, Selection};
use crate::site::Site;
use crate::terminal::Terminal;

/// The stories read, and what the summary line says of their reading.
pub struct Gathered {
    pub articles: Vec<Article>,
    /// Every file read from, so that no output is written over one.
    pub sources: Vec<PathBuf>,
    harvest: Harvest,
    read: usize,
    unique: usize,
    selected: Selected,
}

/// Reads `inputs` (relative addresses resolved against `base_url`), prints
/// each problem, and keeps what `selection` selects; `Err` with the exit
/// status when nothing could be read at all.
pub fn gather(
    inputs: &[PathBuf],
    base_url: Option<&str>,
    keep_duplicates: bool,
    selection: &Selection,
    terminal: &Terminal,
) -> Result<Gathered, u8> {
    let progress = terminal.progress("reading");
    let site = Site::at(base_url);
    let mut harvest = harvest_with_progress(inputs, &site, &progress);
    progress.finish_and_clear();
    terminal.problems(&harvest.problems);
    // Inputs that were there but gave nothing must not replace good output
    // with an empty one; an empty folder is a site with no news yet, written
    // as empty, as a filter that leaves nothing is.
    if harvest.articles.is_empty() && !harvest.problems.is_empty() {
        terminal.error("no articles could be read from the inputs; nothing written");
        return Err(UNUSABLE);
    }
    let articles = std::mem::take(&mut harvest.articles);
    let read = articles.len();
    let merged = if keep_duplicates {
        Merged {
            articles,
            dropped: Vec::new(),
        }
    } else {
        merge_duplicates(articles)
    };
    for address in &merged.dropped {
        terminal.detail(&format!("kept the newest version of {address}"));
    }
    let unique = merged.articles.len();
    let mut selected = selection.apply(Feed::new(merged.articles).into_newest_first());
    Ok(Gathered {
        articles: std::mem::take(&mut selected.articles),
        sources: std::mem::take(&mut harvest.sources),
        harvest,
        read,
        unique,
        selected,
    })
}

impl Gathered {
    /// The summary line: what was read, merged and left out, and that
    /// `written` (e.g. "42 articles to news.json") was written.
    pub fn summary(&self, written: &str) -> String {
        let harvest = &self.harvest;
        let skipped = harvest.files_skipped + harvest.records_skipped;
        let mut summary = format!(
            "read {} with {}; skipped {}",
            count(harvest.files_read, "file", "files"),
            count(harvest.records_read, "record", "records"),
            skipped
        );
        if self.read > self.unique {
            summary += &format!(
                "; merged {}",
                count(self.read - self.unique, "duplicate", "duplicates")
            );
        }
        if self.selected.drafts > 0 {
            summary += &format!(
                "; left out {} (--include-drafts keeps them)",
                count(self.selected.drafts, "draft", "drafts")
            );
        }
        if self.selected.filtered > 0 {
            summary += &format!("; left out {} by the filters", self.selected.filtered);
        }
        summary + "; wrote " + written
    }

    /// Whether reading went without a problem and found something.
    pub fn clean(&self) -> bool {
        self.harvest.problems.is_empty() && !self.articles.is_empty()
    }
}
