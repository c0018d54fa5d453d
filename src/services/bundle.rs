//! Fetching a bundle and reading it with `newsdeck_core`.

use std::fmt;

use gloo_net::http::Request;
use newsdeck_core::{parse_bundle, BundleError, ParseReport, ParsedBundle};

/// Why a bundle could not be shown; rendered to the reader in plain words.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The page gave no `data-src`.
    NoSource,
    /// The server answered, but with an error status.
    Http { status: u16 },
    /// The request never got an answer (offline, blocked, refused).
    Network,
    /// An answer came, but it is not a bundle.
    Unreadable(BundleError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NoSource => {
                f.write_str("No news source is set: add a data-src attribute naming a bundle.")
            }
            LoadError::Http { status: 404 } => {
                f.write_str("The news feed was not found (HTTP 404).")
            }
            LoadError::Http { status } if *status >= 500 => {
                write!(
                    f,
                    "The news server had a problem (HTTP {status}). Please try again in a moment."
                )
            }
            LoadError::Http { status } => {
                write!(f, "The news server refused the request (HTTP {status}).")
            }
            LoadError::Network => f.write_str(
                "The news feed could not be reached. Check your connection and try again.",
            ),
            LoadError::Unreadable(err) => write!(f, "The news feed could not be read: {err}."),
        }
    }
}

/// Fetches and reads the bundle at `src` (relative to the page).
pub async fn load_bundle(src: &str) -> Result<ParsedBundle, LoadError> {
    if src.trim().is_empty() {
        return Err(LoadError::NoSource);
    }
    let response = Request::get(src)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
        });
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    parse_bundle(&text).map_err(LoadError::Unreadable)
}

/// One grouped console warning listing every record that was skipped, so a
/// site owner can find bad data without the reader seeing noise.
pub fn warn_about_skipped(report: &ParseReport) {
    if report.skipped.is_empty() {
        return;
    }
    let heading = format!(
        "newsdeck: {} of {} records could not be read and were skipped",
        report.skipped.len(),
        report.records
    );
    web_sys::console::group_collapsed_1(&heading.into());
    for skipped in &report.skipped {
        web_sys::console::warn_1(&skipped.to_string().into());
    }
    web_sys::console::group_end();
}
