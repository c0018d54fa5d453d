//! The bar above the feed: search, sort, the button that shows the filters
//! on narrow widgets, and the one that lists the keyboard shortcuts.

use newsdeck_core::{Controls, Feed, Query};
use yew::prelude::*;

use crate::state::view::ViewAction;
use crate::views::filter_panel::active_count;
use crate::views::markup::{attrs, click_sends, el, element_id, flag, state, text, text_of, Tag};
use crate::views::search_box::{search_box, SearchBoxProps};
use crate::views::sort_select::{sort_select, SortSelectProps};

pub struct ToolbarProps<'a> {
    /// The widget's element ids start with it.
    pub id_prefix: &'a str,
    pub query: &'a Query,
    pub feed: &'a Feed,
    /// Which of its controls the bar offers (`data-controls`).
    pub controls: Controls,
    pub ondispatch: &'a Callback<ViewAction>,
    /// The search box's text field.
    pub search_ref: &'a NodeRef,
    /// Whether the filters are shown (on narrow widgets).
    pub filters_open: bool,
    /// The filters' button chosen.
    pub ontoggle_filters: Callback<MouseEvent>,
    /// Only the first stories are in: the filters come with the rest.
    pub arriving: bool,
    pub onshow_shortcuts: &'a Callback<()>,
}

/// A function rather than a component: its one state, whether the filters
/// are shown, is the deck's, and each component type adds its own copy of
/// Yew's component code to the WebAssembly.
pub fn toolbar(props: &ToolbarProps) -> Html {
    let controls = props.controls;
    if !controls.any_in_toolbar() {
        return Html::default();
    }
    let id = |part: &str| element_id(props.id_prefix, part);
    let filters = active_count(props.query);
    let filters_label = if filters > 0 {
        format!("Filters ({filters})")
    } else {
        "Filters".to_owned()
    };
    let search = controls.search.then(|| {
        search_box(&SearchBoxProps {
            id: id("search"),
            value: &props.query.text,
            ondispatch: props.ondispatch,
            input_ref: props.search_ref,
        })
    });
    let sort = controls.sort.then(|| {
        sort_select(&SortSelectProps {
            id: id("sort"),
            query: props.query,
            feed: props.feed,
            ondispatch: props.ondispatch,
        })
    });
    let filters = controls.filters.then(|| {
        Tag::new(
            "button",
            attrs!(
                "type" => "button",
                "class" => "nd-button nd-button--quiet nd-filters-toggle",
                "aria-expanded" => state(props.filters_open),
                // The filters come once every story is in.
                "aria-controls" => (!props.arriving).then(|| id("filters")),
                "disabled" => flag(props.arriving, "disabled"),
            ),
        )
        .onclick(props.ontoggle_filters.clone())
        .children(vec![text_of(filters_label.into())])
    });
    let shortcuts = controls.shortcuts.then(|| {
        Tag::new(
            "button",
            attrs!(
                "type" => "button",
                "class" => "nd-button nd-button--quiet nd-shortcuts-toggle",
                "aria-haspopup" => "dialog",
                "aria-controls" => id("shortcuts"),
                "aria-keyshortcuts" => "?",
            ),
        )
        .onclick(click_sends(props.onshow_shortcuts, ()))
        .children(vec![text("Keyboard shortcuts")])
    });
    el(
        "div",
        "nd-bar",
        [search, sort, filters, shortcuts]
            .into_iter()
            .flatten()
            .collect(),
    )
}
