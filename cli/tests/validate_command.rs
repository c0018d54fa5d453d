//! `newsdeck validate`: problems at their exact positions, and exit codes.

mod common;

use common::{newsdeck, stderr, stdout, temp_dir, write};
use serde_json::Value;

const CLEAN: &str = "---\ntitle: \"Fine\"\nwebUrl: \"https://a.test/fine\"\npublishedDateTime: 2021-08-17T12:45:00Z\nquality: 46\n---\nBody.\n";

const FAULTY: &str = "---
title: \"Faulty\"
webUrl: \"javascript:alert(1)\"
publishedDateTime: \"last Tuesday\"
quality: 120
images:
  - url: \"https://a.test/i.jpg\"
  - url: \"/relative.jpg\"
related:
  - title: \"Fine\"
  - excerpt: \"no title here\"
---
";

const BUNDLE: &str = "{\"version\": 1, \"articles\": [
  {\"title\": \"ok\", \"webUrl\": \"https://a.test/1\"},
  {\"title\": \"\",
   \"webUrl\": \"ftp://a.test/2\"}
]}
";

#[test]
fn problems_are_reported_at_their_file_positions() {
    let dir = temp_dir();
    let root = dir.path();
    write(&root.join("faulty.md"), FAULTY);
    write(&root.join("clean.md"), CLEAN);
    write(
        &root.join("broken.md"),
        "---\ntitle: ok\nexcerpt: \"unclosed\n---\n",
    );
    write(&root.join("plain.md"), "Just text.\n");
    write(&root.join("bundle.json"), BUNDLE);
    write(
        &root.join("cut.json"),
        "{\"articles\": [{\"title\": \"x\"},\n",
    );
    let run = newsdeck(["validate".as_ref(), root.as_os_str()]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let at = |file: &str, rest: &str| format!("{}:{rest}", root.join(file).display());
    let expected = [
        at("broken.md", "3:10: YAML: unclosed quote"),
        at("bundle.json", "3:4: record skipped: it has no title"),
        at("cut.json", "2:1: not valid JSON: EOF while parsing a value"),
        at("faulty.md", "3:1: webUrl is not an http(s) address: \"javascript:alert(1)\""),
        at("faulty.md", "4:1: publishedDateTime is not a date: \"last Tuesday\" (write e.g. 2021-08-17T12:45:00Z)"),
        at("faulty.md", "5:1: quality 120 is out of range (0 to 100)"),
        at("faulty.md", "8:5: image address \"/relative.jpg\" is relative to the site: give --base-url to resolve it; left out"),
        at("faulty.md", "11:5: related story skipped: it has no title"),
        at("plain.md", "1:1: no front matter: the file must start with a '---' line and close it with another"),
        "checked 6 files (4 records): 9 problems in 5 files".to_owned(),
    ];
    let lines: Vec<String> = stderr(&run).lines().map(str::to_owned).collect();
    assert_eq!(lines, expected);
}

#[test]
fn clean_inputs_exit_0_and_unusable_ones_exit_2() {
    let dir = temp_dir();
    let clean = dir.path().join("clean.md");
    write(&clean, CLEAN);
    let run = newsdeck(["validate".as_ref(), clean.as_os_str()]);
    assert_eq!(run.status.code(), Some(0));
    assert!(stderr(&run).contains("checked 1 file (1 record): no problems"));

    let missing = dir.path().join("missing.md");
    let run = newsdeck(["validate".as_ref(), clean.as_os_str(), missing.as_os_str()]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("missing.md: no such file or folder"));

    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap_or_default();
    assert_eq!(
        newsdeck(["validate".as_ref(), empty.as_os_str()])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn json_output_is_for_machines() {
    let dir = temp_dir();
    let faulty = dir.path().join("faulty.md");
    write(&faulty, FAULTY);
    let run = newsdeck([
        "validate".as_ref(),
        faulty.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&run)).unwrap_or_default();
    assert_eq!(report["files"], 1);
    assert_eq!(report["records"], 1);
    assert_eq!(report["problems"].as_array().map(Vec::len), Some(5));
    let first = &report["problems"][0];
    assert_eq!(first["line"], 3);
    assert_eq!(first["column"], 1);
    assert_eq!(first["file"], faulty.to_string_lossy().as_ref());
    assert!(first["message"]
        .as_str()
        .unwrap_or_default()
        .starts_with("webUrl is not"));
}

#[test]
fn the_real_corpus_reads_cleanly_apart_from_quality_scores_over_100() {
    let mut args: Vec<std::ffi::OsString> = vec!["validate".into()];
    args.extend(common::corpus_front_matter().into_iter().map(Into::into));
    let run = newsdeck(args);
    let report = stderr(&run);
    assert_eq!(run.status.code(), Some(1));
    let problems: Vec<&str> = report.lines().filter(|l| l.contains(".md:")).collect();
    assert_eq!(problems.len(), 85, "{report}");
    assert!(problems
        .iter()
        .all(|p| p.contains(": quality ") && p.ends_with("is out of range (0 to 100)")));
    assert!(report.contains("checked 715 files (715 records): 85 problems in 85 files"));
}

/// Positions are found by core's JSON reader, past escapes, values serde_json
/// refuses and values nested deeper than any reader keeps (read as `null`,
/// as the widget reads them).
#[test]
fn positions_in_json_are_found_past_odd_and_deep_values() {
    let deep = format!("{}1{}", "[{\"a\": ".repeat(200), "}]".repeat(200));
    let text = format!(
        "[{{\"title\": \"Deep \\udc00\", \"x\": {deep}, \"n\": 1e400}},\n  {{\"ti\\u0074le\": \"ok\",\n   \"webUrl\": \"ftp://a.test/\"}}]\n"
    );
    let dir = temp_dir();
    let bundle = dir.path().join("deep.json");
    write(&bundle, &text);
    let run = newsdeck(["validate".as_ref(), bundle.as_os_str()]);
    let lines: Vec<String> = stderr(&run).lines().map(str::to_owned).collect();
    assert_eq!(
        lines,
        [
            format!(
                "{}:3:4: webUrl is not an http(s) address: \"ftp://a.test/\"",
                bundle.display()
            ),
            "checked 1 file (2 records): 1 problem in 1 file".to_owned()
        ]
    );
}
