//! The search field: filters as the reader types.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::view::ViewAction;
use crate::views::markup::{attrs, el, fixed, icon, text, Tag};

pub struct SearchBoxProps<'a> {
    pub value: &'a str,
    pub id: AttrValue,
    pub ondispatch: &'a Callback<ViewAction>,
    /// The text field, for shortcuts and focus to reach it.
    pub input_ref: &'a NodeRef,
}

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn search_box(props: &SearchBoxProps) -> Html {
    let oninput = props.ondispatch.reform(|event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        ViewAction::SetText(input.value())
    });
    el(
        "div",
        "nd-search",
        vec![
            Tag::new(
                "label",
                attrs!("class" => "nd-visually-hidden", "for" => props.id.clone()),
            )
            .children(vec![text("Search")]),
            icon(
                fixed!(
                    "class" => "nd-search__icon",
                    "viewBox" => "0 0 24 24",
                    "aria-hidden" => "true",
                    "focusable" => "false",
                ),
                "M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z",
            ),
            Tag::new(
                "input",
                attrs!(
                    "id" => props.id.clone(),
                    "class" => "nd-search__input",
                    "type" => "search",
                    "placeholder" => "Search stories",
                    "autocomplete" => "off",
                    "spellcheck" => "false",
                ),
            )
            .node_ref(props.input_ref)
            .value(props.value.to_owned().into())
            .oninput(oninput)
            .done(),
        ],
    )
}
