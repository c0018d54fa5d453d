//! All filter controls: facets with counts, time and quality. Beside the feed
//! on wide widgets; behind the "Filters" button on narrow ones.

use newsdeck_core::{Facet, Feed, Query, QueryResult, SortOrder};
use yew::prelude::*;

use crate::state::view::ViewAction;
use crate::views::facet_group::{facet_bit, facet_group, FacetGroupProps};
use crate::views::markup::{attrs, click_sends, fragment, Tag};
use crate::views::quality_filter::{quality_filter, QualityFilterProps};
use crate::views::time_filter::{time_filter, TimeFilterProps};

pub struct FilterPanelProps<'a> {
    pub id: AttrValue,
    pub open: bool,
    pub query: &'a Query,
    pub result: &'a QueryResult,
    /// The feed: a minimum quality is offered only when stories have scores.
    pub feed: &'a Feed,
    pub ondispatch: &'a Callback<ViewAction>,
    /// The facets listed in full, as bits (`facet_bit`).
    pub expanded: u32,
    /// A facet's bit, when its "Show all" or "Show fewer" is chosen.
    pub onexpand: &'a Callback<u32>,
}

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn filter_panel(props: &FilterPanelProps) -> Html {
    // A facet with a single value (every story is "news") filters nothing.
    let useful = props.result.facets.iter().filter(|counts| {
        counts.values.len() > 1 || props.query.filters.contains_key(&counts.facet)
    });
    let facets: Vec<Html> = useful
        .map(|counts| {
            let bit = facet_bit(counts.facet);
            facet_group(&FacetGroupProps {
                counts,
                id_prefix: &props.id,
                ondispatch: props.ondispatch,
                expanded: props.expanded & bit != 0,
                ontoggle: click_sends(props.onexpand, bit),
            })
        })
        .collect();
    let time = time_filter(&TimeFilterProps {
        time: props.query.time,
        id_prefix: &props.id,
        ondispatch: props.ondispatch,
    });
    let scored = props.feed.can_sort_by(SortOrder::Quality) || props.query.min_quality > 0;
    let quality = if scored {
        quality_filter(&QualityFilterProps {
            min_quality: props.query.min_quality,
            id_prefix: &props.id,
            ondispatch: props.ondispatch,
        })
    } else {
        Html::default()
    };
    let class = if props.open {
        "nd-panel nd-panel--open"
    } else {
        "nd-panel"
    };
    Tag::new(
        "div",
        attrs!("id" => props.id.clone(), "class" => class, "role" => "group", "aria-label" => "Filters"),
    )
    .children(vec![fragment(facets), time, quality])
}

/// How many filters are on, for the "Filters (3)" button.
pub fn active_count(query: &Query) -> usize {
    let facets: usize = Facet::ALL
        .iter()
        .filter_map(|f| query.filters.get(f))
        .map(|keys| keys.len())
        .sum();
    facets + usize::from(!query.time.is_any()) + usize::from(query.min_quality > 0)
}
