//! The search box's language: words, `"exact phrases"`, `-excluded` words,
//! and the `topic:` and `source:` operators.

use crate::text::fold::{fold, folded_words};

/// What a search text asks for, folded for matching.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchTerms {
    /// Whole words that must all appear.
    pub words: Vec<String>,
    /// The word still being typed (the text does not end in a space): it
    /// matches any word that starts with it, so "robo" finds "robots".
    pub prefix: Option<String>,
    /// Word sequences that must appear as written.
    pub phrases: Vec<Vec<String>>,
    /// Words or phrases that must not appear.
    pub excluded: Vec<Vec<String>>,
    /// `topic:AI`: stories must carry one of these topics (folded).
    pub topics: Vec<String>,
    /// `source:forbes.com`: stories must come from one of these sites or names (folded).
    pub sources: Vec<String>,
}

impl SearchTerms {
    /// Reads what the search box holds.
    pub fn parse(text: &str) -> SearchTerms {
        let mut terms = SearchTerms::default();
        let still_typing = !text.ends_with(char::is_whitespace);
        let pieces = pieces(text);
        let last = pieces.len().saturating_sub(1);
        for (index, piece) in pieces.into_iter().enumerate() {
            let typing = still_typing && index == last;
            terms.add(piece, typing);
        }
        terms
    }

    /// True when the text asks for nothing at all.
    pub fn is_empty(&self) -> bool {
        self == &SearchTerms::default()
    }

    /// True when there are words to rank and highlight.
    pub fn has_words(&self) -> bool {
        !self.words.is_empty() || self.prefix.is_some() || !self.phrases.is_empty()
    }

    fn add(&mut self, piece: Piece, typing: bool) {
        match piece {
            Piece::Topic(value) => self.topics.push(fold(value.trim())),
            Piece::Source(value) => {
                let value = fold(value.trim());
                let value = value
                    .strip_prefix("www.")
                    .map(str::to_owned)
                    .unwrap_or(value);
                self.sources.push(value);
            }
            Piece::Text {
                text,
                excluded: true,
                ..
            } => {
                let words = folded_words(text);
                if !words.is_empty() {
                    self.excluded.push(words);
                }
            }
            Piece::Text {
                text,
                quoted,
                excluded: false,
            } => self.add_words(text, quoted, typing),
        }
    }

    fn add_words(&mut self, text: &str, quoted: bool, typing: bool) {
        let mut words = folded_words(text);
        if quoted || words.len() > 1 {
            // "co-pilot" or "exact phrase": the words must stand together.
            if words.len() > 1 {
                self.phrases.push(words);
            } else {
                self.words.extend(words);
            }
            return;
        }
        if typing {
            self.prefix = words.pop();
        } else {
            self.words.extend(words);
        }
    }
}

enum Piece<'a> {
    Text {
        text: &'a str,
        quoted: bool,
        excluded: bool,
    },
    Topic(&'a str),
    Source(&'a str),
}

/// Splits the text at spaces, keeping quoted runs together.
fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let excluded = rest.starts_with('-') && rest.len() > 1;
        let body = if excluded { &rest[1..] } else { rest };
        let (piece, after) = if let Some(quoted) = body.strip_prefix('"') {
            let end = quoted.find('"').unwrap_or(quoted.len());
            (
                Piece::Text {
                    text: &quoted[..end],
                    quoted: true,
                    excluded,
                },
                quoted.get(end + 1..).unwrap_or(""),
            )
        } else {
            let (word, after) = split_word(body);
            (word_piece(word, excluded), after)
        };
        pieces.push(piece);
        rest = after.trim_start();
    }
    pieces
}

/// A word ends at whitespace, except inside `name:"quoted value"`.
fn split_word(text: &str) -> (&str, &str) {
    if let Some(colon) = text.find(':') {
        let head = &text[..colon];
        if !head.contains(char::is_whitespace) && text[colon + 1..].starts_with('"') {
            let value_start = colon + 2;
            let end = text[value_start..]
                .find('"')
                .map_or(text.len(), |i| value_start + i + 1);
            return (&text[..end], &text[end..]);
        }
    }
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    (&text[..end], &text[end..])
}

fn word_piece(word: &str, excluded: bool) -> Piece<'_> {
    if !excluded {
        if let Some((name, value)) = word.split_once(':') {
            let value = value.trim_matches('"');
            if !value.is_empty() {
                if name.eq_ignore_ascii_case("topic") {
                    return Piece::Topic(value);
                }
                if name.eq_ignore_ascii_case("source") {
                    return Piece::Source(value);
                }
            }
        }
    }
    Piece::Text {
        text: word,
        quoted: false,
        excluded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_last_word_is_a_prefix_while_typing() {
        let typing = SearchTerms::parse("Power robo");
        assert_eq!(typing.words, words(&["power"]));
        assert_eq!(typing.prefix.as_deref(), Some("robo"));
        let done = SearchTerms::parse("Power robo ");
        assert_eq!(done.words, words(&["power", "robo"]));
        assert_eq!(done.prefix, None);
    }

    #[test]
    fn accents_and_case_are_folded() {
        assert_eq!(SearchTerms::parse("CAFÉ ").words, words(&["cafe"]));
    }

    #[test]
    fn phrases_exclusions_and_operators() {
        let terms = SearchTerms::parse(
            r#""power apps" -teams -"model driven" topic:AI source:www.Forbes.com topic:"Canvas apps" robots"#,
        );
        assert_eq!(terms.phrases, vec![words(&["power", "apps"])]);
        assert_eq!(
            terms.excluded,
            vec![words(&["teams"]), words(&["model", "driven"])]
        );
        assert_eq!(terms.topics, words(&["ai", "canvas apps"]));
        assert_eq!(terms.sources, words(&["forbes.com"]));
        assert_eq!(terms.prefix.as_deref(), Some("robots"));
        assert!(terms.words.is_empty());
    }

    #[test]
    fn odd_input_is_harmless() {
        assert!(SearchTerms::parse("").is_empty());
        assert!(SearchTerms::parse("   ").is_empty());
        assert!(SearchTerms::parse("- \" ").is_empty());
        assert!(SearchTerms::parse("-").is_empty());
        let unclosed = SearchTerms::parse("\"power apps");
        assert_eq!(unclosed.phrases, vec![words(&["power", "apps"])]);
        let hyphenated = SearchTerms::parse("co-pilot ");
        assert_eq!(hyphenated.phrases, vec![words(&["co", "pilot"])]);
        let unknown = SearchTerms::parse("title:robots ");
        assert_eq!(unknown.phrases, vec![words(&["title", "robots"])]);
        assert_eq!(
            SearchTerms::parse("topic:").prefix.as_deref(),
            Some("topic")
        );
    }
}
