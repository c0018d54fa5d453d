//! A publication time: `<time datetime>` with a relative label ("3 hours
//! ago") and the full date on hover, written by the widget's `Dates`.

use newsdeck_core::Timestamp;
use yew::prelude::*;

use crate::services::intl_dates::Dates;
use crate::views::markup::{attrs, text_of, Tag};

/// The time `at`, counted from `now`. A function rather than a component:
/// it keeps no state, and each component type adds its own copy of Yew's
/// component code to the WebAssembly.
pub fn when(at: Timestamp, now: i64, class: Option<&'static str>, dates: &Dates) -> Html {
    Tag::new(
        "time",
        attrs!("class" => class, "datetime" => at.to_rfc3339(), "title" => dates.full(at)),
    )
    .children(vec![text_of(dates.relative(at, now).into())])
}
