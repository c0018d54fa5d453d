//! Folding text for search: lower case, accents removed ("Café" → "cafe"),
//! split into word tokens that remember where they stand in the original.
//!
//! A compact table of every Latin letter with diacritics keeps the widget
//! free of Unicode normalisation tables (a large share of a small wasm
//! budget); other letters take their lower case from
//! [`crate::text::lowercase`]. The table is written from, and checked
//! against, Unicode's decompositions (`unicode-normalization`, used only by
//! the tests).

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

/// The letters without accents that `c` folds to, when it is a Latin
/// letter with diacritics (or a ligature of such letters).
fn base_letters(c: char) -> Option<&'static str> {
    let code = c as u32;
    let after = FOLDS.partition_point(|&run| run >> 16 <= code);
    let run = *FOLDS.get(after.checked_sub(1)?)?;
    if code - (run >> 16) >= (run >> 8 & 0xFF) {
        return None;
    }
    match (run & 0xFF) as u8 {
        letter @ b'a'..=b'z' => {
            let at = usize::from(letter - b'a');
            ALPHABET.get(at..=at)
        }
        pair => PAIRS.get(usize::from(pair)).copied(),
    }
}

const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz";

/// The folds of more than one letter, by their number in [`FOLDS`].
const PAIRS: [&str; 8] = ["ae", "dz", "ij", "lj", "nj", "oe", "ss", "th"];

