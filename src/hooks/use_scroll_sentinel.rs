//! Infinite paging (`data-paging="infinite"`): an invisible marker after
//! the last card, watched, so that more cards are asked for when the reader
//! scrolls near it. The feed places the marker and gives its `NodeRef`: a
//! hook and an element rather than a component, as each component type adds
//! its own copy of Yew's component code to the WebAssembly.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// Calls `onreach` when `marker` comes within reach of the viewport, while
/// `watching`. `shown` changes whenever more cards are shown, so the marker
/// is observed afresh (it may still be in view after they render); `ahead`
/// is the space in pixels kept above the marker for the cards still to
/// come: the end of the cards shown is that far before it.
#[hook]
pub fn use_scroll_sentinel(
    marker: &NodeRef,
    watching: bool,
    shown: usize,
    ahead: u32,
    onreach: Callback<()>,
) {
    let marker = marker.clone();
    use_effect_with((watching, shown, ahead), move |&(watching, _, ahead)| {
        let watch = watching.then(|| {
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
            (observer, on_cross)
        });
        move || {
            if let Some((Some(observer), _)) = &watch {
                observer.disconnect();
            }
            drop(watch);
        }
    });
}
