//! Shown above the feed when the bundle could not be fetched and the copy
//! saved on an earlier visit stands in for it.

use std::rc::Rc;

use newsdeck_core::Timestamp;
use yew::prelude::*;

use crate::services::dates::Dates;
use crate::services::letter_case::lower_case;

#[derive(Properties, PartialEq)]
pub struct SavedCopyNoticeProps {
    /// When the copy was saved (Unix seconds).
    pub saved_at: i64,
    pub now: i64,
    pub onretry: Callback<()>,
}

#[function_component]
pub fn SavedCopyNotice(props: &SavedCopyNoticeProps) -> Html {
    let dates = use_context::<Rc<Dates>>().unwrap_or_default();
    let saved = Timestamp {
        unix_seconds: props.saved_at,
        offset_minutes: 0,
    };
    let when = lower_case(&dates.relative(saved, props.now));
    html! {
        <div class="nd-saved-copy" role="status">
            <p>{ format!("The news could not be refreshed. Showing the copy saved {when}.") }</p>
            <button type="button" class="nd-button nd-button--quiet" onclick={props.onretry.reform(|_: MouseEvent| ())}>
                { "Retry" }
            </button>
        </div>
    }
}
