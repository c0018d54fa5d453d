//! Work that can wait until the cards are on screen.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `work` after the browser's next paint: a timeout set from an
/// animation frame runs once that frame is painted, so the reader sees the
/// cards before this work rather than after it.
pub fn after_paint(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let after_frame = Closure::once_into_js(move || {
        let work = Closure::once_into_js(work);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(work.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
}
