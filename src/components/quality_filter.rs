//! The minimum quality score a story needs to be shown.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::view::ViewAction;

pub struct QualityFilterProps {
    pub min_quality: u8,
    pub id_prefix: AttrValue,
    pub ondispatch: Callback<ViewAction>,
}

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn quality_filter(props: &QualityFilterProps) -> Html {
    let id = format!("{}-quality", props.id_prefix);
    let oninput = props.ondispatch.reform(|event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        ViewAction::SetQuality(input.value().parse().unwrap_or(0))
    });
    let shown = match props.min_quality {
        0 => "Any".to_owned(),
        q => format!("{q}+"),
    };
    html! {
        <div class="nd-facet">
            <label class="nd-facet__legend nd-quality__label" for={id.clone()}>
                { "Minimum quality" }
                <output for={id.clone()} class="nd-quality__value">{ shown.clone() }</output>
            </label>
            <input
                {id}
                class="nd-quality"
                type="range"
                min="0"
                max="100"
                step="10"
                value={props.min_quality.to_string()}
                aria-valuetext={shown}
                {oninput}
            />
        </div>
    }
}
