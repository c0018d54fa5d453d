//! The shortcuts that act on cards (see `newsdeck_core::SHORTCUTS`). The
//! widget's keyboard handler hands them to the feed, which alone knows which
//! cards are revealed and can render a card before focusing it.

use std::cell::RefCell;
use std::rc::Rc;

use newsdeck_core::KeyAction;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::components::card::{card_around, card_place, open_story, toggle_related};
use crate::services::focusable;

/// A card shortcut, and the element that had focus when it was pressed.
pub struct CardKey {
    pub action: KeyAction,
    pub from: Element,
}

/// Where the deck sends card shortcuts; the feed shown in it registers its
/// handler here. A feed is replaced with each new view, the deck is not.
#[derive(Clone, Default)]
pub struct FeedKeys(Rc<RefCell<Option<Callback<CardKey>>>>);

impl FeedKeys {
    /// Hands `key` to the feed, if one is shown.
    pub fn send(&self, key: CardKey) {
        let handler = self.0.borrow().clone();
        if let Some(handler) = handler {
            handler.emit(key);
        }
    }
}

impl PartialEq for FeedKeys {
    fn eq(&self, other: &FeedKeys) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Makes `handler` the feed's for as long as the calling feed is mounted.
#[hook]
pub fn use_feed_keys(keys: &FeedKeys, handler: Callback<CardKey>) {
    let keys = keys.clone();
    use_effect_with(handler, move |handler| {
        *keys.0.borrow_mut() = Some(handler.clone());
        let handler = handler.clone();
        move || {
            // The next feed may have registered already.
            let mut slot = keys.0.borrow_mut();
            if slot.as_ref() == Some(&handler) {
                *slot = None;
            }
        }
    });
}

/// Does what `key` asks inside `feed` (of `total` cards). A card to move
/// to is returned, for the feed to reveal and focus: it may not be
/// rendered yet.
pub fn act(key: &CardKey, feed: &Element, total: usize) -> Option<usize> {
    let card = card_around(&key.from).filter(|card| feed.contains(Some(card)));
    let next = match key.action {
        // With no card focused, the first is next.
        KeyAction::NextCard => card
            .as_ref()
            .map_or(Some(0), |card| Some(card_place(card)? + 1)),
        KeyAction::PreviousCard => card_place(card.as_ref()?)?.checked_sub(1),
        KeyAction::OpenStory => {
            open_story(card.as_ref()?);
            None
        }
        KeyAction::ToggleRelated => {
            toggle_related(card.as_ref()?, &key.from);
            None
        }
        KeyAction::AfterFeed => {
            focus(focusable::after(feed));
            None
        }
        KeyAction::BeforeFeed => {
            focus(focusable::before(feed));
            None
        }
        KeyAction::FocusSearch
        | KeyAction::ClearSearch
        | KeyAction::LeaveSearch
        | KeyAction::ShowShortcuts => None,
    };
    next.filter(|&index| index < total)
}

fn focus(element: Option<HtmlElement>) {
    if let Some(element) = element {
        let _ = element.focus();
    }
}
