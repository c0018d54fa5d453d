//! Text with the words a search matched wrapped in `<mark>`: built from text
//! nodes, so record text can never become markup.

use std::rc::Rc;

use newsdeck_core::{highlight, SearchTerms};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: AttrValue,
    pub terms: Rc<SearchTerms>,
}

#[function_component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    highlight(&props.text, &props.terms)
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
