//! I/O the widget does, as typed async functions.

pub mod bundle;
