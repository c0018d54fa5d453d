//! The feed: a WAI-ARIA `role="feed"` of cards, shown a page at a time.

use std::rc::Rc;

use newsdeck_core::QueryResult;
use yew::prelude::*;

use crate::components::card::Card;
use crate::loaded::LoadedFeed;

/// Cards added per "Show more"; enough to fill a wide screen twice.
pub const PAGE_SIZE: usize = 24;
/// Cards whose pictures load at once: about the first row on a wide screen.
const EAGER_IMAGES: usize = 4;

#[derive(Properties, PartialEq)]
pub struct FeedProps {
    pub loaded: LoadedFeed,
    /// The stories to show, in order, and the search to highlight.
    pub result: Rc<QueryResult>,
    pub now: i64,
    pub id_prefix: AttrValue,
}

#[function_component]
pub fn Feed(props: &FeedProps) -> Html {
    let shown = use_state(|| PAGE_SIZE);
    let terms = use_memo(props.result.clone(), |result| result.terms.clone());
    let ids = &props.result.ids;
    let total = ids.len();
    let visible = (*shown).min(total);
    let onmore = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE_SIZE))
    };
    html! {
        <>
            <div class="nd-feed" role="feed" aria-busy="false" aria-label="News stories">
                { for ids[..visible].iter().enumerate().map(|(index, &id)| html! {
                    <Card
                        key={id}
                        loaded={props.loaded.clone()}
                        {id}
                        position={index + 1}
                        set_size={total}
                        title_id={format!("{}-story-{id}", props.id_prefix)}
                        now={props.now}
                        terms={terms.clone()}
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
