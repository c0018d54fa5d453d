//! Finding where a field of a record is written in its file, so a problem
//! can be reported at the line a person must edit: the steps down to it, and
//! a light scanner for JSON. Front matter's positions come from its YAML
//! reader (`frontmatter::locate_in_front_matter`).

mod json;

pub use json::locate_in_json;

/// One step down into a record: a field by name or a list item by position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

impl Step {
    pub fn key(name: &str) -> Step {
        Step::Key(name.to_owned())
    }
}

impl From<&str> for Step {
    fn from(name: &str) -> Step {
        Step::key(name)
    }
}

impl From<usize> for Step {
    fn from(index: usize) -> Step {
        Step::Index(index)
    }
}
