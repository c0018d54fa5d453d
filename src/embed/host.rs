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
    /// A view the page set before the deck was there to show it.
    waiting_query: RefCell<Option<Query>>,
    /// The page's own origin with a slash (`https://example.com/`): links
    /// there keep the referrer whatever `data-noreferrer` says.
    own_site: String,
    /// `data-noreferrer="off"`: every link keeps the referrer. Off by
    /// default, so a widget made without settings (in tests) withholds it.
    keep_referrer: bool,
}

impl PartialEq for Embed {
    fn eq(&self, other: &Embed) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Embed {
    pub fn new(host: Element, noreferrer: bool) -> Embed {
        let origin = web_sys::window().and_then(|window| window.location().origin().ok());
        Embed(Rc::new(Link {
            host: Some(host),
            set_query: RefCell::default(),
            waiting_query: RefCell::default(),
            own_site: origin.map(|origin| origin + "/").unwrap_or_default(),
            keep_referrer: !noreferrer,
        }))
    }

    /// Dispatches `name` on the host element, bubbling, with `detail`.
    pub fn emit(&self, name: &str, detail: &JsValue) {
        self.dispatch(name, detail, false);
    }

    /// [`Embed::emit`] for an event the host page may cancel: whether it did
    /// not, so the widget goes on.
    pub fn ask(&self, name: &str, detail: &JsValue) -> bool {
        self.dispatch(name, detail, true)
    }

    fn dispatch(&self, name: &str, detail: &JsValue, cancelable: bool) -> bool {
        let Some(host) = &self.0.host else {
            return true;
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(cancelable);
        init.set_detail(detail);
        match CustomEvent::new_with_event_init_dict(name, &init) {
            Ok(event) => host.dispatch_event(&event).unwrap_or(true),
            Err(_) => true,
        }
    }

    /// The `rel` of a story link to `href`: `noopener` always, and
    /// `noreferrer` for other sites unless the page turned it off.
    pub fn link_rel(&self, href: &str) -> &'static str {
        let own = !self.0.own_site.is_empty() && href.starts_with(&self.0.own_site);
        match !self.0.keep_referrer && !own {
            true => "noopener noreferrer",
            false => "noopener",
        }
    }

    /// Where [`Embed::set_query`] sends its views; the widget's deck registers it.
    /// A view set before it came (while the feed loaded) is shown now.
    pub fn on_set_query(&self, callback: Callback<Query>) {
        if let Some(query) = self.0.waiting_query.take() {
            callback.emit(query);
        }
        self.0.set_query.replace(Some(callback));
    }

    /// Shows `query`, as if the reader had chosen it; as soon as the feed
    /// is there, if it is still loading.
    pub fn set_query(&self, query: Query) {
        match self.0.set_query.borrow().as_ref() {
            Some(callback) => callback.emit(query),
            None => *self.0.waiting_query.borrow_mut() = Some(query),
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
