//! A placeholder with the shape of a real card, shown while the bundle loads.

use yew::prelude::*;

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
