//! Fetching a feed's bundle, or its parts (API pages, shards), and reading
//! them with `newsdeck_core`.

use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::{Promise, Uint8Array};
use newsdeck_core::next_page_address;
use newsdeck_core::{
    read_document, Article, BundleError, Document, Incoming, ParseReport, ParsedBundle,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, AbortSignal, ReadableStreamDefaultReader, ReadableStreamReadResult,
    RequestInit, Response, Url,
};

use crate::services::clock::now_unix_seconds;
pub use crate::services::load_error::LoadError;
use crate::services::paint::next_paint;
use crate::services::watchdog::Watchdog;
use crate::services::{early, saved};

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

/// How long to wait for a server and how much to accept from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub timeout_seconds: u32,
    pub max_size_mb: u32,
}

impl Limits {
    fn max_bytes(self) -> usize {
        self.max_size_mb as usize * 1_000_000
    }
}

/// One part of a feed and what follows it.
pub struct Part {
    pub bundle: ParsedBundle,
    pub remaining: Remaining,
    /// Set when the feed could not be fetched and this is the copy saved
    /// then (Unix seconds).
    pub saved_at: Option<i64>,
}

/// The first stories of a large bundle, shown while the rest comes.
pub struct FirstLook {
    /// How many of the first articles to show.
    pub count: usize,
    pub show: Box<dyn FnOnce(Vec<Article>)>,
}

/// Loads the start of the feed at `src`: a whole bundle, the first API page,
/// or a manifest and its first shard. `next_template` places API page N.
/// A bundle large enough to take a while gives `first_look` its first
/// articles as soon as they are read.
pub async fn load_start(
    src: &str,
    next_template: Option<&str>,
    limits: Limits,
    first_look: FirstLook,
) -> Result<Part, LoadError> {
    if src.trim().is_empty() {
        return Err(LoadError::NoSource);
    }
    let address = absolute(src, None).ok_or(LoadError::NoSource)?;
    let (document, saved_at) = match fetch_document(&address, limits, Some(first_look)).await {
        Ok((text, document)) => {
            let document = document.map_err(LoadError::Unreadable)?;
            // Kept for a visit when the network fails.
            saved::save_after_paint(address.clone(), text, now_unix_seconds());
            (document, None)
        }
        // Unreachable or failing: the last copy that loaded is better than nothing.
        Err(err @ (LoadError::Network | LoadError::Http { .. } | LoadError::TimedOut { .. })) => {
            match saved::saved(&address) {
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

/// A body's text and the document read from it.
type Fetched = (String, Result<Document, BundleError>);

/// The body at `address` and the document in it, given up (and the request
/// aborted) when the server stays quiet for the time allowed, and refused
/// when larger than allowed. A request the entry script started early for
/// this address is used instead of a new one.
async fn fetch_document(
    address: &str,
    limits: Limits,
    first_look: Option<FirstLook>,
) -> Result<Fetched, LoadError> {
    let (request, controller) = match early::take(address) {
        Some(started) => (started.response, Some(started.controller)),
        None => {
            let controller = AbortController::new().ok();
            let request = start_fetch(address, controller.as_ref().map(|c| c.signal()));
            (request, controller)
        }
    };
    let timed_out = Rc::new(Cell::new(false));
    let watchdog = {
        let timed_out = timed_out.clone();
        Watchdog::start(limits.timeout_seconds, move || {
            timed_out.set(true);
            if let Some(controller) = &controller {
                controller.abort();
            }
        })
    };
    let result = read_body(request, limits, &watchdog, first_look).await;
    drop(watchdog);
    match result {
        Err(_) if timed_out.get() => Err(LoadError::TimedOut {
            seconds: limits.timeout_seconds,
        }),
        other => other,
    }
}

/// A GET of `address`, as the browser's `fetch` does it.
fn start_fetch(address: &str, signal: Option<AbortSignal>) -> Option<Promise> {
    let init = RequestInit::new();
    init.set_signal(signal.as_ref());
    Some(web_sys::window()?.fetch_with_str_and_init(address, &init))
}

async fn read_body(
    request: Option<Promise>,
    limits: Limits,
    watchdog: &Watchdog,
    mut first_look: Option<FirstLook>,
) -> Result<Fetched, LoadError> {
    let too_large = LoadError::TooLarge {
        megabytes: limits.max_size_mb,
    };
    let response: Response = JsFuture::from(request.ok_or(LoadError::Network)?)
        .await
        .ok()
        .and_then(|response| response.dyn_into().ok())
        .ok_or(LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
        });
    }
    // Refused before reading when the server says how big it is.
    let announced = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<usize>().ok());
    if announced.is_some_and(|bytes| bytes > limits.max_bytes()) {
        return Err(too_large);
    }
    // The size says how long the text will be only for a body sent as it
    // is: a compressed body's size is the size it has on the wire.
    let compressed = (response.headers().get("content-encoding").ok().flatten())
        .is_some_and(|coding| coding != "identity");
    // Read as bytes, chunk by chunk as they arrive: each record is read
    // while the rest is still coming, and the browser never decodes text
    // that would only be encoded again into WebAssembly.
    let mut incoming = Incoming::new(announced.filter(|_| !compressed));
    let Some(body) = response.body() else {
        return Ok(incoming.finish());
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut chunk = Vec::new();
    loop {
        let next: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| LoadError::Network)?
            .unchecked_into();
        if next.get_done().unwrap_or(true) {
            return Ok(incoming.finish());
        }
        let bytes: Uint8Array = next.get_value().unchecked_into();
        if incoming.received() + bytes.length() as usize > limits.max_bytes() {
            // No more of it is wanted.
            let _ = reader.cancel();
            return Err(too_large);
        }
        chunk.resize(bytes.length() as usize, 0);
        bytes.copy_to(&mut chunk);
        incoming.push(&chunk);
        // Not waiting for the stream's end: browsers can take a tenth of a
        // second more to say so once the last byte is in.
        if incoming.is_whole() {
            return Ok(incoming.finish());
        }
        // Counted from here: reading what came is not the server's time.
        watchdog.restart();
        if let Some(look) = first_look.take() {
            match incoming.first_look(look.count) {
                Some(articles) => {
                    (look.show)(articles);
                    // Chunks already here would otherwise all be read in
                    // this same task, before the browser shows the stories.
                    next_paint(PAINT_WAIT_MS).await;
                }
                None => first_look = Some(look),
            }
        }
    }
}

/// The longest wait for the browser to paint a first look: a hidden page
/// paints nothing, and its bundle is read on after this.
const PAINT_WAIT_MS: i32 = 50;

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
