//! The filters in effect as removable chips, and "Clear all".

use newsdeck_core::{Facet, Query, QueryResult, TimeRange};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::hooks::use_refocus::{removes_itself, Refocus, ThenFocus};
use crate::state::view::ViewAction;
use crate::views::markup::{attrs, button, fixed, fragment, icon, text, text_of, Tag};

pub struct ActiveFiltersProps<'a> {
    pub query: &'a Query,
    pub result: &'a QueryResult,
    /// Removes a filter, then moves focus on from its chip.
    pub onremove: &'a Callback<ThenFocus>,
    /// The list of chips, for [`chip_at`] to find a chip in.
    pub list_ref: &'a NodeRef,
}

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn active_filters(props: &ActiveFiltersProps) -> Html {
    let query = props.query;
    if query.is_unfiltered() {
        return Html::default();
    }
    let mut chips: Vec<(String, ViewAction)> = Vec::new();
    if !query.text.trim().is_empty() {
        chips.push((format!("“{}”", query.text.trim()), ViewAction::ClearText));
    }
    for (facet, keys) in &query.filters {
        for key in keys {
            chips.push((
                format!(
                    "{}: {}",
                    facet_name(*facet),
                    label_of(props.result, *facet, key)
                ),
                ViewAction::Toggle(*facet, key.clone()),
            ));
        }
    }
    if let Some(time) = time_label(query.time) {
        chips.push((time, ViewAction::SetTime(TimeRange::Any)));
    }
    if query.min_quality > 0 {
        chips.push((
            format!("Quality {}+", query.min_quality),
            ViewAction::SetQuality(0),
        ));
    }
    let chips: Vec<Html> = chips
        .into_iter()
        .enumerate()
        .map(|(place, (label, action))| {
            let onclick = removes_itself(props.onremove, action, Refocus::Chip(place));
            let chip = Tag::new(
                "button",
                attrs!(
                    "type" => "button",
                    "class" => "nd-chip",
                    "aria-label" => format!("Remove filter {label}"),
                ),
            )
            .onclick(onclick)
            .children(vec![
                text_of(label.into()),
                icon(
                    fixed!("viewBox" => "0 0 16 16", "aria-hidden" => "true", "focusable" => "false"),
                    "M4.3 3.3 8 7l3.7-3.7 1 1L9 8l3.7 3.7-1 1L8 9l-3.7 3.7-1-1L7 8 3.3 4.3z",
                ),
            ]);
            Tag::new("li", fixed!()).children(vec![chip])
        })
        .collect();
    let clear_all = button(
        "nd-link-button",
        text("Clear all"),
        removes_itself(props.onremove, ViewAction::ClearAll, Refocus::Search),
    );

    Tag::new(
        "ul",
        fixed!("class" => "nd-chips", "aria-label" => "Active filters"),
    )
    .node_ref(props.list_ref)
    .children(vec![
        fragment(chips),
        Tag::new("li", fixed!()).children(vec![clear_all]),
    ])
}

/// The chip at `place` in the list drawn above, else the last chip; `None`
/// when none is shown. Found by the chips' class, given them above.
pub fn chip_at(list: &NodeRef, place: usize) -> Option<HtmlElement> {
    let chips = list
        .cast::<Element>()?
        .query_selector_all(".nd-chip")
        .ok()?;
    let last = chips.length().checked_sub(1)?;
    chips.item((place as u32).min(last))?.dyn_into().ok()
}

fn facet_name(facet: Facet) -> &'static str {
    match facet {
        Facet::Topic => "Topic",
        Facet::Provider => "Source",
        Facet::Category => "Category",
        Facet::Kind => "Type",
    }
}

/// The display label of a facet key, as the feed spells it.
fn label_of(result: &QueryResult, facet: Facet, key: &str) -> String {
    let values = result.facets.iter().find(|counts| counts.facet == facet);
    let value = values.and_then(|counts| counts.values.iter().find(|v| v.key == key));
    value.map_or_else(|| key.to_owned(), |v| v.label.clone())
}

fn time_label(time: TimeRange) -> Option<String> {
    if time.is_any() {
        return None;
    }
    Some(match time {
        TimeRange::Any => return None,
        TimeRange::PastDay => "Past 24 hours".into(),
        TimeRange::PastWeek => "Past week".into(),
        TimeRange::PastMonth => "Past month".into(),
        TimeRange::Between { .. } => "Custom dates".into(),
    })
}
