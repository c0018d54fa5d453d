//! What every part of one widget shares: its link to the host page, its
//! settings and the way it writes dates. One context rather than one each,
//! so the WebAssembly carries one copy of Yew's context code, not three.

use std::rc::Rc;

use newsdeck_core::Settings;
use yew::{hook, use_context};

use crate::embed::host::Embed;
use crate::services::intl_dates::Dates;

#[derive(Clone, Default, PartialEq)]
pub struct Shared {
    pub embed: Embed,
    pub settings: Rc<Settings>,
    pub dates: Rc<Dates>,
}

/// The widget's shared parts; defaults outside a widget (in tests).
#[hook]
pub fn use_shared() -> Shared {
    use_context::<Shared>().unwrap_or_default()
}
