//! A loaded feed with its controls: owns the reader's view, runs the query,
//! and keeps the view in the page URL.

use newsdeck_core::{run_query, Query, SortOrder};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::feed_view::FeedView;
use crate::hooks::use_feed_keys::FeedKeys;
use crate::hooks::use_refocus::{use_refocus, Refocus};
use crate::hooks::use_shared::use_shared;
use crate::hooks::use_shortcut_keys::{use_shortcut_keys, ShortcutTargets};
use crate::hooks::use_view_sync::use_view_sync;
use crate::services::url_state;
use crate::state::loaded::LoadedFeed;
use crate::state::view::{View, ViewAction};
use crate::views::active_filters::{active_filters, chip_at, ActiveFiltersProps};
use crate::views::empty_state::{empty_state, EmptyStateProps};
use crate::views::filter_panel::{filter_panel, FilterPanelProps};
use crate::views::markup::{el, element_id, fixed, text, text_of, Tag};
use crate::views::shortcuts_dialog::{shortcuts_dialog, show_modal};
use crate::views::skeleton_card::{loading_cards, loading_filters};
use crate::views::toolbar::{toolbar, ToolbarProps};

#[derive(Properties, PartialEq)]
pub struct DeckProps {
    pub loaded: LoadedFeed,
    pub now: i64,
    pub id_prefix: AttrValue,
    /// The view to start from when the URL holds none (the element's attributes).
    pub initial: Query,
    /// The widget's prefix in the URL; `None` keeps the URL untouched.
    pub state_key: Option<AttrValue>,
    /// Loads the feed's next part (API page or shard), while there is one.
    #[prop_or_default]
    pub more: Option<Callback<()>>,
    /// Only the first stories are in: the rest of the bundle is arriving.
    #[prop_or_default]
    pub arriving: bool,
}

