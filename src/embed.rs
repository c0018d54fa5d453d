//! Where a widget meets the page that embeds it: finding and mounting
//! widgets, the JavaScript API, events to the host page, and the crash box.

pub(crate) mod api;
pub(crate) mod crash;
pub mod host;
pub(crate) mod mount;
pub(crate) mod state_keys;
