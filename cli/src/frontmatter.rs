//! Reading news records kept as front-matter files (`---` YAML `---`), the
//! way static-site generators such as Jekyll store a collection.

mod aliases;
mod body;
mod node;

use std::fmt;

use newsdeck_core::json::Step;
use serde_json::Value;
use serde_saphyr::{Budget, MessageFormatter, NonFiniteFloatPolicy, Options, UserMessageFormatter};

use aliases::read_as_newsdeck;
pub use aliases::{written_as, ALIASES};
use node::Node;

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
    let (yaml, _, body) = yaml_of(text)?;
    let mut record = parse_yaml(yaml)?.into_value();
    if let Value::Object(fields) = &mut record {
        read_as_newsdeck(fields, body);
    }
    Ok(record)
}

/// The byte offset in the whole file of the deepest part of `steps` found in
/// its front matter: a key, or a list item. With no steps, or when even the
/// first is missing (or the YAML cannot be read), the start of the file.
pub fn locate_in_front_matter(text: &str, steps: &[Step]) -> usize {
    let Ok((yaml, start, _)) = yaml_of(text) else {
        return 0;
    };
    parse_yaml(yaml)
        .ok()
        .and_then(|node| node.locate(steps))
        .map_or(0, |offset| start + offset)
}

/// The YAML between the fences, its byte offset in the file, and the body
/// after the closing fence.
fn yaml_of(text: &str) -> Result<(&str, usize, &str), FrontMatterError> {
    let bom = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut lines = text[bom..].split_inclusive('\n');
    let first = lines.next().ok_or(FrontMatterError::NoFrontMatter)?;
    if first.trim_end() != "---" {
        return Err(FrontMatterError::NoFrontMatter);
    }
    let start = bom + first.len();
    let mut end = start;
    for line in lines {
        if line.trim_end() == "---" {
            return Ok((&text[start..end], start, &text[end + line.len()..]));
        }
        end += line.len();
    }
    Err(FrontMatterError::NoFrontMatter)
}

/// Limits far above any news record, far below what an alias bomb (a few
/// lines that expand to billions of values) or a huge file would need.
fn limits() -> Options {
    let mut budget = Budget::default();
    budget.max_events = 200_000;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_recorded_anchor_events = 100_000;
    budget.max_recorded_anchor_bytes = 4 << 20;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    // YAML 1.2's types, as Jekyll's and Hugo's newer readers and JSON have
    // them: `title: No` is the text "No", `0755` and `1_000` stay as written.
    options.strict_booleans = true;
    options.leading_zero_numbers_as_strings = true;
    options.underscored_numbers_as_strings = true;
    options.non_finite_float_policy = NonFiniteFloatPolicy::AsString;
    options
}

