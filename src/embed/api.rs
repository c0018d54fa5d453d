//! The JavaScript API's WebAssembly side: `mount(element)` and the handle it
//! returns. The entry script checks what a page passes and turns options
//! into attributes and views into URL-style text first, so nothing here
//! meets a value of the wrong type: a JavaScript error thrown through the
//! WebAssembly would leave the handle borrowed, and broken for good.

use newsdeck_core::check_view_param;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};

use crate::embed::mount::{clear, mount_host, warn_about, Mounted};
use crate::embed::state_keys;
use crate::services::url_state::{query_of, search_pairs};

/// A mounted widget.
#[wasm_bindgen]
pub struct NewsdeckHandle {
    /// `None` once destroyed.
    widget: Option<Mounted>,
    host: Element,
}

#[wasm_bindgen]
impl NewsdeckHandle {
    /// Removes the widget from its element; the element can be mounted again.
    pub fn destroy(&mut self) {
        if let Some(widget) = self.widget.take() {
            widget.app.destroy();
            if let Some(key) = widget.state_key {
                state_keys::give_back(&key);
            }
        }
        clear(&self.host);
    }

    /// Shows a view written as URL parameters: `"q=ai&topic=robotics"`. A
    /// parameter that cannot be used is warned about, as a bad attribute is,
    /// and left out.
    #[wasm_bindgen(js_name = setQuery)]
    pub fn set_query(&self, view: &str) {
        if let Some(widget) = &self.widget {
            let mut pairs = search_pairs(view);
            pairs.retain(|(name, value)| match check_view_param(name, value) {
                Some(warning) => {
                    warn_about(&self.host, &warning);
                    false
                }
                None => true,
            });
            widget.embed.set_query(query_of(&pairs));
        }
    }
}

/// Mounts a widget into `element`'s shadow root `shadow`, configured by
/// `options` (`{"data-page-size": "12"}`, from `newsdeck.mount`), else by
/// the element's `data-*` attributes. The entry script calls it once per
/// element, with the shadow root it made there.
#[wasm_bindgen(js_name = mount)]
pub fn mount_element(
    element: Element,
    shadow: ShadowRoot,
    options: JsValue,
) -> Result<NewsdeckHandle, JsValue> {
    let widget = mount_host(&element, &shadow, &options)
        .ok_or_else(|| JsValue::from_str("newsdeck: stopped after an error"))?;
    Ok(NewsdeckHandle {
        widget: Some(widget),
        host: element,
    })
}
