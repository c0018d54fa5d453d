//! The WebAssembly's entry point. The entry script, newsdeck.js, starts the
//! widgets itself (`start`), so that it can be told of a crash first.

// Linked for its exports to the entry script; `main` has nothing to call.
extern crate newsdeck;

fn main() {}
