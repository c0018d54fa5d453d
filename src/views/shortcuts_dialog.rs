//! The keyboard shortcuts, listed in a modal dialog. The list is core's
//! table of shortcuts, the same one that decides what each key does.

use newsdeck_core::{Shortcut, SHORTCUTS};
use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::views::markup::{attrs, button, el, fixed, text, Tag};

/// The dialog, closed until [`show_modal`] opens it. A function rather than
/// a component: whether it is open is the dialog element's own state, and
/// each component type adds its own copy of Yew's component code to the
/// WebAssembly.
pub fn shortcuts_dialog(id: AttrValue, dialog_ref: &NodeRef) -> Html {
    let close = {
        let dialog_ref = dialog_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog_ref.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    let title_id = format!("{id}-title");
    Tag::new(
        "dialog",
        attrs!(
            "id" => id,
            "class" => "nd-shortcuts",
            "aria-labelledby" => title_id.clone(),
        ),
    )
    .node_ref(dialog_ref)
    .children(vec![
        Tag::new(
            "h3",
            attrs!("id" => title_id, "class" => "nd-shortcuts__title"),
        )
        .children(vec![text("Keyboard shortcuts")]),
        el(
            "p",
            "nd-shortcuts__note",
            vec![text(
                "While focus is in this news feed, and not in a text field:",
            )],
        ),
        el(
            "dl",
            "nd-shortcuts__list",
            SHORTCUTS.iter().map(shortcut_view).collect(),
        ),
        button("nd-button", text("Close"), close),
    ])
}

/// Opens the dialog held by `dialog_ref`. Modal: the rest of the page is
/// inert, Escape closes it, and closing gives focus back to what had it
/// before.
pub fn show_modal(dialog_ref: &NodeRef) {
    if let Some(dialog) = dialog_ref.cast::<HtmlDialogElement>() {
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
    }
}

fn shortcut_view(shortcut: &Shortcut) -> Html {
    let mut keys = Vec::new();
    for (i, key) in shortcut.keys.iter().enumerate() {
        if i > 0 {
            keys.push(text(" or "));
        }
        keys.push(el("kbd", "nd-shortcuts__key", vec![text(key.label)]));
    }
    el(
        "div",
        "nd-shortcuts__item",
        vec![
            Tag::new("dt", fixed!()).children(keys),
            Tag::new("dd", fixed!()).children(vec![text(shortcut.description)]),
        ],
    )
}
