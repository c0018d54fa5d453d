//! Which parts of a text a search matched, so the widget can wrap them in
//! `<mark>` elements built from text nodes (never by writing HTML).

use crate::query::search::SearchTerms;
use crate::text::fold::tokens;

/// A run of the original text, matched or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The run, as written in the text.
    pub text: &'a str,
    /// Whether the search matched it.
    pub matched: bool,
}

/// Splits `text` into runs; words the search matched are marked whole.
pub fn highlight<'a>(text: &'a str, terms: &SearchTerms) -> Vec<Segment<'a>> {
    let mut segments = Vec::new();
    if !terms.has_words() {
        segments.push(Segment {
            text,
            matched: false,
        });
        return segments;
    }
    let matches = |word: &str| {
        terms
            .words
            .iter()
            .chain(terms.phrases.iter().flatten())
            .any(|w| w == word)
            || terms.prefix.as_deref().is_some_and(|p| word.starts_with(p))
    };
    let mut plain_from = 0;
    for token in tokens(text).filter(|t| matches(&t.folded)) {
        if token.start > plain_from {
            segments.push(Segment {
                text: &text[plain_from..token.start],
                matched: false,
            });
        }
        segments.push(Segment {
            text: &text[token.start..token.end],
            matched: true,
        });
        plain_from = token.end;
    }
    if plain_from < text.len() {
        segments.push(Segment {
            text: &text[plain_from..],
            matched: false,
        });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, search: &str) -> String {
        highlight(text, &SearchTerms::parse(search))
            .iter()
            .map(|s| {
                if s.matched {
                    format!("[{}]", s.text)
                } else {
                    s.text.to_owned()
                }
            })
            .collect()
    }

    #[test]
    fn marks_whole_words_prefixes_and_phrases() {
        assert_eq!(
            marked("Robots at the Café", "café robo"),
            "[Robots] at the [Café]"
        );
        assert_eq!(
            marked("Power Apps and Power BI", "\"power apps\""),
            "[Power] [Apps] and [Power] BI"
        );
        assert_eq!(marked("Nothing here", "robots "), "Nothing here");
        assert_eq!(marked("<b>AI</b> news", "ai "), "<b>[AI]</b> news");
        assert_eq!(marked("Untouched", ""), "Untouched");
        assert_eq!(
            marked("Exclusions are not marked", "-exclusions "),
            "Exclusions are not marked"
        );
    }
}
