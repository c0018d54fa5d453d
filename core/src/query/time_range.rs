//! The time a view covers: a preset counted back from now, or a range of
//! days, written to and read from the `time` URL parameter.

use crate::date::Timestamp;
use crate::text::find;

/// The time a view covers, by when stories were published.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimeRange {
    /// Any time, undated stories too.
    #[default]
    Any,
    /// The 24 hours before now.
    PastDay,
    /// The 7 days before now.
    PastWeek,
    /// The 30 days before now.
    PastMonth,
    /// From and to, in Unix seconds; either end may be open.
    Between {
        /// The first second in the range, if it has a start.
        from: Option<i64>,
        /// The last second in the range, if it has an end.
        to: Option<i64>,
    },
}

impl TimeRange {
    /// Whether the range leaves every story in: any time, or a custom range
    /// whose dates are not chosen yet.
    pub fn is_any(self) -> bool {
        matches!(
            self,
            TimeRange::Any
                | TimeRange::Between {
                    from: None,
                    to: None
                }
        )
    }

    /// The range in Unix seconds, inclusive, given the moment that is "now";
    /// `None` when it leaves every story in (undated ones too).
    pub fn bounds(self, now: i64) -> Option<(i64, i64)> {
        const DAY: i64 = 86_400;
        if self.is_any() {
            return None;
        }
        match self {
            TimeRange::Any => None,
            TimeRange::PastDay => Some((now - DAY, now)),
            TimeRange::PastWeek => Some((now - 7 * DAY, now)),
            TimeRange::PastMonth => Some((now - 30 * DAY, now)),
            TimeRange::Between { from, to } => {
                Some((from.unwrap_or(i64::MIN), to.unwrap_or(i64::MAX)))
            }
        }
    }

    /// The range as the `time` URL parameter; `None` for any time.
    pub(crate) fn to_param(self) -> Option<String> {
        let day = |t: Option<i64>| {
            t.map(|s| {
                Timestamp {
                    unix_seconds: s,
                    offset_minutes: 0,
                }
                .to_rfc3339()[..10]
                    .to_owned()
            })
            .unwrap_or_default()
        };
        match self {
            TimeRange::Any => None,
            TimeRange::PastDay => Some("24h".into()),
            TimeRange::PastWeek => Some("week".into()),
            TimeRange::PastMonth => Some("month".into()),
            TimeRange::Between { from, to } => Some(format!("{}..{}", day(from), day(to))),
        }
    }

    /// Reads `24h`, `week`, `month` or `2024-01-01..2024-02-01` (either side may be empty).
    pub fn from_param(value: &str) -> Option<TimeRange> {
        Some(match value.trim() {
            "24h" | "day" => TimeRange::PastDay,
            "week" => TimeRange::PastWeek,
            "month" => TimeRange::PastMonth,
            "" | "any" => TimeRange::Any,
            range => {
                let (from, to) = find::split_once(range, "..")?;
                let read = |s: &str| -> Option<Option<i64>> {
                    if s.trim().is_empty() {
                        return Some(None);
                    }
                    Timestamp::parse(s).map(|t| Some(t.unix_seconds))
                };
                // "to" names a whole day: include all of it.
                let to = read(to)?.map(|t| if to.trim().len() == 10 { t + 86_399 } else { t });
                TimeRange::Between {
                    from: read(from)?,
                    to,
                }
            }
        })
    }
}
