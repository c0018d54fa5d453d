//! What the widget asks of the browser, as typed functions: the network and
//! storage, the page's URL, its clock and frames, its layout and focus, and
//! its ways of writing dates and letters.

pub mod browser_case;
pub mod bundle;
pub mod clock;
pub mod early;
pub mod fetch;
pub mod focusable;
pub mod intl_dates;
pub mod load_error;
pub mod paint;
pub mod saved;
pub mod scroller;
pub mod url_state;
pub mod viewport;
pub mod watchdog;
