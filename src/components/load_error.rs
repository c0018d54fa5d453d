//! What the reader sees when the bundle cannot be shown, with a way to retry.

use yew::prelude::*;

/// The error box: why, in `message`, and a Retry button calling `onretry`.
pub fn load_error_box(message: String, onretry: &Callback<()>) -> Html {
    let onclick = onretry.reform(|_: MouseEvent| ());
    html! {
        <div class="nd-error" role="alert">
            <svg class="nd-error__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M12 2 1 21h22L12 2zm0 6 1 7h-2l1-7zm0 9.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6z" />
            </svg>
            <div class="nd-error__text">
                <p class="nd-error__title">{ "The news could not be loaded." }</p>
                <p class="nd-error__detail">{ message }</p>
            </div>
            <button type="button" class="nd-button" {onclick}>{ "Retry" }</button>
        </div>
    }
}
