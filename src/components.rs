//! One function component per file.

pub mod active_filters;
pub mod app;
pub mod card;
pub mod card_image;
pub mod deck;
pub mod empty_state;
pub mod facet_group;
pub mod feed;
pub mod filter_panel;
pub mod highlighted;
pub mod load_error;
pub mod quality_filter;
pub mod quiet_image;
pub mod related_panel;
pub mod saved_copy_notice;
pub mod scroll_sentinel;
pub mod search_box;
pub mod shortcuts_dialog;
pub mod skeleton_card;
pub mod sort_select;
pub mod time_filter;
pub mod when;
