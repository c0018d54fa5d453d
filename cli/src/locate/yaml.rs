//! Positions in the YAML of a front-matter file. Records are written in
//! block style (`key: value` lines, `- ` list items), which a scan of the
//! lines and their indentation can follow; a value written in flow style
//! (`[a, b]`, `{a: b}`) is reported at its key.

use super::Step;

/// The byte offset in the whole file of the deepest part of `steps` found in
/// its front matter: a key, or the `-` of a list item. With no steps, or when
/// even the first is missing, the start of the file.
pub fn locate_in_front_matter(text: &str, steps: &[Step]) -> usize {
    let lines = front_matter_lines(text);
    let mut block = Block {
        first: 0,
        end: lines.len(),
        first_column: 0,
    };
    let mut found = 0;
    for step in steps {
        let entered = match step {
            Step::Key(name) => block.member(&lines, name),
            Step::Index(index) => block.item(&lines, *index),
        };
        let Some((offset, inner)) = entered else {
            break;
        };
        found = offset;
        block = inner;
    }
    found
}

/// A line of the YAML with its byte offset in the file.
struct Line<'a> {
    offset: usize,
    text: &'a str,
}

impl Line<'_> {
    /// Where the content starts at or after `from`; `None` for blank lines
    /// and comments.
    fn content_column(&self, from: usize) -> Option<usize> {
        let rest = self.text.get(from..)?;
        let start = from + rest.len() - rest.trim_start_matches(' ').len();
        let content = self.text[start..].trim_end();
        (!content.is_empty() && !content.starts_with('#')).then_some(start)
    }
}

fn front_matter_lines(text: &str) -> Vec<Line<'_>> {
    let mut offset = 0;
    let mut lines = Vec::new();
    for (number, text) in text.split_inclusive('\n').enumerate() {
        let line = Line { offset, text };
        offset += text.len();
        if number == 0 {
            continue;
        }
        if text.trim_end() == "---" {
            break;
        }
        lines.push(line);
    }
    lines
}

/// Lines `first..end` holding one value; its first line starts at `first_column`.
struct Block {
    first: usize,
    end: usize,
    first_column: usize,
}

impl Block {
    /// Each line of the block with the column its content starts at.
    fn contents<'l>(
        &self,
        lines: &'l [Line<'l>],
    ) -> impl Iterator<Item = (usize, &'l Line<'l>, usize)> + 'l {
        let (first, first_column) = (self.first, self.first_column);
        (first..self.end.min(lines.len())).filter_map(move |index| {
            let from = if index == first { first_column } else { 0 };
            let line = &lines[index];
            Some((index, line, line.content_column(from)?))
        })
    }

    fn indent(&self, lines: &[Line]) -> Option<usize> {
        self.contents(lines).next().map(|(_, _, column)| column)
    }

    /// The key `name` of this block's mapping and the block of its value.
    fn member(&self, lines: &[Line], name: &str) -> Option<(usize, Block)> {
        let indent = self.indent(lines)?;
        let (index, line, column) = self.contents(lines).find(|&(_, line, column)| {
            column == indent && key_length(&line.text[column..], name).is_some()
        })?;
        let value_column = column + key_length(&line.text[column..], name)?;
        // A list under a key may sit at the key's own indentation.
        let end = self.end_of(lines, index, |rest, at| {
            at < indent || (at == indent && !is_item(rest))
        });
        Some((
            line.offset + column,
            Block {
                first: index,
                end,
                first_column: value_column,
            },
        ))
    }

    /// The `index`th item of this block's list and the block of its value.
    fn item(&self, lines: &[Line], index: usize) -> Option<(usize, Block)> {
        let indent = self.indent(lines)?;
        let (line_index, line, column) = self
            .contents(lines)
            .filter(|&(_, line, column)| column == indent && is_item(&line.text[column..]))
            .nth(index)?;
        let end = self.end_of(lines, line_index, |_, at| at <= indent);
        Some((
            line.offset + column,
            Block {
                first: line_index,
                end,
                first_column: column + 1,
            },
        ))
    }

    /// The first line after `start` whose content ends the value begun there.
    fn end_of(&self, lines: &[Line], start: usize, ends: impl Fn(&str, usize) -> bool) -> usize {
        let after = Block {
            first: start + 1,
            end: self.end,
            first_column: 0,
        };
        after
            .contents(lines)
            .find(|&(_, line, column)| ends(&line.text[column..], column))
            .map_or(self.end, |(index, _, _)| index)
    }
}

/// The length of `name:` (bare or quoted) at the start of `rest`.
fn key_length(rest: &str, name: &str) -> Option<usize> {
    let quoted = [
        format!("{name}:"),
        format!("\"{name}\":"),
        format!("'{name}':"),
    ];
    quoted.iter().find_map(|key| {
        let after = rest.strip_prefix(key.as_str())?;
        (after.is_empty() || after.starts_with([' ', '\t', '\r', '\n'])).then_some(key.len())
    })
}

fn is_item(rest: &str) -> bool {
    rest == "-" || rest.starts_with("- ") || rest.starts_with("-\r") || rest.starts_with("-\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Position;

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
    fn follows_nested_maps_and_lists() {
        assert_eq!(at(&["provider".into(), "name".into()]), p(6, 3));
        let logo = ["provider".into(), "images".into(), 1.into(), "url".into()];
        assert_eq!(at(&logo), p(9, 7));
        assert_eq!(at(&["images".into(), 0.into(), "width".into()]), p(12, 3));
        assert_eq!(at(&["images".into(), 1.into(), "url".into()]), p(14, 3));
        let second = ["related".into(), 1.into(), "quality".into()];
        assert_eq!(at(&second), p(19, 7));
    }

    #[test]
    fn stops_at_flow_values_and_missing_parts() {
        let flow = ["related".into(), 0.into(), "images".into(), 0.into()];
        assert_eq!(at(&flow), p(17, 5));
        assert_eq!(at(&["images".into(), 5.into()]), p(10, 1));
    }
}
