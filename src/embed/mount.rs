//! Finding the host page's `[data-newsdeck]` elements and starting a widget
//! in each, inside a shadow root so host and widget styles never mix.

use std::rc::Rc;

use newsdeck_core::read_settings;
use wasm_bindgen::prelude::*;
use web_sys::{
    CssStyleSheet, Element, HtmlElement, MutationObserver, MutationObserverInit, ShadowRootInit,
    ShadowRootMode,
};
use yew::AppHandle;

use crate::components::app::{App, AppProps};
use crate::embed::crash;
use crate::embed::host::Embed;
use crate::services::early;

/// Marks an element whose widget is running, so it is never mounted twice.
const MOUNTED: &str = "data-newsdeck-mounted";

/// The widget's styles, adopted by each widget's shadow root: no extra
/// request, nothing leaks out, and strict Content Security Policies allow it.
/// static/newsdeck.css without its comments and indentation (see build.rs).
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/newsdeck.css"));

/// Starts newsdeck on the page, called by the entry script: installs the
/// panic boundary (`on_crash(message)`, see `crash`) and the bundles it
/// began fetching (`take_early(address)`, see `services::early`), mounts
/// every widget on the page, and keeps watching for `[data-newsdeck]`
/// elements added later.
#[wasm_bindgen]
pub fn start(on_crash: js_sys::Function, take_early: Option<js_sys::Function>) {
    crash::install(on_crash);
    early::install(take_early);
    mount_all();
    watch_for_new_hosts();
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
    let hosts = (0..hosts.length()).filter_map(|i| hosts.item(i)?.dyn_into::<Element>().ok());
    hosts
        .enumerate()
        .filter_map(|(index, host)| mount_host(&host, index))
        .count()
}

/// Starts a widget in `host` unless one runs there already. `index` is the
/// host's place on the page, for a default URL prefix.
pub fn mount_host(host: &Element, index: usize) -> Option<(AppHandle<App>, Embed)> {
    if host.has_attribute(MOUNTED) || crash::has_crashed() {
        return None;
    }
    let (settings, warnings) = read_settings(|name| host.get_attribute(name));
    for warning in warnings {
        web_sys::console::warn_1(&warning.to_string().into());
    }
    let root = widget_root(host)?;
    let _ = host.set_attribute(MOUNTED, "");
    let state_key = settings.url_state.then(|| {
        let key = settings.state_key.clone();
        key.unwrap_or_else(|| {
            if index == 0 {
                "news".to_owned()
            } else {
                format!("news{}", index + 1)
            }
        })
        .into()
    });
    let embed = Embed::new(host.clone());
    let props = AppProps {
        settings: Rc::new(settings),
        state_key,
        embed: embed.clone(),
    };
    Some((
        yew::Renderer::<App>::with_root_and_props(root, props).render(),
        embed,
    ))
}

/// Forgets that `host` holds a widget, after its widget was destroyed.
pub fn unmark(host: &Element) {
    let _ = host.remove_attribute(MOUNTED);
    if let Some(shadow) = host.shadow_root() {
        shadow.set_inner_html("");
    }
}

/// A fresh element in the host's shadow root, with the widget's styles.
fn widget_root(host: &Element) -> Option<Element> {
    let document = web_sys::window()?.document()?;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
            Ok(shadow) => shadow,
            Err(_) => {
                let tag = host.tag_name().to_ascii_lowercase();
                web_sys::console::warn_1(
                    &format!("newsdeck: a <{tag}> cannot hold a widget; use a <div>").into(),
                );
                return None;
            }
        },
    };
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(STYLES).ok()?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    // The host is the page's element: a page rule such as `* { all: unset
    // !important }` must not make it inline. Set through the CSS object
    // model, which strict Content Security Policies allow.
    if let Some(host) = host.dyn_ref::<HtmlElement>() {
        let _ = host
            .style()
            .set_property_with_priority("display", "block", "important");
    }
    let root = document.create_element("div").ok()?;
    shadow.append_child(&root).ok()?;
    Some(root)
}

/// Mounts widgets on `[data-newsdeck]` elements the page adds later.
fn watch_for_new_hosts() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(target) = document.document_element() else {
        return;
    };
    let on_change = Closure::<dyn FnMut()>::new(|| {
        mount_all();
    });
    let Ok(observer) = MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        return;
    };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    let _ = observer.observe_with_options(&target, &options);
    // The observer watches for the page's whole life.
    on_change.forget();
}
