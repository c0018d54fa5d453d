//! The minimum quality score a story needs to be shown.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::view::ViewAction;
use crate::views::markup::{attrs, el, element_id, text, text_of, Tag};

pub struct QualityFilterProps<'a> {
    pub min_quality: u8,
    pub id_prefix: &'a str,
    pub ondispatch: &'a Callback<ViewAction>,
}

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn quality_filter(props: &QualityFilterProps) -> Html {
    let id = element_id(props.id_prefix, "quality");
    let oninput = props.ondispatch.reform(|event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        ViewAction::SetQuality(input.value().parse().unwrap_or(0))
    });
    let shown = AttrValue::from(match props.min_quality {
        0 => "Any".to_owned(),
        q => format!("{q}+"),
    });
    el(
        "div",
        "nd-facet",
        vec![
            Tag::new(
                "label",
                attrs!("class" => "nd-facet__legend nd-quality__label", "for" => id.clone()),
            )
            .children(vec![
                text("Minimum quality"),
                Tag::new(
                    "output",
                    attrs!("for" => id.clone(), "class" => "nd-quality__value"),
                )
                .children(vec![text_of(shown.clone())]),
            ]),
            Tag::new(
                "input",
                attrs!(
                    "id" => id,
                    "class" => "nd-quality",
                    "type" => "range",
                    "min" => "0",
                    "max" => "100",
                    "step" => "10",
                    "aria-valuetext" => shown,
                ),
            )
            .value(props.min_quality.to_string().into())
            .oninput(oninput)
            .done(),
        ],
    )
}
