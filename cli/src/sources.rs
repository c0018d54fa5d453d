//! Finding the files a bundle is made from: files, folders and glob patterns.

use std::fs;
use std::path::{Path, PathBuf};

use crate::problem::Problem;

/// Every `.md` and `.json` file named, found below a named folder or matched
/// by a pattern such as `'_news/2024-*.md'`, in a stable order so that the
/// same inputs always give the same bundle. Inputs that name nothing are
/// problems.
pub fn input_files(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        if input.is_dir() {
            collect_dir(input, &mut files, &mut problems);
        } else if input.is_file() {
            files.push(input.clone());
        } else if is_pattern(input) {
            collect_matches(input, &mut files, &mut problems);
        } else {
            problems.push(Problem::new(input, "no such file or folder"));
        }
    }
    files.sort();
    files.dedup();
    (files, problems)
}

fn is_pattern(input: &Path) -> bool {
    input.to_string_lossy().contains(['*', '?', '['])
}

/// Shells expand patterns themselves; a quoted pattern (or a shell that does
/// not expand) reaches us as-is.
fn collect_matches(pattern: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let matches = match glob::glob(&pattern.to_string_lossy()) {
        Ok(matches) => matches,
        Err(err) => {
            problems.push(Problem::new(
                pattern,
                format!("not a usable pattern: {err}"),
            ));
            return;
        }
    };
    let before = files.len();
    for path in matches.flatten() {
        if path.is_dir() {
            collect_dir(&path, files, problems);
        } else if is_news_file(&path) {
            files.push(path);
        }
    }
    if files.len() == before {
        problems.push(Problem::new(pattern, "no .md or .json files match"));
    }
}

fn collect_dir(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem::new(dir, err.to_string()));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_dir(&path, files, problems);
        } else if is_news_file(&path) {
            files.push(path);
        }
    }
}

fn is_news_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("md" | "json")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_files_and_patterns_are_found_once_in_order() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path();
        for name in ["b.md", "a.md", "c.json", "notes.txt", "sub/d.md"] {
            let path = root.join(name);
            fs::create_dir_all(path.parent().unwrap_or(root)).unwrap_or_default();
            fs::write(path, "").unwrap_or_default();
        }
        let (files, problems) = input_files(&[
            root.join("*.md"),
            root.join("sub"),
            root.join("a.md"),
            root.join("c.json"),
        ]);
        let names: Vec<_> = files
            .iter()
            .filter_map(|f| f.strip_prefix(root).ok())
            .map(|f| f.to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.md", "b.md", "c.json", "sub/d.md"]);
        assert_eq!(problems, []);

        let (files, problems) = input_files(&[root.join("*.yaml"), root.join("gone")]);
        assert!(files.is_empty());
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            messages,
            ["no .md or .json files match", "no such file or folder"]
        );
    }
}
