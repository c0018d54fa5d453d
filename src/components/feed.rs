//! The feed: a WAI-ARIA `role="feed"` of cards, shown a page at a time.

use std::rc::Rc;

use newsdeck_core::{Paging, QueryResult, Settings};
use yew::prelude::*;

use crate::components::card::{card_element_id, Card};
use crate::components::scroll_sentinel::ScrollSentinel;
use crate::loaded::LoadedFeed;

/// Cards added per "Show more" unless `data-page-size` says otherwise;
/// enough to fill a wide screen twice.
pub const PAGE_SIZE: usize = newsdeck_core::settings::DEFAULT_PAGE_SIZE;
/// Cards whose pictures load at once: about the first row on a wide screen.
const EAGER_IMAGES: usize = 4;

#[derive(Properties, PartialEq)]
pub struct FeedProps {
    pub loaded: LoadedFeed,
    /// The stories to show, in order, and the search to highlight.
    pub result: Rc<QueryResult>,
    pub now: i64,
    pub id_prefix: AttrValue,
    /// Loads the feed's next part, while the bundle has more than is loaded.
    #[prop_or_default]
    pub more: Option<Callback<()>>,
}

#[function_component]
pub fn Feed(props: &FeedProps) -> Html {
    let settings = use_context::<Rc<Settings>>().unwrap_or_default();
    let page_size = settings.page_size;
    let shown = use_state(|| page_size);
    let terms = use_memo(props.result.clone(), |result| result.terms.clone());
    let result_ids: Rc<[u32]> = (*use_memo(props.result.clone(), |result| -> Rc<[u32]> {
        Rc::from(result.ids.as_slice())
    }))
    .clone();
    // A card asked for by "Show in feed": revealed, then focused once rendered.
    let focus_card = use_state(|| None::<u32>);
    let feed_ref = use_node_ref();
    let ids = &props.result.ids;
    {
        let (focus_card, prefix, feed_ref) = (
            focus_card.clone(),
            props.id_prefix.clone(),
            feed_ref.clone(),
        );
        use_effect_with(*focus_card, move |target| {
            if let Some(id) = *target {
                focus_element(&feed_ref, &card_element_id(&prefix, id));
                focus_card.set(None);
            }
        });
    }
    let onshow = {
        let (shown, focus_card, ids) = (shown.clone(), focus_card.clone(), result_ids.clone());
        Callback::from(move |id: u32| {
            if let Some(position) = ids.iter().position(|&shown_id| shown_id == id) {
                shown.set((*shown).max(position + 1));
                focus_card.set(Some(id));
            }
        })
    };
    let total = ids.len();
    let visible = (*shown).min(total);
    // One step of paging: more of the loaded cards, and past the loaded
    // cards, the bundle's next part.
    let advance = {
        let (shown, more) = (shown.clone(), props.more.clone());
        Callback::from(move |()| {
            if *shown >= total {
                if let Some(more) = &more {
                    more.emit(());
                }
            }
            shown.set(*shown + page_size)
        })
    };
    html! {
        <>
            <div class="nd-feed" role="feed" aria-busy="false" aria-label="News stories" ref={feed_ref}>
                { for ids[..visible].iter().enumerate().map(|(index, &id)| html! {
                    <Card
                        key={id}
                        loaded={props.loaded.clone()}
                        {id}
                        position={index + 1}
                        set_size={total}
                        id_prefix={props.id_prefix.clone()}
                        now={props.now}
                        terms={terms.clone()}
                        eager_image={index < EAGER_IMAGES}
                        shown={result_ids.clone()}
                        onshow={onshow.clone()}
                    />
                }) }
            </div>
            if (visible < total || props.more.is_some()) && settings.paging == Paging::Infinite {
                <ScrollSentinel shown={visible} onreach={advance.clone()} />
            }
            if visible < total || props.more.is_some() {
                <div class="nd-more">
                    <button type="button" class="nd-button" onclick={advance.reform(|_: MouseEvent| ())}>{ "Show more stories" }</button>
                    <p class="nd-more__count">{ format!("Showing {visible} of {total}") }</p>
                </div>
            }
        </>
    }
}

/// Moves keyboard focus to the card with this element id (which scrolls it
/// into view). Looked up inside the feed, not the document: the widget lives
/// in a shadow root.
fn focus_element(feed: &NodeRef, id: &str) {
    let card = feed
        .cast::<web_sys::Element>()
        .and_then(|feed| feed.query_selector(&format!("#{id}")).ok().flatten());
    if let Some(card) =
        card.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = card.focus();
    }
}
