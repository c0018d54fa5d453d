//! `newsdeck validate`: every problem in the inputs, and an exit status
//! scripts can act on.

use std::process::ExitCode;

use rayon::prelude::*;
use serde_json::json;

use super::{count, UNUSABLE};
use crate::args::{Format, ValidateArgs};
use crate::site::Site;
use crate::sources::input_files;
use crate::terminal::Terminal;
use crate::validation::{validate_file, FileReport};

pub fn run(args: &ValidateArgs, terminal: &Terminal) -> ExitCode {
    let (files, missing) = input_files(&args.paths);
    let site = Site::at(args.base_url.as_deref());
    let progress = terminal.progress("checking");
    progress.set_length(files.len() as u64);
    let reports: Vec<FileReport> = files
        .par_iter()
        .map(|path| {
            let report = validate_file(path, &site);
            progress.inc(1);
            report
        })
        .collect();
    progress.finish_and_clear();
    let unusable = !missing.is_empty() || files.is_empty() || reports.iter().any(|r| r.unusable);
    let mut problems = missing;
    let checked: usize = reports.iter().map(|r| r.files).sum();
    let records: usize = reports.iter().map(|r| r.records).sum();
    problems.extend(reports.into_iter().flat_map(|r| r.problems));
    let files_with_problems = problems
        .iter()
        .map(|p| &p.path)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let summary = if problems.is_empty() {
        format!(
            "checked {} ({}): no problems",
            count(checked, "file", "files"),
            count(records, "record", "records")
        )
    } else {
        format!(
            "checked {} ({}): {} in {}",
            count(checked, "file", "files"),
            count(records, "record", "records"),
            count(problems.len(), "problem", "problems"),
            count(files_with_problems, "file", "files"),
        )
    };
    match args.format {
        Format::Text => {
            problems
                .iter()
                .for_each(|problem| terminal.problem(problem));
            terminal.summary(&summary, problems.is_empty() && !unusable);
        }
        Format::Json => {
            let report = json!({
                "files": checked,
                "records": records,
                "problems": problems,
                "unusable": unusable,
                "summary": summary,
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&report).unwrap_or_default()
            );
        }
    }
    ExitCode::from(match (unusable, problems.is_empty()) {
        (true, _) => UNUSABLE,
        (false, false) => 1,
        (false, true) => 0,
    })
}
