//! The feed: a WAI-ARIA `role="feed"` of cards, revealed a page at a time.
//! Once more than a page is revealed, only the rows near the viewport are in
//! the DOM, with space standing in for the rest, so the page stays light at
//! any size.

use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::rc::Rc;

use newsdeck_core::{Paging, Query, QueryResult};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};
use yew::prelude::*;

use crate::hooks::use_shared::use_shared;

use crate::components::card::{card_element_id, Card};
use crate::hooks::use_feed_keys::{act, card_index, use_feed_keys, CardKey, FeedKeys};
use crate::hooks::use_scroll_sentinel::{sentinel, use_scroll_sentinel};
use crate::services::paint::before_paint;
use crate::services::viewport::{
    known_shape, remeasure, rows_in_view, set_padding, use_grid_resizes, use_viewport_changes,
    GridShape,
};
use crate::state::loaded::LoadedFeed;
use crate::state::result_ids::ResultIds;
use crate::state::rows::RowLayout;
use crate::state::window::{FeedWindow, WindowAction, WindowDispatcher};
use crate::views::markup::{attrs, button, el, fragment, state, text, text_of, Tag};

/// Cards added per "Show more" unless `data-page-size` says otherwise;
/// enough to fill a wide screen twice.
pub const PAGE_SIZE: usize = newsdeck_core::DEFAULT_PAGE_SIZE;
/// Cards whose pictures load at once: about the first row on a wide screen.
const EAGER_IMAGES: usize = 4;
/// Renders in a row that may move the window without the page scrolling.
const MAX_SETTLING: u32 = 8;

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
    let sentinel = infinite.then(|| sentinel(&sentinel_ref));
    let more = more_to_come.then(|| {
        el(
            "div",
            "nd-more",
            vec![
                button(
                    "nd-button",
                    text("Show more stories"),
                    advance.reform(|_| ()),
                ),
                el(
                    "p",
                    "nd-more__count",
                    vec![text_of(if props.arriving {
                        format!("Showing {revealed} so far").into()
                    } else {
                        format!("Showing {revealed} of {total}").into()
                    })],
                ),
            ],
        )
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

/// What a render put in the DOM.
struct Rendered {
    rows: Range<usize>,
    /// The rows the window holds (empty before the view is first read).
    window_rows: Range<usize>,
    /// Cards per row in that render.
    columns: usize,
    revealed: usize,
    /// Cards whose space is kept below the revealed ones.
    coming: usize,
}

/// After each render: measures the rendered rows, sizes the space for the
/// others, focuses a waiting card, and moves the window to where the view
/// is; and moves it again whenever the page scrolls or resizes.
#[hook]
fn use_window_upkeep(
    dispatcher: &WindowDispatcher,
    focus: Option<(usize, u32)>,
    layout: &Rc<RefCell<RowLayout>>,
    feed_ref: &NodeRef,
    rendered: Rendered,
    id_prefix: &AttrValue,
) {
    // Window moves made by renders alone since the page last scrolled: a
    // bound on them means estimates that disagree with the page can never
    // keep the feed re-rendering.
    let settling = use_mut_ref(|| 0u32);
    let shape = (*use_memo((), |_| GridShape::default())).clone();
    // Scrolls and resizes move the window: the rows on screen are measured
    // again first, as cards change height without the feed rendering (a
    // related panel opens).
    let onchange = {
        let (layout, feed_ref, dispatcher) = (layout.clone(), feed_ref.clone(), dispatcher.clone());
        let settling = settling.clone();
        let shape = shape.clone();
        Callback::from(move |()| {
            *settling.borrow_mut() = 0;
            let Some(feed) = feed_ref.cast::<Element>() else {
                return;
            };
            let mut layout = layout.borrow_mut();
            let (columns, gap) = known_shape(&shape, &feed);
            layout.set_grid(columns, gap);
            remeasure(&feed, &mut layout);
            if let Some(wanted) = rows_in_view(&feed, &layout, &layout.rendered) {
                dispatcher.dispatch(WindowAction::Rows(wanted, layout.columns));
            }
        })
    };
    use_grid_resizes(feed_ref, &shape, onchange.clone());
    {
        let (layout, feed_ref, dispatcher) = (layout.clone(), feed_ref.clone(), dispatcher.clone());
        let prefix = id_prefix.clone();
        use_effect(move || {
            let Some(feed) = feed_ref.cast::<Element>() else {
                return;
            };
            let mut layout = layout.borrow_mut();
            let (columns, gap) = known_shape(&shape, &feed);
            layout.set_grid(columns, gap);
            layout.set_cards(rendered.revealed, rendered.coming);
            if layout.columns == rendered.columns {
                // The space first, so the rows sit where the browser expects
                // them when measured (else it scrolls to follow them).
                set_padding(&feed, layout.padding(&rendered.rows));
                layout.in_dom = rendered.rows;
                remeasure(&feed, &mut layout);
                layout.rendered = rendered.window_rows;
            }
            if let Some((_, id)) = focus {
                focus_card(&feed, &card_element_id(&prefix, id));
                dispatcher.dispatch(WindowAction::Focused);
            }
            let wanted = rows_in_view(&feed, &layout, &layout.rendered);
            let columns = layout.columns;
            drop(layout);
            if let Some(wanted) = wanted.filter(|_| *settling.borrow() < MAX_SETTLING) {
                *settling.borrow_mut() += 1;
                dispatcher.dispatch(WindowAction::Rows(wanted, columns));
            }
        });
    }
    use_viewport_changes(onchange);
}

/// `rows` within the first `count` rows, never empty while there are any.
fn clamp(rows: &Range<usize>, count: usize) -> Range<usize> {
    let start = rows.start.min(count.saturating_sub(1));
    start..rows.end.min(count).max((start + 1).min(count))
}

/// `rows` stretched to take in `row`, unless it is too far to render the
/// rows between (then focus may be lost, as the rows are not rendered).
fn reaching(rows: Range<usize>, row: usize) -> Range<usize> {
    const MAX_ROWS: usize = 40;
    let start = rows.start.min(row);
    let end = rows.end.max(row + 1);
    if end - start > MAX_ROWS {
        rows
    } else {
        start..end
    }
}

/// Moves keyboard focus to the card with this element id (which scrolls it
/// into view). Looked up inside the feed, not the document: the widget lives
/// in a shadow root.
fn focus_card(feed: &Element, id: &str) {
    let card = feed.query_selector(&format!("#{id}")).ok().flatten();
    if let Some(card) = card.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = card.focus();
    }
}
