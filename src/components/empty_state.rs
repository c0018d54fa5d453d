//! What a search or filter that matches nothing shows: why, and a way out.

use newsdeck_core::Query;
use yew::prelude::*;

use crate::view::ViewAction;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub query: Query,
    pub ondispatch: Callback<ViewAction>,
}

#[function_component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
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
