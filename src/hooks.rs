//! The widget's custom hooks, one per file: state and effects shared by a
//! component's renders, as Yew's hooks are.

pub mod use_feed_keys;
pub mod use_quiet_images;
pub mod use_refocus;
pub mod use_scroll_sentinel;
pub mod use_shared;
pub mod use_shortcut_keys;
