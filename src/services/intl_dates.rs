//! Dates written the way the reader's browser writes them (`Intl`), in the
//! widget's `data-locale` and `data-time-zone`, or the reader's own. Core's
//! `Timestamp` reads the dates, and gives the English labels written when
//! the browser cannot.

use js_sys::{Array, Date, Function, Object, Reflect};
use newsdeck_core::{Age, SettingWarning, Settings, Timestamp};
use wasm_bindgen::{JsCast, JsValue};

use crate::services::browser_case::upper_case;

/// Formatters built once per widget. Any that the browser refuses (an
/// unknown zone, say) fall back to newsdeck's own English labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Dates {
    relative: Option<JsValue>,
    /// Intl's English says "Now"; readers expect "Just now".
    english: bool,
    /// "3 hours ago" rather than the date.
    relative_times: bool,
    day: Option<JsValue>,
    day_and_year: Option<JsValue>,
    full: Option<JsValue>,
}

impl Default for Dates {
    fn default() -> Dates {
        Dates::new(None, None)
    }
}

impl Dates {
    pub fn new(locale: Option<&str>, time_zone: Option<&str>) -> Dates {
        let locales = Array::new();
        if let Some(locale) = locale {
            locales.push(&JsValue::from_str(locale));
        }
        let zone = |pairs: &[(&str, &str)]| {
            let options: Vec<(&str, &str)> = pairs
                .iter()
                .copied()
                .chain(time_zone.map(|z| ("timeZone", z)))
                .collect();
            formatter("DateTimeFormat", &locales, &options)
        };
        let relative = formatter("RelativeTimeFormat", &locales, &[("numeric", "auto")]);
        let english = relative
            .as_ref()
            .and_then(resolved_locale)
            .is_some_and(|locale| locale == "en" || locale.starts_with("en-"));
        Dates {
            relative,
            english,
            relative_times: true,
            day: zone(&[("day", "numeric"), ("month", "short")]),
            day_and_year: zone(&[("day", "numeric"), ("month", "short"), ("year", "numeric")]),
            full: zone(&[
                ("day", "numeric"),
                ("month", "long"),
                ("year", "numeric"),
                ("hour", "2-digit"),
                ("minute", "2-digit"),
                ("timeZoneName", "short"),
            ]),
        }
    }

    /// Dates in newsdeck's own English, with no relative times: for a first
    /// screen written ahead of time, which "3 hours ago" would make wrong.
    pub fn fixed() -> Dates {
        Dates {
            relative: None,
            english: false,
            relative_times: false,
            day: None,
            day_and_year: None,
            full: None,
        }
    }

    /// "Just now", "5 minutes ago", "Yesterday", "4 days ago", then the date.
    pub fn relative(&self, at: Timestamp, now: i64) -> String {
        if !self.relative_times {
            return self.short(at, now);
        }
        let (value, unit) = match at.age(now) {
            Age::Now if self.english => return at.relative_label(now),
            Age::Now => (0, "second"),
            Age::Minutes(n) => (-n, "minute"),
            Age::Hours(n) => (-n, "hour"),
            Age::Days(n) => (-n, "day"),
            Age::Date => return self.short(at, now),
        };
        let formatted = self.relative.as_ref().and_then(|f| {
            call(
                f,
                "format",
                &[JsValue::from(value as f64), JsValue::from_str(unit)],
            )
        });
        formatted
            .map(capitalised)
            .unwrap_or_else(|| at.relative_label(now))
    }

    /// The full date and time, for a tooltip: "17 August 2021 at 12:45 UTC".
    pub fn full(&self, at: Timestamp) -> String {
        self.full
            .as_ref()
            .and_then(|f| format_date(f, at))
            .unwrap_or_else(|| at.full_label())
    }

    /// "17 Aug" this year, "17 Aug 2021" before.
    fn short(&self, at: Timestamp, now: i64) -> String {
        let same_year = at.to_rfc3339().get(..4)
            == Timestamp {
                unix_seconds: now,
                offset_minutes: 0,
            }
            .to_rfc3339()
            .get(..4);
        let formatter = if same_year {
            &self.day
        } else {
            &self.day_and_year
        };
        formatter
            .as_ref()
            .and_then(|f| format_date(f, at))
            .unwrap_or_else(|| at.short_label(now))
    }
}

/// Drops a `data-time-zone` the browser does not know, warning as for any
/// bad setting: `Mars/Olympus_Mons` has the shape of a zone, which is all
/// core can see, but only the browser knows its zones. Dates then use the
/// reader's own zone.
pub fn drop_unknown_zone(settings: &mut Settings) -> Option<SettingWarning> {
    let zone = settings.time_zone.as_deref()?;
    formatter("DateTimeFormat", &Array::new(), &[("timeZone", zone)])
        .is_none()
        .then(|| SettingWarning {
            attribute: "data-time-zone",
            value: settings.time_zone.take().unwrap_or_default(),
            expected: "a time zone such as Europe/Paris or UTC".to_owned(),
            default: "the reader's own",
        })
}

/// `new Intl.<kind>(locales, options)`, or `None` when the browser refuses.
fn formatter(kind: &str, locales: &Array, options: &[(&str, &str)]) -> Option<JsValue> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor: Function = Reflect::get(&intl, &JsValue::from_str(kind))
        .ok()?
        .dyn_into()
        .ok()?;
    let settings = Object::new();
    for (name, value) in options {
        Reflect::set(
            &settings,
            &JsValue::from_str(name),
            &JsValue::from_str(value),
        )
        .ok()?;
    }
    Reflect::construct(&constructor, &Array::of2(locales, &settings)).ok()
}

/// The locale a formatter settled on, from `resolvedOptions().locale`.
fn resolved_locale(formatter: &JsValue) -> Option<String> {
    let resolve: Function = Reflect::get(formatter, &JsValue::from_str("resolvedOptions"))
        .ok()?
        .dyn_into()
        .ok()?;
    let options = resolve.call0(formatter).ok()?;
    Reflect::get(&options, &JsValue::from_str("locale"))
        .ok()?
        .as_string()
}

fn format_date(formatter: &JsValue, at: Timestamp) -> Option<String> {
    let date = Date::new(&JsValue::from_f64(at.unix_seconds as f64 * 1000.0));
    call(formatter, "format", &[date.into()])
}

/// `target.method(...args)` as text; `None` if it throws.
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<String> {
    let function: Function = Reflect::get(target, &JsValue::from_str(method))
        .ok()?
        .dyn_into()
        .ok()?;
    let args: Array = args.iter().collect();
    function.apply(target, &args).ok()?.as_string()
}

fn capitalised(text: String) -> String {
    match text.chars().next() {
        Some(first) => upper_case(&text[..first.len_utf8()]) + &text[first.len_utf8()..],
        None => text,
    }
}
