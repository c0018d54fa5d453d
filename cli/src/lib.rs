//! The `newsdeck` command's building blocks, kept in a library so tests,
//! benchmarks and other tools can use them.

pub mod args;
pub mod checks;
pub mod commands;
pub mod feed;
pub mod frontmatter;
pub mod harvest;
pub mod merge;
pub mod output;
pub mod problem;
pub mod reading;
pub mod render;
pub mod schema;
pub mod selection;
pub mod site;
pub mod sources;
pub mod stats;
pub mod stories;
pub mod terminal;
pub mod validation;
