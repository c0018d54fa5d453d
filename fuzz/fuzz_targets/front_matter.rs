//! Any bytes as a `_news/*.md` file, read as the CLI reads one, with the
//! promises of `newsdeck_fuzz::check_front_matter`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The CLI reports a file that is not UTF-8 before reading it.
    if let Ok(text) = std::str::from_utf8(data) {
        newsdeck_fuzz::check_front_matter(text);
    }
});
