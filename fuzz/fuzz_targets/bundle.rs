//! Any bytes as a bundle, read record by record as the widget loads a feed
//! and through one JSON tree as the CLI does, with the promises of
//! `newsdeck_fuzz::check_bundle`; and read as they arrive, in chunks, with
//! those of `newsdeck_fuzz::check_arriving`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The browser decodes a response as UTF-8, replacing what is not.
    newsdeck_fuzz::check_bundle(&String::from_utf8_lossy(data));
    newsdeck_fuzz::check_arriving(data);
});
