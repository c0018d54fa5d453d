//! The widget's keyboard shortcuts: where focus is, what core says the key
//! means there (`newsdeck_core::SHORTCUTS`), and doing it. The listener sits
//! on the widget's own element, so keys pressed anywhere else, in the host
//! page or in another widget, never reach it.

use newsdeck_core::{action_for, KeyAction, KeyFocus, KeyPress};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::components::card::card_around;
use crate::hooks::use_feed_keys::{CardKey, FeedKeys};
use crate::state::view::ViewAction;

/// What the shortcuts act on besides the cards.
#[derive(Clone)]
pub struct ShortcutTargets {
    /// The widget's element, where a card left for the search box is found
    /// again when it was drawn anew.
    pub deck: NodeRef,
    /// The search box's text field.
    pub search: NodeRef,
    pub feed: FeedKeys,
    pub ondispatch: Callback<ViewAction>,
    pub onshow_shortcuts: Callback<()>,
}

/// The keydown handler for the widget's element.
#[hook]
pub fn use_shortcut_keys(targets: ShortcutTargets) -> Callback<KeyboardEvent> {
    // Where `/` came from, for Escape in the empty search box to go back to.
    let before_search = use_mut_ref(|| None::<Element>);
    Callback::from(move |event: KeyboardEvent| {
        let Some(target) = event.target_dyn_into::<Element>() else {
            return;
        };
        if event.default_prevented() {
            return;
        }
        let key = event.key();
        let press = KeyPress {
            key: &key,
            ctrl: event.ctrl_key(),
            alt: event.alt_key(),
            meta: event.meta_key(),
            shift: event.shift_key(),
            composing: event.is_composing(),
            focus: focus_of(&target, &targets.search),
        };
        let Some(action) = action_for(&press) else {
            return;
        };
        // Taken: the browser must not also act (type `/`, scroll the page),
        // nor a host page that has shortcuts of its own.
        event.prevent_default();
        event.stop_propagation();
        match action {
            KeyAction::FocusSearch => {
                if let Some(search) = targets.search.cast::<HtmlElement>() {
                    *before_search.borrow_mut() = Some(target);
                    let _ = search.focus();
                }
            }
            KeyAction::ClearSearch => targets.ondispatch.emit(ViewAction::ClearText),
            KeyAction::LeaveSearch => {
                leave_search(&target, before_search.borrow_mut().take(), &targets.deck)
            }
            KeyAction::ShowShortcuts => targets.onshow_shortcuts.emit(()),
            KeyAction::NextCard
            | KeyAction::PreviousCard
            | KeyAction::OpenStory
            | KeyAction::ToggleRelated
            | KeyAction::AfterFeed
            | KeyAction::BeforeFeed => targets.feed.send(CardKey {
                action,
                from: target,
            }),
        }
    })
}

/// What kind of element `target` is, as far as shortcuts care; `search`
/// holds the search box.
fn focus_of(target: &Element, search: &NodeRef) -> KeyFocus {
    if target.closest("dialog").ok().flatten().is_some() {
        return KeyFocus::Dialog;
    }
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        if search.cast::<Element>().as_ref() == Some(target) {
            return KeyFocus::SearchBox {
                empty: input.value().is_empty(),
            };
        }
        if takes_typing(&input.type_()) {
            return KeyFocus::TextField;
        }
    }
    let editable = target
        .dyn_ref::<HtmlElement>()
        .is_some_and(HtmlElement::is_content_editable);
    if editable || matches!(target.tag_name().as_str(), "TEXTAREA" | "SELECT") {
        return KeyFocus::TextField;
    }
    match card_around(target) {
        Some(card) if card == *target => KeyFocus::Card,
        Some(_) => KeyFocus::InsideCard,
        None => KeyFocus::OtherControl,
    }
}

/// Inputs whose keys type or pick a value; the others (checkboxes, sliders,
/// buttons) only react to arrows, Space and Enter.
fn takes_typing(kind: &str) -> bool {
    !matches!(
        kind,
        "checkbox" | "radio" | "button" | "submit" | "reset" | "range" | "color" | "file" | "image"
    )
}

/// Focus goes back to where `/` was pressed: to the same card, found by id
/// if the view changed and rendered it anew. Reached any other way, or if
/// that card is gone, the search box just lets focus go.
fn leave_search(search: &Element, before: Option<Element>, deck: &NodeRef) {
    let back = before.and_then(|element| {
        if element.is_connected() {
            return Some(element);
        }
        let id = element.id();
        if id.is_empty() {
            return None;
        }
        deck.cast::<Element>()?
            .query_selector(&format!("[id='{id}']"))
            .ok()?
    });
    match back.and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
        Some(element) => {
            let _ = element.focus();
        }
        None => {
            if let Some(search) = search.dyn_ref::<HtmlElement>() {
                let _ = search.blur();
            }
        }
    }
}
