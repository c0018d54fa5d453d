//! One widget: loads its bundle, then shows the feed, or says what went wrong.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use newsdeck_core::{Layout, ParsedBundle, Settings, Theme};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::deck::Deck;
use crate::components::load_error::LoadErrorBox;
use crate::components::skeleton_card::LoadingFeed;
use crate::embed::{object_of, Embed};
use crate::loaded::LoadedFeed;
use crate::services::bundle::{load_bundle, warn_about_skipped, LoadError};
use crate::services::dates::Dates;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Everything the element's attributes configure.
    pub settings: Rc<Settings>,
    /// The widget's prefix for its view in the page URL; `None` leaves the URL alone.
    #[prop_or_default]
    pub state_key: Option<AttrValue>,
    /// Events to the host page, requests from the JavaScript API.
    #[prop_or_default]
    pub embed: Embed,
}

#[derive(Clone, PartialEq)]
enum LoadState {
    Loading,
    Failed(LoadError),
    Ready(LoadedFeed),
}

/// Element ids must be unique on the page, also with several widgets on it.
fn next_instance_prefix() -> AttrValue {
    static WIDGETS: AtomicUsize = AtomicUsize::new(0);
    format!("newsdeck-{}", WIDGETS.fetch_add(1, Ordering::Relaxed)).into()
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_state(|| LoadState::Loading);
    let attempt = use_state(|| 0u32);
    let id_prefix = use_memo((), |_| next_instance_prefix());
    // Read once per load, so relative times do not shift between renders.
    let now = use_state(now_unix_seconds);
    let settings = &props.settings;
    let dates = use_memo(settings.clone(), |settings| {
        Rc::new(Dates::new(
            settings.locale.as_deref(),
            settings.time_zone.as_deref(),
        ))
    });
    use_minute_clock(now.clone());

    {
        let (state, now, embed) = (state.clone(), now.clone(), props.embed.clone());
        let (src, cluster) = (settings.src.clone(), settings.cluster);
        use_effect_with((src, cluster, *attempt), move |(src, cluster, _)| {
            state.set(LoadState::Loading);
            let (src, cluster) = (src.clone(), *cluster);
            spawn_local(async move {
                let next = match load_bundle(&src).await {
                    Ok(bundle) => ready(bundle, cluster, &embed),
                    Err(err) => LoadState::Failed(err),
                };
                now.set(now_unix_seconds());
                state.set(next);
            });
        });
    }

    let onretry = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.set(*attempt + 1))
    };

    let body = match &*state {
        LoadState::Loading => html! { <LoadingFeed /> },
        LoadState::Failed(err) => html! { <LoadErrorBox message={err.to_string()} {onretry} /> },
        LoadState::Ready(loaded) => html! {
            <Deck
                loaded={loaded.clone()}
                now={*now}
                id_prefix={(*id_prefix).clone()}
                initial={settings.initial.clone()}
                state_key={props.state_key.clone()}
            />
        },
    };
    html! {
        <ContextProvider<Embed> context={props.embed.clone()}>
            <ContextProvider<Rc<Settings>> context={settings.clone()}>
            <ContextProvider<Rc<Dates>> context={(*dates).clone()}>
                <section class={classes!("newsdeck", layout_class(settings.layout), theme_class(settings.theme))} aria-label="News">
                    { body }
                </section>
            </ContextProvider<Rc<Dates>>>
            </ContextProvider<Rc<Settings>>>
        </ContextProvider<Embed>>
    }
}

fn layout_class(layout: Layout) -> &'static str {
    match layout {
        Layout::Grid => "newsdeck--grid",
        Layout::List => "newsdeck--list",
        Layout::Compact => "newsdeck--compact",
    }
}

fn theme_class(theme: Theme) -> Option<&'static str> {
    match theme {
        Theme::Auto => None,
        Theme::Light => Some("newsdeck--light"),
        Theme::Dark => Some("newsdeck--dark"),
    }
}

fn ready(bundle: ParsedBundle, cluster: bool, embed: &Embed) -> LoadState {
    warn_about_skipped(&bundle.report);
    let loaded = LoadedFeed::from_bundle(bundle, cluster);
    let count = |n: usize| JsValue::from_f64(n as f64);
    let detail = object_of(&[
        ("stories", count(loaded.stories)),
        ("articles", count(loaded.feed.len())),
        ("skipped", count(loaded.skipped)),
    ]);
    embed.emit("newsdeck:ready", &detail);
    LoadState::Ready(loaded)
}

/// Moves `now` on every minute, so "5 minutes ago" stays true while the page
/// stays open.
#[hook]
fn use_minute_clock(now: UseStateHandle<i64>) {
    use_effect_with((), move |_| {
        let tick = Closure::<dyn Fn()>::new(move || now.set(now_unix_seconds()));
        let window = web_sys::window();
        let timer = window.as_ref().and_then(|w| {
            w.set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                60_000,
            )
            .ok()
        });
        move || {
            if let (Some(window), Some(timer)) = (window, timer) {
                window.clear_interval_with_handle(timer);
            }
            drop(tick);
        }
    });
}

fn now_unix_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
