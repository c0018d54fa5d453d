//! The committed demo bundle's articles (every record of the corpus), shared
//! by the tests and the benchmarks of core.

use newsdeck_core::{parse_bundle, Article};

pub fn articles() -> Vec<Article> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../static/demo-bundle.json");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    parse_bundle(&text).map(|b| b.articles).unwrap_or_default()
}
