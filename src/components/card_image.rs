//! A card's lead picture, or a designed stand-in when there is none or it fails.

use newsdeck_core::Image;
use yew::prelude::*;

use crate::services::letter_case::initial;

#[derive(Properties, PartialEq)]
pub struct CardImageProps {
    pub image: Option<Image>,
    /// Shown as a large initial on the stand-in.
    pub provider: Option<AttrValue>,
    /// Picks the stand-in's tint, so neighbouring cards differ.
    pub title: AttrValue,
    /// The first row loads eagerly so the page's largest paint is quick.
    #[prop_or_default]
    pub eager: bool,
}

#[function_component]
pub fn CardImage(props: &CardImageProps) -> Html {
    let failed = use_state(|| false);
    let image = props.image.as_ref().filter(|_| !*failed);
    let Some(image) = image else {
        return stand_in(props.provider.as_deref(), &props.title);
    };
    let onerror = {
        let failed = failed.clone();
        Callback::from(move |_: Event| failed.set(true))
    };
    html! {
        <div class="nd-card__media">
            <img
                src={image.url.clone()}
                width={image.width.map(|w| w.to_string())}
                height={image.height.map(|h| h.to_string())}
                alt=""
                loading={if props.eager { "eager" } else { "lazy" }}
                decoding="async"
                referrerpolicy="no-referrer"
                {onerror}
            />
        </div>
    }
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
    html! {
        <div class={classes!("nd-card__media", "nd-card__media--empty", format!("nd-tint-{tint}"))}>
            <span aria-hidden="true">{ initial }</span>
        </div>
    }
}
