//! newsdeck's own JSON reader: text straight into [`Raw`] values, text
//! without escapes borrowed from the bundle.
//!
//! It reads what serde_json reads, as serde_json reads it (numbers to the
//! same bit, the last of a key written twice, no more than 127 levels
//! deep), and refuses what serde_json refuses with the same message at the
//! same line and column: the tests and the `bundle` fuzz target hold it to
//! serde_json ([`serde_json_reading`]). It is here so the widget's
//! WebAssembly does not carry serde_json's code, its tables and serde's
//! visitors only to read bundles; the CLI reads JSON with it too, and
//! finds where a part of a document is written with it ([`offset_of`]).
//!
//! Two differences are made on purpose, because serde_json refuses the
//! whole document for one value a browser's `JSON.parse` takes, and a feed
//! must not be lost for a field nobody reads:
//!
//! - a lone surrogate escape (`"\udc00"`, or `"\ud800"` with no trailing
//!   surrogate after it, which `JSON.stringify` writes) reads as U+FFFD;
//! - a number too large for a float (`1e400`, `-1e400`) reads as `null`,
//!   which records read as absent.

use std::borrow::Cow;

use crate::read::outcome::BundleError;
pub use crate::read::record::{Fields, Number, Raw};

mod locate;
#[cfg(feature = "serde-json")]
mod reference;

pub use locate::{offset_of, Step};

#[cfg(feature = "serde-json")]
pub use reference::serde_json_reading;

/// Why text is not JSON and where, as serde_json says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    /// serde_json's message, without its position.
    pub message: &'static str,
    /// The byte offset whose line and column are reported.
    at: usize,
}

