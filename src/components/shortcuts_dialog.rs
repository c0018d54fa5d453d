//! The keyboard shortcuts, listed in a modal dialog. The list is core's
//! table of shortcuts, the same one that decides what each key does.

use newsdeck_core::shortcuts::{Shortcut, SHORTCUTS};
use web_sys::HtmlDialogElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShortcutsDialogProps {
    pub id: AttrValue,
    pub open: bool,
    /// The dialog closed: by its button or by Escape.
    pub onclose: Callback<()>,
}

#[function_component]
pub fn ShortcutsDialog(props: &ShortcutsDialogProps) -> Html {
    let dialog_ref = use_node_ref();
    {
        let dialog_ref = dialog_ref.clone();
        use_effect_with(props.open, move |open| {
            let Some(dialog) = dialog_ref.cast::<HtmlDialogElement>() else {
                return;
            };
            // Modal: the rest of the page is inert, Escape closes it, and
            // closing gives focus back to what had it before. Closing is the
            // dialog's own doing (Escape, Close), which `onclose` reports.
            if *open && !dialog.open() {
                let _ = dialog.show_modal();
            }
        });
    }
    let onclose = props.onclose.reform(|_: Event| ());
    let close = {
        let dialog_ref = dialog_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog_ref.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    let title_id = format!("{}-title", props.id);
    html! {
        <dialog id={props.id.clone()} class="nd-shortcuts" ref={dialog_ref} aria-labelledby={title_id.clone()} {onclose}>
            <h3 id={title_id} class="nd-shortcuts__title">{ "Keyboard shortcuts" }</h3>
            <p class="nd-shortcuts__note">{ "While focus is in this news feed, and not in a text field:" }</p>
            <dl class="nd-shortcuts__list">
                { for SHORTCUTS.iter().map(shortcut_view) }
            </dl>
            <button type="button" class="nd-button" onclick={close}>{ "Close" }</button>
        </dialog>
    }
}

fn shortcut_view(shortcut: &Shortcut) -> Html {
    let keys = shortcut.keys.iter().enumerate().map(|(i, key)| {
        html! {
            <>
                if i > 0 { { " or " } }
                <kbd class="nd-shortcuts__key">{ key.label }</kbd>
            </>
        }
    });
    html! {
        <div class="nd-shortcuts__item">
            <dt>{ for keys }</dt>
            <dd>{ shortcut.description }</dd>
        </div>
    }
}