/// Runs of Latin letters (Latin-1, Latin Extended-A and -B, Latin Extended
/// Additional) that fold to the same letters: `first << 16 | letters << 8
/// | fold`, where `fold` is the letter itself (`b'a'`…) or the number of
/// one of [`PAIRS`]. Written by `print_folds` below from Unicode's
/// decompositions (and the letters with a stroke or a hook, which Unicode
/// does not decompose, by their names): 4 bytes a run, 608 bytes in all.
#[rustfmt::skip]
const FOLDS: &[u32] = &[
    0x00C00661, 0x00C60100, 0x00C70163, 0x00C80465, 0x00CC0469, 0x00D00164, 0x00D1016E,
    0x00D2056F, 0x00D8016F, 0x00D90475, 0x00DD0179, 0x00DE0107, 0x00DF0106, 0x00E00661,
    0x00E60100, 0x00E70163, 0x00E80465, 0x00EC0469, 0x00F00164, 0x00F1016E, 0x00F2056F,
    0x00F8016F, 0x00F90475, 0x00FD0179, 0x00FE0107, 0x00FF0179, 0x01000661, 0x01060863,
    0x010E0464, 0x01120A65, 0x011C0867, 0x01240468, 0x01280A69, 0x01320202, 0x0134026A,
    0x0136036B, 0x01390A6C, 0x0143096E, 0x014C066F, 0x01520205, 0x01540672, 0x015A0873,
    0x01620674, 0x01680C75, 0x01740277, 0x01760379, 0x0179067A, 0x017F0173, 0x01800462,
    0x01870263, 0x018A0364, 0x01910266, 0x01930167, 0x01970169, 0x0198026B, 0x019A016C,
    0x019D026E, 0x019F036F, 0x01A40270, 0x01AB0474, 0x01AF0275, 0x01B20176, 0x01B30279,
    0x01B5027A, 0x01C40301, 0x01C70303, 0x01CA0304, 0x01CD0261, 0x01CF0269, 0x01D1026F,
    0x01D30A75, 0x01DE0461, 0x01E20200, 0x01E40467, 0x01E8026B, 0x01EA046F, 0x01F0016A,
    0x01F10301, 0x01F40267, 0x01F8026E, 0x01FA0261, 0x01FC0200, 0x01FE026F, 0x02000461,
    0x02040465, 0x02080469, 0x020C046F, 0x02100472, 0x02140475, 0x02180273, 0x021A0274,
    0x021E0268, 0x0220016E, 0x02210164, 0x0224027A, 0x02260261, 0x02280265, 0x022A086F,
    0x02320279, 0x0234016C, 0x0235016E, 0x02360174, 0x023A0161, 0x023B0263, 0x023D016C,
    0x023E0174, 0x023F0173, 0x0240017A, 0x02430162, 0x02460265, 0x0248026A, 0x024B0171,
    0x024C0272, 0x024E0279, 0x1E000261, 0x1E020662, 0x1E080263, 0x1E0A0A64, 0x1E140A65,
    0x1E1E0266, 0x1E200267, 0x1E220A68, 0x1E2C0469, 0x1E30066B, 0x1E36086C, 0x1E3E066D,
    0x1E44086E, 0x1E4C086F, 0x1E540470, 0x1E580872, 0x1E600A73, 0x1E6A0874, 0x1E720A75,
    0x1E7C0476, 0x1E800A77, 0x1E8A0478, 0x1E8E0279, 0x1E90067A, 0x1E960168, 0x1E970174,
    0x1E980177, 0x1E990179, 0x1E9A0161, 0x1E9B0173, 0x1E9E0106, 0x1EA01861, 0x1EB81065,
    0x1EC80469, 0x1ECC186F, 0x1EE40E75, 0x1EF20879, 0x1EFE0279,
];

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
    fn folds_romanian_vietnamese_and_other_latin_letters() {
        assert_eq!(fold("Științe, țară, Ţepeş"), "stiinte, tara, tepes");
        assert_eq!(
            fold("Việt Nam, Hà Nội, Thành phố Hồ Chí Minh, ạ ả ấ ầ ẩ ẫ ậ ỹ"),
            "viet nam, ha noi, thanh pho ho chi minh, a a a a a a a y"
        );
        assert_eq!(
            fold("ǎ ơ ư Ơ Ư ǅ ǈ ĳ Ŀ ŉ ſ ẞ đ ƀ ɇ"),
            "a o u o u dz lj ij l n s ss d b e"
        );
        assert_eq!(
            folded_words("Bucureşti București"),
            ["bucuresti", "bucuresti"]
        );
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

    /// The Latin blocks the table covers.
    const LATIN: [std::ops::RangeInclusive<u32>; 2] = [0xC0..=0x24F, 0x1E00..=0x1EFF];

    /// Letters of those blocks that Unicode does not decompose but that a
    /// reader takes for a letter with a mark: each letter named "LATIN …
    /// LETTER X WITH …" (a stroke, a hook, a bar…) in the Unicode
    /// character database, and the letters written as two (æ, œ, ß, þ) or
    /// read as one without a mark (ð, ı, ĸ, ŋ).
    #[rustfmt::skip]
    const OWN_LETTERS: [(char, &str); 82] = [
        ('Æ', "ae"), ('Ð', "d"), ('Ø', "o"), ('Þ', "th"), ('ß', "ss"), ('æ', "ae"),
        ('ð', "d"), ('ø', "o"), ('þ', "th"), ('Đ', "d"), ('đ', "d"), ('Ħ', "h"),
        ('ħ', "h"), ('ı', "i"), ('ĸ', "k"), ('Ł', "l"), ('ł', "l"), ('Ŋ', "n"),
        ('ŋ', "n"), ('Œ', "oe"), ('œ', "oe"), ('Ŧ', "t"), ('ŧ', "t"), ('ƀ', "b"),
        ('Ɓ', "b"), ('Ƃ', "b"), ('ƃ', "b"), ('Ƈ', "c"), ('ƈ', "c"), ('Ɗ', "d"),
        ('Ƌ', "d"), ('ƌ', "d"), ('Ƒ', "f"), ('ƒ', "f"), ('Ɠ', "g"), ('Ɨ', "i"),
        ('Ƙ', "k"), ('ƙ', "k"), ('ƚ', "l"), ('Ɲ', "n"), ('ƞ', "n"), ('Ɵ', "o"),
        ('Ƥ', "p"), ('ƥ', "p"), ('ƫ', "t"), ('Ƭ', "t"), ('ƭ', "t"), ('Ʈ', "t"),
        ('Ʋ', "v"), ('Ƴ', "y"), ('ƴ', "y"), ('Ƶ', "z"), ('ƶ', "z"), ('Ǥ', "g"),
        ('ǥ', "g"), ('Ƞ', "n"), ('ȡ', "d"), ('Ȥ', "z"), ('ȥ', "z"), ('ȴ', "l"),
        ('ȵ', "n"), ('ȶ', "t"), ('Ⱥ', "a"), ('Ȼ', "c"), ('ȼ', "c"), ('Ƚ', "l"),
        ('Ⱦ', "t"), ('ȿ', "s"), ('ɀ', "z"), ('Ƀ', "b"), ('Ɇ', "e"), ('ɇ', "e"),
        ('Ɉ', "j"), ('ɉ', "j"), ('ɋ', "q"), ('Ɍ', "r"), ('ɍ', "r"), ('Ɏ', "y"),
        ('ɏ', "y"), ('ẞ', "ss"), ('Ỿ', "y"), ('ỿ', "y"),
    ];

    /// What `c` folds to by Unicode's compatibility decomposition, its
    /// combining marks and the signs beside letters (ŉ's apostrophe, ŀ's
    /// dot) left out, each part folded in turn; `None` when that is not
    /// made of the 26 letters (ǯ is ʒ with a caron), or folds nothing.
    fn decomposed(c: char) -> Option<String> {
        use unicode_normalization::char::is_combining_mark;
        use unicode_normalization::UnicodeNormalization;

        if let Some(&(_, letters)) = OWN_LETTERS.iter().find(|(own, _)| *own == c) {
            return Some(letters.to_owned());
        }
        let parts: Vec<char> = std::iter::once(c)
            .nfkd()
            .filter(|&p| !is_combining_mark(p) && !matches!(p, '\u{B7}' | '\u{2B0}'..='\u{2FF}'))
            .collect();
        if parts == [c] {
            return c
                .is_ascii_alphabetic()
                .then(|| c.to_ascii_lowercase().to_string());
        }
        let letters: String = parts.into_iter().map(decomposed).collect::<Option<_>>()?;
        (!letters.is_empty()).then_some(letters)
    }

    #[test]
    fn folds_every_latin_letter_as_unicode_decomposes_it() {
        for c in (0x80..=0xFFFF).filter_map(char::from_u32) {
            let in_table = LATIN.iter().any(|block| block.contains(&(c as u32)));
            let expected = match decomposed(c).filter(|_| in_table) {
                Some(letters) => letters,
                None => lowercase(c).collect(),
            };
            assert_eq!(fold(&c.to_string()), expected, "U+{:04X} {c}", c as u32);
        }
    }

    /// Writes `FOLDS` from Unicode's decompositions, for a newer
    /// `unicode-normalization`: `cargo test -p newsdeck-core print_folds --
    /// --ignored --nocapture`.
    #[test]
    #[ignore]
    fn print_folds() {
        let mut runs: Vec<(u32, u32, String)> = Vec::new();
        for code in LATIN.into_iter().flatten() {
            let Some(letters) = char::from_u32(code).and_then(decomposed) else {
                continue;
            };
            match runs.last_mut() {
                Some((first, len, same))
                    if *first + *len == code && *same == letters && *len < 255 =>
                {
                    *len += 1
                }
                _ => runs.push((code, 1, letters)),
            }
        }
        let entries: Vec<String> = runs
            .iter()
            .map(|(first, len, letters)| {
                let fold = match PAIRS.iter().position(|pair| pair == letters) {
                    Some(pair) => pair as u32,
                    None if letters.len() == 1 => u32::from(letters.as_bytes()[0]),
                    None => panic!("{letters} is missing from PAIRS"),
                };
                format!("0x{:08X},", first << 16 | len << 8 | fold)
            })
            .collect();
        for line in entries.chunks(7) {
            println!("    {}", line.join(" "));
        }
    }
}
