//! Writing bundles safely.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use newsdeck_core::{write_bundle, Article, Feed};

/// Orders the articles newest first and writes them as a bundle.
///
/// The file is written beside its final name and renamed into place, so an
/// interrupted run never leaves a half-written bundle behind.
pub fn write_bundle_file(path: &Path, articles: Vec<Article>, pretty: bool) -> io::Result<usize> {
    let ordered = Feed::new(articles).into_newest_first();
    let text = write_bundle(&ordered, pretty);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("bundle.json");
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let written = fs::File::create(&temp).and_then(|mut file| {
        file.write_all(text.as_bytes())?;
        file.write_all(b"\n")?;
        file.sync_all()
    });
    if let Err(err) = written.and_then(|()| fs::rename(&temp, path)) {
        let _ = fs::remove_file(&temp);
        return Err(err);
    }
    Ok(ordered.len())
}
