//! The demo and embed entry point: mounts a widget on every `[data-newsdeck]`.

fn main() {
    newsdeck::start();
}
