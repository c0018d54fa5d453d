//! Fetching one body and reading the document in it as it arrives: given
//! up on when the server stays quiet too long, refused when larger than
//! allowed, and showing a large bundle's first stories before the rest.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Promise, Uint8Array};
use newsdeck_core::{Article, BundleError, Document, Incoming};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, AbortSignal, ReadableStreamDefaultReader, ReadableStreamReadResult,
    RequestInit, Response,
};

use crate::services::early;
use crate::services::load_error::LoadError;
use crate::services::paint::next_paint;
use crate::services::watchdog::Watchdog;

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

/// The first stories of a large bundle, shown while the rest comes.
pub struct FirstLook {
    /// How many of the first articles to show.
    pub count: usize,
    pub show: Box<dyn FnOnce(Vec<Article>)>,
}

/// A body's text and the document read from it.
pub type Fetched = (String, Result<Document, BundleError>);

/// The body at `address` and the document in it, given up (and the request
/// aborted) when the server stays quiet for the time allowed, and refused
/// when larger than allowed. A request the entry script started early for
/// this address is used instead of a new one.
pub async fn fetch_document(
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

/// A GET of `address`, through the page's `fetch`.
fn start_fetch(address: &str, signal: Option<AbortSignal>) -> Option<Promise> {
    let init = RequestInit::new();
    init.set_signal(signal.as_ref());
    let answer = page_fetch(address, &init).ok()?;
    Some(Promise::resolve(&answer))
}

#[wasm_bindgen]
extern "C" {
    /// `window.fetch(address, init)`, which a host page may have replaced,
    /// even with one that throws or gives no promise: either is a request
    /// that got no answer, not an error thrown through the WebAssembly.
    #[wasm_bindgen(catch, js_name = fetch)]
    fn page_fetch(address: &str, init: &RequestInit) -> Result<JsValue, JsValue>;
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
        .and_then(|n| n.parse::<u32>().ok().map(|n| n as usize));
    if announced.is_some_and(|bytes| bytes > limits.max_bytes()) {
        return Err(too_large);
    }
    // The size says how long the text will be only for a body sent as it
    // is: a compressed body's size is the size it has on the wire.
    let compressed = (response.headers().get("content-encoding").ok().flatten())
        .is_some_and(|coding| coding != "identity");
    // Read as bytes, chunk by chunk as they arrive: each record is read
    // while the rest is still coming, and the browser never decodes text
    // that would only be encoded again into WebAssembly. `Incoming` sets
    // aside no more than a sane amount for an announced size, however
    // large: the rest grows as it comes.
    let expected = announced.filter(|_| !compressed);
    let mut incoming = Incoming::new(expected);
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
