//! Work timed around the browser's next paint.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Runs `work` before the browser next paints: what it changes shows in
/// that very frame.
pub fn before_paint(work: impl FnOnce() + 'static) {
    // A first screen written on the server paints no frames.
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let callback = Closure::once_into_js(work);
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

/// Runs `work` after the browser's next paint: a timeout set from an
/// animation frame runs once that frame is painted, so the reader sees the
/// cards before this work rather than after it.
pub fn after_paint(work: impl FnOnce() + 'static) {
    before_paint(move || {
        let work = Closure::once_into_js(work);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(work.unchecked_ref());
        }
    });
}

/// Resolves once the browser has painted its next frame (see
/// [`after_paint`]), or after `at_most_ms` milliseconds: a tab in the
/// background, or a frame out of sight, paints none.
pub async fn next_paint(at_most_ms: i32) {
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, at_most_ms);
        }
        after_paint(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
    });
    let _ = JsFuture::from(painted).await;
}
