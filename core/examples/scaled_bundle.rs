//! Writes a bundle of `COUNT` articles generated from a bundle's records
//! (`newsdeck_core::sample::scaled`), for the browser benchmark:
//! `cargo run -p newsdeck-core --example scaled_bundle -- static/demo-bundle.json 10000 out.json`.

use newsdeck_core::{parse_bundle, sample, write_bundle};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [source, count, out] = args.as_slice() else {
        eprintln!("usage: scaled_bundle SOURCE COUNT OUT");
        std::process::exit(2);
    };
    let Ok(count) = count.parse::<usize>() else {
        eprintln!("{count}: not a count");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(source).unwrap_or_default();
    let Ok(bundle) = parse_bundle(&text) else {
        eprintln!("{source}: not a bundle");
        std::process::exit(1);
    };
    let articles = sample::scaled(&bundle.articles, count);
    if let Err(err) = std::fs::write(out, write_bundle(&articles, false)) {
        eprintln!("{out}: {err}");
        std::process::exit(1);
    }
}
