//! I/O the widget does, as typed functions.

pub mod bundle;
pub mod url_state;
