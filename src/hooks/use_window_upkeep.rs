//! The feed's window kept where the reader is: after each render, and
//! whenever the page scrolls or resizes, the rendered rows are measured, the
//! space standing in for the others is sized, a waiting card is focused, and
//! the window is moved to the rows in view.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::components::card::focus_card;
use crate::hooks::use_grid_resizes::use_grid_resizes;
use crate::hooks::use_viewport_changes::use_viewport_changes;
use crate::services::viewport::{known_shape, remeasure, rows_in_view, set_padding, GridShape};
use crate::state::rows::RowLayout;
use crate::state::window::{WindowAction, WindowDispatcher};

/// Renders in a row that may move the window without the page scrolling.
const MAX_SETTLING: u32 = 8;

/// What a render put in the DOM.
pub struct Rendered {
    pub rows: Range<usize>,
    /// The rows the window holds (empty before the view is first read).
    pub window_rows: Range<usize>,
    /// Cards per row in that render.
    pub columns: usize,
    pub revealed: usize,
    /// Cards whose space is kept below the revealed ones.
    pub coming: usize,
}

/// After each render: measures the rendered rows, sizes the space for the
/// others, focuses a waiting card, and moves the window to where the view
/// is; and moves it again whenever the page scrolls or resizes.
#[hook]
pub fn use_window_upkeep(
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
                focus_card(&feed, &prefix, id);
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
