//! The related stories of a card, listed in place under it.

use newsdeck_core::{Article, Moment};
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::embed::host::Embed;
use crate::hooks::use_quiet_images::QuietImages;
use crate::services::intl_dates::Dates;
use crate::views::markup::{
    attrs, button, click_sends, el, fixed, new_tab_note, text, text_of, Tag,
};
use crate::views::when::when;

/// One related story, ready to show.
#[derive(Clone, PartialEq)]
pub struct RelatedEntry {
    pub story: Article,
    /// Set when the story is a card of the current feed: "Show in feed" goes there.
    pub card: Option<u32>,
}

pub struct RelatedPanelProps<'a> {
    pub id: AttrValue,
    pub entries: &'a [RelatedEntry],
    pub now: i64,
    pub dates: &'a Dates,
    /// The page's link to the widget, which says each link's `rel`.
    pub embed: &'a Embed,
    /// Escape pressed inside the panel.
    pub onclose: Callback<()>,
    /// "Show in feed" chosen for this card id.
    pub onshow: &'a Callback<u32>,
    /// The card's small pictures, thumbnails among them.
    pub images: &'a QuietImages,
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
    let entries = props
        .entries
        .iter()
        .map(|entry| entry_view(entry, props))
        .collect();
    Tag::new(
        "div",
        attrs!(
            "id" => props.id.clone(),
            "class" => "nd-related",
            "role" => "region",
            "aria-label" => "Related stories",
        ),
    )
    .onkeydown(onkeydown)
    .children(vec![el("ul", "nd-related__list", entries)])
}

/// Whether `element` is inside a related panel (the class drawn above).
pub fn in_related_panel(element: &Element) -> bool {
    element.closest(".nd-related").ok().flatten().is_some()
}

fn entry_view(entry: &RelatedEntry, props: &RelatedPanelProps) -> Html {
    let (now, dates, onshow) = (props.now, props.dates, props.onshow);
    let story = &entry.story;
    let title = match story.link() {
        Some(href) => Tag::new(
            "a",
            attrs!(
                "class" => "nd-related__link",
                "href" => href.to_owned(),
                "target" => "_blank",
                "rel" => props.embed.link_rel(href),
            ),
        )
        .children(vec![text_of(story.title.clone().into()), new_tab_note()]),
        None => Tag::new("span", fixed!()).children(vec![text_of(story.title.clone().into())]),
    };
    let provider = story.provider_name().map(|name| {
        el(
            "span",
            "nd-related__provider",
            vec![text_of(name.to_owned().into())],
        )
    });
    let when = match &story.published_at {
        Some(Moment::Known(at)) => when(*at, now, None, dates),
        _ => Html::default(),
    };
    let excerpt = story.excerpt.as_ref().map(|excerpt| {
        el(
            "p",
            "nd-related__excerpt",
            vec![text_of(excerpt.clone().into())],
        )
    });
    let show_in_feed = entry.card.map(|card| {
        button(
            "nd-link-button",
            text("Show in feed"),
            click_sends(onshow, card),
        )
    });
    let thumbnail = story.lead_image().map(|image| {
        (props.images).image(
            "nd-related__thumb",
            &image.url,
            ("64", "48"),
            Html::default(),
        )
    });
    el(
        "li",
        "nd-related__item",
        vec![
            thumbnail.unwrap_or_default(),
            el(
                "div",
                "nd-related__text",
                vec![
                    el("p", "nd-related__title", vec![title]),
                    el(
                        "p",
                        "nd-related__meta",
                        vec![provider.unwrap_or_default(), when],
                    ),
                    excerpt.unwrap_or_default(),
                    show_in_feed.unwrap_or_default(),
                ],
            ),
        ],
    )
}
