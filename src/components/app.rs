//! One widget: loads its bundle, then shows the feed, or says what went wrong.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use newsdeck_core::{Layout, Settings, Theme};
use yew::prelude::*;

use crate::components::deck::Deck;
use crate::embed::host::Embed;
use crate::hooks::use_load::use_load;
use crate::hooks::use_minute_clock::use_minute_clock;
use crate::hooks::use_shared::Shared;
use crate::services::clock::now_unix_seconds;
use crate::services::intl_dates::Dates;
use crate::state::load::LoadState;
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

/// Element ids must be unique on the page, also with several widgets on it.
fn next_instance_prefix() -> AttrValue {
    static WIDGETS: AtomicUsize = AtomicUsize::new(0);
    format!("newsdeck-{}", WIDGETS.fetch_add(1, Ordering::Relaxed)).into()
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let settings = &props.settings;
    let id_prefix = use_memo((), |_| next_instance_prefix());
    // Read once per load, so relative times do not shift between renders.
    let now = use_state(now_unix_seconds);
    let dates = use_memo(settings.clone(), |settings| {
        Rc::new(Dates::new(
            settings.locale.as_deref(),
            settings.time_zone.as_deref(),
        ))
    });
    use_minute_clock(now.clone());
    let load = use_load(settings, &props.embed, &now);
    let body = match &load.state {
        LoadState::Loading => loading_feed(),
        LoadState::Failed(err) => load_error_box(err.to_string(), &load.onretry),
        LoadState::Arriving(loaded) | LoadState::Ready(loaded) => {
            let arriving = matches!(load.state, LoadState::Arriving(_));
            let notice = (load.saved_at.filter(|_| !arriving))
                .map(|saved_at| saved_copy_notice(&dates, saved_at, *now, &load.onretry));
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
                    more={load.has_more().then(|| load.onmore.clone())}
                    arriving={arriving}
                />
                </>
            }
        }
    };
    let section = widget_section(settings, body);
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

/// The widget's landmark around `body`, in its layout and theme: the one
/// element a pre-rendered first screen and the live widget both start from.
pub fn widget_section(settings: &Settings, body: Html) -> Html {
    let theme = theme_class(settings.theme);
    let class = match theme {
        Some(theme) => format!("newsdeck {} {theme}", layout_class(settings.layout)),
        None => format!("newsdeck {}", layout_class(settings.layout)),
    };
    Tag::new(
        "section",
        attrs!("class" => class, "aria-label" => settings.label.clone()),
    )
    .children(vec![body])
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
