//! A small decorative picture (a source's logo, a related story's thumbnail)
//! that gives way to a stand-in if it fails to load, instead of showing a
//! broken icon.

use yew::prelude::*;

use crate::markup::{attrs, Tag};

#[derive(Properties, PartialEq)]
pub struct QuietImageProps {
    pub src: AttrValue,
    pub class: AttrValue,
    pub width: u32,
    pub height: u32,
    /// Shown in the picture's place if it fails (nothing unless given): a
    /// stand-in of the same size keeps what is beside it from moving.
    #[prop_or_default]
    pub fallback: Html,
}

#[function_component]
pub fn QuietImage(props: &QuietImageProps) -> Html {
    let failed = use_state(|| false);
    if *failed {
        return props.fallback.clone();
    }
    let onerror = {
        let failed = failed.clone();
        Callback::from(move |_: Event| failed.set(true))
    };
    // Decorative: the text beside it says what it shows. (`class` last, as
    // `html!` puts it.)
    Tag::new(
        "img",
        attrs!(
            "src" => props.src.clone(),
            "width" => props.width.to_string(),
            "height" => props.height.to_string(),
            "alt" => "",
            "loading" => "lazy",
            "decoding" => "async",
            "referrerpolicy" => "no-referrer",
            "class" => props.class.clone(),
        ),
    )
    .onerror(onerror)
    .done()
}
