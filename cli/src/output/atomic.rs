//! Replacing a file all at once: the text goes to a temporary file beside it
//! (an unpredictable name, in the same folder so the rename cannot cross
//! file systems), is flushed to disk, and is renamed over the target; then
//! the folder is flushed, so the rename itself survives a power cut.
//!
//! A temporary file never outlives its run: Ctrl-C or a kill signal removes
//! it before the process exits, and what a run killed outright (SIGKILL, a
//! crash) leaves behind, the next write to the same file removes. Each
//! temporary file's name carries its writer's process id for that.

use std::fs::{self, File, Permissions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use super::target::{folder_of, resolve};

/// Temporary files being written now, removed if the run is interrupted.
static IN_PROGRESS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Writes `text` and a final newline to `path` (or, when `path` is a link,
/// to the file it points to) in one step: a reader sees the old file or the
/// new one, never part of one.
pub fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
    let target = resolve(path)?;
    let dir = folder_of(&target);
    fs::create_dir_all(&dir)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bundle.json".to_owned());
    remove_stale(&dir, &name);
    remove_on_interrupt();
    let prefix = format!("{}{}-", stem_of_temps(&name), std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    if let Some(permissions) = permissions_for(&target) {
        builder.permissions(permissions);
    }
    let mut temp = builder.tempfile_in(&dir)?;
    let _tracked = Tracked::new(temp.path());
    temp.write_all(text.as_bytes())?;
    temp.write_all(b"\n")?;
    temp.as_file().sync_all()?;
    temp.persist(&target).map_err(|err| err.error)?;
    sync_folder(&dir);
    Ok(())
}

/// The start of every temporary name for `name`: `.news.json.newsdeck-`.
fn stem_of_temps(name: &str) -> String {
    format!(".{name}.newsdeck-")
}

/// The replaced file keeps its permissions; a new one gets what
/// `File::create` would give it (0666 less the umask, where there is one).
fn permissions_for(target: &Path) -> Option<Permissions> {
    if let Ok(meta) = fs::metadata(target) {
        return Some(meta.permissions());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(Permissions::from_mode(0o666))
    }
    #[cfg(not(unix))]
    None
}

/// Removes temporary files for `name` whose writer is gone.
fn remove_stale(dir: &Path, name: &str) {
    let stem = stem_of_temps(name);
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(&stem)) else {
            continue;
        };
        let writer = rest
            .split('-')
            .next()
            .and_then(|pid| pid.parse::<u32>().ok());
        if rest.ends_with(".tmp") && writer.is_some_and(|pid| !is_running(pid, &entry.path())) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether the process that wrote `temp` may still be writing it. Where
/// processes cannot be looked up, a temporary file a day old is taken as
/// abandoned.
fn is_running(pid: u32, temp: &Path) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if cfg!(target_os = "linux") {
        return Path::new(&format!("/proc/{pid}")).exists();
    }
    let age = fs::metadata(temp)
        .and_then(|m| m.modified())
        .map(|t| t.elapsed());
    !matches!(age, Ok(Ok(age)) if age.as_secs() > 86_400)
}

/// Flushes a folder's entries (the rename) to disk; not every system can.
fn sync_folder(dir: &Path) {
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
}

/// A temporary file listed for removal on interrupt while it exists.
struct Tracked(PathBuf);

impl Tracked {
    fn new(path: &Path) -> Tracked {
        if let Ok(mut list) = IN_PROGRESS.lock() {
            list.push(path.to_path_buf());
        }
        Tracked(path.to_path_buf())
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        if let Ok(mut list) = IN_PROGRESS.lock() {
            list.retain(|p| *p != self.0);
        }
    }
}

/// On Ctrl-C or a termination signal: remove what is being written, then
/// exit as a shell expects of an interrupted command (130).
fn remove_on_interrupt() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if let Ok(list) = IN_PROGRESS.lock() {
                list.iter().for_each(|path| {
                    let _ = fs::remove_file(path);
                });
            }
            std::process::exit(130);
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn replaces_the_file_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("news.json");
        fs::write(&path, "old").unwrap_or_else(|e| panic!("{e}"));
        write_atomically(&path, "{}").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fs::read_to_string(&path).ok().as_deref(), Some("{}\n"));
        assert_eq!(names(dir.path()), ["news.json"]);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_killed_run_leaves_a_temporary_file_the_next_run_removes() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        // No process has a number this high (the kernel's limit is 2^22).
        let stale = dir.path().join(".news.json.newsdeck-4999999-x1Y2z3.tmp");
        let running = dir
            .path()
            .join(format!(".news.json.newsdeck-{}-a.tmp", std::process::id()));
        let other = dir.path().join(".other.json.newsdeck-4999999-x.tmp");
        for path in [&stale, &running, &other] {
            fs::write(path, "half").unwrap_or_else(|e| panic!("{e}"));
        }
        write_atomically(&dir.path().join("news.json"), "{}").unwrap_or_else(|e| panic!("{e}"));
        let left = names(dir.path());
        assert!(!left.contains(&".news.json.newsdeck-4999999-x1Y2z3.tmp".to_owned()));
        assert_eq!(left.len(), 3, "{left:?}");
    }
}
