//! An invisible marker after the last card: when the reader scrolls near it,
//! more cards are asked for (`data-paging="infinite"`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

use crate::markup::{fixed, Tag};

#[derive(Properties, PartialEq)]
pub struct ScrollSentinelProps {
    /// The sentinel came within reach of the viewport.
    pub onreach: Callback<()>,
    /// Changes whenever more cards are shown, so the marker is observed
    /// afresh (it may still be in view after they render).
    pub shown: usize,
    /// Pixels of space kept above the marker for the cards still to come:
    /// the end of the cards shown is that far before it.
    #[prop_or_default]
    pub ahead: u32,
}

#[function_component]
pub fn ScrollSentinel(props: &ScrollSentinelProps) -> Html {
    let marker = use_node_ref();
    {
        let (marker, onreach) = (marker.clone(), props.onreach.clone());
        use_effect_with((props.shown, props.ahead), move |&(_, ahead)| {
            let on_cross =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    let reached = entries
                        .iter()
                        .filter_map(|entry| entry.dyn_into::<IntersectionObserverEntry>().ok())
                        .any(|entry| entry.is_intersecting());
                    if reached {
                        onreach.emit(());
                    }
                });
            // Start loading a little before the end of the cards shown
            // comes into view.
            let options = IntersectionObserverInit::new();
            options.set_root_margin(&format!("600px 0px {}px", 600 + ahead));
            let observer =
                IntersectionObserver::new_with_options(on_cross.as_ref().unchecked_ref(), &options)
                    .ok();
            if let (Some(observer), Some(element)) = (&observer, marker.cast::<web_sys::Element>())
            {
                observer.observe(&element);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_cross);
            }
        });
    }
    Tag::new(
        "div",
        fixed!("aria-hidden" => "true", "class" => "nd-sentinel"),
    )
    .node_ref(&marker)
    .done()
}
