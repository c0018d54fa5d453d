//! Placeholders with the shape of the loaded feed (search bar, filters,
//! result line and cards), shown while the bundle loads, so nothing jumps
//! when it arrives.

use yew::prelude::*;

const SKELETON_CARDS: usize = 6;
/// Filter groups sketched beside the cards on wide widgets.
const SKELETON_FILTER_GROUPS: usize = 3;
const SKELETON_FILTER_VALUES: usize = 4;

/// A plain function rather than a component: it has no state, and each
/// component type adds its own copy of Yew's component machinery.
fn skeleton_card() -> Html {
    html! {
        <div class="nd-card nd-card--skeleton" aria-hidden="true">
            <div class="nd-card__media nd-shimmer"></div>
            <div class="nd-card__body">
                <div class="nd-line nd-line--short nd-shimmer"></div>
                <div class="nd-line nd-line--title nd-shimmer"></div>
                <div class="nd-line nd-line--title nd-line--half nd-shimmer"></div>
                <div class="nd-line nd-shimmer"></div>
                <div class="nd-line nd-shimmer"></div>
                <div class="nd-line nd-line--half nd-shimmer"></div>
                <div class="nd-line nd-line--chip nd-shimmer"></div>
            </div>
        </div>
    }
}

/// The feed while loading: busy, with placeholder controls and cards.
pub fn loading_feed() -> Html {
    let line = |class: &'static str| html! { <div class={classes!("nd-line", class, "nd-shimmer")}></div> };
    html! {
        <div class="nd-deck">
            <div class="nd-bar" aria-hidden="true">{ line("nd-line--search") }</div>
            <div class="nd-layout">
                <div class="nd-panel nd-panel--skeleton" aria-hidden="true">
                    { for (0..SKELETON_FILTER_GROUPS).map(|_| html! {
                        <div class="nd-facet">
                            { line("nd-line--short") }
                            { for (0..SKELETON_FILTER_VALUES).map(|_| line("nd-line--half")) }
                        </div>
                    }) }
                </div>
                <div class="nd-results">
                    <div aria-hidden="true">{ line("nd-line--status") }</div>
                    <div class="nd-feed" role="feed" aria-busy="true" aria-label="News stories, loading">
                        { for (0..SKELETON_CARDS).map(|_| skeleton_card()) }
                    </div>
                </div>
            </div>
        </div>
    }
}
