//! The `newsdeck` command's building blocks, kept in a library so tests and
//! other tools can use them.

pub mod frontmatter;
pub mod output;
pub mod sources;
