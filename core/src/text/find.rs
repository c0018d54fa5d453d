//! Finding a few letters in a short text (`"://"` in an address, `{n}` in a
//! template, `..` in a date range), by bytes. The standard library's search
//! for text brings its Two-Way algorithm into the widget, 1.3 kB gzip
//! for these few short looks, where a plain scan is just as quick.

/// Where `word` (not empty) first starts in `text`.
pub fn find(text: &str, word: &str) -> Option<usize> {
    text.as_bytes()
        .windows(word.len())
        .position(|here| here == word.as_bytes())
}

/// Where `word` (not empty) last starts in `text`.
pub fn rfind(text: &str, word: &str) -> Option<usize> {
    text.as_bytes()
        .windows(word.len())
        .rposition(|here| here == word.as_bytes())
}

/// The text before and after the first `word`.
pub fn split_once<'a>(text: &'a str, word: &str) -> Option<(&'a str, &'a str)> {
    let at = find(text, word)?;
    Some((&text[..at], &text[at + word.len()..]))
}

/// `text` with every `word` in it replaced by `with`.
pub fn replace(text: &str, word: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = split_once(rest, word) {
        out.push_str(before);
        out.push_str(with);
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_as_the_standard_library_does() {
        for (text, word) in [
            ("a://b://c", "://"),
            ("page/page1", "page"),
            ("x", "xy"),
            ("", ".."),
        ] {
            assert_eq!(find(text, word), text.find(word));
            assert_eq!(rfind(text, word), text.rfind(word));
            assert_eq!(split_once(text, word), text.split_once(word));
            assert_eq!(replace(text, word, "[]"), text.replace(word, "[]"));
        }
        // A word found inside a longer character is no match: UTF-8 never
        // repeats a character's first byte inside another.
        assert_eq!(find("é{n}ü", "{n}"), Some(2));
    }
}
