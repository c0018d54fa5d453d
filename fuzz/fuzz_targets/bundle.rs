//! Any bytes as a bundle: `parse_json` then `read_bundle`, as the widget
//! loads a feed, with the promises of `newsdeck_fuzz::check_bundle`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The browser decodes a response as UTF-8, replacing what is not.
    newsdeck_fuzz::check_bundle(&String::from_utf8_lossy(data));
});
