//! Dates as RSS writes them (RFC 822, as amended by RFC 1123 and 2822):
//! `Tue, 08 Dec 2026 10:00:00 GMT`, `8 Dec 2026 10:00 +0100`, `… EST`.
//! Feeds bend the rules, so the reader is lenient where no reading is in
//! doubt: the weekday is optional and never checked (feeds get it wrong),
//! month names may be written out, one-digit days and hours pass, seconds
//! and the zone may be missing (UTC), and two-digit years are read as RFC
//! 2822 says (`99` is 1999, `26` is 2026).

use super::{days_from_civil, days_in_month, parse_offset, Timestamp};

const MONTHS: [&[u8; 3]; 12] = [
    b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec",
];

/// Reads an RFC 822 date, or `None` when `text` is not one.
pub(super) fn parse_rfc822(text: &str) -> Option<Timestamp> {
    let mut words = text.split_ascii_whitespace();
    let mut word = words.next()?;
    // The weekday: a word ending in a comma (`Tue,`), or a comma of its own.
    if word.ends_with(',') && !word.starts_with(|c: char| c.is_ascii_digit()) {
        word = words.next()?;
    } else if let Some((_, day)) = word.split_once(',') {
        word = day;
        if word.is_empty() {
            word = words.next()?;
        }
    }
    let day = number(word, 1, 2)?;
    let month = month(words.next()?)?;
    let year = match words.next()? {
        y if y.len() == 4 => number(y, 4, 4)?,
        y => match number(y, 2, 2)? {
            short if short < 50 => 2000 + short,
            short => 1900 + short,
        },
    };
    if day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut clock = words.next()?.split(':');
    let hour = number(clock.next()?, 1, 2)?;
    let minute = number(clock.next()?, 2, 2)?;
    let second = clock.next().map_or(Some(0), |s| number(s, 2, 2))?;
    if clock.next().is_some() || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let offset_minutes = match words.next() {
        Some(zone) => zone_offset(zone)?,
        None => 0,
    };
    if words.next().is_some() {
        return None;
    }
    let local = days_from_civil(year, month, day) * 86_400 + hour * 3_600 + minute * 60;
    Some(Timestamp {
        unix_seconds: local + second.min(59) - i64::from(offset_minutes) * 60,
        offset_minutes,
    })
}

/// A number of `min` to `max` ASCII digits.
fn number(text: &str, min: usize, max: usize) -> Option<i64> {
    let fits = (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    fits.then(|| text.parse().ok()).flatten()
}

/// `Dec`, `dec`, `December` (feeds write it out too): 1 to 12.
fn month(word: &str) -> Option<i64> {
    let lower = word.trim_end_matches('.').to_ascii_lowercase();
    let prefix = lower.as_bytes().get(..3)?;
    let index = MONTHS.iter().position(|m| m.as_slice() == prefix)?;
    Some(index as i64 + 1)
}

/// `+0100`, `-05:00`, `GMT`, `UT`, `UTC`, `Z` and the North American zones
/// RFC 822 names; the military letters are `-0000` by RFC 2822's advice.
fn zone_offset(zone: &str) -> Option<i32> {
    if zone.starts_with(['+', '-']) {
        return parse_offset(zone.as_bytes());
    }
    let hours = match zone.to_ascii_uppercase().as_str() {
        "GMT" | "UT" | "UTC" | "Z" => 0,
        "EDT" => -4,
        "EST" | "CDT" => -5,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" => -8,
        military if military.len() == 1 && military.bytes().all(|b| b.is_ascii_alphabetic()) => 0,
        _ => return None,
    };
    Some(hours * 60)
}

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
