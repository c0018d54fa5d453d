//! Keeping a widget's view in the page URL, so a copied link reopens it and
//! Back/Forward step through changes. Each widget's parameters carry its own
//! prefix (`news.q=...`), so the host page's parameters and other widgets'
//! are never touched.

use newsdeck_core::Query;
use web_sys::UrlSearchParams;

/// The view stored under `key` in the current URL, if any is.
pub fn read(key: &str) -> Option<Query> {
    let search = web_sys::window()?.location().search().ok()?;
    let prefix = format!("{key}.");
    let pairs: Vec<(String, String)> = search_pairs(&search)
        .into_iter()
        .filter_map(|(name, value)| Some((name.strip_prefix(&prefix)?.to_owned(), value)))
        .collect();
    (!pairs.is_empty()).then(|| query_of(&pairs))
}

/// The name/value pairs of a query string (`a=1&b=2`, `?` or not), in order,
/// as the browser reads them.
pub fn search_pairs(search: &str) -> Vec<(String, String)> {
    let Ok(params) = UrlSearchParams::new_with_str(search) else {
        return Vec::new();
    };
    let entries = js_sys::try_iter(&params.entries()).ok().flatten();
    entries
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| {
            let pair = js_sys::Array::from(&entry);
            (
                pair.get(0).as_string().unwrap_or_default(),
                pair.get(1).as_string().unwrap_or_default(),
            )
        })
        .collect()
}

/// The view URL-style pairs describe: one place reads them, for the URL and
/// for `setQuery`, so the widget carries one copy of the reading.
pub fn query_of(pairs: &[(String, String)]) -> Query {
    Query::from_params(
        pairs
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    )
}

/// Writes `query` under `key`, as a new history entry or over the current one.
pub fn write(key: &str, query: &Query, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(search), Ok(path), Ok(hash)) =
        (location.search(), location.pathname(), location.hash())
    else {
        return;
    };
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return;
    };
    let prefix = format!("{key}.");
    let mine: Vec<String> = js_sys::try_iter(&params.keys())
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .filter_map(|name| name.ok()?.as_string())
        .filter(|name| name.starts_with(&prefix))
        .collect();
    for name in mine {
        params.delete(&name);
    }
    for (name, value) in query.to_params() {
        params.append(&format!("{prefix}{name}"), &value);
    }
    let search = String::from(params.to_string());
    let url = if search.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{search}{hash}")
    };
    let Ok(history) = window.history() else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(&url))
    } else {
        history.push_state_with_url(&state, "", Some(&url))
    };
}
