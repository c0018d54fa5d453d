//! newsdeck's own JSON reader: text straight into [`Raw`] values, text
//! without escapes borrowed from the bundle.
//!
//! It reads what serde_json reads, as serde_json reads it (numbers to the
//! same bit, the last of a key written twice, no more than 127 levels
//! deep), and refuses what serde_json refuses with the same message at the
//! same line and column: the tests and the `bundle` fuzz target hold it to
//! serde_json, which the CLI and the tree path still use. It is here so the
//! widget's WebAssembly does not carry serde_json's code, its tables and
//! serde's visitors only to read bundles.

use std::borrow::Cow;

use crate::bundle::BundleError;
use crate::record::{Fields, Number, Raw};

/// Why text is not JSON and where, as serde_json says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
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
const OUT_OF_RANGE: &str = "number out of range";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const KEY_MUST_BE_TEXT: &str = "key must be a string";
const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING_CHARACTERS: &str = "trailing characters";
const END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
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
            b'-' | b'0'..=b'9' => Raw::Number(self.number()?),
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
        loop {
            match self.skip_space() {
                None => return Err(self.ahead(EOF_LIST)),
                Some(b']') => break,
                Some(_) if first => first = false,
                Some(b',') => {
                    self.at += 1;
                    match self.skip_space() {
                        Some(b']') => return Err(self.ahead(TRAILING_COMMA)),
                        Some(_) => {}
                        None => return Err(self.ahead(EOF_VALUE)),
                    }
                }
                Some(_) => return Err(self.ahead(EXPECTED_LIST_COMMA_OR_END)),
            }
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
        loop {
            match self.skip_space() {
                None => return Err(self.ahead(EOF_OBJECT)),
                Some(b'}') => break,
                Some(b'"') if first => first = false,
                Some(_) if first => return Err(self.ahead(KEY_MUST_BE_TEXT)),
                Some(b',') => {
                    self.at += 1;
                    match self.skip_space() {
                        Some(b'"') => {}
                        Some(b'}') => return Err(self.ahead(TRAILING_COMMA)),
                        Some(_) => return Err(self.ahead(KEY_MUST_BE_TEXT)),
                        None => return Err(self.ahead(EOF_VALUE)),
                    }
                }
                Some(_) => return Err(self.ahead(EXPECTED_OBJECT_COMMA_OR_END)),
            }
            let key = self.text()?;
            match self.skip_space() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.ahead(EXPECTED_COLON)),
                None => return Err(self.ahead(EOF_OBJECT)),
            }
            field(self, key)?;
        }
        self.close();
        Ok(())
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
                    let character = self.escape()?;
                    text.push(character);
                    start = self.at;
                }
                Some(_) => {
                    self.at += 1;
                    return Err(self.here(CONTROL_CHARACTER));
                }
            }
        }
    }

    /// The character an escape stands for, its `\` read.
    fn escape(&mut self) -> Result<char, Error> {
        let Some(byte) = self.byte() else {
            return Err(self.here(EOF_STRING));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\x08',
            b'f' => '\x0c',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => return Err(self.here(INVALID_ESCAPE)),
        })
    }

    /// The character of a `\u` escape, its `\u` read: a character beyond
    /// the first 65,536 is two escapes, a surrogate pair; a surrogate alone
    /// is refused.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let first = self.hex_digits()?;
        let code = match first {
            0xDC00..=0xDFFF => return Err(self.here(LONE_SURROGATE)),
            0xD800..=0xDBFF => {
                for expected in [b'\\', b'u'] {
                    let Some(byte) = self.byte() else {
                        return Err(self.here(EOF_STRING));
                    };
                    self.at += 1;
                    if byte != expected {
                        return Err(self.here(END_OF_HEX_ESCAPE));
                    }
                }
                let second = self.hex_digits()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.here(LONE_SURROGATE));
                }
                0x10000 + ((first - 0xD800) << 10 | (second - 0xDC00))
            }
            _ => first,
        };
        // Every code that is not a surrogate is a character.
        Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
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

    /// A number, whose sign or first digit comes next.
    fn number(&mut self) -> Result<Number, Error> {
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
            _ => self.float(positive, digits, exponent),
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
                None if digits != 0 && raise => return Err(self.here(OUT_OF_RANGE)),
                None => {
                    while let Some(b'0'..=b'9') = self.byte() {
                        self.at += 1;
                    }
                    return Ok(if positive { 0.0 } else { -0.0 });
                }
            }
        }
        let exponent = if raise {
            exponent.saturating_add(power)
        } else {
            exponent.saturating_sub(power)
        };
        self.float(positive, digits, exponent)
    }

    /// `digits` × 10^`exponent` as serde_json computes it (not always the
    /// nearest float, but always the same one); too big is an error.
    fn float(&self, positive: bool, digits: u64, mut exponent: i32) -> Result<f64, Error> {
        let mut value = digits as f64;
        loop {
            match POWERS_OF_TEN.get(exponent.unsigned_abs() as usize) {
                Some(&power) if exponent >= 0 => {
                    value *= power;
                    if value.is_infinite() {
                        return Err(self.here(OUT_OF_RANGE));
                    }
                    break;
                }
                Some(&power) => {
                    value /= power;
                    break;
                }
                None if value == 0.0 => break,
                None if exponent >= 0 => return Err(self.here(OUT_OF_RANGE)),
                None => {
                    value /= 1e308;
                    exponent += 308;
                }
            }
        }
        Ok(if positive { value } else { -value })
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
    Some(number)
}

