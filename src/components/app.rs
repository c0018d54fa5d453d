//! One widget: loads its bundle, then shows the feed, or says what went wrong.

use std::sync::atomic::{AtomicUsize, Ordering};

use newsdeck_core::{ParsedBundle, Query};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::deck::Deck;
use crate::components::load_error::LoadErrorBox;
use crate::components::skeleton_card::LoadingFeed;
use crate::loaded::LoadedFeed;
use crate::services::bundle::{load_bundle, warn_about_skipped, LoadError};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Address of the bundle, relative to the page.
    pub src: AttrValue,
    /// The view to open with, from the element's attributes.
    #[prop_or_default]
    pub initial: Query,
    /// The widget's prefix for its view in the page URL; `None` leaves the URL alone.
    #[prop_or_default]
    pub state_key: Option<AttrValue>,
    /// Group articles that are the same story into one card.
    #[prop_or(true)]
    pub cluster: bool,
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

    {
        let (state, now) = (state.clone(), now.clone());
        use_effect_with(
            (props.src.clone(), props.cluster, *attempt),
            move |(src, cluster, _)| {
                state.set(LoadState::Loading);
                let (src, cluster) = (src.clone(), *cluster);
                spawn_local(async move {
                    let next = match load_bundle(&src).await {
                        Ok(bundle) => ready(bundle, cluster),
                        Err(err) => LoadState::Failed(err),
                    };
                    now.set(now_unix_seconds());
                    state.set(next);
                });
            },
        );
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
                initial={props.initial.clone()}
                state_key={props.state_key.clone()}
            />
        },
    };
    html! {
        <section class="newsdeck" aria-label="News">{ body }</section>
    }
}

fn ready(bundle: ParsedBundle, cluster: bool) -> LoadState {
    warn_about_skipped(&bundle.report);
    LoadState::Ready(LoadedFeed::from_bundle(bundle, cluster))
}

fn now_unix_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
