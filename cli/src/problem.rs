//! Problems found in input files, each with the place a person should look.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// A place in a text file, counted from 1 the way editors count: the opening
/// `---` of a front-matter file is line 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    /// The line and column (in characters) of a byte offset into `text`.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let before = text.get(..offset).unwrap_or(text);
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// Something in an input that could not be used or looks wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Written as text even when the name is not UTF-8 (the bytes that
    /// are not become U+FFFD), so a report can always be printed.
    #[serde(rename = "file", serialize_with = "path_as_text")]
    pub path: PathBuf,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    pub message: String,
}

fn path_as_text<S: serde::Serializer>(path: &Path, to: S) -> Result<S::Ok, S::Error> {
    to.serialize_str(&path.to_string_lossy())
}

impl Problem {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            position: None,
            message: message.into(),
        }
    }

    pub fn at(mut self, position: Position) -> Problem {
        self.position = Some(position);
        self
    }
}

impl Problem {
    /// `file:line:column`, or just `file` when the position is unknown.
    pub fn place(&self) -> String {
        match self.position {
            Some(Position { line, column }) => format!("{}:{line}:{column}", self.path.display()),
            None => self.path.display().to_string(),
        }
    }
}

/// `file:line:column: message`, the form editors and terminals turn into links.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place(), self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_editor_positions() {
        let text = "---\ntitle: é x\n";
        assert_eq!(Position::of_offset(text, 0), Position::START);
        assert_eq!(
            Position::of_offset(text, 4),
            Position { line: 2, column: 1 }
        );
        let x = text.find('x').unwrap_or_default();
        assert_eq!(
            Position::of_offset(text, x),
            Position {
                line: 2,
                column: 10
            }
        );
    }

    #[test]
    fn prints_like_a_compiler() {
        let problem =
            Problem::new("_news/a.md", "missing title").at(Position { line: 3, column: 1 });
        assert_eq!(problem.to_string(), "_news/a.md:3:1: missing title");
        assert_eq!(
            Problem::new("x.json", "unreadable").to_string(),
            "x.json: unreadable"
        );
    }
}
