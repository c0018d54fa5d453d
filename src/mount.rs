//! Finding the host page's `[data-newsdeck]` elements and starting a widget in each.

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::app::{App, AppProps};

/// Marks an element whose widget is already running, so a second call to
/// [`mount_all`] never mounts it twice.
const MOUNTED: &str = "data-newsdeck-mounted";

/// Installs the panic hook, then mounts every widget on the page.
pub fn start() {
    console_error_panic_hook::set_once();
    mount_all();
}

/// Mounts a widget into each `[data-newsdeck]` element not yet mounted;
/// returns how many were mounted.
pub fn mount_all() -> usize {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(hosts) = document.query_selector_all("[data-newsdeck]") else {
        return 0;
    };
    let mut mounted = 0;
    for index in 0..hosts.length() {
        let Some(host) = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        else {
            continue;
        };
        if host.has_attribute(MOUNTED) {
            continue;
        }
        let _ = host.set_attribute(MOUNTED, "");
        let props = AppProps {
            src: host.get_attribute("data-src").unwrap_or_default().into(),
        };
        yew::Renderer::<App>::with_root_and_props(host, props).render();
        mounted += 1;
    }
    mounted
}
