//! What the reader sees when the bundle cannot be shown, with a way to retry.

use yew::prelude::*;

use crate::views::markup::{button, click_sends, el, fixed, icon, text, text_of, Tag};

/// The error box: why, in `message`, and a Retry button calling `onretry`.
pub fn load_error_box(message: String, onretry: &Callback<()>) -> Html {
    let onclick = click_sends(onretry, ());
    Tag::new("div", fixed!("class" => "nd-error", "role" => "alert")).children(vec![
        icon(
            fixed!(
                "class" => "nd-error__icon",
                "viewBox" => "0 0 24 24",
                "aria-hidden" => "true",
                "focusable" => "false",
            ),
            "M12 2 1 21h22L12 2zm0 6 1 7h-2l1-7zm0 9.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6z",
        ),
        el(
            "div",
            "nd-error__text",
            vec![
                el(
                    "p",
                    "nd-error__title",
                    vec![text("The news could not be loaded.")],
                ),
                el("p", "nd-error__detail", vec![text_of(message.into())]),
            ],
        ),
        button("nd-button", text("Retry"), onclick),
    ])
}
