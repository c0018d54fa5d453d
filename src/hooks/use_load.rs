//! Loading a widget's bundle: fetches its start when the widget mounts (and
//! again on Retry), and further parts when the reader asks, and hands what
//! arrives to the load's state machine (`state::load`).

use std::cell::Cell;
use std::ops::Deref;
use std::rc::Rc;

use newsdeck_core::Settings;
use wasm_bindgen::JsValue;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::embed::host::{object_of, Embed};
use crate::services::bundle::{load_next, load_start, warn_about_skipped, LoadError};
use crate::services::clock::now_unix_seconds;
use crate::services::fetch::{FirstLook, Limits};
use crate::state::load::{Load, LoadAction, LoadState};
use crate::state::loaded::LoadedFeed;

/// A widget's load, and what the reader can do about it.
pub struct LoadHandle {
    load: UseReducerHandle<Load>,
    /// Loads the bundle again, from the start.
    pub onretry: Callback<()>,
    /// Loads the feed's next part (API page or shard), while there is one.
    pub onmore: Callback<()>,
}

impl Deref for LoadHandle {
    type Target = Load;

    fn deref(&self) -> &Load {
        &self.load
    }
}

/// Loads the bundle the settings name. `now` is set whenever stories
/// arrive; the host page is told when the bundle has loaded.
#[hook]
pub fn use_load(settings: &Settings, embed: &Embed, now: &UseStateHandle<i64>) -> LoadHandle {
    let load = use_reducer(Load::default);
    let attempt = use_state(u32::default);
    {
        let (load, now, embed) = (load.clone(), now.clone(), embed.clone());
        let (src, cluster, next) = (
            settings.src.clone(),
            settings.cluster,
            settings.next_page.clone(),
        );
        let limits = limits_of(settings);
        let offline_copy = settings.offline_copy;
        // Enough articles for the first screen, clustering or not.
        let first_count = settings.page_size * 2;
        use_effect_with(
            (src, cluster, next, *attempt),
            move |(src, cluster, next, _)| {
                load.dispatch(LoadAction::Start { cluster: *cluster });
                let (src, next) = (src.clone(), next.clone());
                // Cleared when another source or a retry starts a new load,
                // or the widget goes: this one then changes nothing more.
                let current = Rc::new(Cell::new(true));
                let first_look = FirstLook {
                    count: first_count,
                    show: Box::new({
                        let (load, now, current) = (load.clone(), now.clone(), current.clone());
                        move |articles| {
                            if current.get() {
                                now.set(now_unix_seconds());
                                load.dispatch(LoadAction::FirstLook(articles));
                            }
                        }
                    }),
                };
                {
                    let current = current.clone();
                    spawn_local(async move {
                        let part =
                            load_start(&src, next.as_deref(), limits, first_look, offline_copy)
                                .await;
                        if !current.get() {
                            return;
                        }
                        if let Ok(part) = &part {
                            warn_about_skipped(&part.bundle.report);
                        }
                        now.set(now_unix_seconds());
                        load.dispatch(LoadAction::Started(part));
                        match &load.state {
                            LoadState::Ready(loaded) => announce_ready(loaded, &embed),
                            LoadState::Failed(why) => announce_failure(why, &embed),
                            _ => {}
                        }
                    });
                }
                move || current.set(false)
            },
        );
    }
    let onmore = {
        let load = load.clone();
        let limits = limits_of(settings);
        Callback::from(move |()| {
            if load.loading_more || !load.has_more() {
                return;
            }
            let remaining = load.remaining.clone();
            load.dispatch(LoadAction::More);
            let load = load.clone();
            spawn_local(async move {
                let part = match load_next(remaining, limits).await {
                    Ok(part) => {
                        warn_about_skipped(&part.bundle.report);
                        Some(part)
                    }
                    Err(err) => {
                        web_sys::console::warn_1(
                            &format!("newsdeck: more stories could not be loaded: {err}").into(),
                        );
                        None
                    }
                };
                load.dispatch(LoadAction::MoreArrived(part));
            });
        })
    };
    let onretry = Callback::from(move |()| attempt.set(*attempt + 1));
    LoadHandle {
        load,
        onretry,
        onmore,
    }
}

fn limits_of(settings: &Settings) -> Limits {
    Limits {
        timeout_seconds: settings.timeout_seconds,
        max_size_mb: settings.max_size_mb,
    }
}

/// Tells the host page the feed could not load (`newsdeck:error`), so it
/// can, say, hide the section the widget is in.
fn announce_failure(why: &LoadError, embed: &Embed) {
    let detail = object_of(&[("message", JsValue::from_str(&why.to_string()))]);
    embed.emit("newsdeck:error", &detail);
}

/// Tells the host page the bundle has loaded (`newsdeck:ready`).
fn announce_ready(loaded: &LoadedFeed, embed: &Embed) {
    let count = |n: usize| JsValue::from_f64(n as f64);
    let detail = object_of(&[
        ("stories", count(loaded.stories)),
        ("articles", count(loaded.feed.len())),
        ("skipped", count(loaded.skipped)),
    ]);
    embed.emit("newsdeck:ready", &detail);
}
