//! The widget's first screen as HTML, written on the server by the widget's
//! own components (Yew's server renderer): what `newsdeck render` puts in a
//! page, so readers see the first stories before (or without) JavaScript,
//! in exactly the markup the live widget then draws over it.

use std::rc::Rc;

use newsdeck_core::{run_query, Article, ParsedBundle, Settings};
use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::components::app::widget_section;
use crate::components::deck::Deck;
use crate::embed::host::Embed;
use crate::hooks::use_shared::Shared;
use crate::services::intl_dates::Dates;
use crate::state::loaded::LoadedFeed;

/// The prefix of the first screen's element ids. The live widget's are
/// `newsdeck-0`, `newsdeck-1`…: both are in the shadow root for a moment as
/// the widget takes over, and the entry script finds a focused element's
/// live twin by the rest of its id.
pub const ID_PREFIX: &str = "newsdeck-first";

#[derive(Properties, PartialEq)]
struct FirstScreenViewProps {
    settings: Rc<Settings>,
    loaded: LoadedFeed,
    now: i64,
}

#[function_component]
fn FirstScreenView(props: &FirstScreenViewProps) -> Html {
    let settings = &props.settings;
    let shared = Shared {
        embed: Embed::default(),
        settings: settings.clone(),
        dates: Rc::new(Dates::fixed()),
    };
    // As the live widget draws a loaded feed (see `App`), with ids of its
    // own (see `ID_PREFIX`).
    let deck = html! {
        <Deck
            loaded={props.loaded.clone()}
            now={props.now}
            id_prefix={AttrValue::Static(ID_PREFIX)}
            initial={settings.initial.clone()}
            state_key={None::<AttrValue>}
        />
    };
    html! {
        <ContextProvider<Shared> context={shared}>
            { widget_section(settings, deck) }
        </ContextProvider<Shared>>
    }
}

/// A widget's first screen, written ahead of time.
pub struct FirstScreen {
    /// The widget's section with its toolbar, count line and first page of
    /// cards, as HTML.
    pub html: String,
    /// The stories on those cards, in order: for a list of plain links and
    /// for search engines, beside the widget.
    pub stories: Vec<Article>,
}

/// The first screen of a widget with `settings` showing `bundle`. Times are
/// dates, not "3 hours ago", which would go stale in a saved page; `now`
/// decides which dates show their year.
pub fn first_screen(settings: Settings, bundle: ParsedBundle, now: i64) -> FirstScreen {
    let loaded = LoadedFeed::from_bundle(bundle, settings.cluster);
    // The stories the live widget's first page shows: the same query, asked
    // of core as the widget asks it.
    let result = run_query(
        &loaded.feed,
        &loaded.index,
        loaded.clusters.as_ref(),
        &settings.initial,
        now,
    );
    let stories = (result.ids.iter().take(settings.page_size))
        .filter_map(|&id| loaded.feed.article(id).cloned())
        .collect();
    let props = FirstScreenViewProps {
        settings: Rc::new(settings),
        loaded,
        now,
    };
    let renderer = LocalServerRenderer::<FirstScreenView>::with_props(props).hydratable(false);
    FirstScreen {
        html: futures::executor::block_on(renderer.render()),
        stories,
    }
}
