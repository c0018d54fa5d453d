//! A timer that gives up on a server gone quiet: restarted each time the
//! server sends something, so a large body that keeps coming is never cut
//! off, and the time spent reading what came does not count against it.

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub struct Watchdog {
    on_quiet: Closure<dyn Fn()>,
    ms: i32,
    timer: Cell<Option<i32>>,
}

impl Watchdog {
    /// Calls `on_quiet` once `seconds` pass with no [`restart`], from now.
    ///
    /// [`restart`]: Watchdog::restart
    pub fn start(seconds: u32, on_quiet: impl Fn() + 'static) -> Watchdog {
        let watchdog = Watchdog {
            on_quiet: Closure::new(on_quiet),
            ms: i32::try_from(seconds.saturating_mul(1000)).unwrap_or(i32::MAX),
            timer: Cell::new(None),
        };
        watchdog.restart();
        watchdog
    }

    /// The server sent something: the time allowed starts again.
    pub fn restart(&self) {
        self.stop();
        let timer = web_sys::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    self.on_quiet.as_ref().unchecked_ref(),
                    self.ms,
                )
                .ok()
        });
        self.timer.set(timer);
    }

    fn stop(&self) {
        if let (Some(window), Some(timer)) = (web_sys::window(), self.timer.take()) {
            window.clear_timeout_with_handle(timer);
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.stop();
    }
}
