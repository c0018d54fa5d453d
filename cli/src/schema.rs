//! The JSON Schema of the bundle format, generated from the types the CLI
//! writes, so it cannot drift from them.

use newsdeck_core::Article;
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

/// A newsdeck bundle as `newsdeck bundle` writes it. (The widget also reads
/// plain lists and API pages; this describes the format to produce.)
#[derive(JsonSchema)]
#[schemars(title = "newsdeck bundle")]
#[allow(dead_code)] // Only its shape is used, to generate the schema.
struct Bundle {
    /// The bundle format's version; this schema describes version 1.
    #[schemars(range(min = 1, max = 1))]
    version: u32,
    /// The stories, newest first.
    articles: Vec<Article>,
}

/// The schema as JSON. It describes what is written, so fields the CLI
/// leaves out when empty are optional.
pub fn bundle_schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    serde_json::to_value(generator.into_root_schema_for::<Bundle>()).unwrap_or_default()
}

/// The schema as the text `newsdeck schema` prints and the repository keeps.
pub fn bundle_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&bundle_schema()).unwrap_or_default();
    text.push('\n');
    text
}
