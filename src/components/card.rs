//! One story as a card: picture, byline, title link, excerpt, topics,
//! badges, related stories; and how the keyboard finds a card and its parts
//! in the DOM, next to the markup that gives them their classes.

use std::rc::Rc;

use newsdeck_core::{also_covered_by, related_items, Article, SearchTerms};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::embed::host::{object_of, Embed};
use crate::hooks::use_quiet_images::use_quiet_images;
use crate::hooks::use_shared::{use_shared, Shared};
use crate::state::loaded::LoadedFeed;
use crate::state::result_ids::ResultIds;
use crate::views::byline::byline;
use crate::views::card_footer::card_footer;
use crate::views::card_image::card_image;
use crate::views::highlighted::highlighted;
use crate::views::markup::{attrs, el, fixed, fragment, icon, new_tab_note, state, text_of, Tag};
use crate::views::related_panel::{
    in_related_panel, related_panel, RelatedEntry, RelatedPanelProps,
};

#[derive(Clone, Properties, PartialEq)]
pub struct CardProps {
    pub loaded: LoadedFeed,
    /// The article's id in the loaded feed.
    pub id: u32,
    /// Position in the current result, from 1 (`aria-posinset`).
    pub position: usize,
    /// Size of the whole current result (`aria-setsize`), not just what is
    /// shown; `None` while not known.
    pub set_size: Option<usize>,
    /// Unique on the page: the card's element ids start with it.
    pub id_prefix: AttrValue,
    /// The moment relative times are counted from.
    pub now: i64,
    /// The search, whose words are marked in the title and excerpt.
    pub terms: Rc<SearchTerms>,
    #[prop_or_default]
    pub eager_image: bool,
    /// Ids of the cards in the current result, for "Show in feed".
    #[prop_or_default]
    pub shown: ResultIds,
    /// "Show in feed" chosen for a card id.
    #[prop_or_default]
    pub onshow: Callback<u32>,
}

/// The element id of card `id` under `prefix`, for focusing it.
fn card_element_id(prefix: &str, id: u32) -> String {
    format!("{prefix}-card-{id}")
}