impl Error {
    /// The error as a reader sees it, placed in `text` (what was read) by
    /// line and column, columns counting bytes from 0 at a line's start,
    /// as serde_json counts them.
    pub fn in_text(self, text: &str) -> BundleError {
        let before = &text.as_bytes()[..self.at.min(text.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        BundleError::NotJson {
            line: 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count(),
            column: before.len() - line_start,
            message: self.message.to_owned(),
        }
    }

    /// Whether the error may only be the text running out: it lies at or
    /// next to the end of `text`, the text it was read from.
    pub(crate) fn near_end_of(&self, text: &str) -> bool {
        self.at + 1 >= text.len()
    }
}

const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_VALUE: &str = "EOF while parsing a value";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_LIST_COMMA_OR_END: &str = "expected `,` or `]`";
const EXPECTED_OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
const EXPECTED_IDENT: &str = "expected ident";
const EXPECTED_VALUE: &str = "expected value";
const INVALID_ESCAPE: &str = "invalid escape";
const INVALID_NUMBER: &str = "invalid number";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const KEY_MUST_BE_TEXT: &str = "key must be a string";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING_CHARACTERS: &str = "trailing characters";
const TOO_DEEP: &str = "recursion limit exceeded";

/// serde_json's guard against running out of stack: the 128th level of
/// nesting is refused.
const MAX_DEPTH: usize = 127;

/// A position in JSON text, read forwards.
pub(crate) struct Reader<'a> {
    text: &'a str,
    at: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            at: 0,
            depth: 0,
        }
    }

    /// A reader of `text` as a part found `depth` lists and objects deep
    /// in a document, so that the nesting limit falls where it would there.
    pub(crate) fn nested(text: &'a str, depth: usize) -> Reader<'a> {
        Reader { text, at: 0, depth }
    }

    /// The byte offset next to be read.
    pub(crate) fn position(&self) -> usize {
        self.at
    }

    /// Goes on from `at`, past a value already read from the same text.
    pub(crate) fn skip_to(&mut self, at: usize) {
        self.at = at;
    }

    /// Reads past the punctuation byte that comes next.
    pub(crate) fn step(&mut self) {
        self.at += 1;
    }

    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// An error about the byte just read.
    fn here(&self, message: &'static str) -> Error {
        Error {
            message,
            at: self.at,
        }
    }

    /// An error about the byte about to be read.
    fn ahead(&self, message: &'static str) -> Error {
        Error {
            message,
            at: (self.at + 1).min(self.text.len()),
        }
    }

    /// The next byte that is not white space, not yet read.
    pub(crate) fn skip_space(&mut self) -> Option<u8> {
        while let Some(byte) = self.byte() {
            if !matches!(byte, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(byte);
            }
            self.at += 1;
        }
        None
    }

    /// The first byte of the value that comes next, not yet read.
    pub(crate) fn peek_value(&mut self) -> Result<u8, Error> {
        self.skip_space().ok_or_else(|| self.ahead(EOF_VALUE))
    }

    /// Only white space may follow the document.
    pub(crate) fn end(&mut self) -> Result<(), Error> {
        match self.skip_space() {
            Some(_) => Err(self.ahead(TRAILING_CHARACTERS)),
            None => Ok(()),
        }
    }

    /// The value that comes next.
    pub(crate) fn value(&mut self) -> Result<Raw<'a>, Error> {
        Ok(match self.peek_value()? {
            b'n' => self.word(b"null", Raw::Null)?,
            b't' => self.word(b"true", Raw::Bool(true))?,
            b'f' => self.word(b"false", Raw::Bool(false))?,
            b'"' => Raw::Text(self.text()?),
            // A number too large for a float is absent, not an error.
            b'-' | b'0'..=b'9' => self.number()?.map_or(Raw::Null, Raw::Number),
            b'[' => {
                let mut list = Vec::new();
                self.items(|reader| {
                    list.push(reader.value()?);
                    Ok(())
                })?;
                Raw::List(list)
            }
            b'{' => {
                let mut fields = Fields::default();
                self.fields(|reader, key| {
                    fields.push(key, reader.value()?);
                    Ok(())
                })?;
                Raw::Fields(fields)
            }
            _ => return Err(self.ahead(EXPECTED_VALUE)),
        })
    }

    /// Reads a list, whose `[` comes next; `item` reads each of its values.
    pub(crate) fn items(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.open()?;
        let mut first = true;
        while self.next_item(&mut first)? {
            item(self)?;
        }
        self.close();
        Ok(())
    }

    /// Reads an object, whose `{` comes next; `field` reads the value of
    /// each key, in the order written.
    pub(crate) fn fields(
        &mut self,
        mut field: impl FnMut(&mut Self, Cow<'a, str>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.open()?;
        let mut first = true;
        while self.next_field(&mut first)? {
            let key = self.key()?;
            field(self, key)?;
        }
        self.close();
        Ok(())
    }

    /// Reads up to the next item of the list being read, `false` at its
    /// `]` (not read); `first` is true until the first item.
    fn next_item(&mut self, first: &mut bool) -> Result<bool, Error> {
        match self.skip_space() {
            None => Err(self.ahead(EOF_LIST)),
            Some(b']') => Ok(false),
            Some(_) if *first => {
                *first = false;
                Ok(true)
            }
            Some(b',') => {
                self.at += 1;
                match self.skip_space() {
                    Some(b']') => Err(self.ahead(TRAILING_COMMA)),
                    Some(_) => Ok(true),
                    None => Err(self.ahead(EOF_VALUE)),
                }
            }
            Some(_) => Err(self.ahead(EXPECTED_LIST_COMMA_OR_END)),
        }
    }

    /// Reads up to the `"` of the next key of the object being read,
    /// `false` at its `}` (not read); `first` is true until the first key.
    fn next_field(&mut self, first: &mut bool) -> Result<bool, Error> {
        match self.skip_space() {
            None => Err(self.ahead(EOF_OBJECT)),
            Some(b'}') => Ok(false),
            Some(b'"') if *first => {
                *first = false;
                Ok(true)
            }
            Some(_) if *first => Err(self.ahead(KEY_MUST_BE_TEXT)),
            Some(b',') => {
                self.at += 1;
                match self.skip_space() {
                    Some(b'"') => Ok(true),
                    Some(b'}') => Err(self.ahead(TRAILING_COMMA)),
                    Some(_) => Err(self.ahead(KEY_MUST_BE_TEXT)),
                    None => Err(self.ahead(EOF_VALUE)),
                }
            }
            Some(_) => Err(self.ahead(EXPECTED_OBJECT_COMMA_OR_END)),
        }
    }

    /// A key, whose `"` comes next, and the `:` after it.
    fn key(&mut self) -> Result<Cow<'a, str>, Error> {
        let key = self.text()?;
        match self.skip_space() {
            Some(b':') => self.at += 1,
            Some(_) => return Err(self.ahead(EXPECTED_COLON)),
            None => return Err(self.ahead(EOF_OBJECT)),
        }
        Ok(key)
    }

    /// Goes into the list or object whose bracket comes next.
    fn open(&mut self) -> Result<(), Error> {
        if self.depth == MAX_DEPTH {
            return Err(self.ahead(TOO_DEEP));
        }
        self.depth += 1;
        self.at += 1;
        Ok(())
    }

    /// Leaves a list or object past its closing bracket, which comes next.
    fn close(&mut self) {
        self.depth -= 1;
        self.at += 1;
    }

    /// `null`, `true` or `false`, whose first letter comes next.
    fn word(&mut self, word: &[u8], value: Raw<'a>) -> Result<Raw<'a>, Error> {
        self.at += 1;
        for &expected in &word[1..] {
            let Some(byte) = self.byte() else {
                return Err(self.here(EOF_VALUE));
            };
            self.at += 1;
            if byte != expected {
                return Err(self.here(EXPECTED_IDENT));
            }
        }
        Ok(value)
    }

    /// A string, whose `"` comes next: borrowed when it has no escapes.
    pub(crate) fn text(&mut self) -> Result<Cow<'a, str>, Error> {
        let bytes = self.text.as_bytes();
        self.at += 1;
        let mut start = self.at;
        let mut unescaped: Option<String> = None;
        loop {
            self.at = plain_run_end(bytes, self.at);
            // The bytes that end a run are ASCII, so the runs are whole
            // characters.
            let run = &self.text[start..self.at];
            match self.byte() {
                None => return Err(self.here(EOF_STRING)),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(match unescaped {
                        None => Cow::Borrowed(run),
                        Some(mut text) => {
                            text.push_str(run);
                            Cow::Owned(text)
                        }
                    });
                }
                Some(b'\\') => {
                    let text = unescaped.get_or_insert_with(String::new);
                    text.push_str(run);
                    self.at += 1;
                    self.escape(text)?;
                    start = self.at;
                }
                Some(_) => {
                    self.at += 1;
                    return Err(self.here(CONTROL_CHARACTER));
                }
            }
        }
    }

    /// Adds the character an escape stands for to `text`, its `\` read.
    fn escape(&mut self, text: &mut String) -> Result<(), Error> {
        let Some(byte) = self.byte() else {
            return Err(self.here(EOF_STRING));
        };
        self.at += 1;
        text.push(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\x08',
            b'f' => '\x0c',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(text),
            _ => return Err(self.here(INVALID_ESCAPE)),
        });
        Ok(())
    }

    /// Adds the character of a `\u` escape to `text`, its `\u` read: a
    /// character beyond the first 65,536 is two escapes, a surrogate pair.
    /// A surrogate that is not part of a pair is U+FFFD, as a browser
    /// shows it; serde_json refuses the whole document.
    fn unicode_escape(&mut self, text: &mut String) -> Result<(), Error> {
        let mut code = self.hex_digits()?;
        while (0xD800..=0xDBFF).contains(&code) {
            if self.text.as_bytes().get(self.at..self.at + 2) != Some(b"\\u") {
                // Whatever follows is read as it would be after any escape.
                text.push(char::REPLACEMENT_CHARACTER);
                return Ok(());
            }
            self.at += 2;
            let second = self.hex_digits()?;
            if (0xDC00..=0xDFFF).contains(&second) {
                code = 0x10000 + ((code - 0xD800) << 10 | (second - 0xDC00));
                break;
            }
            // The second escape starts afresh, perhaps a pair of its own.
            text.push(char::REPLACEMENT_CHARACTER);
            code = second;
        }
        // A trailing surrogate alone is no character.
        text.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
        Ok(())
    }

    /// The four hexadecimal digits of a `\u` escape.
    fn hex_digits(&mut self) -> Result<u32, Error> {
        let Some(digits) = self.text.as_bytes().get(self.at..self.at + 4) else {
            self.at = self.text.len();
            return Err(self.here(EOF_STRING));
        };
        self.at += 4;
        digits.iter().try_fold(0, |code, &digit| {
            let digit = char::from(digit).to_digit(16);
            digit
                .map(|digit| code * 16 + digit)
                .ok_or(self.here(INVALID_ESCAPE))
        })
    }

    /// A number, whose sign or first digit comes next; `None` when it is
    /// too large for a float (serde_json's "number out of range").
    fn number(&mut self) -> Result<Option<Number>, Error> {
        Ok(match self.any_number()? {
            Number::Float(float) if float.is_infinite() => None,
            number => Some(number),
        })
    }

    /// A number, too large ones read as infinite.
    fn any_number(&mut self) -> Result<Number, Error> {
        let positive = self.byte() != Some(b'-');
        if !positive {
            self.at += 1;
        }
        let Some(first) = self.byte() else {
            return Err(self.here(EOF_VALUE));
        };
        self.at += 1;
        let mut whole = match first {
            b'0' if matches!(self.byte(), Some(b'0'..=b'9')) => {
                return Err(self.ahead(INVALID_NUMBER))
            }
            b'0'..=b'9' => u64::from(first - b'0'),
            _ => return Err(self.here(INVALID_NUMBER)),
        };
        if first != b'0' {
            while let Some(digit @ b'0'..=b'9') = self.byte() {
                match grown(whole, digit) {
                    Some(more) => whole = more,
                    None => return self.long_number(positive, whole).map(Number::Float),
                }
                self.at += 1;
            }
        }
        match self.byte() {
            Some(b'.') => self.fraction(positive, whole, 0).map(Number::Float),
            Some(b'e' | b'E') => self.exponent(positive, whole, 0).map(Number::Float),
            _ if positive => Ok(Number::Whole(whole)),
            _ => {
                let negative = (whole as i64).wrapping_neg();
                // Beyond i64, and `-0`, are floats.
                Ok(if negative >= 0 {
                    Number::Float(-(whole as f64))
                } else {
                    Number::Negative(negative)
                })
            }
        }
    }

    /// The rest of a whole number too long for 64 bits: its first 19 or 20
    /// digits count, the rest only as a power of ten.
    #[cold]
    fn long_number(&mut self, positive: bool, digits: u64) -> Result<f64, Error> {
        let mut exponent = 0i32;
        while let Some(b'0'..=b'9') = self.byte() {
            self.at += 1;
            exponent += 1;
        }
        match self.byte() {
            Some(b'.') => self.fraction(positive, digits, exponent),
            _ => self.exponent_or_end(positive, digits, exponent),
        }
    }

    /// The decimals of a number, its `.` next.
    fn fraction(&mut self, positive: bool, mut digits: u64, exponent: i32) -> Result<f64, Error> {
        self.at += 1;
        let mut decimals = 0;
        while let Some(digit @ b'0'..=b'9') = self.byte() {
            let Some(more) = grown(digits, digit) else {
                // Digits past what 64 bits hold are left out.
                while let Some(b'0'..=b'9') = self.byte() {
                    self.at += 1;
                }
                return self.exponent_or_end(positive, digits, exponent + decimals);
            };
            digits = more;
            decimals -= 1;
            self.at += 1;
        }
        if decimals == 0 {
            return Err(self.ahead(match self.byte() {
                Some(_) => INVALID_NUMBER,
                None => EOF_VALUE,
            }));
        }
        self.exponent_or_end(positive, digits, exponent + decimals)
    }

    fn exponent_or_end(
        &mut self,
        positive: bool,
        digits: u64,
        exponent: i32,
    ) -> Result<f64, Error> {
        match self.byte() {
            Some(b'e' | b'E') => self.exponent(positive, digits, exponent),
            _ => Ok(float(positive, digits, exponent)),
        }
    }

    /// The exponent of a number, its `e` next.
    fn exponent(&mut self, positive: bool, digits: u64, exponent: i32) -> Result<f64, Error> {
        self.at += 1;
        let raise = match self.byte() {
            Some(sign @ (b'+' | b'-')) => {
                self.at += 1;
                sign == b'+'
            }
            _ => true,
        };
        let Some(first) = self.byte() else {
            return Err(self.here(EOF_VALUE));
        };
        self.at += 1;
        if !first.is_ascii_digit() {
            return Err(self.here(INVALID_NUMBER));
        }
        let mut power = i32::from(first - b'0');
        while let Some(digit @ b'0'..=b'9') = self.byte() {
            self.at += 1;
            match power
                .checked_mul(10)
                .and_then(|p| p.checked_add(i32::from(digit - b'0')))
            {
                Some(more) => power = more,
                None => {
                    while let Some(b'0'..=b'9') = self.byte() {
                        self.at += 1;
                    }
                    let size = if digits != 0 && raise {
                        f64::INFINITY
                    } else {
                        0.0
                    };
                    return Ok(if positive { size } else { -size });
                }
            }
        }
        let exponent = if raise {
            exponent.saturating_add(power)
        } else {
            exponent.saturating_sub(power)
        };
        Ok(float(positive, digits, exponent))
    }
}

