//! Cleaning the free text of records: entities decoded (`entities`),
//! whitespace tidied, length bounded. The result is plain text; the widget renders it as text.

use std::borrow::Cow;

use crate::text::entities::decode_entities;

/// Longest title and excerpt kept, in characters. A record with a 200 kB
/// title must not make the feed slow or unreadable.
pub const MAX_TITLE_CHARS: usize = 300;
/// Longest excerpt kept, in characters.
pub const MAX_EXCERPT_CHARS: usize = 1_000;
/// Longest label kept (a topic, a tag, a source's name), in characters.
pub const MAX_LABEL_CHARS: usize = 120;

/// Decodes HTML entities, folds runs of whitespace (incl. no-break spaces,
/// which feeds use for layout) into one space, trims, and cuts at `max_chars`
/// with an ellipsis. Returns `None` when nothing readable is left: nothing
/// but whitespace and invisible characters.
pub fn clean(raw: &str, max_chars: usize) -> Option<String> {
    let decoded = match raw.contains('&') {
        true => Cow::Owned(decode_entities(raw)),
        false => Cow::Borrowed(raw),
    };
    // Nearly always decided by the first character.
    if !decoded.chars().any(|c| !parts_words(c) && !is_invisible(c)) {
        return None;
    }
    // Most text is already tidy and short: taken as it is.
    if is_tidy(&decoded) && (decoded.len() <= max_chars || decoded.chars().count() <= max_chars) {
        return Some(decoded.into_owned());
    }
    let mut out = String::with_capacity(decoded.len().min(max_chars * 4));
    let mut chars = 0;
    for word in decoded.split(parts_words) {
        if word.is_empty() {
            continue;
        }
        let extra = word.chars().count() + usize::from(chars > 0);
        if chars + extra > max_chars {
            let room = max_chars.saturating_sub(chars + 1 + usize::from(chars > 0));
            if room > 0 {
                if chars > 0 {
                    out.push(' ');
                }
                out.extend(word.chars().take(room));
            } else if chars == max_chars {
                // Full to the last character: the ellipsis takes its place.
                out.pop();
                out.truncate(out.trim_end().len());
            }
            out.push('…');
            break;
        }
        if chars > 0 {
            out.push(' ');
        }
        out.push_str(word);
        chars += extra;
    }
    (!out.is_empty()).then_some(out)
}

