//! The time now, as the browser's clock gives it.

/// Now, in whole seconds since the Unix epoch.
pub fn now_unix_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
