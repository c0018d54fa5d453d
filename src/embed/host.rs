//! The link between one widget and the page that embeds it: DOM events on
//! the host element, and requests from the JavaScript API.

use std::cell::RefCell;
use std::rc::Rc;

use newsdeck_core::Query;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

/// Shared by a widget's components through context.
#[derive(Clone, Default)]
pub struct Embed(Rc<Link>);

#[derive(Default)]
struct Link {
    host: Option<Element>,
    set_query: RefCell<Option<Callback<Query>>>,
}

impl PartialEq for Embed {
    fn eq(&self, other: &Embed) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Embed {
    pub fn new(host: Element) -> Embed {
        Embed(Rc::new(Link {
            host: Some(host),
            set_query: RefCell::default(),
        }))
    }

    /// Dispatches `name` on the host element, bubbling, with `detail`.
    pub fn emit(&self, name: &str, detail: &JsValue) {
        let Some(host) = &self.0.host else { return };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = host.dispatch_event(&event);
        }
    }

    /// Where [`Embed::set_query`] sends its views; the widget's deck registers it.
    pub fn on_set_query(&self, callback: Callback<Query>) {
        self.0.set_query.replace(Some(callback));
    }

    /// Shows `query`, as if the reader had chosen it.
    pub fn set_query(&self, query: Query) {
        if let Some(callback) = self.0.set_query.borrow().as_ref() {
            callback.emit(query);
        }
    }
}

/// A plain JS object from name/value pairs; repeated names become arrays.
pub fn object_of(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (name, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

/// A view as an object of URL-style parameters: `{q: "ai", topic: ["ai"]}`.
pub fn query_object(query: &Query) -> JsValue {
    let object = js_sys::Object::new();
    for (name, value) in query.to_params() {
        let key = JsValue::from_str(name);
        let value = JsValue::from_str(&value);
        let existing = js_sys::Reflect::get(&object, &key).unwrap_or(JsValue::UNDEFINED);
        let merged = if existing.is_undefined() {
            value
        } else if existing.is_array() {
            js_sys::Array::from(&existing).push(&value);
            existing
        } else {
            js_sys::Array::of2(&existing, &value).into()
        };
        let _ = js_sys::Reflect::set(&object, &key, &merged);
    }
    object.into()
}
