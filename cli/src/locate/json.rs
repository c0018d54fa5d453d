//! Positions in JSON text. The text has already been parsed, so the scanner
//! only needs to tell values apart, not to check them.

use super::Step;

/// The byte offset of the deepest part of `steps` found in `text`: the key of
/// an object member, or the start of a list item. With no steps, or when even
/// the first is missing, the offset of the whole value.
pub fn locate_in_json(text: &str, steps: &[Step]) -> usize {
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        at: 0,
    };
    scanner.skip_space();
    let mut found = scanner.at;
    for step in steps {
        match scanner.enter(step) {
            Some(offset) => found = offset,
            None => break,
        }
    }
    found
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Scanner<'a> {
    /// Moves to the value `step` names inside the current value and returns
    /// the offset to report for it.
    fn enter(&mut self, step: &Step) -> Option<usize> {
        match step {
            Step::Key(name) => self.enter_member(name),
            Step::Index(index) => self.enter_item(*index),
        }
    }

    fn enter_member(&mut self, name: &str) -> Option<usize> {
        self.expect(b'{')?;
        loop {
            self.skip_space();
            let key_at = self.at;
            let key = self.string()?;
            self.skip_space();
            self.expect(b':')?;
            self.skip_space();
            if serde_json::from_slice::<String>(key).ok().as_deref() == Some(name) {
                return Some(key_at);
            }
            self.skip_value()?;
            self.skip_space();
            self.expect(b',')?;
        }
    }

    fn enter_item(&mut self, index: usize) -> Option<usize> {
        self.expect(b'[')?;
        for _ in 0..index {
            self.skip_space();
            self.skip_value()?;
            self.skip_space();
            self.expect(b',')?;
        }
        self.skip_space();
        (self.peek()? != b']').then_some(self.at)
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(drop),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.at += 1;
                loop {
                    self.skip_space();
                    match self.peek()? {
                        b if b == close => {
                            self.at += 1;
                            return Some(());
                        }
                        b',' | b':' => self.at += 1,
                        _ => self.skip_value()?,
                    }
                }
            }
            _ => {
                // Numbers, true, false, null: up to the next delimiter.
                let rest = &self.bytes[self.at..];
                let len = rest
                    .iter()
                    .position(|b| matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                self.at += len.max(1);
                Some(())
            }
        }
    }

    /// The raw bytes of a string literal, quotes included.
    fn string(&mut self) -> Option<&'a [u8]> {
        let start = self.at;
        self.expect(b'"')?;
        loop {
            match self.bytes.get(self.at)? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    let bytes: &'a [u8] = self.bytes;
                    return bytes.get(start..self.at);
                }
                _ => self.at += 1,
            }
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Position;

    const BUNDLE: &str = "{\"version\": 1, \"articles\": [\n  {\"title\": \"a \\\"b\\\" [c]\", \"images\": [{\"url\": \"x\"}]},\n  {\"ti\\u0074le\": null,\n   \"webUrl\": \"javascript:x\"}\n]}";

    fn at(steps: &[Step]) -> Position {
        Position::of_offset(BUNDLE, locate_in_json(BUNDLE, steps))
    }

    #[test]
    fn finds_members_and_items() {
        let record = |i: usize| vec![Step::key("articles"), Step::Index(i)];
        assert_eq!(at(&record(0)), Position { line: 2, column: 3 });
        assert_eq!(at(&record(1)), Position { line: 3, column: 3 });
        let mut url = record(1);
        url.push(Step::key("webUrl"));
        assert_eq!(at(&url), Position { line: 4, column: 4 });
        let mut image = record(0);
        image.extend([Step::key("images"), Step::Index(0), Step::key("url")]);
        assert_eq!(
            at(&image),
            Position {
                line: 2,
                column: 40
            }
        );
        let mut escaped = record(1);
        escaped.push(Step::key("title"));
        assert_eq!(at(&escaped), Position { line: 3, column: 4 });
    }

    #[test]
    fn stops_at_the_deepest_part_found() {
        let missing = [Step::key("articles"), Step::Index(7)];
        assert_eq!(
            at(&missing),
            Position {
                line: 1,
                column: 16
            }
        );
        assert_eq!(at(&[]), Position::START);
        assert_eq!(at(&[Step::key("nope")]), Position::START);
    }
}
