//! When the stories were published: presets, or a custom from/to range.

use newsdeck_core::{TimeRange, Timestamp};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::state::view::ViewAction;
use crate::views::markup::{attrs, el, element_id, fixed, option, text, Tag};

pub struct TimeFilterProps<'a> {
    pub time: TimeRange,
    pub id_prefix: &'a str,
    pub ondispatch: &'a Callback<ViewAction>,
}

const PRESETS: [(&str, &str); 5] = [
    ("any", "Any time"),
    ("24h", "Past 24 hours"),
    ("week", "Past week"),
    ("month", "Past month"),
    ("custom", "Custom range…"),
];

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn time_filter(props: &TimeFilterProps) -> Html {
    let (from, to) = match props.time {
        TimeRange::Between { from, to } => (day(from), day(to)),
        _ => (String::new(), String::new()),
    };
    let current = match props.time {
        TimeRange::Any => "any",
        TimeRange::PastDay => "24h",
        TimeRange::PastWeek => "week",
        TimeRange::PastMonth => "month",
        TimeRange::Between { .. } => "custom",
    };
    let onpreset = props.ondispatch.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        let value = select.value();
        let range = if value == "custom" {
            Some(TimeRange::Between {
                from: None,
                to: None,
            })
        } else {
            TimeRange::from_param(&value)
        };
        ViewAction::SetTime(range.unwrap_or_default())
    });
    let on_day = |from_side: bool| {
        let (from, to) = (from.clone(), to.clone());
        props.ondispatch.reform(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let (from, to) = if from_side {
                (input.value(), to.clone())
            } else {
                (from.clone(), input.value())
            };
            ViewAction::SetTime(TimeRange::from_param(&format!("{from}..{to}")).unwrap_or(
                TimeRange::Between {
                    from: None,
                    to: None,
                },
            ))
        })
    };
    let select_id = element_id(props.id_prefix, "time");
    let date = |label: &'static str, value: String, from_side: bool| {
        Tag::new("label", fixed!()).children(vec![
            text(label),
            Tag::new("input", fixed!("type" => "date", "class" => "nd-date"))
                .value(value.into())
                .onchange(on_day(from_side))
                .done(),
        ])
    };
    let range = (current == "custom").then(|| {
        el(
            "div",
            "nd-range",
            vec![
                date("From", from.clone(), true),
                date("To", to.clone(), false),
            ],
        )
    });
    el(
        "div",
        "nd-facet",
        vec![
            Tag::new(
                "label",
                attrs!("class" => "nd-facet__legend", "for" => select_id.clone()),
            )
            .children(vec![text("Published")]),
            Tag::new("select", attrs!("id" => select_id, "class" => "nd-select"))
                .onchange(onpreset)
                .children(
                    PRESETS
                        .iter()
                        .map(|&(value, label)| option(value, label, value == current))
                        .collect(),
                ),
            range.unwrap_or_default(),
        ],
    )
}

/// A day as `yyyy-mm-dd`, the format of date inputs.
fn day(at: Option<i64>) -> String {
    at.map(|unix_seconds| {
        Timestamp {
            unix_seconds,
            offset_minutes: 0,
        }
        .to_rfc3339()[..10]
            .to_owned()
    })
    .unwrap_or_default()
}
