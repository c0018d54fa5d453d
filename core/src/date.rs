//! Publication times as the records give them.
//!
//! Real records mix `Z` and `-07:00` offsets, midnight placeholders and the
//! odd unreadable value. A small RFC 3339 reader (and RFC 822, for RSS) keeps the widget free of a
//! date library (every kilobyte of wasm is a cost to the host page) and keeps
//! unreadable text around instead of failing the record.

use serde::{Serialize, Serializer};

mod rfc822;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An instant, with the UTC offset it was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub unix_seconds: i64,
    /// The offset the source wrote the time in, in minutes east of UTC.
    pub offset_minutes: i32,
}

/// A date field of a record: read when it could be, kept as text when not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Moment {
    /// A date that reads as RFC 3339.
    Known(Timestamp),
    /// Text that is no date newsdeck can read, kept trimmed to be shown as
    /// written.
    Unreadable(String),
}

impl Moment {
    /// Reads a date; text that is not a date is kept as it was written.
    pub fn from_text(text: &str) -> Moment {
        match Timestamp::parse(text) {
            Some(at) => Moment::Known(at),
            None => Moment::Unreadable(text.trim().to_owned()),
        }
    }

    /// The instant, when the date could be read.
    pub fn timestamp(&self) -> Option<Timestamp> {
        match self {
            Moment::Known(at) => Some(*at),
            Moment::Unreadable(_) => None,
        }
    }
}

impl Serialize for Moment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Moment::Known(at) => serializer.serialize_str(&at.to_rfc3339()),
            Moment::Unreadable(text) => serializer.serialize_str(text),
        }
    }
}

/// In a bundle a moment is text: RFC 3339 when it was readable, otherwise
/// the text the source wrote, kept so nothing is silently lost.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Moment {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Moment".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A date and time, RFC 3339 (e.g. 2021-08-17T12:45:00Z or 2021-08-17T05:45:00-07:00) when the source's value could be read, else the source's text as written.",
            "examples": ["2021-08-17T12:45:00Z"]
        })
    }
}

impl Timestamp {
    /// Reads `2021-08-17`, `2021-08-17T12:45`, `2021-08-17T12:45:00.123Z`,
    /// `2021-08-17 12:45:00-07:00` and the like. A time without an offset is
    /// taken as UTC.
    pub fn parse(text: &str) -> Option<Timestamp> {
        let text = text.trim();
        let bytes = text.as_bytes();
        let year = digits(bytes, 0, 4)?;
        if bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let month = digits(bytes, 5, 2)?;
        let day = digits(bytes, 8, 2)?;
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        let (mut hour, mut minute, mut second, mut rest) = (0, 0, 0, &bytes[10..]);
        if let Some((&sep, time)) = rest.split_first() {
            if !matches!(sep, b'T' | b't' | b' ') {
                return None;
            }
            hour = digits(time, 0, 2)?;
            if time.get(2) != Some(&b':') {
                return None;
            }
            minute = digits(time, 3, 2)?;
            rest = &time[5..];
            if rest.first() == Some(&b':') {
                second = digits(rest, 1, 2)?;
                rest = &rest[3..];
                if rest.first() == Some(&b'.') {
                    let fraction = rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
                    if fraction == 0 {
                        return None;
                    }
                    rest = &rest[1 + fraction..];
                }
            }
            if hour > 23 || minute > 59 || second > 60 {
                return None;
            }
        }
        let offset_minutes = parse_offset(rest)?;
        let days = days_from_civil(year, month, day);
        let local = days * 86_400 + hour * 3_600 + minute * 60 + second.min(59);
        Some(Timestamp {
            unix_seconds: local - i64::from(offset_minutes) * 60,
            offset_minutes,
        })
    }

