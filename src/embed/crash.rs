//! The panic boundary. newsdeck's WebAssembly stops at a panic (the release
//! profile aborts), and nothing in it can be trusted afterwards: Yew may be
//! half-way through a render, the task queue stuck. So the panic is written
//! to the console, and the entry script is told once; it puts a plain error
//! box in every widget, without this WebAssembly, and its Retry starts a
//! fresh copy of it. A trap that is no panic (running out of memory) reaches
//! the entry script as the error it throws, and ends the same way.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::prelude::*;

static CRASHED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The entry script's `onCrash(message)`: the hook must be `Send`, a
    /// JavaScript function is not.
    static ON_CRASH: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Logs every panic; after the first, calls `on_crash` with its message.
pub fn install(on_crash: js_sys::Function) {
    ON_CRASH.with(|slot| slot.replace(Some(on_crash)));
    // Through Yew, which would otherwise put its own hook back at each render.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = match info.payload().downcast_ref::<&str>() {
            Some(text) => (*text).to_owned(),
            None => info
                .payload()
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_default(),
        };
        let place = info
            .location()
            .map(|at| format!(" (at {}:{})", at.file(), at.line()))
            .unwrap_or_default();
        let message = format!("newsdeck: the widget stopped because of a bug: {message}{place}");
        web_sys::console::error_1(&message.as_str().into());
        if CRASHED.swap(true, Ordering::SeqCst) {
            return;
        }
        // Even the hook's own state may be mid-change: never panic in here.
        let on_crash = ON_CRASH
            .try_with(|slot| slot.try_borrow().ok().and_then(|f| f.clone()))
            .ok()
            .flatten();
        if let Some(on_crash) = on_crash {
            let _ = on_crash.call1(&JsValue::NULL, &message.into());
        }
    }));
}

/// Whether this copy of the WebAssembly has panicked; it then starts no
/// more widgets, the fresh copy does.
pub fn has_crashed() -> bool {
    CRASHED.load(Ordering::SeqCst)
}

/// For tests of the panic boundary only: panics in the next task, as a bug
/// in loading or rendering would. Callable from script only, so no bundle,
/// attribute or address can trigger it.
#[wasm_bindgen(js_name = panicForTesting)]
pub fn panic_for_testing() {
    wasm_bindgen_futures::spawn_local(async {
        panic!("panicForTesting() was called");
    });
}

/// For tests of the crash boundary only: runs out of memory in the next
/// task, as a bundle too large for the browser would. That traps without a
/// panic, so no panic hook runs: the entry script must see the trap itself.
#[wasm_bindgen(js_name = trapForTesting)]
pub fn trap_for_testing() {
    wasm_bindgen_futures::spawn_local(async {
        std::alloc::handle_alloc_error(std::alloc::Layout::new::<[u8; 1 << 20]>());
    });
}
