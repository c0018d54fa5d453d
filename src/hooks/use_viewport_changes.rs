//! Scrolls and resizes, wherever they happen: the feed's window follows the
//! viewport.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `onchange` whenever the page or any scrolling box in it scrolls,
/// and when the window is resized.
#[hook]
pub fn use_viewport_changes(onchange: Callback<()>) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn()>::new(move || onchange.emit(()));
        let window = web_sys::window();
        if let Some(window) = &window {
            let callback = listener.as_ref().unchecked_ref();
            // Capturing: scroll events do not bubble, and the feed may sit in
            // a scrolling box of the host page rather than the page itself.
            let _ = window.add_event_listener_with_callback_and_bool("scroll", callback, true);
            let _ = window.add_event_listener_with_callback("resize", callback);
        }
        move || {
            if let Some(window) = window {
                let callback = listener.as_ref().unchecked_ref();
                let _ =
                    window.remove_event_listener_with_callback_and_bool("scroll", callback, true);
                let _ = window.remove_event_listener_with_callback("resize", callback);
            }
        }
    });
}
