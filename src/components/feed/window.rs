//! Which part of a result the feed shows: the cards revealed so far (by
//! "Show more"), the rows of them that are rendered, and a card waiting to
//! be focused. No DOM here; the feed component measures and dispatches.

use std::ops::Range;
use std::rc::Rc;

use yew::Reducible;

/// Rows rendered before anything is measured: with four columns, three rows
/// cover the first screen of a wide widget.
const FIRST_ROWS: usize = 3;
/// The widest grid, so the first render fills any width; the next render
/// uses the columns the grid really has.
const FIRST_COLUMNS: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct FeedWindow {
    /// Cards revealed so far, from the first.
    pub revealed: usize,
    /// Rows of revealed cards that are in the DOM.
    pub rows: Range<usize>,
    /// Cards per row that `rows` counts in.
    pub columns: usize,
    /// Whether `rows` has been set from where the view is; until then the
    /// feed renders every revealed card, so the first page never flickers.
    pub placed: bool,
    /// A card to focus once it is rendered: its index in the result and id.
    pub focus: Option<(usize, u32)>,
}

impl FeedWindow {
    pub fn new(revealed: usize) -> FeedWindow {
        FeedWindow {
            revealed,
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
    type Action = WindowAction;

    fn reduce(self: Rc<FeedWindow>, action: WindowAction) -> Rc<FeedWindow> {
        let mut next = (*self).clone();
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
