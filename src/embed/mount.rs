//! Starting a widget in an element the entry script found on the page or
//! was given, inside a shadow root so host and widget styles never mix.
//! Which elements hold a widget, and whether one can (an `<img>` cannot,
//! nor an element with another script's shadow root), is the entry
//! script's to know, not an attribute's: a copy of an element carries its
//! attributes, not its widget.

use std::rc::Rc;

use newsdeck_core::read_settings;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, ShadowRoot};
use yew::{AppHandle, AttrValue};

use crate::components::app::{App, AppProps};
use crate::embed::crash;
use crate::embed::host::Embed;
use crate::embed::state_keys;
use crate::services::early;
use crate::services::intl_dates::drop_unknown_zone;

/// The widget's styles, adopted by each widget's shadow root: no extra
/// request, nothing leaks out, and strict Content Security Policies allow it
/// (engines that cannot adopt them get a <style> element instead).
/// static/newsdeck.css without its comments and indentation (see build.rs).
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/newsdeck.css"));

/// Starts newsdeck on the page, called by the entry script before it mounts
/// any widget: installs the panic boundary (`on_crash(message)`, see
/// `crash`) and the bundles it began fetching (`take_early(address)`, see
/// `services::early`).
#[wasm_bindgen]
pub fn start(on_crash: js_sys::Function, take_early: Option<js_sys::Function>) {
    crash::install(on_crash);
    early::install(take_early);
}

/// A widget running in its element.
pub struct Mounted {
    pub app: AppHandle<App>,
    pub embed: Embed,
    /// Its prefix in the page URL, if it keeps its view there.
    pub state_key: Option<AttrValue>,
}

/// Starts a widget in `host`'s shadow root `shadow`, configured by
/// `options` (attribute names to values, kept by the entry script: the
/// host's attributes stay the page's) and then by the host's attributes;
/// `None` when this copy of newsdeck has crashed.
pub fn mount_host(host: &Element, shadow: &ShadowRoot, options: &JsValue) -> Option<Mounted> {
    if crash::has_crashed() {
        return None;
    }
    let attribute = |name: &str| {
        js_sys::Reflect::get(options, &name.into())
            .ok()
            .and_then(|value| value.as_string())
            .or_else(|| host.get_attribute(name))
    };
    let (mut settings, mut warnings) = read_settings(attribute);
    warnings.extend(drop_unknown_zone(&mut settings));
    for warning in warnings {
        warn_about(host, &warning);
    }
    let root = widget_root(shadow)?;
    let state_key = settings
        .url_state
        .then(|| own_state_key(host, settings.state_key.as_deref(), &attribute));
    let embed = Embed::new(host.clone(), settings.noreferrer);
    let props = AppProps {
        settings: Rc::new(settings),
        state_key: state_key.clone(),
        embed: embed.clone(),
    };
    Some(Mounted {
        app: yew::Renderer::<App>::with_root_and_props(root, props).render(),
        embed,
        state_key,
    })
}

/// `host`'s prefix in the page URL: its own key (or `news`), unless another
/// widget has it. Two widgets of one prefix would show each other's views,
/// so the second gets one of its own, and the page author is told.
fn own_state_key(
    host: &Element,
    wanted: Option<&str>,
    attribute: &dyn Fn(&str) -> Option<String>,
) -> AttrValue {
    let key = state_keys::take(wanted);
    if let Some(wanted) = wanted.filter(|wanted| *wanted != key.as_str()) {
        let attribute = match attribute("data-state-key").is_some() {
            true => "data-state-key",
            false => "id",
        };
        let tag = host.tag_name().to_ascii_lowercase();
        web_sys::console::warn_1(
            &format!(
                "newsdeck: <{tag} {attribute}=\"{wanted}\"> has the URL prefix of another widget \
                 on the page; it uses \"{key}\" instead (give each widget its own id or \
                 data-state-key)"
            )
            .into(),
        );
    }
    key
}

/// Gives `shadow` the widget's styles as a constructed stylesheet, where the
/// engine has them; false where it does not.
fn adopt_styles(shadow: &ShadowRoot) -> bool {
    let adopts = js_sys::Reflect::has(shadow, &"adoptedStyleSheets".into()).unwrap_or(false);
    let Some(sheet) = adopts.then(CssStyleSheet::new).and_then(Result::ok) else {
        return false;
    };
    if sheet.replace_sync(STYLES).is_err() {
        return false;
    }
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    true
}

/// Warns about `host` on the console, naming it as a page author would
/// find it: `newsdeck: #latest: data-page-size="0" is not valid …`.
pub fn warn_about(host: &Element, problem: &dyn std::fmt::Display) {
    let id = host.id();
    let element = match id.is_empty() {
        true => format!("<{}>", host.tag_name().to_ascii_lowercase()),
        false => format!("#{id}"),
    };
    web_sys::console::warn_1(&format!("newsdeck: {element}: {problem}").into());
}

/// Empties `host`'s shadow root after its widget was destroyed.
pub fn clear(host: &Element) {
    if let Some(shadow) = host.shadow_root() {
        shadow.set_inner_html("");
    }
}

/// A fresh element in the host's shadow root, with the widget's styles.
fn widget_root(shadow: &ShadowRoot) -> Option<Element> {
    let document = web_sys::window()?.document()?;
    // Beside what the entry script left: a first screen written ahead of
    // time, which the widget takes over from (see newsdeck.js).
    if !adopt_styles(shadow) {
        // Engines without constructed stylesheets (Safari before 16.4) read
        // a <style> element instead; only strict CSPs, which those engines'
        // readers rarely meet, refuse it. A widget without styles still
        // beats none.
        let style = document.create_element("style").ok()?;
        style.set_text_content(Some(STYLES));
        shadow.append_child(&style).ok()?;
    }
    // Nothing is set on the host element itself: it is the page's, whose
    // rules (and `hidden`) decide whether and how it shows.
    let root = document.create_element("div").ok()?;
    shadow.append_child(&root).ok()?;
    Some(root)
}
