//! Shown above the feed when the bundle could not be fetched and the copy
//! saved on an earlier visit stands in for it.

use newsdeck_core::Timestamp;
use yew::prelude::*;

use crate::services::browser_case::lower_case;
use crate::services::intl_dates::Dates;
use crate::views::markup::{button, click_sends, fixed, text, text_of, Tag};

/// The notice for a copy saved at `saved_at` (Unix seconds), with a Retry
/// button calling `onretry`.
pub fn saved_copy_notice(dates: &Dates, saved_at: i64, now: i64, onretry: &Callback<()>) -> Html {
    let saved = Timestamp {
        unix_seconds: saved_at,
        offset_minutes: 0,
    };
    let when = lower_case(&dates.relative(saved, now));
    let message = format!("The news could not be refreshed. Showing the copy saved {when}.");
    Tag::new(
        "div",
        fixed!("class" => "nd-saved-copy", "role" => "status"),
    )
    .children(vec![
        Tag::new("p", fixed!()).children(vec![text_of(message.into())]),
        button(
            "nd-button nd-button--quiet",
            text("Retry"),
            click_sends(onretry, ()),
        ),
    ])
}