fn parse_yaml(yaml: &str) -> Result<Node, FrontMatterError> {
    if yaml.trim().is_empty() {
        return Ok(Node::Scalar(Value::Null));
    }
    serde_saphyr::from_str_with_options::<Node>(yaml, limits()).map_err(|err| {
        let location = err.location().filter(|l| l.line() > 0);
        FrontMatterError::Yaml {
            // The YAML starts on the file's second line, after the opening fence.
            line: location
                .and_then(|l| usize::try_from(l.line()).ok())
                .map(|l| l + 1),
            column: location.and_then(|l| usize::try_from(l.column()).ok()),
            message: UserMessageFormatter.format_message(&err).into_owned(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Position;
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

    const RECORD: &str = "---\n\
title: \"A story\"\n\
excerpt: >\n  title: not a key\n\
provider:\n  name: RT\n  images:\n    - url: \"a\"\n    - url: \"b\"\n\
images:\n- url: x\n  width: 3\n- \n  url: \"ftp://y\"\n\
related:\n  - title: one\n    images: [{url: z}]\n  -   title: two\n      \"quality\": 120\n\
quality: 120\n---\nquality: body\n";

    fn at(steps: &[Step]) -> Position {
        Position::of_offset(RECORD, locate_in_front_matter(RECORD, steps))
    }

    fn p(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    #[test]
    fn finds_top_level_keys_by_file_line() {
        assert_eq!(at(&["title".into()]), p(2, 1));
        assert_eq!(at(&["quality".into()]), p(20, 1));
        assert_eq!(at(&[]), Position::START);
        assert_eq!(at(&["missing".into()]), Position::START);
    }

    #[test]
    fn follows_nested_maps_lists_and_flow_values() {
        assert_eq!(at(&["provider".into(), "name".into()]), p(6, 3));
        let logo = ["provider".into(), "images".into(), 1.into(), "url".into()];
        assert_eq!(at(&logo), p(9, 7));
        assert_eq!(at(&["images".into(), 0.into(), "width".into()]), p(12, 3));
        assert_eq!(at(&["images".into(), 1.into(), "url".into()]), p(14, 3));
        let second = ["related".into(), 1.into(), "quality".into()];
        assert_eq!(at(&second), p(19, 7));
        let flow = [
            "related".into(),
            0.into(),
            "images".into(),
            0.into(),
            "url".into(),
        ];
        assert_eq!(at(&flow), p(17, 15));
        // A missing part is reported at the deepest part there is.
        assert_eq!(at(&["images".into(), 5.into()]), p(10, 1));
    }

    #[test]
    fn reads_yaml_as_records_are_written() {
        let text = "---\ntitle: T\n1: number key\ntrue: yes\nempty:\nnone: ~\nlist: [a, 2, 3.5, No, 0755, 1_000, .inf]\nwhen: 2021-08-17T12:45:00Z\n---\n";
        let record = record_from_front_matter(text).unwrap_or_default();
        assert_eq!(
            record,
            json!({"title": "T", "1": "number key", "true": "yes", "empty": null, "none": null,
                   "list": ["a", 2, 3.5, "No", "0755", "1_000", ".inf"],
                   "when": "2021-08-17T12:45:00Z"})
        );
        assert_eq!(record_from_front_matter("---\n---\n"), Ok(Value::Null));
        let bom = record_from_front_matter("\u{feff}---\ntitle: x\n---\n").unwrap_or_default();
        assert_eq!(bom["title"], json!("x"));
    }

    #[test]
    fn a_key_written_twice_is_a_problem_at_its_second_place() {
        match record_from_front_matter("---\ntitle: a\ntitle: b\n---\n") {
            Err(FrontMatterError::Yaml {
                line: Some(3),
                message,
                ..
            }) => {
                assert!(message.contains("duplicate"), "{message}");
            }
            other => panic!("expected a duplicate key error on line 3, got {other:?}"),
        }
    }

    /// Each line multiplies the one before by ten: a billion values from
    /// a few hundred bytes, if nothing stops it.
    #[test]
    fn an_alias_bomb_is_refused_quickly() {
        let mut text = String::from("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (name, before) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            let refs = vec![format!("*{before}"); 9].join(",");
            text += &format!("{name}: &{name} [{refs}]\n");
        }
        text += "title: boom\n---\n";
        let started = std::time::Instant::now();
        let result = record_from_front_matter(&text);
        assert!(
            matches!(result, Err(FrontMatterError::Yaml { .. })),
            "{result:?}"
        );
        assert!(
            started.elapsed().as_secs() < 5,
            "took {:?}",
            started.elapsed()
        );
    }

    /// Many aliases to one large value: not exponential, but as costly.
    #[test]
    fn repeating_a_large_value_is_refused() {
        let big: Vec<String> = (0..2_000).map(|i| format!("w{i}")).collect();
        let mut text = format!("---\nbig: &big [{}]\nmany:\n", big.join(","));
        for _ in 0..200 {
            text += "  - *big\n";
        }
        text += "---\n";
        assert!(matches!(
            record_from_front_matter(&text),
            Err(FrontMatterError::Yaml { .. })
        ));
    }
}