/// `digits` × 10^`exponent` as serde_json computes it (not always the
/// nearest float, but always the same one); infinite where serde_json says
/// "number out of range".
fn float(positive: bool, digits: u64, mut exponent: i32) -> f64 {
    let mut value = digits as f64;
    loop {
        match powers_of_ten().get(exponent.unsigned_abs() as usize) {
            Some(&power) if exponent >= 0 => {
                value *= power;
                break;
            }
            Some(&power) => {
                value /= power;
                break;
            }
            None if value == 0.0 => break,
            None if exponent >= 0 => {
                value = f64::INFINITY;
                break;
            }
            None => {
                value /= 1e308;
                exponent += 308;
            }
        }
    }
    if positive {
        value
    } else {
        -value
    }
}

/// Where a string's text from `at` runs into a `"`, a `\\` or a control
/// character (or the end). Eight bytes are looked at at once, as serde_json
/// does: most of a bundle's time goes into finding where its strings end.
fn plain_run_end(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = u64::MAX / 255;
    // A byte's high bit marks a byte found: the first is exact, as a borrow
    // only spreads to the bytes after it.
    let zero_bytes = |chars: u64| chars.wrapping_sub(ONES) & !chars;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let chars = u64::from_le_bytes(*chunk);
        let control = chars.wrapping_sub(ONES * 0x20) & !chars;
        let quote = zero_bytes(chars ^ (ONES * u64::from(b'"')));
        let backslash = zero_bytes(chars ^ (ONES * u64::from(b'\\')));
        let found = (control | quote | backslash) & (ONES << 7);
        if found != 0 {
            return at + found.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    while bytes
        .get(at)
        .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
    {
        at += 1;
    }
    at
}

/// `whole` with one more decimal digit, unless that needs more than 64 bits.
fn grown(whole: u64, digit: u8) -> Option<u64> {
    whole.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
}

/// Text that is a JSON number and nothing else (white space around it
/// allowed), as serde_json reads one.
pub fn number(text: &str) -> Option<Number> {
    let mut reader = Reader::new(text);
    if !matches!(reader.skip_space(), Some(b'-' | b'0'..=b'9')) {
        return None;
    }
    let number = reader.number().ok()?;
    reader.end().ok()?;
    number
}

/// Reads a whole document as one value.
pub fn parse(text: &str) -> Result<Raw<'_>, Error> {
    let mut reader = Reader::new(text);
    let value = reader.value()?;
    reader.end()?;
    Ok(value)
}

