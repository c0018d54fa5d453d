//! Bundles the entry script began fetching while the WebAssembly loaded.
//! Widgets on the page at start-up know their bundle's address before any
//! WebAssembly runs; fetching it then, not after, takes the WebAssembly's
//! download and start-up off the time to the first card.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortController;

thread_local! {
    /// The entry script's `takeEarly(address)`.
    static TAKE: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// A fetch already under way: its response to come, and how to stop it.
pub struct Started {
    pub response: Option<Promise>,
    pub controller: AbortController,
}

/// Installs the entry script's `takeEarly(address)`, which hands over, once,
/// `{response, controller}` for a fetch it started, or `undefined`.
pub fn install(take: Option<Function>) {
    TAKE.with(|slot| slot.replace(take));
}

/// The fetch started early for `address` (absolute), if any; it is handed
/// out once.
pub fn take(address: &str) -> Option<Started> {
    let taken = TAKE.with(|slot| {
        let take = slot.borrow();
        take.as_ref()?.call1(&JsValue::NULL, &address.into()).ok()
    })?;
    let field = |name: &str| Reflect::get(&taken, &name.into()).ok();
    Some(Started {
        response: field("response")?.dyn_into().ok(),
        controller: field("controller")?.dyn_into().ok()?,
    })
}
