//! One facet as a group of checkboxes with counts. Values that would show
//! nothing stay listed, disabled, so the list never jumps under the pointer.

use newsdeck_core::{Facet, FacetCount, FacetCounts};
use yew::prelude::*;

use crate::state::view::ViewAction;
use crate::views::markup::{attrs, el, flag, state, text, text_of, Tag};

/// Values shown before "Show all".
const SHORT_LIST: usize = 6;

pub struct FacetGroupProps<'a> {
    pub counts: &'a FacetCounts,
    pub id_prefix: &'a str,
    pub ondispatch: &'a Callback<ViewAction>,
    /// Every value listed, not only the first few.
    pub expanded: bool,
    /// "Show all" or "Show fewer" chosen.
    pub ontoggle: Callback<MouseEvent>,
}

/// The facet's place in a set of facets kept as bits (which are expanded).
pub fn facet_bit(facet: Facet) -> u32 {
    1 << facet as u32
}

/// A function rather than a component: whether it is expanded is kept by
/// the deck, and each component type adds its own copy of Yew's component
/// code to the WebAssembly.
pub fn facet_group(props: &FacetGroupProps) -> Html {
    let expanded = props.expanded;
    let facet = props.counts.facet;
    let values = &props.counts.values;
    let listed: Vec<(usize, &FacetCount)> = values
        .iter()
        .enumerate()
        .filter(|(at, value)| expanded || *at < SHORT_LIST || value.selected)
        .collect();
    let list_id = format!("{}-{}", props.id_prefix, facet.param());
    let items = listed
        .into_iter()
        .map(|(at, value)| {
            let id = format!("{list_id}-{at}");
            let key = value.key.clone();
            let onchange = props
                .ondispatch
                .reform(move |_: Event| ViewAction::Toggle(facet, key.clone()));
            let checkbox = Tag::new(
                "input",
                attrs!(
                    "type" => "checkbox",
                    "id" => id.clone(),
                    "disabled" => flag(value.count == 0 && !value.selected, "disabled"),
                ),
            )
            .checked(value.selected)
            .onchange(onchange)
            .done();
            let label = Tag::new("label", attrs!("for" => id)).children(vec![
                el(
                    "span",
                    "nd-facet__label",
                    vec![text_of(value.label.clone().into())],
                ),
                el(
                    "span",
                    "nd-facet__count",
                    vec![text_of(value.count.to_string().into())],
                ),
            ]);
            el("li", "nd-facet__item", vec![checkbox, label])
        })
        .collect();
    let show_all = (values.len() > SHORT_LIST).then(|| {
        let label = if expanded {
            "Show fewer".to_owned()
        } else {
            format!("Show all {}", values.len())
        };
        Tag::new(
            "button",
            attrs!(
                "type" => "button",
                "class" => "nd-link-button",
                "aria-expanded" => state(expanded),
                "aria-controls" => list_id.clone(),
            ),
        )
        .onclick(props.ontoggle.clone())
        .children(vec![text_of(label.into())])
    });
    Tag::new("fieldset", attrs!("class" => "nd-facet"))
        .key(facet.param())
        .children(vec![
            el("legend", "nd-facet__legend", vec![text(facet.label())]),
            Tag::new(
                "ul",
                attrs!("class" => "nd-facet__list", "id" => list_id.clone()),
            )
            .children(items),
            show_all.unwrap_or_default(),
        ])
}
