//! Finding the files a bundle is made from: files, folders and glob patterns.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::problem::Problem;

/// Every news file (`.md`, `.json`, and feeds: `.xml`, `.rss`, `.atom`,
/// `.rdf`) named, found below a named folder or matched
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
    once_per_file(&mut files);
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
        problems.push(Problem::new(pattern, "no .md, .json or feed files match"));
    }
}

/// Every news file below `dir`, links to folders followed. A link back to a
/// folder above it (`ln -s . d/a`) would make the walk endless: it is
/// reported and not followed.
fn collect_dir(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    for entry in WalkDir::new(dir).follow_links(true) {
        match entry {
            Ok(entry) if entry.file_type().is_file() && is_news_file(entry.path()) => {
                files.push(entry.into_path());
            }
            Ok(_) => {}
            // A news file the walk cannot look at (a broken link) is still
            // an input: reading it reports why, and counts it as skipped.
            Err(err)
                if err.loop_ancestor().is_none()
                    && err.depth() > 0
                    && err.path().is_some_and(is_news_file) =>
            {
                files.extend(err.path().map(Path::to_path_buf));
            }
            Err(err) => {
                let place = err.path().unwrap_or(dir).to_path_buf();
                let message = match err.loop_ancestor() {
                    Some(ancestor) => format!(
                        "a link back to the folder {} above it; not followed",
                        ancestor.display()
                    ),
                    None => err
                        .io_error()
                        .map_or_else(|| err.to_string(), ToString::to_string),
                };
                problems.push(Problem::new(place, message));
            }
        }
    }
}

/// Keeps the first (in path order) of several paths that name one file, so
/// a file reached through a link as well is read once.
fn once_per_file(files: &mut Vec<PathBuf>) {
    let mut seen = HashSet::new();
    files.retain(|path| seen.insert(fs::canonicalize(path).unwrap_or_else(|_| path.clone())));
}

/// A file named by itself is read whatever its name (a saved feed may have
/// none); in folders and patterns, these are the files looked at.
fn is_news_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("md" | "json" | "xml" | "rss" | "atom" | "rdf")
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
            [
                "no .md, .json or feed files match",
                "no such file or folder"
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_linked_into_itself_is_walked_once() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path().join("d");
        fs::create_dir_all(root.join("sub")).unwrap_or_else(|e| panic!("{e}"));
        fs::write(root.join("good.md"), "").unwrap_or_else(|e| panic!("{e}"));
        fs::write(root.join("sub/other.md"), "").unwrap_or_else(|e| panic!("{e}"));
        symlink(".", root.join("a")).unwrap_or_else(|e| panic!("{e}"));
        symlink("..", root.join("sub/up")).unwrap_or_else(|e| panic!("{e}"));
        symlink("sub", root.join("also-sub")).unwrap_or_else(|e| panic!("{e}"));
        symlink("good.md", root.join("same.md")).unwrap_or_else(|e| panic!("{e}"));
        let (files, problems) = input_files(&[root.clone(), root.join("good.md")]);
        let names: Vec<_> = files
            .iter()
            .filter_map(|f| f.strip_prefix(&root).ok())
            .map(|f| f.to_string_lossy().into_owned())
            .collect();
        // `also-sub/other.md` sorts before `sub/other.md`: one file, read once.
        assert_eq!(names, ["also-sub/other.md", "good.md"]);
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(
            messages.iter().all(|m| m.contains("not followed")),
            "{messages:?}"
        );
    }
}
