//! Scrolling whatever the feed scrolls in: the page, or a box of the host
//! page that the widget sits in.

use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot, Window};

/// Scrolls the nearest box around the feed that scrolls (looking out
/// through the widget's shadow root), else the page, by `pixels` down.
pub fn scroll_by(feed: &Element, pixels: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let page = window.document().and_then(|d| d.body());
    let mut around = outer(feed);
    while let Some(element) = around {
        if page
            .as_ref()
            .is_some_and(|body| body.unchecked_ref::<Element>() == &element)
        {
            break;
        }
        if scrolls(&window, &element) {
            element.scroll_by_with_x_and_y(0.0, pixels);
            return;
        }
        around = outer(&element);
    }
    window.scroll_by_with_x_and_y(0.0, pixels);
}

/// The element around this one, stepping out of a shadow root to its host.
fn outer(element: &Element) -> Option<Element> {
    element.parent_element().or_else(|| {
        element
            .parent_node()
            .and_then(|node| node.dyn_into::<ShadowRoot>().ok())
            .map(|root| root.host())
    })
}

/// Whether the element is a box whose content scrolls up and down.
fn scrolls(window: &Window, element: &Element) -> bool {
    let overflow = window
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("overflow-y").ok())
        .unwrap_or_default();
    matches!(overflow.as_str(), "auto" | "scroll" | "overlay")
        && element.scroll_height() > element.client_height()
}