    /// Reads a date as feeds write it: RFC 3339 as Atom and JSON Feed do, or
    /// RFC 822 as RSS does (`Tue, 08 Dec 2026 10:00:00 GMT`). Apart from
    /// [`Timestamp::parse`] so the widget carries the RFC 822 reader (1.3 kB
    /// gzip) only once it reads feeds: records' dates are RFC 3339.
    pub fn parse_feed_date(text: &str) -> Option<Timestamp> {
        Timestamp::parse(text).or_else(|| rfc822::parse_rfc822(text.trim()))
    }

    /// The time as RFC 3339 in its own offset, for `<time datetime>` and bundles.
    pub fn to_rfc3339(&self) -> String {
        let local = self.unix_seconds + i64::from(self.offset_minutes) * 60;
        let (year, month, day) = civil_from_days(local.div_euclid(86_400));
        let secs = local.rem_euclid(86_400);
        let clock = format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
            secs / 3_600,
            secs % 3_600 / 60,
            secs % 60
        );
        if self.offset_minutes == 0 {
            return clock + "Z";
        }
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let off = self.offset_minutes.abs();
        format!("{clock}{sign}{:02}:{:02}", off / 60, off % 60)
    }

    /// The full date for a tooltip: "17 August 2021, 12:45 UTC".
    pub fn full_label(&self) -> String {
        let (year, month, day) = civil_from_days(self.unix_seconds.div_euclid(86_400));
        let secs = self.unix_seconds.rem_euclid(86_400);
        let month = MONTHS[(month - 1) as usize];
        format!(
            "{day} {month} {year}, {:02}:{:02} UTC",
            secs / 3_600,
            secs % 3_600 / 60
        )
    }

    /// A short date: "17 Aug" this year, "17 Aug 2021" before.
    pub fn short_label(&self, now_unix_seconds: i64) -> String {
        let (year, month, day) = civil_from_days(self.unix_seconds.div_euclid(86_400));
        let (this_year, _, _) = civil_from_days(now_unix_seconds.div_euclid(86_400));
        let month = &MONTHS[(month - 1) as usize][..3];
        if year == this_year {
            format!("{day} {month}")
        } else {
            format!("{day} {month} {year}")
        }
    }

    /// How long ago, in the unit a reader would use.
    pub fn age(&self, now_unix_seconds: i64) -> Age {
        let age = now_unix_seconds - self.unix_seconds;
        match age {
            // A little clock skew between server and reader is still "now".
            -300..=59 => Age::Now,
            60..=3_599 => Age::Minutes(age / 60),
            3_600..=86_399 => Age::Hours(age / 3_600),
            86_400..=604_799 => Age::Days(age / 86_400),
            _ => Age::Date,
        }
    }

    /// How long ago, the way a reader says it: "Just now", "5 min ago",
    /// "3 h ago", "Yesterday", "4 days ago", then the short date.
    pub fn relative_label(&self, now_unix_seconds: i64) -> String {
        match self.age(now_unix_seconds) {
            Age::Now => "Just now".to_owned(),
            Age::Minutes(n) => format!("{n} min ago"),
            Age::Hours(n) => format!("{n} h ago"),
            Age::Days(1) => "Yesterday".to_owned(),
            Age::Days(n) => format!("{n} days ago"),
            Age::Date => self.short_label(now_unix_seconds),
        }
    }
}

/// How old something is, in the largest unit that reads naturally; older
/// than a week, the date itself says it better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Age {
    /// Less than a minute ago (or a few minutes ahead: clock skew).
    Now,
    /// This many minutes ago, under an hour.
    Minutes(i64),
    /// This many hours ago, under a day.
    Hours(i64),
    /// This many days ago, under a week.
    Days(i64),
    /// A week ago or more, or in the future: shown as a date.
    Date,
}

fn digits(bytes: &[u8], start: usize, len: usize) -> Option<i64> {
    let slice = bytes.get(start..start + len)?;
    slice.iter().try_fold(0i64, |acc, b| {
        b.is_ascii_digit().then(|| acc * 10 + i64::from(b - b'0'))
    })
}

