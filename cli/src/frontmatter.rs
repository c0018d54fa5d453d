//! Reading news records kept as front-matter files (`---` YAML `---`), the
//! way static-site generators such as Jekyll store a collection.

use std::fmt;

use serde_json::Value;

/// Why a front-matter file gave no record.
#[derive(Debug, PartialEq, Eq)]
pub enum FrontMatterError {
    /// The file does not start with a `---` line, or it is never closed.
    NoFrontMatter,
    /// The YAML between the fences could not be read.
    Yaml {
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
}

impl fmt::Display for FrontMatterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FrontMatterError::NoFrontMatter => f.write_str(
                "no front matter: the file must start with a '---' line and close it with another",
            ),
            FrontMatterError::Yaml {
                line: Some(line),
                column: Some(column),
                message,
            } => {
                write!(f, "line {line}, column {column}: {message}")
            }
            FrontMatterError::Yaml { message, .. } => f.write_str(message),
        }
    }
}

/// The record in a front-matter file, as JSON values ready for
/// [`newsdeck_core::article_from_record`].
pub fn record_from_front_matter(text: &str) -> Result<Value, FrontMatterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().ok_or(FrontMatterError::NoFrontMatter)?;
    if first.trim_end() != "---" {
        return Err(FrontMatterError::NoFrontMatter);
    }
    let start = first.len();
    let mut end = start;
    for line in lines {
        if line.trim_end() == "---" {
            return parse_yaml(&text[start..end]);
        }
        end += line.len();
    }
    Err(FrontMatterError::NoFrontMatter)
}

fn parse_yaml(yaml: &str) -> Result<Value, FrontMatterError> {
    serde_yaml::from_str(yaml).map_err(|err| {
        let location = err.location();
        FrontMatterError::Yaml {
            // The YAML starts on the file's second line, after the opening fence.
            line: location.as_ref().map(|l| l.line() + 1),
            column: location.as_ref().map(|l| l.column()),
            message: err
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or_default()
                .to_owned(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_yaml_between_the_fences() {
        let text = "---\ntitle: \"Quoted \\\"title\\\"\"\npublishedDateTime: 2021-08-17T12:45:00Z\nquality: 46\npublished: false\n---\n\nBody text.\n";
        let record = record_from_front_matter(text).unwrap_or_default();
        assert_eq!(record["title"], json!("Quoted \"title\""));
        assert_eq!(record["publishedDateTime"], json!("2021-08-17T12:45:00Z"));
        assert_eq!(record["quality"], json!(46));
        assert_eq!(record["published"], json!(false));
    }

    #[test]
    fn says_when_there_is_no_front_matter() {
        assert_eq!(
            record_from_front_matter("title: x\n"),
            Err(FrontMatterError::NoFrontMatter)
        );
        assert_eq!(
            record_from_front_matter("---\ntitle: x\n"),
            Err(FrontMatterError::NoFrontMatter)
        );
        assert_eq!(
            record_from_front_matter(""),
            Err(FrontMatterError::NoFrontMatter)
        );
    }

    #[test]
    fn gives_the_file_position_of_yaml_errors() {
        let err = record_from_front_matter("---\ntitle: ok\nexcerpt: \"unclosed\n---\n");
        match err {
            Err(FrontMatterError::Yaml {
                line: Some(line), ..
            }) => assert!(line >= 3, "line {line}"),
            other => panic!("expected a YAML error with a position, got {other:?}"),
        }
    }
}
