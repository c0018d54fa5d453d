//! The JavaScript API's WebAssembly side: `mount(element)` and the handle it
//! returns. The entry script checks what a page passes and turns options
//! into attributes and views into URL-style text first, so nothing here
//! meets a value of the wrong type: a JavaScript error thrown through the
//! WebAssembly would leave the handle borrowed, and broken for good.

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::components::app::App;
use crate::embed::host::Embed;
use crate::embed::mount::{mount_host, unmark};
use crate::services::url_state::{query_of, search_pairs};

/// A mounted widget.
#[wasm_bindgen]
pub struct NewsdeckHandle {
    app: Option<AppHandle<App>>,
    embed: Embed,
    host: Element,
}

#[wasm_bindgen]
impl NewsdeckHandle {
    /// Removes the widget from its element; the element can be mounted again.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        // Else the next element the page adds would mount it again.
        let _ = self.host.remove_attribute("data-newsdeck");
        unmark(&self.host);
    }

    /// Shows a view written as URL parameters: `"q=ai&topic=robotics"`.
    #[wasm_bindgen(js_name = setQuery)]
    pub fn set_query(&self, view: &str) {
        self.embed.set_query(query_of(&search_pairs(view)));
    }
}

/// Mounts a widget into `element`, configured by its `data-*` attributes.
#[wasm_bindgen(js_name = mount)]
pub fn mount_element(element: Element) -> Result<NewsdeckHandle, JsValue> {
    element.set_attribute("data-newsdeck", "")?;
    let (app, embed) = mount_host(&element, 0)
        .ok_or_else(|| JsValue::from_str("newsdeck: this element already holds a widget"))?;
    Ok(NewsdeckHandle {
        app: Some(app),
        embed,
        host: element,
    })
}
