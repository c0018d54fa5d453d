//! newsdeck's widget: Yew components that render a bundle as an accessible
//! card feed. All parsing and ordering is asked of `newsdeck_core`.

mod api;
pub mod components;
mod crash;
pub mod embed;
pub mod loaded;
mod markup;
mod mount;
pub mod result_ids;
pub mod services;
pub mod shared;
pub mod view;

pub use api::{mount_element, NewsdeckHandle};
pub use mount::{mount_all, start};
