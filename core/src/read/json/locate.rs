//! Where a part of a JSON document is written: the steps down to it (keys
//! and list positions) followed through the text by the same reader that
//! reads the values, so that a problem can be reported at the line a person
//! must edit, and the project has one JSON scanner.

use super::{Error, Reader};

/// One step down into a JSON value: a field by its key, or a list's item
/// by its position from 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The field of an object with this key.
    Key(String),
    /// The item of a list at this position.
    Index(usize),
}

impl Step {
    /// The step to the field `name`.
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

/// The byte offset in `text` of the deepest part of `steps` found: the key
/// of an object's field (a key written twice, where it is first written),
/// or the start of a list's item. With no steps, or when even the first is
/// missing, the offset of the whole value. Text that is not JSON is read as
/// far as it is.
pub fn offset_of(text: &str, steps: &[Step]) -> usize {
    let mut reader = Reader::new(text);
    let _ = reader.skip_space();
    let mut found = reader.position();
    for step in steps {
        match reader.enter(step) {
            Ok(Some(at)) => found = at,
            Ok(None) | Err(_) => break,
        }
    }
    found
}

impl Reader<'_> {
    /// Goes into the value that comes next, up to the part `step` names,
    /// and gives that part's offset; `None` when the value has no such part.
    fn enter(&mut self, step: &Step) -> Result<Option<usize>, Error> {
        let mut first = true;
        match (step, self.peek_value()?) {
            (Step::Key(name), b'{') => {
                self.open()?;
                while self.next_field(&mut first)? {
                    let at = self.position();
                    if self.key()? == name.as_str() {
                        return Ok(Some(at));
                    }
                    self.skip_value()?;
                }
            }
            (&Step::Index(index), b'[') => {
                self.open()?;
                let mut at = 0;
                while self.next_item(&mut first)? {
                    if at == index {
                        return Ok(Some(self.position()));
                    }
                    self.skip_value()?;
                    at += 1;
                }
            }
            _ => {}
        }
        Ok(None)
    }

    /// Reads past the value that comes next without keeping it, however
    /// deep it nests: the CLI reads values nested past the reader's limit
    /// (as `null`), and the parts after them must still be found.
    fn skip_value(&mut self) -> Result<(), Error> {
        // The lists and objects open: whether each is an object, and
        // whether its first part is still to come.
        let mut open: Vec<(bool, bool)> = Vec::new();
        loop {
            match self.peek_value()? {
                bracket @ (b'[' | b'{') => {
                    self.step();
                    open.push((bracket == b'{', true));
                }
                _ => {
                    self.value()?;
                }
            }
            // On to the next value in the innermost list or object still
            // open, past the ends of those that end.
            loop {
                let Some((object, first)) = open.last_mut() else {
                    return Ok(());
                };
                let object = *object;
                let more = if object {
                    self.next_field(first)?
                } else {
                    self.next_item(first)?
                };
                if more {
                    if object {
                        self.key()?;
                    }
                    break;
                }
                self.step();
                open.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLE: &str = "{\"version\": 1, \"articles\": [\n  {\"title\": \"a \\\"b\\\" [c]\", \"images\": [{\"url\": \"x\"}]},\n  {\"ti\\u0074le\": null,\n   \"webUrl\": \"javascript:x\"}\n]}";

    /// The line and column (from 1) of what `steps` lead to in `BUNDLE`.
    fn at(steps: &[Step]) -> (usize, usize) {
        let before = &BUNDLE[..offset_of(BUNDLE, steps)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (
            1 + before.matches('\n').count(),
            before.len() - line_start + 1,
        )
    }

    fn record(index: usize, rest: &[&str]) -> Vec<Step> {
        let mut steps = vec![Step::key("articles"), Step::Index(index)];
        steps.extend(rest.iter().map(|&key| Step::key(key)));
        steps
    }

    #[test]
    fn finds_keys_and_items() {
        assert_eq!(at(&record(0, &[])), (2, 3));
        assert_eq!(at(&record(1, &[])), (3, 3));
        assert_eq!(at(&record(1, &["webUrl"])), (4, 4));
        let mut image = record(0, &["images"]);
        image.extend([Step::Index(0), Step::key("url")]);
        assert_eq!(at(&image), (2, 40));
        // A key is found by what it says, escapes read.
        assert_eq!(at(&record(1, &["title"])), (3, 4));
    }

    #[test]
    fn stops_at_the_deepest_part_found() {
        assert_eq!(at(&record(7, &[])), (1, 16));
        assert_eq!(at(&record(0, &["title", "deeper"])), (2, 4));
        assert_eq!(at(&[]), (1, 1));
        assert_eq!(at(&[Step::key("nope")]), (1, 1));
        assert_eq!(at(&[Step::Index(0)]), (1, 1));
        assert_eq!(offset_of("  [1, [2, 3]]", &[1.into(), 1.into()]), 10);
        assert_eq!(offset_of(" [1, [2, 3", &[1.into(), 5.into()]), 5);
        assert_eq!(offset_of("", &[0.into()]), 0);
    }

    #[test]
    fn finds_parts_after_values_nested_past_the_reader_s_limit() {
        let deep = format!("{}1{}", "[{\"a\": ".repeat(300), "}]".repeat(300));
        let text =
            format!("{{\"articles\": [{{\"x\": {deep}, \"y\": 2}},\n {{\"title\": \"\"}}]}}");
        let title = [Step::key("articles"), Step::Index(1), Step::key("title")];
        assert_eq!(Some(offset_of(&text, &title)), text.rfind("\"title\""));
        let y = [Step::key("articles"), Step::Index(0), Step::key("y")];
        assert_eq!(Some(offset_of(&text, &y)), text.find("\"y\""));
    }

    #[test]
    fn finds_a_key_written_twice_where_it_is_first_written() {
        let text = r#"{"a": 1, "b": {"c": 2}, "a": 3}"#;
        assert_eq!(offset_of(text, &["a".into()]), 1);
        assert_eq!(offset_of(text, &["b".into(), "c".into()]), 15);
    }
}
