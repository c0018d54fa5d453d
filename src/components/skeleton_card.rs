//! Placeholders with the shape of real cards, shown while the bundle loads.

use yew::prelude::*;

const SKELETON_CARDS: usize = 6;

#[function_component]
pub fn SkeletonCard() -> Html {
    html! {
        <div class="nd-card nd-card--skeleton" aria-hidden="true">
            <div class="nd-card__media nd-shimmer"></div>
            <div class="nd-card__body">
                <div class="nd-line nd-line--short nd-shimmer"></div>
                <div class="nd-line nd-line--title nd-shimmer"></div>
                <div class="nd-line nd-line--title nd-line--half nd-shimmer"></div>
                <div class="nd-line nd-shimmer"></div>
                <div class="nd-line nd-shimmer"></div>
            </div>
        </div>
    }
}

/// The feed while loading: busy, with placeholder cards.
#[function_component]
pub fn LoadingFeed() -> Html {
    html! {
        <div class="nd-feed" role="feed" aria-busy="true" aria-label="News stories, loading">
            { for (0..SKELETON_CARDS).map(|_| html! { <SkeletonCard /> }) }
        </div>
    }
}
