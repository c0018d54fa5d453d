//! `newsdeck stats`, and the help and version every command offers.

mod common;

use common::{newsdeck, repository_file, stderr, stdout};
use serde_json::Value;

#[test]
fn stats_count_the_demo_bundle() {
    let demo = repository_file("static/demo-bundle.json");
    let run = newsdeck([
        "stats".as_ref(),
        demo.as_os_str(),
        "--top".as_ref(),
        "3".as_ref(),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    let text = stdout(&run);
    for expected in [
        "715 articles",
        "    272   38%  drafts (published: false)",
        "     65    9%  without images",
        "By type\n      703  article\n       12  video\n",
        "By topic\n",
        "By provider\n",
        "By month (UTC)\n",
        "more (--top to see them)",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }

    let run = newsdeck([
        "stats".as_ref(),
        demo.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let stats: Value = serde_json::from_str(&stdout(&run)).unwrap_or_default();
    assert_eq!(stats["total"], 715);
    assert_eq!(stats["withoutImages"], 65);
    let months: u64 = stats["byMonth"]
        .as_array()
        .map(|m| m.iter().filter_map(|c| c["count"].as_u64()).sum())
        .unwrap_or_default();
    assert_eq!(months, 715);
}

#[test]
fn every_command_has_help_with_examples_and_there_is_a_version() {
    for command in ["bundle", "validate", "stats", "schema"] {
        let run = newsdeck([command, "--help"]);
        assert!(run.status.success());
        let help = stdout(&run);
        assert!(
            help.contains("Example"),
            "{command} --help has no examples:\n{help}"
        );
        assert!(
            help.contains("--quiet") && help.contains("--verbose"),
            "{help}"
        );
    }
    let bundle_help = stdout(&newsdeck(["bundle", "--help"]));
    assert!(bundle_help.contains("--include-drafts"), "{bundle_help}");
    assert!(bundle_help.contains("Records without either field are never drafts"));
    assert!(bundle_help.contains("--base-url"), "{bundle_help}");
    let version = stdout(&newsdeck(["--version"]));
    assert_eq!(
        version.trim(),
        format!("newsdeck {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn quiet_runs_say_nothing_but_errors() {
    let dir = common::temp_dir();
    let mut args: Vec<std::ffi::OsString> = vec!["--quiet".into(), "bundle".into()];
    args.extend(common::corpus_front_matter().into_iter().map(Into::into));
    args.extend(["-o".into(), dir.path().join("b.json").into()]);
    let run = newsdeck(args);
    assert!(run.status.success());
    assert_eq!(stderr(&run), "");
}
