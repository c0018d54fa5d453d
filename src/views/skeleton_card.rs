//! Placeholders with the shape of the loaded feed (search bar, filters,
//! result line and cards), shown while the bundle loads, so nothing jumps
//! when it arrives.

use yew::prelude::*;

use crate::views::markup::{el, fixed, Tag};

const SKELETON_CARDS: usize = 6;
/// Filter groups sketched beside the cards on wide widgets.
const SKELETON_FILTER_GROUPS: usize = 3;
const SKELETON_FILTER_VALUES: usize = 4;

/// A shimmering placeholder line.
fn line(class: &'static str) -> Html {
    el("div", class, Vec::new())
}

/// A plain function rather than a component: it has no state, and each
/// component type adds its own copy of Yew's component machinery.
fn skeleton_card() -> Html {
    Tag::new(
        "div",
        fixed!("class" => "nd-card nd-card--skeleton", "aria-hidden" => "true"),
    )
    .children(vec![
        line("nd-card__media nd-shimmer"),
        el(
            "div",
            "nd-card__body",
            // Lines from a table: less code than a call each.
            [
                "nd-line nd-line--short nd-shimmer",
                "nd-line nd-line--title nd-shimmer",
                "nd-line nd-line--title nd-line--half nd-shimmer",
                "nd-line nd-shimmer",
                "nd-line nd-shimmer",
                "nd-line nd-line--half nd-shimmer",
                "nd-line nd-line--chip nd-shimmer",
            ]
            .into_iter()
            .map(line)
            .collect(),
        ),
    ])
}

/// The filters while loading: placeholder groups, also while a large
/// bundle's first stories show and the filters' values are still coming.
pub fn loading_filters() -> Html {
    let filter_group = || {
        let mut lines = vec![line("nd-line nd-line--short nd-shimmer")];
        lines.extend((0..SKELETON_FILTER_VALUES).map(|_| line("nd-line nd-line--half nd-shimmer")));
        el("div", "nd-facet", lines)
    };
    Tag::new(
        "div",
        fixed!("class" => "nd-panel nd-panel--skeleton", "aria-hidden" => "true"),
    )
    // Replaced whole by the filters, not patched into them: patched, its
    // lines would be moved about, which counts as the layout shifting.
    .key("loading-filters")
    .children(
        (0..SKELETON_FILTER_GROUPS)
            .map(|_| filter_group())
            .collect(),
    )
}

/// A busy feed of placeholder cards.
pub fn loading_cards() -> Html {
    Tag::new(
        "div",
        fixed!(
            "class" => "nd-feed",
            "role" => "feed",
            "aria-busy" => "true",
            "aria-label" => "News stories, loading",
        ),
    )
    .children((0..SKELETON_CARDS).map(|_| skeleton_card()).collect())
}

/// The feed while loading: busy, with placeholder controls and cards.
pub fn loading_feed() -> Html {
    let bar = Tag::new("div", fixed!("class" => "nd-bar", "aria-hidden" => "true"))
        .children(vec![line("nd-line nd-line--search nd-shimmer")]);
    let panel = loading_filters();
    let status = Tag::new("div", fixed!("aria-hidden" => "true"))
        .children(vec![line("nd-line nd-line--status nd-shimmer")]);
    let cards = loading_cards();
    el(
        "div",
        "nd-deck",
        vec![
            bar,
            el(
                "div",
                "nd-layout",
                vec![panel, el("div", "nd-results", vec![status, cards])],
            ),
        ],
    )
}
