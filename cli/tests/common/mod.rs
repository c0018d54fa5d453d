//! Helpers shared by the tests that run the `newsdeck` binary.

#![allow(dead_code)] // Each test file uses its own subset.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The news corpus: beside the repository, or wherever NEWSDECK_CORPUS
/// points. Tests fail, rather than pass silently, when it is missing.
pub fn corpus() -> PathBuf {
    let dir = std::env::var_os("NEWSDECK_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    assert!(
        dir.join("seed").is_dir(),
        "the news corpus is not at {}; set NEWSDECK_CORPUS",
        dir.display()
    );
    dir
}

/// The three front-matter folders the demo bundle is made from.
pub fn corpus_front_matter() -> Vec<PathBuf> {
    let root = corpus();
    vec![
        root.join("seed"),
        root.join("ai/_news"),
        root.join("powerapps/_news"),
    ]
}

pub fn repository_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

/// Runs `newsdeck` with the arguments, without a terminal or colour.
pub fn newsdeck<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_newsdeck"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap_or_else(|err| panic!("could not run newsdeck: {err}"))
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|err| panic!("no temporary folder: {err}"))
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

pub fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    }
    std::fs::write(path, text).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
}
