//! The elements around the feed that keyboard focus can go to, for the
//! feed pattern's Ctrl + End and Ctrl + Home.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node, ShadowRoot};

/// What Tab can reach (cards are inside the feed, so never chosen).
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), \
    select:not([disabled]), textarea:not([disabled]), summary, [contenteditable]:not([contenteditable=false]), \
    [tabindex]:not([tabindex='-1'])";

/// The first focusable element after the feed: in the widget ("Show more
/// stories"), else in the host page after the widget.
pub fn after(feed: &Element) -> Option<HtmlElement> {
    nearest(feed, Node::DOCUMENT_POSITION_FOLLOWING)
}

/// The nearest focusable element before the feed (where Shift + Tab from
/// the feed's start would go): the widget's controls, else the host page's.
pub fn before(feed: &Element) -> Option<HtmlElement> {
    nearest(feed, Node::DOCUMENT_POSITION_PRECEDING)
}

/// Looks in the feed's own tree, then in the host page around the widget:
/// the widget lives in a shadow root, which the host page's queries do not
/// enter, nor this one the host's.
fn nearest(feed: &Element, side: u16) -> Option<HtmlElement> {
    let mut from = feed.clone();
    loop {
        let top = topmost(&from);
        if let Some(found) = nearest_in(&top, &from, side) {
            return Some(found);
        }
        from = top.parent_node()?.dyn_into::<ShadowRoot>().ok()?.host();
    }
}

fn nearest_in(top: &Element, from: &Element, side: u16) -> Option<HtmlElement> {
    let list = top.query_selector_all(FOCUSABLE).ok()?;
    let mut candidates = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|element| {
            from.compare_document_position(element) & side != 0
                && !element.contains(Some(from))
                && !from.contains(Some(element))
                && shown(element)
        });
    if side == Node::DOCUMENT_POSITION_FOLLOWING {
        candidates.next()
    } else {
        candidates.next_back()
    }
}

/// The outermost element of `element`'s tree (of its shadow root, or the
/// document's root element).
fn topmost(element: &Element) -> Element {
    let mut top = element.clone();
    while let Some(parent) = top.parent_element() {
        top = parent;
    }
    top
}

/// Laid out, so focus can land on it (a closed panel's controls cannot).
fn shown(element: &HtmlElement) -> bool {
    let rect = element.get_bounding_client_rect();
    rect.width() > 0.0 || rect.height() > 0.0
}
