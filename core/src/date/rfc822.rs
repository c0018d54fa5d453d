//! Dates as RSS writes them (RFC 822, as amended by RFC 1123 and 2822):
//! `Tue, 08 Dec 2026 10:00:00 GMT`, `8 Dec 2026 10:00 +0100`, `… EST`.
//! Feeds bend the rules, so the reader is lenient where no reading is in
//! doubt: the weekday is optional and never checked (feeds get it wrong),
//! month names may be written out, one-digit days and hours pass, seconds
//! and the zone may be missing (UTC), and two-digit years are read as RFC
//! 2822 says (`99` is 1999, `26` is 2026).

use super::{days_from_civil, days_in_month, digits, parse_offset, Timestamp};

const MONTHS: [&[u8; 3]; 12] = [
    b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec",
];

/// Reads an RFC 822 date, or `None` when `text` is not one.
pub(super) fn parse_rfc822(text: &str) -> Option<Timestamp> {
    // Words split by bytes, not `str` patterns: each pattern type is more
    // code in the widget. Commas part words too (`Tue,08 Dec`).
    let mut words: [&[u8]; 7] = [&[]; 7];
    let mut count = 0;
    for word in text
        .as_bytes()
        .split(|&b| b.is_ascii_whitespace() || b == b',')
        .filter(|word| !word.is_empty())
    {
        *words.get_mut(count)? = word;
        count += 1;
    }
    // The weekday, which says nothing the date does not.
    let mut words = &words[..count];
    if words.first()?.first()?.is_ascii_alphabetic() {
        words = &words[1..];
    }
    let [day, month, year, clock, zone @ ..] = words else {
        return None;
    };
    let day = number(day, 1, 2)?;
    let month = month_number(month)?;
    let year = match year.len() {
        4 => number(year, 4, 4)?,
        _ => match number(year, 2, 2)? {
            short if short < 50 => 2000 + short,
            short => 1900 + short,
        },
    };
    if day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let (hour, minute, second) = clock_time(clock)?;
    let offset_minutes = match zone {
        [] => 0,
        [zone] => zone_offset(zone)?,
        _ => return None,
    };
    let local = days_from_civil(year, month, day) * 86_400 + hour * 3_600 + minute * 60;
    Some(Timestamp {
        unix_seconds: local + second.min(59) - i64::from(offset_minutes) * 60,
        offset_minutes,
    })
}

/// `10:00:00`, `10:00` or `9:00`.
fn clock_time(clock: &[u8]) -> Option<(i64, i64, i64)> {
    let hour_len = clock.iter().position(|&b| b == b':')?;
    let hour = number(&clock[..hour_len], 1, 2)?;
    let rest = &clock[hour_len + 1..];
    let minute = number(rest.get(..2)?, 2, 2)?;
    let second = match &rest[2..] {
        [] => 0,
        [b':', seconds @ ..] => number(seconds, 2, 2)?,
        _ => return None,
    };
    (hour <= 23 && minute <= 59 && second <= 60).then_some((hour, minute, second))
}

/// A number of `min` to `max` ASCII digits, read with the RFC 3339
/// reader's own digit reader: `str::parse` would be more code in the widget.
fn number(text: &[u8], min: usize, max: usize) -> Option<i64> {
    if !(min..=max).contains(&text.len()) {
        return None;
    }
    digits(text, 0, text.len())
}

/// `Dec`, `dec`, `December` (feeds write it out too): 1 to 12.
fn month_number(word: &[u8]) -> Option<i64> {
    let prefix = word.get(..3)?;
    let index = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(prefix))?;
    Some(index as i64 + 1)
}

