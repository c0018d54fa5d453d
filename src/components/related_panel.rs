//! The related stories of a card, listed in place under it.

use std::rc::Rc;

use newsdeck_core::{Article, Moment};
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::components::quiet_image::QuietImage;
use crate::components::when::when;
use crate::services::dates::Dates;

/// One related story, ready to show.
#[derive(Clone, PartialEq)]
pub struct RelatedEntry {
    pub story: Article,
    /// Set when the story is a card of the current feed: "Show in feed" goes there.
    pub card: Option<u32>,
}

pub struct RelatedPanelProps {
    pub id: AttrValue,
    pub entries: Vec<RelatedEntry>,
    pub now: i64,
    pub dates: Rc<Dates>,
    /// Escape pressed inside the panel.
    pub onclose: Callback<()>,
    /// "Show in feed" chosen for this card id.
    pub onshow: Callback<u32>,
}

/// A function rather than a component: it keeps no state, and each component
/// type adds its own copy of Yew's component code to the WebAssembly.
pub fn related_panel(props: &RelatedPanelProps) -> Html {
    let onclose = props.onclose.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            // Escape belongs to this panel; the host page must not see it too.
            event.stop_propagation();
            onclose.emit(());
        }
    });
    html! {
        <div id={props.id.clone()} class="nd-related" role="region" aria-label="Related stories" {onkeydown}>
            <ul class="nd-related__list">
                { for props.entries.iter().map(|entry| entry_view(entry, props.now, &props.dates, &props.onshow)) }
            </ul>
        </div>
    }
}

fn entry_view(entry: &RelatedEntry, now: i64, dates: &Dates, onshow: &Callback<u32>) -> Html {
    let story = &entry.story;
    let thumbnail = story.lead_image().map(|image| {
        html! { <QuietImage class="nd-related__thumb" src={image.url.clone()} width={64} height={48} /> }
    });
    let title = match story.link() {
        Some(href) => html! {
            <a class="nd-related__link" href={href.to_owned()} target="_blank" rel="noopener noreferrer">
                { story.title.clone() }
                <span class="nd-visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        },
        None => html! { <span>{ story.title.clone() }</span> },
    };
    let when = match &story.published_at {
        Some(Moment::Known(at)) => when(*at, now, None, dates),
        _ => Html::default(),
    };
    html! {
        <li class="nd-related__item">
            { for thumbnail }
            <div class="nd-related__text">
                <p class="nd-related__title">{ title }</p>
                <p class="nd-related__meta">
                    if let Some(name) = story.provider_name() {
                        <span class="nd-related__provider">{ name.to_owned() }</span>
                    }
                    { when }
                </p>
                if let Some(excerpt) = &story.excerpt {
                    <p class="nd-related__excerpt">{ excerpt.clone() }</p>
                }
                if let Some(card) = entry.card {
                    <button type="button" class="nd-link-button" onclick={onshow.reform(move |_: MouseEvent| card)}>
                        { "Show in feed" }
                    </button>
                }
            </div>
        </li>
    }
}
