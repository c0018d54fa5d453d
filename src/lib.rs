//! newsdeck's widget: Yew components that render a bundle as an accessible
//! card feed. All parsing and ordering is asked of `newsdeck_core`.
//!
//! The folders say what is inside: `components` (function components),
//! `views` (stateless view functions and the element builders), `hooks`,
//! `state` (plain `Reducible` types and the data they hold), `services`
//! (what the widget asks of the browser) and `embed` (mounting, the
//! JavaScript API, events to the host page, the crash box).

/// talc rather than Rust's default dlmalloc: 2.8 kB gzip less WebAssembly
/// (`make size`); talc's own benchmarks find it faster too.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod components;
pub mod embed;
pub mod hooks;
pub mod services;
pub mod state;
pub mod views;

pub use embed::api::{mount_element, NewsdeckHandle};
pub use embed::mount::start;

#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod prerender;
