//! The foot of a card: badges for a video or an unpublished story, and the
//! story's topics.

use newsdeck_core::Article;
use yew::prelude::*;

use crate::views::markup::{el, fixed, icon, text, text_of, Tag};

/// The badges and topics of `article` (topics only when `show_topics`);
/// nothing when it has none of them.
pub fn card_footer(article: &Article, show_topics: bool) -> Html {
    let topics: &[String] = if show_topics { &article.topics } else { &[] };
    if topics.is_empty() && !article.is_video() && !article.is_draft() {
        return Html::default();
    }
    let video = article.is_video().then(|| {
        el(
            "span",
            "nd-badge nd-badge--video",
            vec![
                icon(
                    fixed!("viewBox" => "0 0 16 16", "aria-hidden" => "true", "focusable" => "false"),
                    "M4 2.5v11l9-5.5z",
                ),
                text("Video"),
            ],
        )
    });
    let draft = article.is_draft().then(|| {
        el(
            "span",
            "nd-badge nd-badge--draft",
            vec![text("Unpublished")],
        )
    });
    let topics = (!topics.is_empty()).then(|| {
        let items = topics
            .iter()
            .map(|topic| el("li", "nd-topic", vec![text_of(topic.clone().into())]))
            .collect();
        Tag::new(
            "ul",
            fixed!("class" => "nd-topics", "aria-label" => "Topics"),
        )
        .children(items)
    });
    el(
        "div",
        "nd-card__footer",
        vec![
            video.unwrap_or_default(),
            draft.unwrap_or_default(),
            topics.unwrap_or_default(),
        ],
    )
}
