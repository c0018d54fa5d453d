//! The prefixes of the widgets' views in the page URL (`news.q=ai`), one
//! widget each: a widget without a `data-state-key` or `id` takes `news`,
//! or `news2`, `news3`… when that is taken; one whose key another widget
//! has (two elements of one `id`) takes its key numbered the same way. A
//! widget gives its prefix back when it is destroyed.

use std::cell::RefCell;

use yew::AttrValue;

thread_local! {
    static TAKEN: RefCell<Vec<AttrValue>> = const { RefCell::new(Vec::new()) };
}

/// The first free of `wanted` (the element's own key, else `news`),
/// `wanted2`, `wanted3`…; taken until [`give_back`].
pub fn take(wanted: Option<&str>) -> AttrValue {
    let wanted = wanted.unwrap_or("news");
    TAKEN.with_borrow_mut(|taken| {
        let is_free = |key: &str| !taken.iter().any(|t| t.as_str() == key);
        let key: AttrValue = (1..)
            .map(|n| match n {
                1 => wanted.to_owned(),
                n => format!("{wanted}{n}"),
            })
            .find(|key| is_free(key))
            .unwrap_or_default()
            .into();
        taken.push(key.clone());
        key
    })
}

/// Frees `key` for the next widget.
pub fn give_back(key: &str) {
    TAKEN.with_borrow_mut(|taken| {
        if let Some(place) = taken.iter().position(|t| t.as_str() == key) {
            taken.swap_remove(place);
        }
    });
}
