//! Stateless view functions: each draws its part from what it is given and
//! keeps no state. Functions rather than components, as each component type
//! adds its own copy of Yew's component code to the WebAssembly; built with
//! the shared element builders in `markup`.

pub mod active_filters;
pub mod byline;
pub mod card_footer;
pub mod card_image;
pub mod empty_state;
pub mod facet_group;
pub mod filter_panel;
pub mod highlighted;
pub mod load_error_box;
pub(crate) mod markup;
pub mod quality_filter;
pub mod related_panel;
pub mod saved_copy_notice;
pub mod search_box;
pub mod shortcuts_dialog;
pub mod skeleton_card;
pub mod sort_select;
pub mod time_filter;
pub mod toolbar;
pub mod when;