/// `+0100`, `-05:00`, `GMT`, `UT`, `UTC`, `Z` and the North American zones
/// RFC 822 names; the military letters are `-0000` by RFC 2822's advice.
fn zone_offset(zone: &[u8]) -> Option<i32> {
    if matches!(zone.first(), Some(b'+' | b'-')) {
        return parse_offset(zone);
    }
    if let [letter] = zone {
        return letter.is_ascii_alphabetic().then_some(0);
    }
    let (_, hours) = ZONES
        .iter()
        .find(|(name, _)| name.as_bytes().eq_ignore_ascii_case(zone))?;
    Some(hours * 60)
}

/// The zones RFC 822 names, and their offsets from UTC in hours.
const ZONES: [(&str, i32); 11] = [
    ("GMT", 0),
    ("UT", 0),
    ("UTC", 0),
    ("EDT", -4),
    ("EST", -5),
    ("CDT", -5),
    ("CST", -6),
    ("MDT", -6),
    ("MST", -7),
    ("PDT", -7),
    ("PST", -8),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<String> {
        parse_rfc822(text).map(|t| t.to_rfc3339())
    }

    #[test]
    fn reads_rss_dates_in_every_zone_form() {
        let same = "2026-12-08T10:00:00Z";
        assert_eq!(at("Tue, 08 Dec 2026 10:00:00 GMT").as_deref(), Some(same));
        assert_eq!(at("Tue, 08 Dec 2026 10:00:00 +0000").as_deref(), Some(same));
        assert_eq!(at("08 Dec 2026 10:00:00 UT").as_deref(), Some(same));
        assert_eq!(
            at("Tue, 08 Dec 2026 11:00:00 +0100").as_deref(),
            Some("2026-12-08T11:00:00+01:00")
        );
        assert_eq!(
            at("Tue, 08 Dec 2026 05:00:00 EST").as_deref(),
            Some("2026-12-08T05:00:00-05:00")
        );
        assert_eq!(
            at("Tue, 8 Dec 2026 02:00 PST").as_deref(),
            Some("2026-12-08T02:00:00-08:00")
        );
        let utc = |text| parse_rfc822(text).map(|t| t.unix_seconds);
        assert_eq!(
            utc("Tue, 08 Dec 2026 05:00:00 EST"),
            utc("Tue, 08 Dec 2026 10:00:00 GMT")
        );
    }

    #[test]
    fn only_feed_dates_read_it() {
        let rss = "Tue, 08 Dec 2026 10:00:00 GMT";
        assert_eq!(Timestamp::parse(rss), None);
        assert_eq!(Timestamp::parse_feed_date(rss), parse_rfc822(rss));
        let atom = "2026-12-08T10:00:00Z";
        assert_eq!(Timestamp::parse_feed_date(atom), Timestamp::parse(atom));
    }

    #[test]
    fn bends_where_feeds_bend() {
        let same = Some("2026-12-08T10:00:00Z");
        assert_eq!(
            at("Thursday, 08 December 2026 10:00:00 GMT").as_deref(),
            same
        );
        assert_eq!(at("08 Dec 26 10:00:00 Z").as_deref(), same);
        assert_eq!(at("Tue,08 Dec 2026 10:00:00").as_deref(), same);
        assert_eq!(at("Tue, 08 Dec 2026 9:00:00 -0100").map(|_| ()), Some(()));
        assert_eq!(
            at("Fri, 01 Jan 99 00:00:00 GMT").as_deref(),
            Some("1999-01-01T00:00:00Z")
        );
    }

    #[test]
    fn refuses_what_is_not_an_rss_date() {
        for text in [
            "",
            "Tue, 32 Dec 2026 10:00:00 GMT",
            "Tue, 29 Feb 2026 10:00:00 GMT",
            "Tue, 08 Foo 2026 10:00:00 GMT",
            "Tue, 08 Dec 2026 24:00:00 GMT",
            "Tue, 08 Dec 2026 10:00:00 Mars",
            "Tue, 08 Dec 2026 10:00:00 GMT extra",
            "Tue, 08 Dec 2026",
            "yesterday",
        ] {
            assert_eq!(parse_rfc822(text), None, "{text:?}");
        }
    }
}
