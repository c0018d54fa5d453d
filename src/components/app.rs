//! One widget: loads its bundle, then shows the feed, or says what went wrong.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use newsdeck_core::{Article, Layout, Settings, Theme};
use wasm_bindgen::JsValue;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::deck::Deck;
use crate::embed::host::{object_of, Embed};
use crate::hooks::use_minute_clock::use_minute_clock;
use crate::hooks::use_shared::Shared;
use crate::services::bundle::{
    load_next, load_start, warn_about_skipped, FirstLook, Limits, LoadError, Part, Remaining,
};
use crate::services::clock::now_unix_seconds;
use crate::services::intl_dates::Dates;
use crate::state::loaded::LoadedFeed;
use crate::views::load_error_box::load_error_box;
use crate::views::markup::{attrs, Tag};
use crate::views::saved_copy_notice::saved_copy_notice;
use crate::views::skeleton_card::loading_feed;

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
    /// The first stories of a large bundle, while the rest arrives.
    Arriving(LoadedFeed),
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
    let attempt = use_state(u32::default);
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

    let progress = use_mut_ref(Progress::default);
    let loading_more = use_state(bool::default);
    {
        let (state, now, embed, progress) = (
            state.clone(),
            now.clone(),
            props.embed.clone(),
            progress.clone(),
        );
        let (src, cluster, next) = (
            settings.src.clone(),
            settings.cluster,
            settings.next_page.clone(),
        );
        let limits = limits_of(settings);
        // Enough articles for the first screen, clustering or not.
        let first_count = settings.page_size * 2;
        use_effect_with(
            (src, cluster, next, *attempt),
            move |(src, cluster, next, _)| {
                state.set(LoadState::Loading);
                let (src, cluster, next) = (src.clone(), *cluster, next.clone());
                // Cleared when another source or a retry starts a new load:
                // this one then shows nothing more.
                let current = Rc::new(Cell::new(true));
                // The stories a first look showed, kept as shown when all is in.
                let shown = Rc::new(RefCell::new(Vec::new()));
                let first_look = FirstLook {
                    count: first_count,
                    show: Box::new({
                        let (state, now, current, shown) =
                            (state.clone(), now.clone(), current.clone(), shown.clone());
                        move |articles| {
                            if current.get() {
                                let loaded = LoadedFeed::from_articles(articles, 0, cluster, &[]);
                                *shown.borrow_mut() = loaded.newest_stories();
                                now.set(now_unix_seconds());
                                state.set(LoadState::Arriving(loaded));
                            }
                        }
                    }),
                };
                {
                    let current = current.clone();
                    spawn_local(async move {
                        let part = load_start(&src, next.as_deref(), limits, first_look).await;
                        if !current.get() {
                            return;
                        }
                        let loaded = part.map(|part| {
                            let mut progress = progress.borrow_mut();
                            *progress = Progress::default();
                            progress.absorb(part, cluster, &shown.borrow())
                        });
                        now.set(now_unix_seconds());
                        state.set(match loaded {
                            Ok(loaded) => {
                                announce_ready(&loaded, &embed);
                                LoadState::Ready(loaded)
                            }
                            Err(err) => LoadState::Failed(err),
                        });
                    });
                }
                move || current.set(false)
            },
        );
    }
    // Further API pages or shards, fetched when the reader gets there.
    let has_more = progress.borrow().remaining != Remaining::Nothing;
    let onmore = {
        let (state, progress, loading_more, cluster) = (
            state.clone(),
            progress.clone(),
            loading_more.clone(),
            settings.cluster,
        );
        let limits = limits_of(settings);
        Callback::from(move |()| {
            if *loading_more {
                return;
            }
            loading_more.set(true);
            let (state, progress, loading_more) =
                (state.clone(), progress.clone(), loading_more.clone());
            spawn_local(async move {
                let remaining = progress.borrow().remaining.clone();
                match load_next(remaining, limits).await {
                    Ok(part) => state.set(LoadState::Ready(progress.borrow_mut().absorb(
                        part,
                        cluster,
                        &[],
                    ))),
                    Err(err) => web_sys::console::warn_1(
                        &format!("newsdeck: more stories could not be loaded: {err}").into(),
                    ),
                }
                loading_more.set(false);
            });
        })
    };

    let onretry = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.set(*attempt + 1))
    };

    let body = match &*state {
        LoadState::Loading => loading_feed(),
        LoadState::Failed(err) => load_error_box(err.to_string(), &onretry),
        LoadState::Arriving(loaded) | LoadState::Ready(loaded) => {
            // What `progress` holds is of the last whole load until this one ends.
            let arriving = matches!(*state, LoadState::Arriving(_));
            let saved_at = progress.borrow().saved_at.filter(|_| !arriving);
            let notice =
                saved_at.map(|saved_at| saved_copy_notice(&dates, saved_at, *now, &onretry));
            html! {
                <>
                // Always a node, so the deck keeps its place (and state) when a notice comes.
                { notice.unwrap_or_default() }
                <Deck
                    loaded={loaded.clone()}
                    now={*now}
                    id_prefix={(*id_prefix).clone()}
                    initial={settings.initial.clone()}
                    state_key={props.state_key.clone()}
                    more={(has_more && !arriving).then(|| onmore.clone())}
                    arriving={arriving}
                />
                </>
            }
        }
    };
    let theme = theme_class(settings.theme);
    let class = match theme {
        Some(theme) => format!("newsdeck {} {theme}", layout_class(settings.layout)),
        None => format!("newsdeck {}", layout_class(settings.layout)),
    };
    let section = Tag::new(
        "section",
        attrs!("class" => class, "aria-label" => settings.label.clone()),
    )
    .children(vec![body]);
    let shared = Shared {
        embed: props.embed.clone(),
        settings: settings.clone(),
        dates: (*dates).clone(),
    };
    html! {
        <ContextProvider<Shared> context={shared}>
            { section }
        </ContextProvider<Shared>>
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

fn limits_of(settings: &Settings) -> Limits {
    Limits {
        timeout_seconds: settings.timeout_seconds,
        max_size_mb: settings.max_size_mb,
    }
}

/// Everything loaded so far, part by part.
#[derive(Default)]
struct Progress {
    articles: Vec<Article>,
    skipped: usize,
    remaining: Remaining,
    /// When the feed could not be fetched: when the copy shown was saved.
    saved_at: Option<i64>,
}

impl Progress {
    /// Adds a part and gives the feed of everything loaded, the stories
    /// `shown` kept as they are shown.
    fn absorb(&mut self, part: Part, cluster: bool, shown: &[u32]) -> LoadedFeed {
        warn_about_skipped(&part.bundle.report);
        self.skipped += part.bundle.report.skipped.len();
        self.articles.extend(part.bundle.articles);
        self.remaining = part.remaining;
        self.saved_at = self.saved_at.or(part.saved_at);
        // Kept for the next part only if one is to come: copying every
        // article costs a large bundle's first screen dearly.
        let articles = if self.remaining == Remaining::Nothing {
            std::mem::take(&mut self.articles)
        } else {
            self.articles.clone()
        };
        LoadedFeed::from_articles(articles, self.skipped, cluster, shown)
    }
}

fn announce_ready(loaded: &LoadedFeed, embed: &Embed) {
    let count = |n: usize| JsValue::from_f64(n as f64);
    let detail = object_of(&[
        ("stories", count(loaded.stories)),
        ("articles", count(loaded.feed.len())),
        ("skipped", count(loaded.skipped)),
    ]);
    embed.emit("newsdeck:ready", &detail);
}
