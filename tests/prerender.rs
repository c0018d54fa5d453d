//! The first screen written on the server.
#![cfg(all(feature = "prerender", not(target_arch = "wasm32")))]

#[test]
fn writes_first_screen() {
    let json = std::fs::read_to_string("static/demo-bundle.json").unwrap();
    let bundle = newsdeck_core::parse_bundle(&json).unwrap();
    let (settings, _) = newsdeck_core::read_settings(|_| None);
    let html = newsdeck::prerender::first_screen(settings, bundle, 1_765_000_000).html;
    std::fs::write("/tmp/prerender-spike/out.html", &html).unwrap();
    assert!(html.contains("nd-card"));
}
