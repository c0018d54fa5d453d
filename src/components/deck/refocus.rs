//! Where focus goes when the control that had it is taken away by the
//! change it made: a filter's chip that removed its filter, "Clear all".
//! Left alone, focus falls to the page, and a keyboard or screen reader
//! user loses their place in the widget (and its shortcuts with it).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::view::ViewAction;

/// Where focus goes once a change of view is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Refocus {
    /// The chip now at this place among the filters' chips (the one after
    /// a removed chip), else the last; the search box when none is left.
    Chip(usize),
    Search,
}

/// A change of view, and where focus goes once it is drawn.
pub type ThenFocus = (ViewAction, Refocus);

/// Sends changes of view to `ondispatch`, moving focus within `deck` after
/// the render that follows each.
#[hook]
pub fn use_refocus(deck: NodeRef, ondispatch: Callback<ViewAction>) -> Callback<ThenFocus> {
    let pending = use_mut_ref(|| None::<Refocus>);
    {
        let (pending, deck) = (pending.clone(), deck.clone());
        use_effect(move || {
            let target = pending.borrow_mut().take();
            if let (Some(target), Some(deck)) = (target, deck.cast::<Element>()) {
                focus_in(&deck, target);
            }
        });
    }
    Callback::from(move |(action, then): ThenFocus| {
        *pending.borrow_mut() = Some(then);
        ondispatch.emit(action);
    })
}

fn focus_in(deck: &Element, target: Refocus) {
    let chip = match target {
        Refocus::Chip(place) => deck
            .query_selector_all(".nd-chips .nd-chip")
            .ok()
            .filter(|chips| chips.length() > 0)
            .and_then(|chips| chips.item((place as u32).min(chips.length() - 1))),
        Refocus::Search => None,
    };
    let element = chip.or_else(|| {
        deck.query_selector(".nd-search__input")
            .ok()
            .flatten()
            .map(Into::into)
    });
    if let Some(element) = element.and_then(|node| node.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