#[function_component]
pub fn Card(props: &CardProps) -> Html {
    let Shared {
        embed,
        settings,
        dates,
    } = use_shared();
    let open = use_state(bool::default);
    let image_failed = use_state(bool::default);
    let images = use_quiet_images();
    let toggle_ref = use_node_ref();
    let related = use_memo(
        (props.loaded.clone(), props.id, props.shown.clone()),
        |(loaded, id, shown)| related_entries(loaded, *id, shown),
    );
    let Some(article) = props.loaded.feed.article(props.id) else {
        return Html::default();
    };
    let show = settings.show;
    // The event's detail is made on the click, not on every render: cards
    // render again on each keystroke of a search.
    let onopen = {
        let (loaded, id, embed) = (props.loaded.clone(), props.id, embed.clone());
        Callback::from(move |event: MouseEvent| {
            if let Some(article) = loaded.feed.article(id) {
                let detail = object_of(&[
                    ("title", JsValue::from_str(&article.title)),
                    ("url", JsValue::from_str(article.link().unwrap_or_default())),
                ]);
                // A host page that opens stories its own way cancels it.
                if !embed.ask("newsdeck:open", &detail) {
                    event.prevent_default();
                }
            }
        })
    };
    let title_id: AttrValue = format!("{}-story-{}", props.id_prefix, props.id).into();
    let panel_id = format!("{}-related-{}", props.id_prefix, props.id);
    let also = props
        .loaded
        .clusters
        .as_ref()
        .and_then(|c| also_covered_by(&props.loaded.feed, c, props.id));
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onclose = {
        let (open, toggle_ref) = (open.clone(), toggle_ref.clone());
        Callback::from(move |()| {
            open.set(false);
            if let Some(button) = toggle_ref.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    let excerpt = article
        .excerpt
        .as_ref()
        .filter(|_| show.excerpt)
        .map(|excerpt| {
            el(
                "p",
                "nd-card__excerpt",
                vec![highlighted(excerpt, &props.terms)],
            )
        });
    let also = also.map(|also| {
        el(
            "p",
            "nd-card__also",
            vec![text_of(format!("Also covered by {also}").into())],
        )
    });
    let related_part = (show.related && !related.is_empty()).then(|| {
        let toggle = Tag::new(
            "button",
            attrs!(
                "type" => "button",
                "class" => "nd-related-toggle",
                "aria-expanded" => state(*open),
                "aria-controls" => panel_id.clone(),
            ),
        )
        .node_ref(&toggle_ref)
        .onclick(ontoggle)
        .children(vec![
            icon(
                fixed!("viewBox" => "0 0 16 16", "aria-hidden" => "true", "focusable" => "false"),
                "M4 6l4 4 4-4",
            ),
            text_of(related_label(related.len()).into()),
        ]);
        let panel = (*open).then(|| {
            related_panel(&RelatedPanelProps {
                id: panel_id.into(),
                entries: &related,
                now: props.now,
                dates: &dates,
                embed: &embed,
                onclose,
                onshow: &props.onshow,
                images: &images,
            })
        });
        fragment(vec![
            el("div", "nd-card__actions", vec![toggle]),
            panel.unwrap_or_default(),
        ])
    });
    let image = show.image.then(|| {
        let onerror = {
            let failed = image_failed.clone();
            Callback::from(move |_: Event| failed.set(true))
        };
        card_image(
            article.lead_image(),
            article.provider_name(),
            &article.title,
            props.eager_image,
            *image_failed,
            onerror,
        )
    });
    let body = el(
        "div",
        "nd-card__body",
        vec![
            byline(article, props.now, show.provider, &dates, &images),
            el(
                "h3",
                "nd-card__title",
                vec![title(
                    article,
                    &title_id,
                    &props.terms,
                    settings.new_tab,
                    &embed,
                    onopen,
                )],
            ),
            excerpt.unwrap_or_default(),
            also.unwrap_or_default(),
            card_footer(article, show.topics),
            related_part.unwrap_or_default(),
        ],
    );
    Tag::new(
        "article",
        attrs!(
            "id" => card_element_id(&props.id_prefix, props.id),
            // The class, not only the button's aria-expanded, lets the feed
            // see an open panel: WebKit does not restyle `:has()` on an
            // attribute changed inside a shadow root.
            "class" => if *open { "nd-card nd-card--related-open" } else { "nd-card" },
            "tabindex" => "0",
            "aria-labelledby" => title_id,
            "aria-posinset" => props.position.to_string(),
            "aria-setsize" => props.set_size.map_or_else(|| "-1".to_owned(), |n| n.to_string()),
        ),
    )
    .children(vec![image.unwrap_or_default(), body])
}

fn related_label(count: usize) -> String {
    match count {
        1 => "1 related story".to_owned(),
        n => format!("{n} related stories"),
    }
}

/// The card's related stories; those shown as cards of their own can be
/// jumped to.
fn related_entries(loaded: &LoadedFeed, id: u32, shown: &[u32]) -> Vec<RelatedEntry> {
    related_items(&loaded.feed, loaded.clusters.as_ref(), id)
        .into_iter()
        .map(|item| RelatedEntry {
            story: item.story.clone(),
            card: item.in_feed.filter(|card| shown.contains(card)),
        })
        .collect()
}

/// The title, as a link that covers the whole card when the story has one.
fn title(
    article: &Article,
    title_id: &AttrValue,
    terms: &Rc<SearchTerms>,
    new_tab: bool,
    embed: &Embed,
    onclick: Callback<MouseEvent>,
) -> Html {
    let text = Tag::new("span", attrs!("id" => title_id.clone()))
        .children(vec![highlighted(&article.title, terms)]);
    let target = if new_tab { "_blank" } else { "_self" };
    match article.link() {
        Some(href) => {
            let note = new_tab.then(new_tab_note);
            Tag::new(
                "a",
                attrs!(
                    "class" => "nd-card__link",
                    "href" => href.to_owned(),
                    "target" => target,
                    "rel" => embed.link_rel(href),
                ),
            )
            .onclick(onclick)
            .children(vec![text, note.unwrap_or_default()])
        }
        None => text,
    }
}

// Finding cards and their parts in the DOM, for the keyboard: by the
// classes, attributes and ids the card is drawn with above, and here only.

/// The card `element` is in, or is.
pub fn card_around(element: &Element) -> Option<Element> {
    element.closest(".nd-card").ok().flatten()
}

/// The place in the result, from 0, of the card `element` is in, or is.
pub fn card_index(element: &Element) -> Option<usize> {
    card_place(&card_around(element)?)
}

/// The card's place in the result, from 0 (its `aria-posinset` less one).
pub fn card_place(card: &Element) -> Option<usize> {
    // As u32, the one number type the widget reads text into.
    let place = card.get_attribute("aria-posinset")?.parse::<u32>().ok()?;
    (place as usize).checked_sub(1)
}

/// Moves keyboard focus to card `id` (which scrolls it into view). Looked
/// up inside the feed, not the document: the widget lives in a shadow root.
pub fn focus_card(feed: &Element, prefix: &str, id: u32) {
    let card = feed.query_selector(&format!("#{}", card_element_id(prefix, id)));
    if let Some(card) = card
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = card.focus();
    }
}

/// Opens the card's story through its title link, in the tab the settings
/// say and with its `rel`, telling the host page (`newsdeck:open`).
pub fn open_story(card: &Element) {
    if let Some(link) = part(card, ".nd-card__link") {
        link.click();
    }
}

/// Clicks the card's own disclosure button, so `aria-expanded` stays true
/// to what is shown.
pub fn toggle_related(card: &Element, from: &Element) {
    let Some(toggle) = part(card, ".nd-related-toggle") else {
        return;
    };
    // Closing removes the panel and whatever has focus in it: the button
    // takes focus instead, as it does when Escape closes the panel.
    if in_related_panel(from) {
        let _ = toggle.focus();
    }
    toggle.click();
}

fn part(card: &Element, selector: &str) -> Option<HtmlElement> {
    card.query_selector(selector).ok()??.dyn_into().ok()
}
