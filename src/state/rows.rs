//! Where the feed's rows are: measured heights for rows that have been on
//! screen, an estimate for the rest. With it only the rows near the viewport
//! need to be in the DOM, while the feed keeps its full height.

use std::ops::Range;

/// A row's height before any has been measured: a 16:9 picture at the
/// grid's narrowest column, plus byline, title, excerpt and topics.
const FIRST_GUESS: f64 = 420.0;

#[derive(Clone, Debug, PartialEq)]
pub struct RowLayout {
    /// Cards per row, as the CSS grid lays them out (1 to 4).
    pub columns: usize,
    /// Space between rows, in pixels.
    pub gap: f64,
    /// The rows the window held at the last render, in the current columns.
    pub rendered: Range<usize>,
    /// The rows in the DOM at the last render (more than the window's while
    /// a single page is shown whole).
    pub in_dom: Range<usize>,
    /// How far below their place in this layout the rows sit on the page.
    /// Rows swapped in above the screen get their real heights only once
    /// they are in the DOM; the space above them then takes up the error of
    /// their estimates, so the cards on screen do not move.
    pub drift: f64,
    /// A row in the DOM before and after the last render, which added rows
    /// above it: it stays where it is on the page when they are measured.
    kept: Option<usize>,
    /// How many rows the revealed cards fill.
    pub rows: usize,
    /// Rows kept as space below them for cards about to be revealed, so
    /// that revealing them moves nothing already on the page.
    coming: usize,
    /// Measured heights by row; `None` until the row has been rendered.
    heights: Vec<Option<f64>>,
    measured_sum: f64,
    measured_count: usize,
    /// The height of rows not measured, fixed once enough rows are: were it
    /// to follow every new measurement, all the skipped rows above the view
    /// would change height at once and the cards on screen would jump.
    settled: Option<f64>,
}

/// Measured rows after which the estimate for the others stays put.
const ROWS_TO_SETTLE: usize = 8;

impl Default for RowLayout {
    fn default() -> RowLayout {
        RowLayout {
            // Until the grid is first read.
            columns: 1,
            gap: 0.0,
            rendered: 0..0,
            in_dom: 0..0,
            drift: 0.0,
            kept: None,
            rows: 0,
            coming: 0,
            heights: Vec::new(),
            measured_sum: 0.0,
            measured_count: 0,
            settled: None,
        }
    }
}

impl RowLayout {
    /// Takes the grid's current shape; returns whether the columns changed,
    /// in which case every row holds other cards and is measured afresh.
    pub fn set_grid(&mut self, columns: usize, gap: f64) -> bool {
        self.gap = gap;
        let columns = columns.max(1);
        if columns == self.columns {
            return false;
        }
        self.columns = columns;
        self.rendered = 0..0;
        self.in_dom = 0..0;
        self.drift = 0.0;
        self.kept = None;
        self.heights.clear();
        self.measured_sum = 0.0;
        self.measured_count = 0;
        self.settled = None;
        true
    }

    /// Forgets the rows, for a result of other cards; the grid stays.
    pub fn start_over(&mut self) {
        *self = RowLayout {
            columns: self.columns,
            gap: self.gap,
            ..RowLayout::default()
        };
    }

    /// Sets how many cards are revealed, and how many more will be soon
    /// (their space is kept below the revealed ones).
    pub fn set_cards(&mut self, cards: usize, coming: usize) {
        self.rows = cards.div_ceil(self.columns);
        self.coming = (cards + coming).div_ceil(self.columns) - self.rows;
    }

    /// Notes the rows a render puts in the DOM. When none of those before
    /// stay, nothing on screen can move, and the drift is let go.
    pub fn swap_rows(&mut self, rows: Range<usize>) {
        let stay = rows.start.max(self.in_dom.start)..rows.end.min(self.in_dom.end);
        if stay.is_empty() {
            self.drift = 0.0;
            self.kept = None;
        } else if rows.start < stay.start {
            self.kept = Some(stay.start);
        }
        self.in_dom = rows;
    }

    /// Whether rows were added above a row that stays, and are not yet
    /// measured.
    pub fn keeping(&self) -> bool {
        self.kept.is_some()
    }

