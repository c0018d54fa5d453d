//! Reading the feed's place on screen, the shape of its grid and the
//! heights of its rendered rows, and sizing the space that stands in for
//! rows that are not rendered.

use std::cell::Cell;
use std::ops::Range;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::services::scroller::scroll_by;
use crate::state::rows::RowLayout;

/// Rows are kept rendered this far beyond the viewport (in viewport
/// heights), so scrolling and Tab find the next cards already there.
const OVERSCAN: f64 = 0.75;

/// Columns and row gap of the feed's CSS grid (one column when unstyled).
pub fn grid_shape(feed: &Element) -> (usize, f64) {
    let style = web_sys::window().and_then(|w| w.get_computed_style(feed).ok().flatten());
    let Some(style) = style else {
        return (1, 0.0);
    };
    let columns = style
        .get_property_value("grid-template-columns")
        .map(|tracks| {
            tracks
                .split_whitespace()
                .filter(|t| t.ends_with("px"))
                .count()
        })
        .unwrap_or(0);
    let gap = style
        .get_property_value("row-gap")
        .ok()
        .map(|gap| whole_pixels(&gap))
        .unwrap_or(0.0);
    (columns.max(1), gap)
}

/// The grid shape the feed had when last read: columns (0 before the
/// first read) and row gap.
pub type GridShape = Rc<Cell<(usize, f64)>>;

/// The grid shape last read, reading it now if it never was.
pub fn known_shape(shape: &Cell<(usize, f64)>, feed: &Element) -> (usize, f64) {
    if shape.get().0 == 0 {
        shape.set(grid_shape(feed));
    }
    shape.get()
}

/// `16px` or `15.5px` as whole pixels (`normal` as 0). Read without float
/// parsing, whose tables would add about 10 kB to the widget.
fn whole_pixels(length: &str) -> f64 {
    let digits = length.split(['.', 'p']).next().unwrap_or_default();
    digits.parse::<u32>().map_or(0.0, f64::from)
}

/// Records how much height each rendered row takes: from its top to the
/// next row's top, or to its lowest card's bottom plus the gap for the last
/// one (cards need not stretch to their row: not while a related panel is
/// open). A row that stayed through the last render, which added rows above
/// it, stays where it is on the page.
pub fn measure_rows(feed: &Element, layout: &mut RowLayout, first_row: usize) {
    let kept = layout.keep();
    let mut row_tops = Vec::new();
    let mut last_bottom: f64 = 0.0;
    let mut card = feed.first_element_child();
    let mut index = 0;
    while let Some(element) = card {
        let rect = element.get_bounding_client_rect();
        if index % layout.columns == 0 {
            row_tops.push(rect.top());
            last_bottom = rect.bottom();
        }
        last_bottom = last_bottom.max(rect.bottom());
        index += 1;
        card = element.next_element_sibling();
    }
    let ends = row_tops
        .iter()
        .skip(1)
        .copied()
        .chain([last_bottom + layout.gap]);
    for (offset, (top, end)) in row_tops.iter().zip(ends).enumerate() {
        if end > *top {
            layout.record(first_row + offset, end - top);
        }
    }
    if let Some(kept) = kept {
        layout.hold(kept);
    }
}

/// Measures the rows in the DOM again and sizes the space around them.
/// When that lets the drift go, the page scrolls with the rows, so they
/// stay where the reader sees them.
pub fn remeasure(feed: &Element, layout: &mut RowLayout) {
    let in_dom = layout.in_dom.clone();
    if in_dom.is_empty() {
        return;
    }
    measure_rows(feed, layout, in_dom.start);
    let moved_up = layout.settle(&in_dom);
    set_padding(feed, layout.padding(&in_dom));
    if moved_up != 0.0 {
        scroll_by(feed, -moved_up);
    }
}

/// The rows to render for where the feed is now, those on screen and a
/// margin beyond; `None` while the rendered rows still cover the screen,
/// so small errors in the estimates cannot make the window flicker.
pub fn rows_in_view(
    feed: &Element,
    layout: &RowLayout,
    rendered: &Range<usize>,
) -> Option<Range<usize>> {
    let viewport = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0);
    // Where the first row would be on screen, in the layout's terms.
    let top = feed.get_bounding_client_rect().top() + layout.drift;
    let on_screen = layout.rows_between(-top, viewport - top);
    let covered =
        !rendered.is_empty() && rendered.start <= on_screen.start && on_screen.end <= rendered.end;
    if covered {
        return None;
    }
    let margin = viewport * OVERSCAN;
    Some(layout.rows_between(-top - margin, viewport - top + margin))
}

/// Sizes the space above and below the rendered rows. Set through the
/// CSSOM, not a `style` attribute, so pages with a strict CSP allow it.
pub fn set_padding(feed: &Element, (above, below): (f64, f64)) {
    if let Some(feed) = feed.dyn_ref::<HtmlElement>() {
        let style = feed.style();
        let _ = style.set_property("padding-top", &format!("{}px", above.round() as i64));
        let _ = style.set_property("padding-bottom", &format!("{}px", below.round() as i64));
    }
}
