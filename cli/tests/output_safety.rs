//! Where `newsdeck bundle -o` may write: a mistaken output loses nothing.

mod common;

use std::fs;
use std::path::Path;

use common::{newsdeck, read, stderr, stdout, temp_dir, write};
use newsdeck_core::parse_bundle;

const STORY: &str = "---\ntitle: \"A story\"\npublishedDateTime: 2024-01-01T00:00:00Z\nwebUrl: \"https://a.test/story\"\n---\n";

fn bundle_to(input: &Path, out: &Path) -> std::process::Output {
    newsdeck([
        "bundle".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ])
}

#[test]
fn an_input_is_never_overwritten() {
    let dir = temp_dir();
    let news = dir.path().join("news");
    write(&news.join("a.md"), STORY);
    let run = bundle_to(&news, &news.join("a.md"));
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("is one of the inputs"),
        "{}",
        stderr(&run)
    );
    assert_eq!(read(&news.join("a.md")), STORY);
}

#[test]
fn a_folder_or_a_device_is_refused() {
    let dir = temp_dir();
    write(&dir.path().join("news/a.md"), STORY);
    let run = bundle_to(&dir.path().join("news"), dir.path());
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("is a folder; name a file"),
        "{}",
        stderr(&run)
    );
    if Path::new("/dev/null").exists() {
        let run = bundle_to(&dir.path().join("news"), Path::new("/dev/null"));
        assert_eq!(run.status.code(), Some(2));
        assert!(
            stderr(&run).contains("not a regular file"),
            "{}",
            stderr(&run)
        );
    }
}

#[test]
fn a_dash_writes_the_bundle_to_standard_output() {
    let dir = temp_dir();
    write(&dir.path().join("news/a.md"), STORY);
    let run = bundle_to(&dir.path().join("news"), Path::new("-"));
    assert!(run.status.success(), "{}", stderr(&run));
    let bundle = parse_bundle(&stdout(&run)).unwrap_or_default();
    assert_eq!(bundle.articles.len(), 1);
    assert!(
        stderr(&run).contains("to standard output"),
        "{}",
        stderr(&run)
    );
    assert!(!dir.path().join("-").exists());
}

#[cfg(unix)]
#[test]
fn a_link_stays_a_link_and_its_target_is_updated() {
    use std::os::unix::fs::symlink;
    let dir = temp_dir();
    write(&dir.path().join("news/a.md"), STORY);
    write(&dir.path().join("releases/news.json"), "stale");
    let link = dir.path().join("news.json");
    symlink("releases/news.json", &link).unwrap_or_else(|e| panic!("{e}"));
    let run = bundle_to(&dir.path().join("news"), &link);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_symlink()));
    let written = read(&dir.path().join("releases/news.json"));
    assert_eq!(parse_bundle(&written).unwrap_or_default().articles.len(), 1);
}

#[cfg(unix)]
#[test]
fn a_folder_linked_into_itself_is_read_once_and_ends() {
    use std::os::unix::fs::symlink;
    let dir = temp_dir();
    let d = dir.path().join("d");
    write(&d.join("good.md"), STORY);
    symlink(".", d.join("a")).unwrap_or_else(|e| panic!("{e}"));
    symlink(".", d.join("b")).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("o.json");
    let run = bundle_to(&d, &out);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("read 1 file with 1 record"),
        "{}",
        stderr(&run)
    );
    assert!(stderr(&run).contains("not followed"), "{}", stderr(&run));
    assert_eq!(
        parse_bundle(&read(&out)).unwrap_or_default().articles.len(),
        1
    );
}

#[cfg(unix)]
#[test]
fn files_that_cannot_be_read_or_decoded_are_counted_and_placed() {
    use std::os::unix::ffi::OsStrExt;
    let dir = temp_dir();
    let news = dir.path().join("news");
    write(&news.join("a.md"), STORY);
    // Not UTF-8 in its text: read as the widget reads it, with U+FFFD.
    let latin1 = b"---\ntitle: \"Caf\xe9 story\"\nwebUrl: \"https://a.test/cafe\"\n---\n";
    fs::write(news.join("b.md"), latin1).unwrap_or_else(|e| panic!("{e}"));
    // A file that cannot be read at all (a broken link: permissions do not
    // stop a test run as root).
    let unreadable = news.join("d.json");
    std::os::unix::fs::symlink("nowhere.json", &unreadable).unwrap_or_else(|e| panic!("{e}"));
    // A name that is not UTF-8, with a problem in it.
    let odd_name = news.join(std::ffi::OsStr::from_bytes(b"odd\xff.md"));
    fs::write(&odd_name, "---\nexcerpt: no title\n---\n").unwrap_or_else(|e| panic!("{e}"));

    let out = dir.path().join("o.json");
    let run = bundle_to(&news, &out);
    let said = stderr(&run);
    assert!(run.status.success(), "{said}");
    assert!(said.contains("b.md:2:12: not valid UTF-8"), "{said}");
    assert!(said.contains("d.json:1:1: cannot be read: "), "{said}");
    assert!(
        said.contains("read 4 files with 3 records; skipped 2"),
        "{said}"
    );
    let titles: Vec<String> = parse_bundle(&read(&out))
        .unwrap_or_default()
        .articles
        .into_iter()
        .map(|a| a.title)
        .collect();
    assert!(
        titles.contains(&"Caf\u{fffd} story".to_owned()),
        "{titles:?}"
    );

    let check = newsdeck([
        "validate".as_ref(),
        news.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert_eq!(check.status.code(), Some(2), "{}", stderr(&check));
    let report: serde_json::Value = serde_json::from_str(&stdout(&check)).unwrap_or_default();
    let files: Vec<&str> = report["problems"]
        .as_array()
        .map(|list| list.iter().filter_map(|p| p["file"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        files.iter().any(|f| f.ends_with("odd\u{fffd}.md")),
        "{report}"
    );
}
