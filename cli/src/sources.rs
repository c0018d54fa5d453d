//! Finding and reading the files a bundle is made from.

use std::fs;
use std::path::{Path, PathBuf};

use newsdeck_core::{article_from_record, parse_bundle, Article};

use crate::frontmatter::record_from_front_matter;

/// What was read from the inputs: the articles, and each problem by file.
#[derive(Debug, Default)]
pub struct Harvest {
    pub articles: Vec<Article>,
    pub files_read: usize,
    pub problems: Vec<Problem>,
}

/// Something in an input that could not be used; the rest carries on.
#[derive(Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub message: String,
}

/// Every `.md` and `.json` file named, or found below a named folder, in a
/// stable order so that the same inputs always give the same bundle.
pub fn input_files(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        if input.is_dir() {
            collect_dir(input, &mut files, &mut problems);
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            problems.push(Problem {
                path: input.clone(),
                message: "no such file or folder".into(),
            });
        }
    }
    files.sort();
    files.dedup();
    (files, problems)
}

fn collect_dir(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem {
                path: dir.to_owned(),
                message: err.to_string(),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_dir(&path, files, problems);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("md" | "json")
        ) {
            files.push(path);
        }
    }
}

/// Reads every input; a file that cannot be read is reported and skipped.
pub fn harvest(inputs: &[PathBuf]) -> Harvest {
    let (files, problems) = input_files(inputs);
    let mut harvest = Harvest {
        problems,
        ..Harvest::default()
    };
    for path in files {
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                harvest.problems.push(Problem {
                    path,
                    message: err.to_string(),
                });
                continue;
            }
        };
        harvest.files_read += 1;
        read_file(&path, &text, &mut harvest);
    }
    harvest
}

fn read_file(path: &Path, text: &str, harvest: &mut Harvest) {
    let problem = |message: String| Problem {
        path: path.to_owned(),
        message,
    };
    if path.extension().and_then(|e| e.to_str()) == Some("json") {
        match parse_bundle(text) {
            Ok(bundle) => {
                harvest.articles.extend(bundle.articles);
                let skipped = bundle.report.skipped.iter().map(|s| problem(s.to_string()));
                harvest.problems.extend(skipped);
            }
            Err(err) => harvest.problems.push(problem(err.to_string())),
        }
        return;
    }
    match record_from_front_matter(text) {
        Ok(record) => match article_from_record(&record) {
            Ok(article) => harvest.articles.push(article),
            Err(reason) => harvest
                .problems
                .push(problem(format!("record skipped: {reason}"))),
        },
        Err(err) => harvest.problems.push(problem(err.to_string())),
    }
}
