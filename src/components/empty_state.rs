//! What a search or filter that matches nothing shows: why, and a way out.

use newsdeck_core::Query;
use yew::prelude::*;

use crate::view::ViewAction;

pub struct EmptyStateProps {
    pub query: Query,
    pub ondispatch: Callback<ViewAction>,
}

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn empty_state(props: &EmptyStateProps) -> Html {
    let text = props.query.text.trim();
    let filtered = !Query {
        text: String::new(),
        ..props.query.clone()
    }
    .is_unfiltered();
    let (title, hint) = match (text.is_empty(), filtered) {
        (false, false) => (
            format!("No stories match “{text}”."),
            "Check the spelling, or try fewer or shorter words.",
        ),
        (false, true) => (
            format!("No stories match “{text}” with these filters."),
            "Try removing a filter or a word.",
        ),
        _ => (
            "No stories match these filters.".to_owned(),
            "Try removing a filter or widening the time range.",
        ),
    };
    html! {
        <div class="nd-empty">
            <p class="nd-empty__title">{ title }</p>
            <p class="nd-empty__hint">{ hint }</p>
            <button type="button" class="nd-button" onclick={props.ondispatch.reform(|_: MouseEvent| ViewAction::ClearAll)}>
                { "Clear search and filters" }
            </button>
        </div>
    }
}
