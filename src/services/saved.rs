//! The last copy of a feed that loaded, kept in the browser so the widget
//! still shows stories when the network or the server fails.

use crate::services::paint::after_paint;

/// Copies larger than this (in characters) are not kept: browser storage is
/// small and shared with the host page.
const MAX_SAVED_CHARS: usize = 2_000_000;
const KEY_PREFIX: &str = "newsdeck:copy:";

/// Keeps `text` as the latest copy of `address`, when it is small enough,
/// once the cards show: writing to storage is off the way to the first card,
/// and a copy too large to keep is not held until then.
pub fn save_after_paint(address: String, text: String, now: i64) {
    if text.len() <= MAX_SAVED_CHARS {
        after_paint(move || save(&address, &text, now));
    }
}

fn save(address: &str, text: &str, now: i64) {
    if let Some(storage) = storage() {
        // A full or blocked storage only costs the offline copy.
        let _ = storage.set_item(&format!("{KEY_PREFIX}{address}"), &format!("{now}\n{text}"));
    }
}

/// The saved copy of `address` and when it was saved (Unix seconds).
pub fn saved(address: &str) -> Option<(i64, String)> {
    let entry = storage()?
        .get_item(&format!("{KEY_PREFIX}{address}"))
        .ok()??;
    let (saved_at, text) = entry.split_once('\n')?;
    Some((saved_at.parse().ok()?, text.to_owned()))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}
