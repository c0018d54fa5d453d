//! A widget's view kept in step with the page around it: the URL, Back and
//! Forward, the host page's events and the JavaScript API's `setQuery`.

use newsdeck_core::Query;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::embed::host::{object_of, query_object};
use crate::hooks::use_shared::use_shared;
use crate::services::url_state;
use crate::state::view::{HistoryStep, View, ViewAction};

/// Keeps the view in step with the page: each change is written to the URL
/// and told to the host page (`newsdeck:change`); Back/Forward and the
/// JavaScript API's `setQuery` change it. Two effects rather than one per
/// task: each adds its own copy of Yew's effect code to the WebAssembly.
#[hook]
pub fn use_view_sync(
    view: &UseReducerHandle<View>,
    key: Option<AttrValue>,
    initial: Query,
    results: usize,
) {
    let embed = use_shared().embed;
    // The query last told to the host page; none before the first render,
    // which is not a change.
    let told = use_mut_ref(|| None::<Query>);
    {
        let (key, embed) = (key.clone(), embed.clone());
        use_effect_with((**view).clone(), move |view| {
            if let (Some(key), HistoryStep::Push | HistoryStep::Replace) = (key, view.step) {
                url_state::write(&key, &view.query, view.step == HistoryStep::Replace);
            }
            let previous = told.borrow_mut().replace(view.query.clone());
            if previous.is_some_and(|previous| previous != view.query) {
                let detail = object_of(&[
                    ("query", query_object(&view.query)),
                    ("results", JsValue::from_f64(results as f64)),
                ]);
                embed.emit("newsdeck:change", &detail);
            }
        });
    }
    let view = view.clone();
    use_effect_with(key, move |key| {
        {
            let view = view.clone();
            embed.on_set_query(Callback::from(move |query| {
                view.dispatch(ViewAction::Show(query))
            }));
        }
        let listener = key.clone().map(|key| {
            Closure::<dyn Fn()>::new(move || {
                let restored = url_state::read(&key).unwrap_or_else(|| initial.clone());
                view.dispatch(ViewAction::Restore(restored));
            })
        });
        let window = web_sys::window();
        if let (Some(window), Some(listener)) = (&window, &listener) {
            let _ = window
                .add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
        }
        move || {
            if let (Some(window), Some(listener)) = (window, listener) {
                let _ = window.remove_event_listener_with_callback(
                    "popstate",
                    listener.as_ref().unchecked_ref(),
                );
            }
        }
    });
}
