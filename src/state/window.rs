//! Which part of a result the feed shows: the cards revealed so far (by
//! "Show more"), the rows of them that are rendered, and a card waiting to
//! be focused. No DOM here; the feed component measures and dispatches.
//! A window belongs to one view: another search, filter or order starts
//! again from the first page of its result.

use std::cell::Cell;
use std::ops::Range;
use std::rc::Rc;

use yew::{Reducible, UseReducerDispatcher};

/// Rows rendered before anything is measured: with four columns, three rows
/// cover the first screen of a wide widget.
const FIRST_ROWS: usize = 3;
/// The widest grid, so the first render fills any width; the next render
/// uses the columns the grid really has.
const FIRST_COLUMNS: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct FeedWindow {
    /// Which of the views shown in the feed this window is of, counted.
    pub view: u64,
    /// Cards revealed at first.
    page: usize,
    /// Cards revealed so far, from the first.
    pub revealed: usize,
    /// Rows of revealed cards that are in the DOM.
    pub rows: Range<usize>,
    /// Cards per row that `rows` counts in.
    pub columns: usize,
    /// Whether `rows` has been set from where the viewport is; until then the
    /// feed renders every revealed card, so the first page never flickers.
    pub placed: bool,
    /// A card to focus once it is rendered: its index in the result and id.
    pub focus: Option<(usize, u32)>,
}

impl FeedWindow {
    pub fn new(page: usize, view: u64) -> FeedWindow {
        FeedWindow {
            view,
            page,
            revealed: page,
            rows: 0..FIRST_ROWS,
            columns: FIRST_COLUMNS,
            placed: false,
            focus: None,
        }
    }
}

pub enum WindowAction {
    /// Reveal this many more cards.
    ShowMore(usize),
    /// Reveal cards up to this index and focus that card.
    Reveal { index: usize, id: u32 },
    /// Render these rows, of this many cards each.
    Rows(Range<usize>, usize),
    /// The waiting card has been focused.
    Focused,
}

impl Reducible for FeedWindow {
    /// A change, and the view it was made in: changes made in an older view
    /// are dropped, and the first in a newer one starts from its first page.
    type Action = (u64, WindowAction);

    fn reduce(self: Rc<FeedWindow>, (view, action): Self::Action) -> Rc<FeedWindow> {
        let mut next = match view.cmp(&self.view) {
            std::cmp::Ordering::Less => return self,
            std::cmp::Ordering::Equal => (*self).clone(),
            std::cmp::Ordering::Greater => FeedWindow::new(self.page, view),
        };
        match action {
            WindowAction::ShowMore(count) => next.revealed += count,
            WindowAction::Reveal { index, id } => {
                next.revealed = next.revealed.max(index + 1);
                next.focus = Some((index, id));
                // Its row and one either side, wherever the view is.
                let row = index / next.columns;
                let rows = next.revealed.div_ceil(next.columns);
                next.rows = row.saturating_sub(1)..(row + 2).min(rows);
                next.placed = true;
            }
            WindowAction::Rows(rows, columns) => {
                next.rows = rows;
                next.columns = columns.max(1);
                next.placed = true;
            }
            WindowAction::Focused => next.focus = None,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Changes the window of the view the feed shows now.
#[derive(Clone)]
pub struct WindowDispatcher {
    pub dispatcher: UseReducerDispatcher<FeedWindow>,
    /// The count of the view last rendered.
    pub view: Rc<Cell<u64>>,
}

impl WindowDispatcher {
    pub fn dispatch(&self, action: WindowAction) {
        self.dispatcher.dispatch((self.view.get(), action));
    }
}

impl PartialEq for WindowDispatcher {
    fn eq(&self, other: &WindowDispatcher) -> bool {
        self.dispatcher == other.dispatcher && Rc::ptr_eq(&self.view, &other.view)
    }
}

/// `rows` within the first `count` rows, never empty while there are any.
pub fn clamp(rows: &Range<usize>, count: usize) -> Range<usize> {
    let start = rows.start.min(count.saturating_sub(1));
    start..rows.end.min(count).max((start + 1).min(count))
}

/// `rows` stretched to take in `row`, unless it is too far to render the
/// rows between (then focus may be lost, as the rows are not rendered).
pub fn reaching(rows: Range<usize>, row: usize) -> Range<usize> {
    const MAX_ROWS: usize = 40;
    let start = rows.start.min(row);
    let end = rows.end.max(row + 1);
    if end - start > MAX_ROWS {
        rows
    } else {
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn reduce(window: FeedWindow, view: u64, action: WindowAction) -> FeedWindow {
        (*Rc::new(window).reduce((view, action))).clone()
    }

    #[wasm_bindgen_test]
    fn a_new_view_starts_from_its_first_page() {
        let shown = reduce(FeedWindow::new(24, 0), 0, WindowAction::ShowMore(24));
        assert_eq!(shown.revealed, 48);
        let next = reduce(shown, 1, WindowAction::Rows(0..2, 3));
        assert_eq!((next.view, next.revealed), (1, 24));
        assert_eq!((next.rows, next.columns, next.placed), (0..2, 3, true));
    }

    #[wasm_bindgen_test]
    fn changes_made_in_an_older_view_are_dropped() {
        let window = FeedWindow::new(24, 2);
        let kept = reduce(window.clone(), 1, WindowAction::ShowMore(24));
        assert_eq!(kept, window);
        let revealed = reduce(window, 2, WindowAction::Reveal { index: 30, id: 7 });
        assert_eq!((revealed.revealed, revealed.focus), (31, Some((30, 7))));
    }
}
