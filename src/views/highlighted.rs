//! Text with the words a search matched wrapped in `<mark>`: built from text
//! nodes, so record text can never become markup.

use newsdeck_core::{highlight, SearchTerms};
use yew::prelude::*;

use crate::views::markup::{el, fragment, text_of};

/// `text` with the words of `terms` marked. A function rather than a
/// component: it has no state, and each component type adds its own copy of
/// Yew's component machinery to the WebAssembly.
pub fn highlighted(text: &str, terms: &SearchTerms) -> Html {
    let parts = highlight(text, terms)
        .into_iter()
        .map(|segment| {
            let text = text_of(segment.text.to_owned().into());
            if segment.matched {
                el("mark", "nd-mark", vec![text])
            } else {
                text
            }
        })
        .collect();
    fragment(parts)
}
