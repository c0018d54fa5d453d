//! Finding the host page's `[data-newsdeck]` elements and starting a widget in each.

use newsdeck_core::Query;
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
            initial: initial_view(&host),
            state_key: state_key(&host, index),
            cluster: !host
                .get_attribute("data-cluster")
                .is_some_and(|v| v.eq_ignore_ascii_case("off")),
        };
        yew::Renderer::<App>::with_root_and_props(host, props).render();
        mounted += 1;
    }
    mounted
}

/// The view set by attributes: `data-query`, `data-topics="AI,Robotics"`,
/// `data-sources`, `data-sort`, `data-time`, `data-quality`. The same
/// vocabulary as the URL, read by the same code.
fn initial_view(host: &Element) -> Query {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let single = [
        ("data-query", "q"),
        ("data-sort", "sort"),
        ("data-time", "time"),
        ("data-quality", "quality"),
    ];
    for (attribute, name) in single {
        if let Some(value) = host.get_attribute(attribute) {
            pairs.push((name, value));
        }
    }
    let lists = [
        ("data-topics", "topic"),
        ("data-sources", "source"),
        ("data-types", "type"),
    ];
    for (attribute, name) in lists {
        let values = host.get_attribute(attribute).unwrap_or_default();
        pairs.extend(
            values
                .split(',')
                .filter(|v| !v.trim().is_empty())
                .map(|v| (name, v.trim().to_owned())),
        );
    }
    Query::from_params(pairs.iter().map(|(name, value)| (*name, value.as_str())))
}

/// The prefix of this widget's URL parameters: `data-state-key`, else the
/// element's `id`, else `news` (`news2`, ... for later widgets);
/// `data-url-state="off"` keeps the URL untouched.
fn state_key(host: &Element, index: u32) -> Option<yew::AttrValue> {
    if host
        .get_attribute("data-url-state")
        .is_some_and(|v| v.eq_ignore_ascii_case("off"))
    {
        return None;
    }
    let named = host
        .get_attribute("data-state-key")
        .or_else(|| Some(host.id()))
        .filter(|k| !k.trim().is_empty());
    let key = named.unwrap_or_else(|| {
        if index == 0 {
            "news".to_owned()
        } else {
            format!("news{}", index + 1)
        }
    });
    Some(key.into())
}