fn parse_offset(rest: &[u8]) -> Option<i32> {
    match rest {
        [] | [b'Z'] | [b'z'] => Some(0),
        [sign @ (b'+' | b'-'), tail @ ..] => {
            let hours = digits(tail, 0, 2)?;
            let minutes = match tail.len() {
                2 => 0,
                4 => digits(tail, 2, 2)?,
                5 if tail[2] == b':' => digits(tail, 3, 2)?,
                _ => return None,
            };
            if hours > 23 || minutes > 59 {
                return None;
            }
            let total = (hours * 60 + minutes) as i32;
            Some(if *sign == b'-' { -total } else { total })
        }
        _ => None,
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap_or_else(|| panic!("{text} should parse"))
    }

    #[test]
    fn reads_utc_and_offsets_to_the_same_instant() {
        let utc = at("2021-08-17T12:45:00Z");
        assert_eq!(utc.unix_seconds, 1_629_204_300);
        let pacific = at("2021-08-17T05:45:00-07:00");
        assert_eq!(pacific.unix_seconds, utc.unix_seconds);
        assert_eq!(pacific.offset_minutes, -420);
        assert_eq!(
            at("2021-08-17T18:15:00+0530").unix_seconds,
            utc.unix_seconds
        );
    }

    #[test]
    fn reads_shorter_and_longer_forms() {
        assert_eq!(at("2021-08-17").unix_seconds, 1_629_158_400);
        assert_eq!(at("2021-08-17 12:45").unix_seconds, 1_629_204_300);
        assert_eq!(
            at("2021-08-17T12:45:00.1234567Z").unix_seconds,
            1_629_204_300
        );
        assert_eq!(at("  2024-02-29T00:00:00Z ").unix_seconds, 1_709_164_800);
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for text in [
            "",
            "yesterday",
            "2021-13-01",
            "2023-02-29",
            "2021-08-17T25:00:00Z",
            "2021-08-17T12:45:00+25:00",
            "2021-08-17X12:45",
            "2021-08-17T12:45:00.Z",
            "２０２１-08-17",
        ] {
            assert_eq!(Timestamp::parse(text), None, "{text:?}");
        }
        assert_eq!(
            Moment::from_text(" soon "),
            Moment::Unreadable("soon".into())
        );
    }

    #[test]
    fn writes_rfc3339_in_the_original_offset() {
        assert_eq!(
            at("2021-08-17T12:45:00Z").to_rfc3339(),
            "2021-08-17T12:45:00Z"
        );
        assert_eq!(
            at("2021-08-17T05:45:00-07:00").to_rfc3339(),
            "2021-08-17T05:45:00-07:00"
        );
        assert_eq!(
            at("1969-12-31T23:59:59Z").to_rfc3339(),
            "1969-12-31T23:59:59Z"
        );
    }

    #[test]
    fn labels_read_naturally() {
        let published = at("2021-08-17T12:45:00Z");
        let now = |text: &str| at(text).unix_seconds;
        let label = |text: &str| published.relative_label(now(text));
        assert_eq!(label("2021-08-17T12:45:30Z"), "Just now");
        assert_eq!(label("2021-08-17T12:43:00Z"), "Just now");
        assert_eq!(label("2021-08-17T12:50:00Z"), "5 min ago");
        assert_eq!(label("2021-08-17T15:50:00Z"), "3 h ago");
        assert_eq!(label("2021-08-18T13:00:00Z"), "Yesterday");
        assert_eq!(label("2021-08-21T13:00:00Z"), "4 days ago");
        assert_eq!(label("2021-09-30T00:00:00Z"), "17 Aug");
        assert_eq!(label("2026-11-26T00:00:00Z"), "17 Aug 2021");
        assert_eq!(label("2021-08-01T00:00:00Z"), "17 Aug");
        assert_eq!(published.full_label(), "17 August 2021, 12:45 UTC");
    }
}
