//! Writing bundles and sharded bundles safely: never half a file, never over
//! an input or something that is not a file, and a sharded archive switched
//! from one set of shards to the next as a whole.

mod atomic;
mod target;

use std::collections::hash_map::DefaultHasher;
use std::fs::{self, File};
use std::hash::{Hash, Hasher};
use std::io::{self, Write};
use std::path::Path;

use newsdeck_core::{parse_json, write_bundle, Article, Manifest};

pub use atomic::write_atomically;
use target::folder_of;
pub use target::{refuse_inputs, resolve};

/// `-o -`: the bundle goes to standard output.
pub const STDOUT: &str = "-";

/// Writes articles, in the order given, as one bundle (to standard output
/// for `-`).
pub fn write_bundle_file(path: &Path, articles: &[Article], pretty: bool) -> io::Result<()> {
    write_output(path, &write_bundle(articles, pretty))
}

/// Writes `text` to `path` in one step, or to standard output for `-`.
pub fn write_output(path: &Path, text: &str) -> io::Result<()> {
    if path.as_os_str() == STDOUT {
        let mut out = io::stdout().lock();
        return writeln!(out, "{text}").and_then(|()| out.flush());
    }
    write_atomically(path, text)
}

/// Writes articles, in the order given, as shard files beside `path` and a
/// manifest at `path` listing them.
///
/// Each shard's name carries a hash of its contents (`news-0001-3fa2….json`),
/// so a run never overwrites a shard that the manifest in place still
/// lists: the new shards are written first, the manifest is switched last
/// in one rename, and only then are the shards that only the old manifest
/// listed removed. A reader (or a run killed half-way) sees the old set or
/// the new one, never a mix; runs writing the same manifest at once take
/// turns.
pub fn write_sharded(
    path: &Path,
    articles: &[Article],
    shard_size: usize,
    pretty: bool,
) -> io::Result<Manifest> {
    if path.as_os_str() == STDOUT {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "--shard-size writes several files; name the manifest's file with -o",
        ));
    }
    let target = resolve(path)?;
    let dir = folder_of(&target);
    fs::create_dir_all(&dir)?;
    let _turn = take_turn(&dir);
    let stem = target
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("bundle");
    let previous = shards_listed(&target, stem);
    let (mut manifest, parts) = Manifest::plan(stem, articles, shard_size);
    for (shard, part) in manifest.shards.iter_mut().zip(parts) {
        let text = write_bundle(part, pretty);
        shard.path = named_by_contents(&shard.path, &text);
        write_atomically(&dir.join(&shard.path), &text)?;
    }
    let text = if pretty {
        serde_json::to_string_pretty(&manifest)
    } else {
        serde_json::to_string(&manifest)
    };
    write_atomically(&target, &text.map_err(io::Error::other)?)?;
    for old in previous {
        if !manifest.shards.iter().any(|shard| shard.path == old) {
            let _ = fs::remove_file(dir.join(old));
        }
    }
    Ok(manifest)
}

/// `news-0001.json` with a hash of `text`: `news-0001-9c1e04b2a7d3.json`.
fn named_by_contents(planned: &str, text: &str) -> String {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    let hash = format!("{:012x}", hasher.finish() & 0xffff_ffff_ffff);
    match planned.strip_suffix(".json") {
        Some(base) => format!("{base}-{hash}.json"),
        None => format!("{planned}-{hash}"),
    }
}

/// The shards that the manifest now at `path` lists, where they are files
/// this command names (`stem-NNNN….json` beside it): a manifest someone
/// else wrote must never make a run delete anything else.
fn shards_listed(path: &Path, stem: &str) -> Vec<String> {
    let Some(manifest) = fs::read_to_string(path)
        .ok()
        .and_then(|text| parse_json(&text).ok())
        .and_then(|value| Manifest::from_value(&value)?.ok())
    else {
        return Vec::new();
    };
    let ours = |name: &str| {
        let Some(rest) = name.strip_prefix(stem).and_then(|r| r.strip_prefix('-')) else {
            return false;
        };
        let number = rest.split(['-', '.']).next().unwrap_or_default();
        !name.contains(['/', '\\'])
            && name.ends_with(".json")
            && number.len() >= 4
            && number.bytes().all(|b| b.is_ascii_digit())
    };
    manifest
        .shard_paths()
        .filter(|name| ours(name))
        .map(str::to_owned)
        .collect()
}

/// Holds the folder's lock while a sharded archive is written, so two runs
/// writing into one folder take turns rather than mix their shards. Where
/// the system cannot lock a folder, runs go ahead unlocked.
fn take_turn(dir: &Path) -> Option<File> {
    let folder = File::open(dir).ok()?;
    folder.lock().ok()?;
    Some(folder)
}
