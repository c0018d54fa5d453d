//! The feed: a WAI-ARIA `role="feed"` of cards, shown a page at a time.

use yew::prelude::*;

use crate::components::card::Card;
use crate::components::skeleton_card::SkeletonCard;
use crate::stories::Stories;

/// Cards added per "Show more"; enough to fill a wide screen twice.
pub const PAGE_SIZE: usize = 24;
/// Cards whose pictures load at once: about the first row on a wide screen.
const EAGER_IMAGES: usize = 4;
const SKELETON_CARDS: usize = 6;

#[derive(Properties, PartialEq)]
pub struct FeedProps {
    /// `None` while the bundle is loading.
    pub stories: Option<Stories>,
    pub now: i64,
    pub id_prefix: AttrValue,
}

#[function_component]
pub fn Feed(props: &FeedProps) -> Html {
    let shown = use_state(|| PAGE_SIZE);
    let Some(stories) = &props.stories else {
        return html! {
            <div class="nd-feed" role="feed" aria-busy="true" aria-label="News stories, loading">
                { for (0..SKELETON_CARDS).map(|_| html! { <SkeletonCard /> }) }
            </div>
        };
    };
    if stories.is_empty() {
        return html! { <p class="nd-empty">{ "No stories to show yet." }</p> };
    }
    let total = stories.len();
    let visible = (*shown).min(total);
    let onmore = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE_SIZE))
    };
    html! {
        <>
            <div class="nd-status">
                <p class="nd-count">{ count_label(total) }</p>
                if stories.skipped > 0 {
                    <p class="nd-note">{ skipped_label(stories.skipped) }</p>
                }
            </div>
            <div class="nd-feed" role="feed" aria-busy="false" aria-label="News stories">
                { for stories.newest_first[..visible].iter().enumerate().map(|(index, article)| html! {
                    <Card
                        key={index}
                        article={article.clone()}
                        position={index + 1}
                        set_size={total}
                        title_id={format!("{}-story-{index}", props.id_prefix)}
                        now={props.now}
                        eager_image={index < EAGER_IMAGES}
                    />
                }) }
            </div>
            if visible < total {
                <div class="nd-more">
                    <button type="button" class="nd-button" onclick={onmore}>{ "Show more stories" }</button>
                    <p class="nd-more__count">{ format!("Showing {visible} of {total}") }</p>
                </div>
            }
        </>
    }
}

fn count_label(total: usize) -> String {
    match total {
        1 => "1 story".to_owned(),
        n => format!("{n} stories"),
    }
}

fn skipped_label(skipped: usize) -> String {
    match skipped {
        1 => "1 record could not be read".to_owned(),
        n => format!("{n} records could not be read"),
    }
}
