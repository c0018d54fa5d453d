//! Pure logic that only the widget uses: its settings from `data-*`
//! attributes, its keyboard shortcuts, and the address of the next API
//! page. No web types, so it is tested natively here; the CLI never calls
//! it.

pub(crate) mod paging;
pub(crate) mod settings;
pub(crate) mod shortcuts;
