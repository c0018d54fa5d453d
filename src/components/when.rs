//! A publication time: `<time datetime>` with a relative label ("3 hours
//! ago") and the full date on hover, written by the widget's `Dates`.

use std::rc::Rc;

use newsdeck_core::Timestamp;
use yew::prelude::*;

use crate::services::dates::Dates;

#[derive(Properties, PartialEq)]
pub struct WhenProps {
    pub at: Timestamp,
    /// The moment the relative label counts from.
    pub now: i64,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component]
pub fn When(props: &WhenProps) -> Html {
    let dates = use_context::<Rc<Dates>>().unwrap_or_default();
    html! {
        <time class={props.class.clone()} datetime={props.at.to_rfc3339()} title={dates.full(props.at)}>
            { dates.relative(props.at, props.now) }
        </time>
    }
}