    /// Before the rows in the DOM are measured: the row to keep in place,
    /// and its distance from the top of the first row now.
    pub fn keep(&mut self) -> Option<(usize, f64)> {
        self.kept.take().map(|row| (row, self.top(row)))
    }

    /// After they are measured: the drift that leaves the kept row where
    /// it was on the page.
    pub fn hold(&mut self, (row, top): (usize, f64)) {
        self.drift += top - self.top(row);
    }

    /// Lets the drift go once the first rows are in the DOM, or when the
    /// space above `rendered` would have to be less than nothing; returns
    /// how far that moves the rows up the page.
    pub fn settle(&mut self, rendered: &Range<usize>) -> f64 {
        let drift = self.drift;
        if drift == 0.0 || (rendered.start > 0 && self.top(rendered.start) + drift >= 0.0) {
            return 0.0;
        }
        self.drift = 0.0;
        drift
    }

    /// Records the height a row takes, the gap below it included.
    pub fn record(&mut self, row: usize, height: f64) {
        if row >= self.heights.len() {
            self.heights.resize(row + 1, None);
        }
        let slot = &mut self.heights[row];
        if let Some(old) = slot.replace(height) {
            self.measured_sum -= old;
        } else {
            self.measured_count += 1;
        }
        self.measured_sum += height;
        if self.settled.is_none() && self.measured_count >= ROWS_TO_SETTLE {
            self.settled = Some(self.measured_sum / self.measured_count as f64);
        }
    }

    /// The height `row` takes with the gap below it: measured, else the
    /// average of those measured.
    pub fn height(&self, row: usize) -> f64 {
        if let Some(height) = self.heights.get(row).copied().flatten() {
            return height;
        }
        match self.settled {
            Some(settled) => settled,
            None if self.measured_count > 0 => self.measured_sum / self.measured_count as f64,
            None => FIRST_GUESS + self.gap,
        }
    }

    /// Distance from the top of the first row to the top of `row`.
    pub fn top(&self, row: usize) -> f64 {
        self.span(0..row)
    }

    /// Space above the first rendered row and below the last, which stands
    /// in for the rows that are not rendered and those still to come.
    pub fn padding(&self, rendered: &Range<usize>) -> (f64, f64) {
        let end = rendered.end.min(self.rows);
        let above = (self.top(rendered.start) + self.drift).max(0.0);
        let below = self.span(end..self.rows) + self.ahead();
        (above, below)
    }

    /// The space kept below the revealed rows for those still to come.
    pub fn ahead(&self) -> f64 {
        self.span(self.rows..self.rows + self.coming)
    }

    fn span(&self, rows: Range<usize>) -> f64 {
        rows.map(|r| self.height(r)).sum()
    }

    /// The rows that overlap `from..to` (pixels from the top of the first
    /// row). A span wholly above or below the rows gives the first or last
    /// rows that fit in a span of its length, so something is always shown.
    pub fn rows_between(&self, from: f64, to: f64) -> Range<usize> {
        if self.rows == 0 {
            return 0..0;
        }
        let length = (to - from).max(0.0);
        let mut start = None;
        let mut top = 0.0;
        for row in 0..self.rows {
            let bottom = top + self.height(row);
            if start.is_none() && bottom > from {
                start = Some(row);
            }
            if top > to {
                return match start {
                    Some(start) if start < row => start..row,
                    _ => 0..self.rows_within(0, length),
                };
            }
            top = bottom;
        }
        match start {
            Some(start) => start..self.rows,
            None => {
                let count = self.rows_within_from_end(length);
                self.rows - count..self.rows
            }
        }
    }

    /// How many rows from `first` fit in `length` pixels (at least one).
    fn rows_within(&self, first: usize, length: f64) -> usize {
        let mut used = 0.0;
        let mut end = first;
        while end < self.rows && (end == first || used < length) {
            used += self.height(end);
            end += 1;
        }
        end
    }