/// 10^0 to 10^308, each the nearest float (as the literal `1e{k}` is),
/// worked out on first use: as a table they would be 2.5 kB of the widget.
fn powers_of_ten() -> &'static [f64; 309] {
    static POWERS: std::sync::OnceLock<[f64; 309]> = std::sync::OnceLock::new();
    POWERS.get_or_init(|| {
        // 10^k is 5^k × 2^k: 5^k exactly in 32-bit limbs (least first),
        // rounded to the 53 bits of a float, half to even.
        let mut five_to_k = vec![1u32];
        std::array::from_fn(|k| {
            if k > 0 {
                let mut carry = 0u64;
                for limb in &mut five_to_k {
                    let product = u64::from(*limb) * 5 + carry;
                    *limb = product as u32;
                    carry = product >> 32;
                }
                if carry > 0 {
                    five_to_k.push(carry as u32);
                }
            }
            let bit = |at: i32| at >= 0 && five_to_k[at as usize / 32] >> (at % 32) & 1 == 1;
            let len = five_to_k.len() as i32 * 32
                - five_to_k.last().map_or(0, |l| l.leading_zeros()) as i32;
            // The 53 bits from the top (zeros below the number's end).
            let shift = len - 53;
            let mut mantissa = (0..53).fold(0u64, |m, at| m << 1 | u64::from(bit(shift + 52 - at)));
            let sticky = (0..shift - 1).any(bit);
            if bit(shift - 1) && (sticky || mantissa & 1 == 1) {
                mantissa += 1;
            }
            // Rounding up 53 ones carries into a 54th bit.
            let (mantissa, shift) = if mantissa >> 53 == 1 {
                (mantissa >> 1, shift + 1)
            } else {
                (mantissa, shift)
            };
            let exponent = (1023 + 52 + i64::from(shift) + k as i64) as u64;
            f64::from_bits(exponent << 52 | (mantissa & ((1 << 52) - 1)))
        })
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn powers_of_ten_are_the_nearest_floats() {
        for (k, &power) in super::powers_of_ten().iter().enumerate() {
            assert_eq!(power, format!("1e{k}").parse::<f64>().unwrap(), "1e{k}");
        }
    }
}
