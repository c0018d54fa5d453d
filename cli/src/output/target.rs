//! Where an output really goes, and outputs that must not be written: a
//! folder, a device or FIFO, or a file the run reads from. Found before
//! anything is written, so a mistaken `-o` loses nothing.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Links followed at most, as the kernel does, before a chain is a loop.
const MAX_LINKS: usize = 40;

/// The file that writing `path` must replace: `path` itself, or the file a
/// link at `path` points to (so the link stays a link and its target is
/// updated). Refuses what is not a regular file.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let meta = match fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(path),
            Err(err) => return Err(err),
        };
        if meta.file_type().is_symlink() {
            let to = fs::read_link(&path)?;
            path = match path.parent() {
                Some(dir) => dir.join(to),
                None => to,
            };
            continue;
        }
        if meta.is_file() {
            return Ok(path);
        }
        let what = if meta.is_dir() {
            "a folder"
        } else {
            "not a regular file (a device, FIFO or socket)"
        };
        return Err(refusal(format!(
            "{} is {what}; name a file to write",
            path.display()
        )));
    }
    Err(refusal(format!(
        "{} is a chain of links that does not end",
        path.display()
    )))
}

/// The folder `target` is written in: its parent, or the current folder
/// for a bare file name.
pub fn folder_of(target: &Path) -> PathBuf {
    match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Refuses to write over any of `inputs`: the run would replace a source
/// with its own output.
pub fn refuse_inputs(target: &Path, inputs: &[PathBuf]) -> io::Result<()> {
    let Ok(target) = fs::canonicalize(target) else {
        return Ok(()); // not there yet, so it is no input
    };
    let is_input = inputs
        .iter()
        .any(|input| fs::canonicalize(input).is_ok_and(|input| input == target));
    if is_input {
        return Err(refusal(format!(
            "{} is one of the inputs; write to another file",
            target.display()
        )));
    }
    Ok(())
}

fn refusal(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_link_is_written_through_to_its_target() {
        let dir = folder();
        let target = dir.path().join("real/news.json");
        let link = dir.path().join("news.json");
        fs::create_dir_all(dir.path().join("real")).unwrap_or_else(|e| panic!("{e}"));
        symlink("real/news.json", &link).unwrap_or_else(|e| panic!("{e}"));
        // A link to a file that is not there yet still names it.
        assert_eq!(resolve(&link).ok(), Some(target.clone()));
        fs::write(&target, "old").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(resolve(&link).ok(), Some(target));
    }

    #[test]
    fn folders_devices_fifos_and_link_loops_are_refused() {
        let dir = folder();
        let loop_link = dir.path().join("loop");
        symlink("loop", &loop_link).unwrap_or_else(|e| panic!("{e}"));
        for (path, says) in [
            (dir.path().to_path_buf(), "is a folder"),
            (PathBuf::from("/dev/null"), "not a regular file"),
            (loop_link, "does not end"),
        ] {
            let err = resolve(&path).err().map(|e| e.to_string());
            assert!(err.as_deref().is_some_and(|e| e.contains(says)), "{err:?}");
        }
    }

    #[test]
    fn an_input_is_never_an_output() {
        let dir = folder();
        let input = dir.path().join("a.md");
        fs::write(&input, "---\n").unwrap_or_else(|e| panic!("{e}"));
        let same = dir.path().join(".").join("a.md");
        assert!(refuse_inputs(&same, std::slice::from_ref(&input)).is_err());
        assert!(refuse_inputs(&dir.path().join("b.json"), &[input]).is_ok());
    }
}
