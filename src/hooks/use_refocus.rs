//! Where focus goes when the control that had it is taken away by the
//! change it made: a filter's chip that removed its filter, "Clear all".
//! Left alone, focus falls to the page, and a keyboard or screen reader
//! user loses their place in the widget (and its shortcuts with it).

use yew::prelude::*;

use crate::state::view::ViewAction;

/// Where focus goes once a change of view is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Refocus {
    /// The chip now at this place among the filters' chips (the one after
    /// a removed chip), else the last; the search box when none is left.
    Chip(usize),
    Search,
}

/// A change of view, and where focus goes once it is drawn, if anywhere.
pub type ThenFocus = (ViewAction, Option<Refocus>);

/// A click on a control that takes itself away: sends `action`, then moves
/// focus to `then`. To the search box only after a click from the keyboard
/// (it has no pointer count, `detail` 0): focusing a text field after a
/// tap would open a phone's on-screen keyboard.
pub fn removes_itself(
    onremove: &Callback<ThenFocus>,
    action: ViewAction,
    then: Refocus,
) -> Callback<MouseEvent> {
    onremove.reform(move |event: MouseEvent| {
        let from_keyboard = event.detail() == 0;
        let then = Some(then).filter(|&then| then != Refocus::Search || from_keyboard);
        (action.clone(), then)
    })
}

/// Sends changes of view to `ondispatch`; after the render that follows
/// each, hands where focus goes to `onfocus`, which knows the elements.
#[hook]
pub fn use_refocus(
    ondispatch: Callback<ViewAction>,
    onfocus: Callback<Refocus>,
) -> Callback<ThenFocus> {
    let pending = use_mut_ref(|| None::<Refocus>);
    {
        let pending = pending.clone();
        use_effect(move || {
            if let Some(target) = pending.borrow_mut().take() {
                onfocus.emit(target);
            }
        });
    }
    Callback::from(move |(action, then): ThenFocus| {
        *pending.borrow_mut() = then;
        ondispatch.emit(action);
    })
}
