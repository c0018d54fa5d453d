//! A card's lead picture, or a designed stand-in when there is none or it fails.

use newsdeck_core::Image;
use yew::prelude::*;

use crate::services::browser_case::initial;
use crate::views::markup::{attrs, el, fixed, text_of, Tag};

/// The picture, while it has not failed to load (`failed`); `onerror` is
/// told when it does. A function rather than a component: its one state is
/// the card's, and each component type adds its own copy of Yew's component
/// code to the WebAssembly.
pub fn card_image(
    image: Option<&Image>,
    provider: Option<&str>,
    title: &str,
    eager: bool,
    failed: bool,
    onerror: Callback<Event>,
) -> Html {
    let Some(image) = image.filter(|_| !failed) else {
        return stand_in(provider, title);
    };
    let img = Tag::new(
        "img",
        attrs!(
            "src" => image.url.clone(),
            "width" => image.width.map(|w| w.to_string()),
            "height" => image.height.map(|h| h.to_string()),
            "alt" => "",
            "loading" => if eager { "eager" } else { "lazy" },
            "decoding" => "async",
            "referrerpolicy" => "no-referrer",
        ),
    )
    .onerror(onerror)
    .done();
    el("div", "nd-card__media", vec![img])
}

/// How many tints the stand-in cycles through (classes `nd-tint-0` and up).
const TINTS: u32 = 6;

/// A tinted panel with the provider's initial. The tint follows the title, so
/// a run of stories from one source does not look like one repeated card; it
/// is a class, not an inline style, so pages with a strict CSP allow it.
fn stand_in(provider: Option<&str>, title: &str) -> Html {
    let initial = initial(provider.unwrap_or("News"));
    let tint = title.bytes().fold(7u32, |acc, b| {
        acc.wrapping_mul(31).wrapping_add(u32::from(b))
    }) % TINTS;
    let class = format!("nd-card__media nd-card__media--empty nd-tint-{tint}");
    Tag::new("div", attrs!("class" => class)).children(vec![Tag::new(
        "span",
        fixed!("aria-hidden" => "true"),
    )
    .children(vec![text_of(initial.into())])])
}
