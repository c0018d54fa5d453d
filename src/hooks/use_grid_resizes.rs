//! The feed's grid read again when its width changes: how many columns it
//! has decides which cards share a row.

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::services::viewport::{grid_shape, GridShape};

/// Reads the feed's grid shape again whenever its width changes, and calls
/// `onchange` then. Reading it forces the browser to lay the page out, so
/// reading it after every render instead would double that work.
#[hook]
pub fn use_grid_resizes(feed_ref: &NodeRef, shape: &GridShape, onchange: Callback<()>) {
    let (shape, feed_ref) = (shape.clone(), feed_ref.clone());
    use_effect_with((), move |_| {
        let feed = feed_ref.cast::<Element>();
        let width = Cell::new(-1);
        let read = Closure::<dyn Fn()>::new(move || {
            let Some(feed) = feed_ref.cast::<Element>() else {
                return;
            };
            // The observer also reports height changes, which leave the
            // columns as they are.
            let now = feed.client_width();
            if width.replace(now) != now {
                shape.set(grid_shape(&feed));
                onchange.emit(());
            }
        });
        let observer = web_sys::ResizeObserver::new(read.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(feed)) = (&observer, &feed) {
            observer.observe(feed);
        }
        move || {
            if let Some(observer) = observer {
                observer.disconnect();
            }
            drop(read);
        }
    });
}
