//! The feed: a WAI-ARIA `role="feed"` of cards, revealed a page at a time.
//! Once more than a page is revealed, only the rows near the viewport are in
//! the DOM, with space standing in for the rest, so the page stays light at
//! any size.

use std::cell::Cell;
use std::rc::Rc;

use newsdeck_core::{Paging, Query, QueryResult};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

use crate::components::card::{card_index, Card};
use crate::hooks::use_feed_keys::{act, use_feed_keys, CardKey, FeedKeys};
use crate::hooks::use_scroll_sentinel::use_scroll_sentinel;
use crate::hooks::use_shared::use_shared;
use crate::hooks::use_window_upkeep::{use_window_upkeep, Rendered};
use crate::services::paint::before_paint;
use crate::services::viewport::{remeasure, set_padding};
use crate::state::loaded::LoadedFeed;
use crate::state::result_ids::ResultIds;
use crate::state::rows::RowLayout;
use crate::state::window::{clamp, reaching, FeedWindow, WindowAction, WindowDispatcher};
use crate::views::markup::{attrs, button, el, fixed, fragment, state, text, text_of, Tag};

/// Cards added per "Show more" unless `data-page-size` says otherwise;
/// enough to fill a wide screen twice.
pub const PAGE_SIZE: usize = newsdeck_core::DEFAULT_PAGE_SIZE;
/// Cards whose pictures load at once: about the first row on a wide screen.
const EAGER_IMAGES: usize = 4;

#[derive(Properties, PartialEq)]
pub struct FeedViewProps {
    pub loaded: LoadedFeed,
    /// The stories to show, in order, and the search to highlight.
    pub result: Rc<QueryResult>,
    /// The search, filters and order that found them.
    pub query: Query,
    pub now: i64,
    pub id_prefix: AttrValue,
    /// Loads the feed's next part, while the bundle has more than is loaded.
    #[prop_or_default]
    pub more: Option<Callback<()>>,
    /// Where the widget's keyboard shortcuts reach the cards.
    #[prop_or_default]
    pub keys: FeedKeys,
    /// Only the first stories are in: how many there will be is not known.
    #[prop_or_default]
    pub arriving: bool,
}

