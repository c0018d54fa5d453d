//! Why a feed could not be shown, in words a reader understands.

use std::fmt;

use newsdeck_core::BundleError;

/// Why a bundle could not be shown; rendered to the reader in plain words.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The page gave no `data-src`.
    NoSource,
    /// The page's `data-src` is not an address (`http://[::1`).
    BadSource(String),
    /// The server answered, but with an error status.
    Http { status: u16 },
    /// The request never got an answer (offline, blocked, refused).
    Network,
    /// An answer came, but it is not a bundle.
    Unreadable(BundleError),
    /// The server did not answer within the time allowed (`data-timeout`).
    TimedOut { seconds: u32 },
    /// The feed is larger than allowed (`data-max-size`).
    TooLarge { megabytes: u32 },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NoSource => {
                f.write_str("No news source is set: add a data-src attribute naming a bundle.")
            }
            LoadError::BadSource(src) => write!(
                f,
                "The news source \"{src}\" is not a valid address: check the data-src attribute."
            ),
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
            LoadError::TimedOut { seconds } => write!(
                f,
                "The news server did not answer within {seconds} second{}. Please try again in a moment.",
                if *seconds == 1 { "" } else { "s" }
            ),
            LoadError::TooLarge { megabytes } => write!(
                f,
                "The news feed is larger than {megabytes} MB, too large to show here."
            ),
        }
    }
}