#[function_component]
pub fn Deck(props: &DeckProps) -> Html {
    let view = use_reducer(|| {
        let from_url = props.state_key.as_deref().and_then(url_state::read);
        View::new(from_url.unwrap_or_else(|| props.initial.clone()))
    });
    let filters_open = use_state(bool::default);
    // The facets listed in full, as bits (`facet_bit`): kept here, so the
    // facet groups can be functions rather than components.
    let expanded_facets = use_state(u32::default);
    let deck_ref = use_node_ref();
    let search_ref = use_node_ref();
    let chips_ref = use_node_ref();
    let shortcuts_ref = use_node_ref();
    let feed_keys = use_memo((), |_| FeedKeys::default());
    let result = use_memo(
        (props.loaded.clone(), view.query.clone(), props.now),
        |(loaded, query, now)| {
            run_query(
                &loaded.feed,
                &loaded.index,
                loaded.clusters.as_ref(),
                query,
                *now,
            )
        },
    );
    let ondispatch = {
        let view = view.clone();
        Callback::from(move |action: ViewAction| view.dispatch(action))
    };
    // Chips and "Clear all" take themselves away: focus moves on from them.
    let onremove = use_refocus(ondispatch.clone(), {
        let (chips, search) = (chips_ref.clone(), search_ref.clone());
        Callback::from(move |target| refocus(&chips, &search, target))
    });
    use_view_sync(
        &view,
        props.state_key.clone(),
        props.initial.clone(),
        result.ids.len(),
    );
    {
        // A search or filter that finds too little in what is loaded looks
        // further: each part that arrives re-runs this until enough match.
        let settings = use_shared().settings;
        let wanting = !view.query.is_unfiltered() && result.ids.len() < settings.page_size;
        let more = props.more.clone();
        use_effect_with((wanting, props.loaded.clone()), move |(wanting, _)| {
            if let (true, Some(more)) = (*wanting, more) {
                more.emit(());
            }
        });
    }

    let id = |part: &str| element_id(&props.id_prefix, part);
    let query = &view.query;
    let total = props.loaded.stories;
    let found = result.ids.len();
    let ontoggle = {
        let open = filters_open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onexpand = {
        let expanded = expanded_facets.clone();
        Callback::from(move |bit: u32| expanded.set(*expanded ^ bit))
    };
    let show_shortcuts = {
        let dialog = shortcuts_ref.clone();
        Callback::from(move |()| show_modal(&dialog))
    };
    let onkeydown = use_shortcut_keys(ShortcutTargets {
        deck: deck_ref.clone(),
        search: search_ref.clone(),
        feed: (*feed_keys).clone(),
        ondispatch: ondispatch.clone(),
        onshow_shortcuts: show_shortcuts.clone(),
    });
    let controls = use_shared().settings.controls;
    let bar = toolbar(&ToolbarProps {
        id_prefix: &props.id_prefix,
        query,
        feed: &props.loaded.feed,
        controls,
        ondispatch: &ondispatch,
        search_ref: &search_ref,
        filters_open: *filters_open,
        ontoggle_filters: ontoggle,
        arriving: props.arriving,
        onshow_shortcuts: &show_shortcuts,
    });
    let skipped = props.loaded.skipped;
    let skipped_note = if skipped > 0 {
        el("p", "nd-note", vec![text_of(skipped_line(skipped).into())])
    } else {
        Html::default()
    };
    if total == 0 {
        // Nothing to search, sort or filter: controls would only mislead.
        return Tag::new("div", fixed!("class" => "nd-deck"))
            .node_ref(&deck_ref)
            .children(vec![
                skipped_note,
                el("p", "nd-empty", vec![text("No stories to show yet.")]),
            ]);
    }
    let status = controls.count.then(|| {
        el(
            "div",
            "nd-status",
            vec![
                Tag::new(
                    "p",
                    fixed!("class" => "nd-count", "aria-live" => "polite", "aria-atomic" => "true"),
                )
                .children(vec![if props.arriving {
                    text("Loading more stories…")
                } else {
                    text_of(result_line(found, total, query.is_unfiltered()).into())
                }]),
                skipped_note,
                // The filters in effect share the count's line, so the line
                // stays where it is as they come and go.
                active_filters(&ActiveFiltersProps {
                    query,
                    result: &result,
                    onremove: &onremove,
                    list_ref: &chips_ref,
                }),
            ],
        )
    });
    // Only the first stories are in: they are the view's first only when
    // the view is all stories, newest first.
    let first_unknown =
        props.arriving && !(query.is_unfiltered() && query.effective_sort() == SortOrder::Newest);
    let cards = if first_unknown {
        loading_cards()
    } else if found == 0 && total > 0 {
        empty_state(&EmptyStateProps {
            query,
            onclear: &onremove,
        })
    } else {
        html! {
            <FeedView loaded={props.loaded.clone()} result={result.clone()} query={query.clone()} now={props.now} id_prefix={props.id_prefix.clone()} more={props.more.clone()} keys={(*feed_keys).clone()} arriving={props.arriving} />
        }
    };
    let results = el("div", "nd-results", vec![status.unwrap_or_default(), cards]);
    let panel = if !controls.filters {
        Html::default()
    } else if props.arriving {
        // Values and counts of the first stories would move as the rest
        // arrives.
        loading_filters()
    } else {
        filter_panel(&FilterPanelProps {
            id: id("filters"),
            open: *filters_open,
            query,
            result: &result,
            feed: &props.loaded.feed,
            ondispatch: &ondispatch,
            expanded: *expanded_facets,
            onexpand: &onexpand,
        })
    };
    let layout_class = if controls.filters {
        "nd-layout"
    } else {
        "nd-layout nd-layout--single"
    };
    let layout = el("div", layout_class, vec![panel, results]);
    Tag::new("div", fixed!("class" => "nd-deck"))
        .node_ref(&deck_ref)
        .onkeydown(onkeydown)
        .children(vec![
            bar,
            layout,
            shortcuts_dialog(id("shortcuts"), &shortcuts_ref),
        ])
}

/// Where focus goes once a control that took itself away is gone: the chip
/// now at its place, else the last; the search box when no chip is left.
fn refocus(chips: &NodeRef, search: &NodeRef, target: Refocus) {
    let chip = match target {
        Refocus::Chip(place) => chip_at(chips, place),
        Refocus::Search => None,
    };
    if let Some(element) = chip.or_else(|| search.cast::<HtmlElement>()) {
        let _ = element.focus();
    }
}

fn result_line(found: usize, total: usize, unfiltered: bool) -> String {
    let noun = |n: usize| if n == 1 { "story" } else { "stories" };
    if unfiltered {
        format!("{total} {}", noun(total))
    } else {
        format!("{found} of {total} {}", noun(total))
    }
}

fn skipped_line(skipped: usize) -> String {
    match skipped {
        1 => "1 record could not be read".to_owned(),
        n => format!("{n} records could not be read"),
    }
}
