//! One facet as a group of checkboxes with counts. Values that would show
//! nothing stay listed, disabled, so the list never jumps under the pointer.

use newsdeck_core::{FacetCount, FacetCounts};
use yew::prelude::*;

use crate::view::ViewAction;

/// Values shown before "Show all".
const SHORT_LIST: usize = 6;

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub counts: FacetCounts,
    pub id_prefix: AttrValue,
    pub ondispatch: Callback<ViewAction>,
}

#[function_component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let expanded = use_state(|| false);
    let facet = props.counts.facet;
    let values = &props.counts.values;
    let listed: Vec<(usize, &FacetCount)> = values
        .iter()
        .enumerate()
        .filter(|(at, value)| *expanded || *at < SHORT_LIST || value.selected)
        .collect();
    let list_id = format!("{}-{}", props.id_prefix, facet.param());
    let toggle_all = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    html! {
        <fieldset class="nd-facet">
            <legend class="nd-facet__legend">{ facet.label() }</legend>
            <ul class="nd-facet__list" id={list_id.clone()}>
                { for listed.into_iter().map(|(at, value)| {
                    let id = format!("{list_id}-{at}");
                    let key = value.key.clone();
                    let onchange = props.ondispatch.reform(move |_: Event| ViewAction::Toggle(facet, key.clone()));
                    html! {
                        <li class="nd-facet__item">
                            <input type="checkbox" {id} checked={value.selected} disabled={value.count == 0 && !value.selected} {onchange} />
                            <label for={format!("{list_id}-{at}")}>
                                <span class="nd-facet__label">{ value.label.clone() }</span>
                                <span class="nd-facet__count">{ value.count }</span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
            if values.len() > SHORT_LIST {
                <button type="button" class="nd-link-button" aria-expanded={expanded.to_string()} aria-controls={list_id} onclick={toggle_all}>
                    { if *expanded { "Show fewer".to_owned() } else { format!("Show all {}", values.len()) } }
                </button>
            }
        </fieldset>
    }
}
