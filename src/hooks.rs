//! The widget's custom hooks, one per file: state and effects that last
//! across a component's renders, as Yew's own hooks do.

pub mod use_feed_keys;
pub mod use_grid_resizes;
pub mod use_load;
pub mod use_minute_clock;
pub mod use_quiet_images;
pub mod use_refocus;
pub mod use_scroll_sentinel;
pub mod use_shared;
pub mod use_shortcut_keys;
pub mod use_view_sync;
pub mod use_viewport_changes;
pub mod use_window_upkeep;
