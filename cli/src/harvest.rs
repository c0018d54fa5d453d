//! Reading every input in parallel into articles, reporting what was skipped.

use std::path::{Path, PathBuf};

use indicatif::ProgressBar;
use newsdeck_core::json::{offset_of, Step};
use newsdeck_core::{article_from_record, read_bundle, Article};
use rayon::prelude::*;
use serde_json::Value;

use crate::frontmatter::locate_in_front_matter;
use crate::problem::{Position, Problem};
use crate::reading::{parse_contents, read_text, record_list, record_steps, Contents};
use crate::site::Site;
use crate::sources::input_files;
use newsdeck_core::Manifest;

/// What was read from the inputs: the articles, in input order, and counts
/// and problems for the summary.
#[derive(Debug, Default)]
pub struct Harvest {
    pub articles: Vec<Article>,
    pub files_read: usize,
    /// Files that were read but gave nothing (not front matter, not JSON…).
    pub files_skipped: usize,
    pub records_read: usize,
    pub records_skipped: usize,
    pub problems: Vec<Problem>,
    /// Every file read from (shards too), so nothing writes over one.
    pub sources: Vec<PathBuf>,
}

/// Reads every input; a bad file or record is reported and skipped, and the
/// rest carries on.
pub fn harvest(inputs: &[PathBuf]) -> Harvest {
    harvest_with_progress(inputs, &Site::default(), &ProgressBar::hidden())
}

/// [`harvest`], with relative addresses resolved against `site`, counting
/// files on `progress` as they are read.
pub fn harvest_with_progress(inputs: &[PathBuf], site: &Site, progress: &ProgressBar) -> Harvest {
    let (files, problems) = input_files(inputs);
    progress.set_length(files.len() as u64);
    let per_file: Vec<Harvest> = files
        .par_iter()
        .map(|path| {
            let read = harvest_file(path, site, Expect::AnyInput);
            progress.inc(1);
            read
        })
        .collect();
    let mut total = Harvest {
        problems,
        ..Harvest::default()
    };
    for file in per_file {
        total.absorb(file);
    }
    total
}

/// Whether a file may be a manifest: shards must be bundles, so a manifest
/// cannot send the reader round in circles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    AnyInput,
    Shard,
}

fn harvest_file(path: &Path, site: &Site, expect: Expect) -> Harvest {
    let mut harvest = Harvest {
        sources: vec![path.to_path_buf()],
        ..Harvest::default()
    };
    harvest.files_read = 1;
    let text = match read_text(path) {
        Ok((text, bad_bytes)) => {
            harvest.problems.extend(bad_bytes);
            text
        }
        Err(problem) => {
            harvest.files_skipped = 1;
            harvest.problems.push(problem);
            return harvest;
        }
    };
    let mut contents = match parse_contents(path, &text) {
        Ok(contents) => contents,
        Err(problem) => {
            harvest.files_skipped = 1;
            harvest.problems.push(problem);
            return harvest;
        }
    };
    harvest
        .problems
        .extend(relative_addresses(path, &text, site, &mut contents));
    match contents {
        Contents::FrontMatter(record) => {
            let locate = |steps: &[Step]| locate_in_front_matter(&text, steps);
            harvest.add_record(path, &text, &record, &[], locate);
        }
        Contents::Feed(mut feed) => {
            for (offset, note) in &feed.notes {
                let at = Position::of_offset(&text, *offset);
                harvest
                    .problems
                    .push(Problem::new(path, note.clone()).at(at));
            }
            // Each record is let go once it is an article.
            let records = std::mem::take(&mut feed.records);
            for (index, record) in records.into_iter().enumerate() {
                let locate = |steps: &[Step]| feed.locate(&text, steps);
                harvest.add_record(path, &text, &record, &[Step::Index(index)], locate);
            }
        }
        Contents::Json(value) => match Manifest::from_value(&value) {
            Some(Ok(manifest)) if expect == Expect::AnyInput => {
                harvest.add_shards(path, site, &manifest)
            }
            Some(Ok(_)) => {
                harvest.files_skipped = 1;
                let message = "a shard must be a bundle, not another manifest";
                harvest.problems.push(Problem::new(path, message));
            }
            Some(Err(message)) => {
                harvest.files_skipped = 1;
                harvest.problems.push(Problem::new(path, message));
            }
            None => harvest.add_bundle(path, &text, &value),
        },
    }
    harvest
}

impl Harvest {
    fn absorb(&mut self, other: Harvest) {
        self.articles.extend(other.articles);
        self.files_read += other.files_read;
        self.files_skipped += other.files_skipped;
        self.records_read += other.records_read;
        self.records_skipped += other.records_skipped;
        self.problems.extend(other.problems);
        self.sources.extend(other.sources);
    }

    fn add_record(
        &mut self,
        path: &Path,
        text: &str,
        record: &Value,
        at: &[Step],
        locate: impl Fn(&[Step]) -> usize,
    ) {
        self.records_read += 1;
        match article_from_record(record) {
            Ok(article) => self.articles.push(article),
            Err(reason) => {
                self.records_skipped += 1;
                let mut steps = at.to_vec();
                if record.get("title").is_some() {
                    steps.push(Step::key("title"));
                }
                let position = Position::of_offset(text, locate(&steps));
                let problem = Problem::new(path, format!("record skipped: {reason}"));
                self.problems.push(problem.at(position));
            }
        }
    }

    fn add_bundle(&mut self, path: &Path, text: &str, value: &Value) {
        let bundle = match read_bundle(value) {
            Ok(bundle) => bundle,
            Err(err) => {
                self.files_skipped = 1;
                let problem = Problem::new(path, err.to_string());
                self.problems.push(problem.at(Position::START));
                return;
            }
        };
        let (list_at, records) = record_list(value).unwrap_or_default();
        self.records_read += bundle.report.records;
        self.articles.extend(bundle.articles);
        for skipped in bundle.report.skipped {
            let mut steps = record_steps(&list_at, skipped.index);
            if records
                .get(skipped.index)
                .and_then(|r| r.get("title"))
                .is_some()
            {
                steps.push(Step::key("title"));
            }
            self.records_skipped += 1;
            let position = Position::of_offset(text, offset_of(text, &steps));
            let message = format!("record {} skipped: {}", skipped.index, skipped.reason);
            self.problems.push(Problem::new(path, message).at(position));
        }
    }

    /// A manifest stands for its shards, read from beside it.
    fn add_shards(&mut self, manifest_path: &Path, site: &Site, manifest: &Manifest) {
        let dir = manifest_path.parent().unwrap_or(Path::new(""));
        for shard in &manifest.shards {
            self.absorb(harvest_file(&dir.join(&shard.path), site, Expect::Shard));
        }
    }
}

/// Resolves `contents`' relative addresses against `site`; without its
/// address, a problem where each one is written.
fn relative_addresses(
    path: &Path,
    text: &str,
    site: &Site,
    contents: &mut Contents,
) -> Vec<Problem> {
    let found = site.resolve(contents);
    found
        .into_iter()
        .map(|relative| {
            let offset = match &*contents {
                Contents::FrontMatter(_) => locate_in_front_matter(text, &relative.at),
                Contents::Feed(feed) => feed.locate(text, &relative.at),
                Contents::Json(_) => offset_of(text, &relative.at),
            };
            Problem::new(path, relative.message).at(Position::of_offset(text, offset))
        })
        .collect()
}
