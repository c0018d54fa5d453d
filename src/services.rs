//! I/O the widget does, as typed functions.

pub mod bundle;
pub mod dates;
pub mod early;
pub mod letter_case;
pub mod load_error;
pub mod paint;
pub mod saved;
pub mod url_state;
pub mod watchdog;
