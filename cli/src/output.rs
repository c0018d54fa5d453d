//! Writing bundles and sharded bundles safely.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use newsdeck_core::{write_bundle, Article};

use newsdeck_core::Manifest;

/// Writes articles, in the order given, as one bundle.
pub fn write_bundle_file(path: &Path, articles: &[Article], pretty: bool) -> io::Result<()> {
    write_atomically(path, &write_bundle(articles, pretty))
}

/// Writes articles, in the order given, as numbered shard files beside
/// `path` and a manifest at `path` listing them.
///
/// The manifest is written last, so a reader never finds one naming a shard
/// that is not there yet.
pub fn write_sharded(
    path: &Path,
    articles: &[Article],
    shard_size: usize,
    pretty: bool,
) -> io::Result<Manifest> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("bundle");
    let (manifest, parts) = Manifest::plan(stem, articles, shard_size);
    let dir = path.parent().unwrap_or(Path::new(""));
    for (shard, part) in manifest.shards.iter().zip(parts) {
        write_bundle_file(&dir.join(&shard.path), part, pretty)?;
    }
    let text = if pretty {
        serde_json::to_string_pretty(&manifest)
    } else {
        serde_json::to_string(&manifest)
    };
    write_atomically(path, &text.map_err(io::Error::other)?)?;
    Ok(manifest)
}

/// Writes `text` and a final newline beside `path` and renames it into
/// place, so an interrupted run never leaves a half-written file behind.
pub fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
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
    Ok(())
}