    fn rows_within_from_end(&self, length: f64) -> usize {
        let mut used = 0.0;
        let mut count = 0;
        while count < self.rows && (count == 0 || used < length) {
            used += self.height(self.rows - 1 - count);
            count += 1;
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn layout(columns: usize, cards: usize) -> RowLayout {
        let mut layout = RowLayout::default();
        layout.set_grid(columns, 10.0);
        layout.set_cards(cards, 0);
        layout
    }

    #[wasm_bindgen_test]
    fn starting_over_forgets_the_rows_but_not_the_grid() {
        let mut layout = layout(3, 30);
        layout.record(0, 300.0);
        layout.in_dom = 0..2;
        layout.start_over();
        assert_eq!((layout.columns, layout.gap), (3, 10.0));
        assert_eq!((layout.rows, layout.in_dom.clone()), (0, 0..0));
        assert_eq!(layout.height(0), FIRST_GUESS + 10.0);
    }

    #[wasm_bindgen_test]
    fn rows_near_the_view_are_chosen_from_measured_and_estimated_heights() {
        let mut layout = layout(2, 20);
        assert_eq!(layout.rows, 10);
        for row in 0..10 {
            layout.record(row, 100.0);
        }
        // Rows are 100 px apart: 250..450 overlaps rows 2, 3 and 4.
        assert_eq!(layout.rows_between(250.0, 450.0), 2..5);
        assert_eq!(layout.padding(&(2..5)), (200.0, 500.0));
        assert_eq!(layout.rows_between(-500.0, 120.0), 0..2);
    }

    #[wasm_bindgen_test]
    fn space_is_kept_below_for_the_cards_to_come() {
        let mut layout = layout(4, 30);
        layout.set_cards(30, 24);
        for row in 0..8 {
            layout.record(row, 100.0);
        }
        // 30 cards fill 8 rows; 54 fill 14: 6 rows kept, 600 px.
        assert_eq!(layout.rows, 8);
        assert_eq!(layout.ahead(), 600.0);
        assert_eq!(layout.padding(&(2..5)), (200.0, 900.0));
        // Once revealed, the same rows are the space below the window.
        layout.set_cards(54, 0);
        assert_eq!(layout.padding(&(2..5)), (200.0, 900.0));
    }

    #[wasm_bindgen_test]
    fn rows_measured_above_a_row_that_stays_leave_it_in_place() {
        let mut layout = layout(1, 30);
        for row in 10..18 {
            layout.record(row, 100.0);
        }
        layout.swap_rows(10..18);
        // Two rows swapped in above: estimated at 100 px, they take 130.
        layout.swap_rows(8..18);
        let kept = layout.keep().expect("row 10 stays");
        assert_eq!(kept, (10, 1000.0));
        layout.record(8, 130.0);
        layout.record(9, 130.0);
        layout.hold(kept);
        // Row 10 is 60 px lower in the layout, so the rows sit 60 px higher.
        assert_eq!(layout.drift, -60.0);
        assert_eq!(layout.padding(&(8..18)).0, 740.0);
        assert_eq!(layout.top(10) + layout.drift, 1000.0);
        // Scrolling on down keeps that; a jump lets it go.
        layout.swap_rows(9..19);
        assert_eq!(layout.keep(), None);
        assert_eq!(layout.settle(&(9..19)), 0.0);
        // Back at the first rows, the rows go to their place in the layout.
        assert_eq!(layout.settle(&(0..5)), -60.0);
        assert_eq!(layout.drift, 0.0);
        layout.drift = -60.0;
        layout.swap_rows(25..28);
        assert_eq!(layout.drift, 0.0);
    }

    #[wasm_bindgen_test]
    fn a_view_beyond_either_end_still_shows_rows_from_that_end() {
        let mut layout = layout(1, 10);
        for row in 0..10 {
            layout.record(row, 100.0);
        }
        assert_eq!(layout.rows_between(-900.0, -600.0), 0..3);
        assert_eq!(layout.rows_between(5000.0, 5250.0), 7..10);
    }

    #[wasm_bindgen_test]
    fn unmeasured_rows_take_the_average_and_new_columns_start_afresh() {
        let mut layout = layout(3, 30);
        layout.record(0, 300.0);
        layout.record(1, 500.0);
        assert_eq!(layout.height(7), 400.0);
        assert!(layout.set_grid(2, 10.0));
        layout.set_cards(30, 0);
        assert_eq!(layout.rows, 15);
        assert_eq!(layout.height(0), FIRST_GUESS + 10.0);
    }
}
