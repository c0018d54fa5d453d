//! I/O the widget does, as typed functions.

pub mod after_paint;
pub mod bundle;
pub mod dates;
pub mod early;
pub mod letter_case;
pub mod load_error;
pub mod saved;
pub mod url_state;
