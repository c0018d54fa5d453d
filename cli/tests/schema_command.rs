//! `newsdeck schema`: the committed schema is current and the demo bundle
//! satisfies it.

mod common;

use common::{newsdeck, read, repository_file, stdout};
use serde_json::Value;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|err| panic!("not JSON: {err}"))
}

#[test]
fn the_committed_schema_is_what_the_command_prints() {
    let run = newsdeck(["schema"]);
    assert!(run.status.success());
    let committed = read(&repository_file("cli/bundle.schema.json"));
    assert!(
        stdout(&run) == committed,
        "cli/bundle.schema.json is stale: run `newsdeck schema -o cli/bundle.schema.json`"
    );
}

#[test]
fn the_demo_bundle_validates_against_the_schema() {
    let schema = json(&read(&repository_file("cli/bundle.schema.json")));
    let validator = jsonschema::validator_for(&schema)
        .unwrap_or_else(|err| panic!("the schema itself is invalid: {err}"));
    let demo = json(&read(&repository_file("static/demo-bundle.json")));
    let errors: Vec<String> = validator
        .iter_errors(&demo)
        .take(5)
        .map(|err| format!("{} at {}", err, err.instance_path))
        .collect();
    assert_eq!(errors, Vec::<String>::new());

    let mut broken = demo;
    broken["articles"][0]["title"] = Value::Null;
    broken["articles"][1]["type"] = "podcast".into();
    assert_eq!(validator.iter_errors(&broken).count(), 2);
    assert!(!validator.is_valid(&serde_json::json!({"articles": []})));
}
