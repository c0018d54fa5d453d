//! The widget's clock: relative times ("5 minutes ago") are counted from a
//! `now` that is read when stories arrive and moved on every minute, so they
//! stay true while the page stays open, and never shift between renders.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::services::clock::now_unix_seconds;

/// Moves `now` on every minute, so "5 minutes ago" stays true while the page
/// stays open.
#[hook]
pub fn use_minute_clock(now: UseStateHandle<i64>) {
    use_effect_with((), move |_| {
        let tick = Closure::<dyn Fn()>::new(move || now.set(now_unix_seconds()));
        let window = web_sys::window();
        let timer = window.as_ref().and_then(|w| {
            w.set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                60_000,
            )
            .ok()
        });
        move || {
            if let (Some(window), Some(timer)) = (window, timer) {
                window.clear_interval_with_handle(timer);
            }
            drop(tick);
        }
    });
}
