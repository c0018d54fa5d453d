//! A card's byline: the source's logo (or its initial, in the logo's box),
//! its name, and when the story was published.

use newsdeck_core::{Article, Moment};
use yew::prelude::*;

use crate::hooks::use_quiet_images::QuietImages;
use crate::services::browser_case::initial;
use crate::services::intl_dates::Dates;
use crate::views::markup::{el, fixed, fragment, text_of, Tag};
use crate::views::when::when;

/// The byline of `article`; the source only when `show_provider`.
pub fn byline(
    article: &Article,
    now: i64,
    show_provider: bool,
    dates: &Dates,
    images: &QuietImages,
) -> Html {
    let provider = article.provider.as_ref().filter(|_| show_provider);
    // The logo's box is there whatever happens: a source without a logo, or
    // whose logo fails, shows its initial instead, so its name never moves
    // and bylines line up from card to card.
    let logo = provider.map(|provider| {
        let monogram = Tag::new(
            "span",
            fixed!("aria-hidden" => "true", "class" => "nd-card__logo nd-card__monogram"),
        )
        .children(vec![text_of(initial(&provider.name).into())]);
        match &provider.logo {
            Some(logo) => images.image("nd-card__logo", &logo.url, ("20", "20"), monogram),
            None => monogram,
        }
    });
    let name = provider.map(|provider| {
        el(
            "span",
            "nd-card__provider",
            vec![text_of(provider.name.clone().into())],
        )
    });
    el(
        "p",
        "nd-card__byline",
        vec![
            fragment(logo.into_iter().collect()),
            fragment(name.into_iter().collect()),
            published(article.published_at.as_ref(), now, dates),
        ],
    )
}

fn published(moment: Option<&Moment>, now: i64, dates: &Dates) -> Html {
    match moment {
        Some(Moment::Known(at)) => when(*at, now, Some("nd-card__time"), dates),
        Some(Moment::Unreadable(text)) => {
            el("span", "nd-card__time", vec![text_of(text.clone().into())])
        }
        None => Html::default(),
    }
}