#[function_component]
pub fn FeedView(props: &FeedViewProps) -> Html {
    let settings = use_shared().settings;
    let page_size = settings.page_size;
    let window = use_reducer(|| FeedWindow::new(page_size, 0));
    let layout = use_mut_ref(RowLayout::default);
    let feed_ref = use_node_ref();
    let sentinel_ref = use_node_ref();
    // The card holding keyboard focus, by index: kept rendered while the
    // reader scrolls away from it with the mouse, so focus is not lost.
    let focused = use_mut_ref(|| None::<usize>);
    // Another search or filter starts the window and the measured rows
    // over, at the first page of its result. The feed stays, so cards in
    // both results keep their elements. (A result that grows as more of the
    // bundle loads keeps its window.)
    let latest = use_mut_ref(|| props.query.clone());
    let view_count = (*use_memo((), |_| Rc::new(Cell::new(0u64)))).clone();
    if *latest.borrow() != props.query {
        *latest.borrow_mut() = props.query.clone();
        view_count.set(view_count.get() + 1);
        layout.borrow_mut().start_over();
        *focused.borrow_mut() = None;
    }
    let starting;
    let window_now = if window.view == view_count.get() {
        &*window
    } else {
        starting = FeedWindow::new(page_size, view_count.get());
        &starting
    };
    let dispatcher = WindowDispatcher {
        dispatcher: window.dispatcher(),
        view: view_count,
    };
    let terms = use_memo(props.result.clone(), |result| result.terms.clone());
    let result_ids =
        (*use_memo(props.result.clone(), |result| ResultIds::new(&result.ids))).clone();
    let total = result_ids.len();
    let revealed = window_now.revealed.min(total);
    let columns = window_now.columns;
    let row_count = revealed.div_ceil(columns);
    let more_to_come = revealed < total || props.more.is_some() || props.arriving;
    // With infinite paging, the space for the next page is there before it
    // is revealed, so revealing it pushes nothing on the page down.
    let coming = match settings.paging {
        Paging::Infinite if revealed < total => (total - revealed).min(page_size),
        Paging::Infinite if more_to_come => page_size,
        _ => 0,
    };
    // The rows the window holds follow the view all along; they are what is
    // rendered once more than a page is revealed. A single page is rendered
    // whole, as it always was, and so is everything revealed until the view
    // has been read once, so revealing a second page never flickers.
    let window_rows = if window_now.placed {
        clamp(&window_now.rows, row_count)
    } else {
        0..0
    };
    let rows = if revealed <= page_size || !window_now.placed {
        0..row_count
    } else {
        match *focused.borrow() {
            Some(index) if index < revealed => reaching(window_rows.clone(), index / columns),
            _ => window_rows.clone(),
        }
    };
    let cards = (rows.start * columns).min(revealed)..(rows.end * columns).min(revealed);
    // The space for the rows left out is sized here, in the same task as
    // the cards change: Yew may let the browser paint before effects run,
    // and a frame with new cards but old space would make the page jump.
    // A scroll in that pause sizes the space again, so it must already know
    // which rows are in the DOM (or that it cannot tell).
    // Rows added above rows that stay are measured before the next paint,
    // even when Yew pauses before its effects, so those stay still.
    if let Some(feed) = feed_ref.cast::<Element>() {
        let mut sizes = layout.borrow_mut();
        if sizes.columns == columns {
            sizes.set_cards(revealed, coming);
            sizes.swap_rows(rows.clone());
            set_padding(&feed, sizes.padding(&rows));
            sizes.rendered = window_rows.clone();
            if sizes.keeping() {
                let layout = layout.clone();
                before_paint(move || remeasure(&feed, &mut layout.borrow_mut()));
            }
        } else {
            sizes.in_dom = 0..0;
        }
    }
    let ahead = layout.borrow().ahead().round() as u32;
    let rendered = Rendered {
        rows,
        window_rows,
        columns,
        revealed,
        coming,
    };
    use_window_upkeep(
        &dispatcher,
        window_now.focus,
        &layout,
        &feed_ref,
        rendered,
        &props.id_prefix,
    );

    let onshow = use_callback(
        (result_ids.clone(), dispatcher.clone()),
        |id: u32, (ids, dispatcher)| {
            if let Some(index) = ids.iter().position(|&shown_id| shown_id == id) {
                dispatcher.dispatch(WindowAction::Reveal { index, id });
            }
        },
    );
    let onkey = use_callback(
        (result_ids.clone(), dispatcher.clone(), feed_ref.clone()),
        |key: CardKey, (ids, dispatcher, feed_ref)| {
            let Some(feed) = feed_ref.cast::<Element>() else {
                return;
            };
            if let Some(index) = act(&key, &feed, ids.len()) {
                dispatcher.dispatch(WindowAction::Reveal {
                    index,
                    id: ids[index],
                });
            }
        },
    );
    use_feed_keys(&props.keys, onkey);
    // One step of paging: more of the loaded cards, and past the loaded
    // cards, the bundle's next part.
    let advance = {
        let (more, shown) = (props.more.clone(), window_now.revealed);
        Callback::from(move |()| {
            if shown >= total {
                if let Some(more) = &more {
                    more.emit(());
                }
            }
            dispatcher.dispatch(WindowAction::ShowMore(page_size));
        })
    };
    let onfocusin = {
        let focused = focused.clone();
        Callback::from(move |event: FocusEvent| {
            *focused.borrow_mut() = event
                .target_dyn_into::<Element>()
                .and_then(|target| card_index(&target));
        })
    };
    let onfocusout = {
        let (focused, feed_ref) = (focused.clone(), feed_ref.clone());
        Callback::from(move |event: FocusEvent| {
            let next = event
                .related_target()
                .and_then(|t| t.dyn_into::<Node>().ok());
            let stays = feed_ref
                .cast::<Node>()
                .is_some_and(|feed| feed.contains(next.as_ref()));
            if !stays {
                *focused.borrow_mut() = None;
            }
        })
    };
    let cards = cards
        .map(|index| {
            let id = result_ids[index];
            html! {
                <Card
                    key={id}
                    loaded={props.loaded.clone()}
                    {id}
                    position={index + 1}
                    set_size={(!props.arriving).then_some(total)}
                    id_prefix={props.id_prefix.clone()}
                    now={props.now}
                    terms={terms.clone()}
                    eager_image={index < EAGER_IMAGES}
                    shown={result_ids.clone()}
                    onshow={onshow.clone()}
                />
            }
        })
        .collect();
    let infinite = more_to_come && settings.paging == Paging::Infinite;
    use_scroll_sentinel(&sentinel_ref, infinite, revealed, ahead, advance.clone());
    // The marker the hook watches, after the cards while more can come.
    let sentinel = infinite.then(|| {
        Tag::new(
            "div",
            fixed!("aria-hidden" => "true", "class" => "nd-sentinel"),
        )
        .node_ref(&sentinel_ref)
        .done()
    });
    // Without the "more" control (a headline box), a page of stories is all
    // there is, with the site's page of more stories if it names one.
    let show_more = more_to_come && settings.controls.more;
    let more = (show_more || settings.more_href.is_some()).then(|| {
        let mut parts = Vec::new();
        if show_more {
            parts.push(button(
                "nd-button",
                text("Show more stories"),
                advance.reform(|_| ()),
            ));
            parts.push(el(
                "p",
                "nd-more__count",
                vec![text_of(if props.arriving {
                    format!("Showing {revealed} so far").into()
                } else {
                    format!("Showing {revealed} of {total}").into()
                })],
            ));
        }
        // The site's page of more stories: also where a reader of a first
        // screen written ahead of time goes on, before or without JavaScript.
        if let Some(href) = &settings.more_href {
            let link = Tag::new(
                "a",
                attrs!("class" => "nd-more__page", "href" => href.clone()),
            );
            parts.push(link.children(vec![text("More stories")]));
        }
        el("div", "nd-more", parts)
    });
    fragment(vec![
        Tag::new(
            "div",
            attrs!(
                "role" => "feed",
                "aria-busy" => state(props.arriving),
                "aria-label" => "News stories",
                "class" => "nd-feed",
            ),
        )
        .node_ref(&feed_ref)
        .onfocusin(onfocusin)
        .onfocusout(onfocusout)
        .children(cards),
        fragment(sentinel.into_iter().collect()),
        fragment(more.into_iter().collect()),
    ])
}
