//! Loading a feed's bundle, or its parts (API pages, shards): which
//! address comes next, and the saved copy when the network fails. Each
//! part is fetched and read by `fetch`.

use std::collections::VecDeque;

use newsdeck_core::next_page_address;
use newsdeck_core::{read_document, BundleError, Document, ParseReport, ParsedBundle};
use web_sys::Url;

use crate::services::clock::now_unix_seconds;
use crate::services::fetch::{fetch_document, FirstLook, Limits};
pub use crate::services::load_error::LoadError;
use crate::services::saved;

/// What is left to load after the parts read so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Remaining {
    #[default]
    Nothing,
    /// API pages: the address of the next one, and its number.
    Page { address: String, number: u64 },
    /// The shards of a manifest not yet read, in order.
    Shards(VecDeque<String>),
}

/// One part of a feed and what follows it.
pub struct Part {
    pub bundle: ParsedBundle,
    pub remaining: Remaining,
    /// Set when the feed could not be fetched and this is the copy saved
    /// then (Unix seconds).
    pub saved_at: Option<i64>,
}

/// Loads the start of the feed at `src`: a whole bundle, the first API page,
/// or a manifest and its first shard. `next_template` places API page N.
/// A bundle large enough to take a while gives `first_look` its first
/// articles as soon as they are read. Without `offline_copy` the feed is
/// neither kept in local storage nor read back from it.
pub async fn load_start(
    src: &str,
    next_template: Option<&str>,
    limits: Limits,
    first_look: FirstLook,
    offline_copy: bool,
) -> Result<Part, LoadError> {
    if src.trim().is_empty() {
        return Err(LoadError::NoSource);
    }
    let address = absolute(src, None).ok_or_else(|| LoadError::BadSource(src.to_owned()))?;
    let (document, saved_at) = match fetch_document(&address, limits, Some(first_look)).await {
        Ok((text, document)) => {
            let document = document.map_err(LoadError::Unreadable)?;
            // Kept for a visit when the network fails.
            if offline_copy {
                saved::save_after_paint(address.clone(), text, now_unix_seconds());
            }
            (document, None)
        }
        // Unreachable or failing: the last copy that loaded is better than nothing.
        Err(err @ (LoadError::Network | LoadError::Http { .. } | LoadError::TimedOut { .. })) => {
            match offline_copy.then(|| saved::saved(&address)).flatten() {
                Some((saved_at, text)) => (read_document(&text).map_err(|_| err)?, Some(saved_at)),
                None => return Err(err),
            }
        }
        Err(err) => return Err(err),
    };
    let bundle = match document {
        Document::Bundle(bundle) => bundle,
        Document::Manifest(manifest) => {
            let manifest =
                manifest.map_err(|why| LoadError::Unreadable(BundleError::WrongShape(why)))?;
            let shards = manifest
                .shard_paths()
                .filter_map(|path| absolute(path, Some(&address)))
                .collect();
            return load_next(Remaining::Shards(shards), limits).await;
        }
    };
    let remaining = page_after(&address, src, next_template, bundle.next_page);
    Ok(Part {
        bundle,
        remaining,
        saved_at,
    })
}

/// Loads the next part; `Remaining::Nothing` gives an empty part.
pub async fn load_next(remaining: Remaining, limits: Limits) -> Result<Part, LoadError> {
    match remaining {
        Remaining::Nothing => Ok(Part {
            bundle: ParsedBundle::default(),
            remaining,
            saved_at: None,
        }),
        Remaining::Page { address, number } => {
            let bundle = fetch_bundle(&address, limits).await?;
            // Pages name their successor; a page that names itself again ends the run.
            let remaining = match bundle.next_page.filter(|&next| next > number) {
                Some(next) => page_address(&address, next).map_or(Remaining::Nothing, |address| {
                    Remaining::Page {
                        address,
                        number: next,
                    }
                }),
                None => Remaining::Nothing,
            };
            Ok(Part {
                bundle,
                remaining,
                saved_at: None,
            })
        }
        Remaining::Shards(mut shards) => match shards.pop_front() {
            Some(address) => {
                let bundle = fetch_bundle(&address, limits).await?;
                Ok(Part {
                    bundle,
                    remaining: if shards.is_empty() {
                        Remaining::Nothing
                    } else {
                        Remaining::Shards(shards)
                    },
                    saved_at: None,
                })
            }
            None => Ok(Part {
                bundle: ParsedBundle::default(),
                remaining: Remaining::Nothing,
                saved_at: None,
            }),
        },
    }
}

fn page_after(address: &str, src: &str, template: Option<&str>, next: Option<u64>) -> Remaining {
    let Some(number) = next else {
        return Remaining::Nothing;
    };
    let next_address =
        next_page_address(src, template, number).and_then(|relative| absolute(&relative, None));
    match next_address.filter(|next| next != address) {
        Some(address) => Remaining::Page { address, number },
        None => Remaining::Nothing,
    }
}

/// The address of page `number` in the same series as `address`.
fn page_address(address: &str, number: u64) -> Option<String> {
    next_page_address(address, None, number)
}

/// `relative` resolved against `base`, or against the page when `None`.
fn absolute(relative: &str, base: Option<&str>) -> Option<String> {
    let page = web_sys::window()?.document()?.base_uri().ok()??;
    let url = match base {
        Some(base) => Url::new_with_base(relative, base).ok()?,
        None => Url::new_with_base(relative, &page).ok()?,
    };
    Some(url.href())
}

async fn fetch_bundle(address: &str, limits: Limits) -> Result<ParsedBundle, LoadError> {
    let (_, document) = fetch_document(address, limits, None).await?;
    document
        .and_then(Document::into_bundle)
        .map_err(LoadError::Unreadable)
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
