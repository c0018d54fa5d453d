//! The JavaScript API: `newsdeck.mount(element, options)` and the handle it
//! returns, for pages that create widgets from script.

use newsdeck_core::Query;
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

    /// Shows a view: `"q=ai&topic=robotics&sort=trending"` or
    /// `{q: "ai", topic: ["robotics"], sort: "trending"}`.
    #[wasm_bindgen(js_name = setQuery)]
    pub fn set_query(&self, view: JsValue) {
        self.embed.set_query(query_from_js(&view));
    }
}

/// Mounts a widget into `element`. `options` use the attribute names without
/// `data-`, in camelCase: `{src: "news.json", pageSize: 12, layout: "list"}`.
#[wasm_bindgen(js_name = mount)]
pub fn mount_element(element: Element, options: JsValue) -> Result<NewsdeckHandle, JsValue> {
    if let Ok(entries) =
        js_sys::Object::entries(&options.clone().into()).dyn_into::<js_sys::Array>()
    {
        for entry in entries.iter() {
            let pair = js_sys::Array::from(&entry);
            let name = pair.get(0).as_string().unwrap_or_default();
            let value = attribute_value(&pair.get(1));
            element.set_attribute(&format!("data-{}", kebab_case(&name)), &value)?;
        }
    }
    element.set_attribute("data-newsdeck", "")?;
    let (app, embed) = mount_host(&element, 0)
        .ok_or_else(|| JsValue::from_str("newsdeck: this element already holds a widget"))?;
    Ok(NewsdeckHandle {
        app: Some(app),
        embed,
        host: element,
    })
}

/// `["AI", "Robotics"]` → `AI,Robotics`; `false` → `off`; other values as text.
fn attribute_value(value: &JsValue) -> String {
    if value.is_array() {
        let items: Vec<String> = js_sys::Array::from(value)
            .iter()
            .map(|v| attribute_value(&v))
            .collect();
        return items.join(",");
    }
    match value.as_bool() {
        Some(true) => "on".to_owned(),
        Some(false) => "off".to_owned(),
        // Numbers as JavaScript writes them: Rust's float formatting would
        // add kilobytes to the WebAssembly for this one use.
        None => value
            .as_string()
            .or_else(|| {
                value.as_f64()?;
                js_sys::Number::from(value.clone())
                    .to_string_with_radix(10)
                    .ok()
                    .map(String::from)
            })
            .unwrap_or_default(),
    }
}

/// `pageSize` → `page-size`.
fn kebab_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn query_from_js(view: &JsValue) -> Query {
    let mut pairs: Vec<(String, String)> = Vec::new();
    if let Some(text) = view.as_string() {
        pairs = search_pairs(&text);
    } else if let Ok(entries) =
        js_sys::Object::entries(&view.clone().into()).dyn_into::<js_sys::Array>()
    {
        for entry in entries.iter() {
            let pair = js_sys::Array::from(&entry);
            let name = pair.get(0).as_string().unwrap_or_default();
            let values = pair.get(1);
            let values: Vec<JsValue> = if values.is_array() {
                js_sys::Array::from(&values).to_vec()
            } else {
                vec![values]
            };
            pairs.extend(values.iter().map(|v| (name.clone(), attribute_value(v))));
        }
    }
    query_of(&pairs)
}
