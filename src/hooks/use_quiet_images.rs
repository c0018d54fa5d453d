//! Small decorative pictures (a source's logo, a related story's thumbnail)
//! that give way to a stand-in if they fail to load, instead of showing a
//! broken icon. The card keeps which of its pictures failed: a component per
//! picture would add its own copy of Yew's component code to the WebAssembly.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::views::markup::{attrs, Tag};

/// The small pictures of one card.
#[derive(Clone)]
pub struct QuietImages {
    /// Addresses of those that failed to load.
    failed: Rc<RefCell<Vec<String>>>,
    redraw: UseForceUpdateHandle,
}

#[hook]
pub fn use_quiet_images() -> QuietImages {
    QuietImages {
        failed: use_mut_ref(Vec::new),
        redraw: use_force_update(),
    }
}

impl QuietImages {
    /// The picture at `src`, or `fallback` (a stand-in of the same size
    /// keeps what is beside it from moving) once it has failed.
    pub fn image(
        &self,
        class: &'static str,
        src: &str,
        size: (&'static str, &'static str),
        fallback: Html,
    ) -> Html {
        if self.failed.borrow().iter().any(|failed| failed == src) {
            return fallback;
        }
        let onerror = {
            let (images, src) = (self.clone(), src.to_owned());
            Callback::from(move |_: Event| {
                images.failed.borrow_mut().push(src.clone());
                images.redraw.force_update();
            })
        };
        // Decorative: the text beside it says what it shows. (`class` last,
        // as `html!` puts it.)
        Tag::new(
            "img",
            attrs!(
                "src" => src.to_owned(),
                "width" => size.0,
                "height" => size.1,
                "alt" => "",
                "loading" => "lazy",
                "decoding" => "async",
                "referrerpolicy" => "no-referrer",
                "class" => class,
            ),
        )
        .onerror(onerror)
        .done()
    }
}
