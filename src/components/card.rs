//! One story as a card: picture, byline, title link, excerpt, topics, badges.

use std::rc::Rc;

use newsdeck_core::{Article, Moment, SearchTerms};
use yew::prelude::*;

use crate::components::card_image::CardImage;
use crate::components::highlighted::Highlighted;
use crate::components::provider_logo::ProviderLogo;
use crate::loaded::LoadedFeed;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub loaded: LoadedFeed,
    /// The article's id in the loaded feed.
    pub id: u32,
    /// Position in the current result, from 1 (`aria-posinset`).
    pub position: usize,
    /// Size of the whole current result (`aria-setsize`), not just what is shown.
    pub set_size: usize,
    /// Unique on the page; the card's title element gets this id.
    pub title_id: AttrValue,
    /// The moment relative times are counted from.
    pub now: i64,
    /// The search, whose words are marked in the title and excerpt.
    pub terms: Rc<SearchTerms>,
    #[prop_or_default]
    pub eager_image: bool,
}

#[function_component]
pub fn Card(props: &CardProps) -> Html {
    let Some(article) = props.loaded.feed.article(props.id) else {
        return Html::default();
    };
    let provider = article.provider_name().map(AttrValue::from);
    html! {
        <article
            class="nd-card"
            tabindex="0"
            aria-labelledby={props.title_id.clone()}
            aria-posinset={props.position.to_string()}
            aria-setsize={props.set_size.to_string()}
        >
            <CardImage
                image={article.lead_image().cloned()}
                provider={provider}
                title={article.title.clone()}
                eager={props.eager_image}
            />
            <div class="nd-card__body">
                { byline(article, props.now) }
                <h3 class="nd-card__title">{ title(article, &props.title_id, &props.terms) }</h3>
                if let Some(excerpt) = &article.excerpt {
                    <p class="nd-card__excerpt">
                        <Highlighted text={excerpt.clone()} terms={props.terms.clone()} />
                    </p>
                }
                { footer(article) }
            </div>
        </article>
    }
}

/// The title, as a link that covers the whole card when the story has one.
fn title(article: &Article, title_id: &AttrValue, terms: &Rc<SearchTerms>) -> Html {
    let text = html! {
        <span id={title_id.clone()}><Highlighted text={article.title.clone()} terms={terms.clone()} /></span>
    };
    match article.link() {
        Some(href) => html! {
            <a class="nd-card__link" href={href.to_owned()} target="_blank" rel="noopener noreferrer">
                { text }
                <span class="nd-visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        },
        None => text,
    }
}

fn byline(article: &Article, now: i64) -> Html {
    let provider = article.provider.as_ref();
    let logo = provider.and_then(|p| p.logo.as_ref());
    html! {
        <p class="nd-card__byline">
            if let Some(logo) = logo {
                <ProviderLogo src={logo.url.clone()} />
            }
            if let Some(provider) = provider {
                <span class="nd-card__provider">{ provider.name.clone() }</span>
            }
            { published(article.published_at.as_ref(), now) }
        </p>
    }
}

fn published(moment: Option<&Moment>, now: i64) -> Html {
    match moment {
        Some(Moment::Known(at)) => html! {
            <time class="nd-card__time" datetime={at.to_rfc3339()} title={at.full_label()}>
                { at.relative_label(now) }
            </time>
        },
        Some(Moment::Unreadable(text)) => {
            html! { <span class="nd-card__time">{ text.clone() }</span> }
        }
        None => Html::default(),
    }
}

fn footer(article: &Article) -> Html {
    if article.topics.is_empty() && !article.is_video() && !article.is_draft() {
        return Html::default();
    }
    html! {
        <div class="nd-card__footer">
            if article.is_video() {
                <span class="nd-badge nd-badge--video">
                    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 2.5v11l9-5.5z" /></svg>
                    { "Video" }
                </span>
            }
            if article.is_draft() {
                <span class="nd-badge nd-badge--draft">{ "Unpublished" }</span>
            }
            if !article.topics.is_empty() {
                <ul class="nd-topics" aria-label="Topics">
                    { for article.topics.iter().map(|topic| html! { <li class="nd-topic">{ topic.clone() }</li> }) }
                </ul>
            }
        </div>
    }
}