/// Reads a whole document as one value.
pub fn parse(text: &str) -> Result<Raw<'_>, Error> {
    let mut reader = Reader::new(text);
    let value = reader.value()?;
    reader.end()?;
    Ok(value)
}

#[rustfmt::skip]
static POWERS_OF_TEN: [f64; 309] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
    1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
    1e30, 1e31, 1e32, 1e33, 1e34, 1e35, 1e36, 1e37, 1e38, 1e39,
    1e40, 1e41, 1e42, 1e43, 1e44, 1e45, 1e46, 1e47, 1e48, 1e49,
    1e50, 1e51, 1e52, 1e53, 1e54, 1e55, 1e56, 1e57, 1e58, 1e59,
    1e60, 1e61, 1e62, 1e63, 1e64, 1e65, 1e66, 1e67, 1e68, 1e69,
    1e70, 1e71, 1e72, 1e73, 1e74, 1e75, 1e76, 1e77, 1e78, 1e79,
    1e80, 1e81, 1e82, 1e83, 1e84, 1e85, 1e86, 1e87, 1e88, 1e89,
    1e90, 1e91, 1e92, 1e93, 1e94, 1e95, 1e96, 1e97, 1e98, 1e99,
    1e100, 1e101, 1e102, 1e103, 1e104, 1e105, 1e106, 1e107, 1e108, 1e109,
    1e110, 1e111, 1e112, 1e113, 1e114, 1e115, 1e116, 1e117, 1e118, 1e119,
    1e120, 1e121, 1e122, 1e123, 1e124, 1e125, 1e126, 1e127, 1e128, 1e129,
    1e130, 1e131, 1e132, 1e133, 1e134, 1e135, 1e136, 1e137, 1e138, 1e139,
    1e140, 1e141, 1e142, 1e143, 1e144, 1e145, 1e146, 1e147, 1e148, 1e149,
    1e150, 1e151, 1e152, 1e153, 1e154, 1e155, 1e156, 1e157, 1e158, 1e159,
    1e160, 1e161, 1e162, 1e163, 1e164, 1e165, 1e166, 1e167, 1e168, 1e169,
    1e170, 1e171, 1e172, 1e173, 1e174, 1e175, 1e176, 1e177, 1e178, 1e179,
    1e180, 1e181, 1e182, 1e183, 1e184, 1e185, 1e186, 1e187, 1e188, 1e189,
    1e190, 1e191, 1e192, 1e193, 1e194, 1e195, 1e196, 1e197, 1e198, 1e199,
    1e200, 1e201, 1e202, 1e203, 1e204, 1e205, 1e206, 1e207, 1e208, 1e209,
    1e210, 1e211, 1e212, 1e213, 1e214, 1e215, 1e216, 1e217, 1e218, 1e219,
    1e220, 1e221, 1e222, 1e223, 1e224, 1e225, 1e226, 1e227, 1e228, 1e229,
    1e230, 1e231, 1e232, 1e233, 1e234, 1e235, 1e236, 1e237, 1e238, 1e239,
    1e240, 1e241, 1e242, 1e243, 1e244, 1e245, 1e246, 1e247, 1e248, 1e249,
    1e250, 1e251, 1e252, 1e253, 1e254, 1e255, 1e256, 1e257, 1e258, 1e259,
    1e260, 1e261, 1e262, 1e263, 1e264, 1e265, 1e266, 1e267, 1e268, 1e269,
    1e270, 1e271, 1e272, 1e273, 1e274, 1e275, 1e276, 1e277, 1e278, 1e279,
    1e280, 1e281, 1e282, 1e283, 1e284, 1e285, 1e286, 1e287, 1e288, 1e289,
    1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299,
    1e300, 1e301, 1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308,
];
