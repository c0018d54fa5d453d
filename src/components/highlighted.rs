//! Text with the words a search matched wrapped in `<mark>`: built from text
//! nodes, so record text can never become markup.

use newsdeck_core::{highlight, SearchTerms};
use yew::prelude::*;

/// `text` with the words of `terms` marked. A function rather than a
/// component: it has no state, and each component type adds its own copy of
/// Yew's component machinery to the WebAssembly.
pub fn highlighted(text: &str, terms: &SearchTerms) -> Html {
    highlight(text, terms)
        .into_iter()
        .map(|segment| {
            let text = segment.text.to_owned();
            if segment.matched {
                html! { <mark class="nd-mark">{ text }</mark> }
            } else {
                html! { { text } }
            }
        })
        .collect()
}
