//! `newsdeck validate`'s work on one file: every problem, with its position.

use std::path::Path;

use newsdeck_core::json::{offset_of, Step};
use newsdeck_core::read_bundle;
use serde_json::Value;

use crate::checks::{check_record, ignored_fields, Finding};
use crate::frontmatter::locate_in_front_matter;
use crate::problem::{Position, Problem};
use crate::reading::{parse_contents, read_text, record_list, record_steps, Contents};
use crate::site::Site;
use newsdeck_core::Manifest;

/// What checking one file found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FileReport {
    /// Files checked: this one, plus the shards of a manifest.
    pub files: usize,
    pub records: usize,
    pub problems: Vec<Problem>,
    /// The file (or a shard it names) could not be read at all.
    pub unusable: bool,
}

/// Checks a front-matter file, bundle, API page or manifest (and its shards).
pub fn validate_file(path: &Path, site: &Site) -> FileReport {
    validate(path, site, true)
}

/// `manifest_allowed` is false for shards, which must be bundles: a manifest
/// naming itself must not send the check round in circles.
fn validate(path: &Path, site: &Site, manifest_allowed: bool) -> FileReport {
    let mut report = FileReport::default();
    let text = match read_text(path) {
        Ok((text, bad_bytes)) => {
            report.problems.extend(bad_bytes);
            text
        }
        Err(problem) => {
            report.unusable = true;
            report.problems.push(problem);
            return report;
        }
    };
    report.files = 1;
    let mut contents = match parse_contents(path, &text) {
        Ok(contents) => contents,
        Err(problem) => {
            report.problems.push(problem);
            return report;
        }
    };
    // Resolved where the site's address is given; the checks below say
    // where a relative address is left.
    site.resolve(&mut contents);
    match contents {
        Contents::FrontMatter(record) => {
            report.records = 1;
            let position =
                |steps: &[Step]| Position::of_offset(&text, locate_in_front_matter(&text, steps));
            report.add_findings(path, ignored_fields(&record), &[], position);
            report.add_findings(path, check_record(&record), &[], position);
        }
        Contents::Feed(feed) => {
            report.records = feed.records.len();
            for (offset, note) in &feed.notes {
                let at = Position::of_offset(&text, *offset);
                report
                    .problems
                    .push(Problem::new(path, note.clone()).at(at));
            }
            for (index, record) in feed.records.iter().enumerate() {
                let position =
                    |steps: &[Step]| Position::of_offset(&text, feed.locate(&text, steps));
                report.add_findings(path, check_record(record), &[Step::Index(index)], position);
            }
        }
        Contents::Json(value) => match Manifest::from_value(&value) {
            Some(Ok(manifest)) if manifest_allowed => {
                report.check_shards(path, &text, site, &manifest)
            }
            Some(Ok(_)) => {
                let message = "a shard must be a bundle, not another manifest";
                report
                    .problems
                    .push(Problem::new(path, message).at(Position::START));
            }
            Some(Err(message)) => report
                .problems
                .push(Problem::new(path, message).at(Position::START)),
            None => report.check_bundle(path, &text, &value),
        },
    }
    report
}

impl FileReport {
    fn add_findings(
        &mut self,
        path: &Path,
        findings: Vec<Finding>,
        at: &[Step],
        position: impl Fn(&[Step]) -> Position,
    ) {
        for finding in findings {
            let steps: Vec<Step> = at.iter().chain(&finding.at).cloned().collect();
            self.problems
                .push(Problem::new(path, finding.message).at(position(&steps)));
        }
    }

    fn check_bundle(&mut self, path: &Path, text: &str, value: &Value) {
        if let Err(err) = read_bundle(value) {
            self.problems
                .push(Problem::new(path, err.to_string()).at(Position::START));
            return;
        }
        let (list_at, records) = record_list(value).unwrap_or_default();
        self.records += records.len();
        for (index, record) in records.iter().enumerate() {
            self.add_findings(
                path,
                check_record(record),
                &record_steps(&list_at, index),
                |steps| Position::of_offset(text, offset_of(text, steps)),
            );
        }
    }

    /// A manifest is checked with its shards: each must exist, be a clean
    /// bundle and hold the number of stories the manifest says.
    fn check_shards(&mut self, path: &Path, text: &str, site: &Site, manifest: &Manifest) {
        let dir = path.parent().unwrap_or(Path::new(""));
        let entry_at = |index: usize, key: &str| {
            let steps = [Step::key("shards"), Step::Index(index), Step::key(key)];
            Position::of_offset(text, offset_of(text, &steps))
        };
        let mut total = 0;
        for (index, shard) in manifest.shards.iter().enumerate() {
            let shard_path = dir.join(&shard.path);
            let shard_report = validate(&shard_path, site, false);
            if shard_report.unusable {
                let reason = shard_report.problems.first().map(|p| p.message.as_str());
                let message = format!(
                    "shard {} {}",
                    shard.path,
                    reason.unwrap_or("cannot be read")
                );
                self.problems
                    .push(Problem::new(path, message).at(entry_at(index, "path")));
                self.unusable = true;
                continue;
            }
            if shard_report.records != shard.count {
                let message = format!(
                    "shard {} holds {}, not {}",
                    shard.path,
                    stories(shard_report.records),
                    shard.count
                );
                self.problems
                    .push(Problem::new(path, message).at(entry_at(index, "count")));
            }
            total += shard_report.records;
            self.files += shard_report.files;
            self.records += shard_report.records;
            self.problems.extend(shard_report.problems);
        }
        if total != manifest.total {
            let message = format!(
                "the shards hold {}, not the {} the manifest says",
                stories(total),
                manifest.total
            );
            let at = Position::of_offset(text, offset_of(text, &[Step::key("total")]));
            self.problems.push(Problem::new(path, message).at(at));
        }
    }
}

fn stories(n: usize) -> String {
    format!("{n} {}", if n == 1 { "story" } else { "stories" })
}
