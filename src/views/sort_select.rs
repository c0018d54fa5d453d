//! The sort control. "Best match" is offered, and the default, while searching.

use newsdeck_core::{Feed, Query, SortOrder};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::state::view::ViewAction;
use crate::views::markup::{attrs, el, option, text, Tag};

pub struct SortSelectProps<'a> {
    pub query: &'a Query,
    /// The feed: orders it has nothing to sort by (no story's heat, say)
    /// are not offered, unless the view asks for one.
    pub feed: &'a Feed,
    pub id: AttrValue,
    pub ondispatch: &'a Callback<ViewAction>,
}

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn sort_select(props: &SortSelectProps) -> Html {
    let searching = !props.query.text.trim().is_empty();
    let current = props.query.effective_sort();
    let default = Query {
        text: props.query.text.clone(),
        ..Query::default()
    }
    .effective_sort();
    let onchange = props.ondispatch.reform(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        let chosen = SortOrder::from_param(&select.value());
        // Choosing the default clears the choice, keeping shared links short.
        ViewAction::SetSort(chosen.filter(|&sort| sort != default))
    });
    let options = SortOrder::ALL
        .into_iter()
        .filter(|&sort| searching || sort != SortOrder::Relevance)
        .filter(|&sort| sort == current || props.feed.can_sort_by(sort))
        .map(|sort| option(sort.param(), sort.label(), sort == current))
        .collect();
    el(
        "div",
        "nd-sort",
        vec![
            Tag::new("label", attrs!("for" => props.id.clone())).children(vec![text("Sort")]),
            Tag::new(
                "select",
                attrs!("id" => props.id.clone(), "class" => "nd-select"),
            )
            .onchange(onchange)
            .children(options),
        ],
    )
}