/// Whether `c` parts words in record text: whitespace of any kind (feeds
/// lay text out with no-break spaces and line breaks), control characters,
/// and the bidirectional embeddings, overrides and isolates, which reorder
/// the text after them: a title could otherwise show its words in another
/// order than the one it holds ("invoice\u{202E}fdp.exe").
fn parts_words(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` shows nothing by itself: Unicode's default-ignorable code
/// points (zero-width spaces and joiners, the soft hyphen, the word joiner,
/// the byte order mark, variation selectors, fillers, tags, and the code
/// points kept for more of them), and the blank Braille pattern, which
/// shows as a space. Text of nothing else would render as an empty box:
/// a title, a source's name or a topic of it is absent. Inside words they
/// are kept: joiners shape emoji and scripts, soft hyphens break lines.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{34F}'
            | '\u{61C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Whether `text` is what [`clean`] makes of it when short enough: not
/// empty, words parted by single plain spaces, no other whitespace, no
/// control characters, nothing before the first word or after the last.
fn is_tidy(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            0..=0x1f | 0x7f => return false,
            // Only characters that start with these bytes can be whitespace
            // or control characters beyond ASCII (U+0080–U+00A0, U+1680,
            // U+2000–U+205F, U+3000); the rest are skipped unread.
            0xc2 | 0xe1 | 0xe2 | 0xe3 => {
                if text[at..].chars().next().is_some_and(parts_words) {
                    return false;
                }
                after_space = false;
            }
            _ => after_space = false,
        }
    }
    !after_space
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_text_is_told_apart_as_the_slow_path_would() {
        let spaces = [
            '\u{85}', '\u{a0}', '\u{1680}', '\u{2003}', '\u{2028}', '\u{202f}', '\u{205f}',
            '\u{3000}',
        ];
        for odd in spaces.into_iter().chain([
            '\u{80}', '\u{9f}', '\u{200b}', '\u{feff}', 'é', '“', '\t', '\u{7f}', '\u{202e}',
            '\u{2067}', '\u{200f}',
        ]) {
            for text in [
                format!("a{odd}b"),
                format!("{odd}a"),
                format!("a {odd}"),
                format!("{odd}"),
            ] {
                let words: Vec<&str> = text
                    .split(parts_words)
                    .filter(|word| !word.is_empty())
                    .collect();
                assert_eq!(is_tidy(&text), words.join(" ") == text, "{text:?}");
            }
        }
        assert!(is_tidy("Power Apps – “new” features"));
        assert!(!is_tidy("two  spaces") && !is_tidy(" lead") && !is_tidy("trail ") && !is_tidy(""));
    }

    #[test]
    fn tidies_whitespace_and_drops_empty_text() {
        assert_eq!(
            clean(
                "  Here are the capabilities:&nbsp;&nbsp;\n • Guest\taccess  ",
                100
            )
            .as_deref(),
            Some("Here are the capabilities: • Guest access")
        );
        assert_eq!(clean(" &nbsp; \n", 100), None);
        assert_eq!(clean("", 100), None);
    }

    #[test]
    fn text_of_invisible_characters_only_is_absent() {
        let invisible = [
            "\u{200B}",
            "\u{200C}\u{200D}",
            "\u{2060}",
            "\u{AD}\u{AD}",
            "\u{FEFF}",
            "\u{200B} \u{2060}\u{A0}\n\u{AD}\t\u{FEFF}",
            "&#8203;&#173;&nbsp;&#xFEFF;",
            "\u{180E}\u{3164}\u{FFA0}\u{115F}\u{2800}",
            "\u{FE0F}\u{E0001}\u{E0067}\u{1D173}\u{2066}\u{2069}\u{200E}",
        ];
        for text in invisible {
            assert_eq!(clean(text, 100), None, "{text:?}");
            // However long: no ellipsis standing alone either.
            assert_eq!(clean(&text.repeat(200), 10), None, "{text:?}");
        }
        // Inside visible text they stay: they join, shape and hyphenate.
        for text in [
            "a\u{200B}b",
            "👩\u{200D}💻",
            "soft\u{AD}hyphen",
            "\u{200B}x",
            "❤\u{FE0F}",
        ] {
            assert_eq!(clean(text, 100).as_deref(), Some(text), "{text:?}");
        }
    }

    #[test]
    fn text_cannot_reorder_itself() {
        assert_eq!(
            clean("Your invoice\u{202E}fdp.exe", 100).as_deref(),
            Some("Your invoice fdp.exe")
        );
        assert_eq!(
            clean("\u{2067}isolated\u{2069} \u{202A}embedded\u{202C}", 100).as_deref(),
            Some("isolated embedded")
        );
        // Marks set one character's direction and reorder nothing: kept.
        assert_eq!(
            clean("שלום\u{200F}!", 100).as_deref(),
            Some("שלום\u{200F}!")
        );
    }

    #[test]
    fn bounds_long_text_with_an_ellipsis() {
        let long = "word ".repeat(100_000);
        let cut = clean(&long, 20).unwrap_or_default();
        assert!(cut.ends_with('…'), "{cut}");
        assert!(cut.chars().count() <= 20, "{cut}");
        let one_huge_word = "x".repeat(200_000);
        assert_eq!(
            clean(&one_huge_word, 10).map(|s| s.chars().count()),
            Some(10)
        );
        assert_eq!(clean("short enough", 12).as_deref(), Some("short enough"));
        // Words that fill the limit exactly, and more after them.
        assert_eq!(clean("abcd efgh", 4).as_deref(), Some("abc…"));
        assert_eq!(clean("ab c de", 4).as_deref(), Some("ab…"));
        assert_eq!(clean("ab cd e", 5).as_deref(), Some("ab c…"));
    }
}
