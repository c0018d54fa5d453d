//! What a search or filter that matches nothing shows: why, and a way out.

use newsdeck_core::Query;
use yew::prelude::*;

use crate::hooks::use_refocus::{removes_itself, Refocus, ThenFocus};
use crate::state::view::ViewAction;
use crate::views::markup::{button, el, text, text_of};

pub struct EmptyStateProps<'a> {
    pub query: &'a Query,
    /// Clears the view, then moves focus to the search box.
    pub onclear: &'a Callback<ThenFocus>,
}

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn empty_state(props: &EmptyStateProps) -> Html {
    let text_searched = props.query.text.trim();
    let filtered = !Query {
        text: String::new(),
        ..props.query.clone()
    }
    .is_unfiltered();
    let (title, hint) = match (text_searched.is_empty(), filtered) {
        (false, false) => (
            format!("No stories match “{text_searched}”."),
            "Check the spelling, or try fewer or shorter words.",
        ),
        (false, true) => (
            format!("No stories match “{text_searched}” with these filters."),
            "Try removing a filter or a word.",
        ),
        _ => (
            "No stories match these filters.".to_owned(),
            "Try removing a filter or widening the time range.",
        ),
    };
    el(
        "div",
        "nd-empty",
        vec![
            el("p", "nd-empty__title", vec![text_of(title.into())]),
            el("p", "nd-empty__hint", vec![text(hint)]),
            button(
                "nd-button",
                text("Clear search and filters"),
                removes_itself(props.onclear, ViewAction::ClearAll, Refocus::Search),
            ),
        ],
    )
}
