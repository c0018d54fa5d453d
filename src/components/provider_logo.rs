//! The source's small logo in a card's byline; it steps aside if it fails.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProviderLogoProps {
    pub src: AttrValue,
}

#[function_component]
pub fn ProviderLogo(props: &ProviderLogoProps) -> Html {
    let failed = use_state(|| false);
    if *failed {
        return Html::default();
    }
    let onerror = {
        let failed = failed.clone();
        Callback::from(move |_: Event| failed.set(true))
    };
    // Decorative: the source's name stands right beside it.
    html! {
        <img
            class="nd-card__logo"
            src={props.src.clone()}
            width="20"
            height="20"
            alt=""
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            {onerror}
        />
    }
}
