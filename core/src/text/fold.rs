//! Folding text for search: lower case, accents removed ("Café" → "cafe"),
//! split into word tokens that remember where they stand in the original.
//!
//! A compact table for the Latin letters news text uses keeps the widget free
//! of Unicode normalisation tables (a large share of a small wasm budget);
//! other letters take their lower case from [`crate::text::lowercase`].

use crate::text::lowercase::lowercase;

/// A word of a text: its byte range in the original, and its folded form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub folded: String,
}

/// Splits `text` into word tokens (runs of letters and digits), folded.
pub fn tokens(text: &str) -> impl Iterator<Item = Token> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.next_if(|&(_, c)| !c.is_alphanumeric()).is_some() {}
        let &(start, _) = chars.peek()?;
        let mut folded = String::new();
        let mut end = start;
        while let Some((at, c)) = chars.next_if(|&(_, c)| c.is_alphanumeric()) {
            push_folded(c, &mut folded);
            end = at + c.len_utf8();
        }
        Some(Token { start, end, folded })
    })
}

/// Calls `each` with every folded word of `text`, in order, reusing one
/// buffer: for building indexes over many texts without an allocation a word.
pub fn for_each_word(text: &str, mut each: impl FnMut(&str)) {
    let mut word = String::new();
    let mut buffer = String::new();
    if text.is_ascii() {
        // Most news text is ASCII: split on bytes, no character decoding.
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            while at < bytes.len() && !bytes[at].is_ascii_alphanumeric() {
                at += 1;
            }
            let start = at;
            while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
                at += 1;
            }
            let word = &text[start..at];
            if word.is_empty() {
                continue;
            }
            if word.bytes().any(|b| b.is_ascii_uppercase()) {
                buffer.clear();
                buffer.push_str(word);
                buffer.make_ascii_lowercase();
                each(&buffer);
            } else {
                each(word);
            }
        }
        return;
    }
    for c in text.chars() {
        if c.is_alphanumeric() {
            push_folded(c, &mut word);
        } else if !word.is_empty() {
            each(&word);
            word.clear();
        }
    }
    if !word.is_empty() {
        each(&word);
    }
}

/// The folded words of `text`, in order.
pub fn folded_words(text: &str) -> Vec<String> {
    tokens(text).map(|t| t.folded).collect()
}

/// Folds a whole string: lower case without accents, other characters kept.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// [`fold`], appended to `out`: for building keys in a reused buffer.
pub fn fold_into(out: &mut String, text: &str) {
    for c in text.chars() {
        push_folded(c, out);
    }
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match base_letters(c) {
        Some(base) => out.push_str(base),
        None => out.extend(lowercase(c)),
    }
}

/// The unaccented letters for accented Latin letters.
fn base_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć'..='č' => "c",
        'Ď'..='đ' | 'Ð' | 'ð' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => "e",
        'Ĝ'..='ģ' => "g",
        'Ĥ'..='ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => "i",
        'Ĳ' | 'ĳ' => "ij",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' | 'ĸ' => "k",
        'Ĺ'..='ł' => "l",
        'Ñ' | 'ñ' | 'Ń'..='ŋ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ'..='ř' => "r",
        'ß' => "ss",
        'Ś'..='š' => "s",
        'Ţ'..='ŧ' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => "y",
        'Ź'..='ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Café Crème"), "cafe creme");
        assert_eq!(
            fold("Straße, Łódź, Ørsted, Œuvre"),
            "strasse, lodz, orsted, oeuvre"
        );
        assert_eq!(fold("ΑΘΗΝΑ"), "αθηνα");
    }

    #[test]
    fn tokens_keep_their_place_in_the_original() {
        let text = "Apple’s café—AI, 2024!";
        let found: Vec<(&str, String)> = tokens(text)
            .map(|t| (&text[t.start..t.end], t.folded))
            .collect();
        assert_eq!(
            found,
            [
                ("Apple", "apple".to_owned()),
                ("s", "s".to_owned()),
                ("café", "cafe".to_owned()),
                ("AI", "ai".to_owned()),
                ("2024", "2024".to_owned()),
            ]
        );
        assert_eq!(tokens("  ...  ").count(), 0);
        assert_eq!(folded_words("Power Apps"), ["power", "apps"]);
        let mut seen = Vec::new();
        for_each_word("Apple’s café—AI, 2024!", |w| seen.push(w.to_owned()));
        assert_eq!(seen, folded_words("Apple’s café—AI, 2024!"));
    }
}
