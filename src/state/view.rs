//! The reader's view of one widget: the query, changed only through actions,
//! plus whether the last change should replace the browser history entry.

use std::rc::Rc;

use newsdeck_core::{Facet, Query, SortOrder, TimeRange};
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub enum ViewAction {
    SetText(String),
    Toggle(Facet, String),
    SetTime(TimeRange),
    SetQuality(u8),
    SetSort(Option<SortOrder>),
    ClearText,
    ClearAll,
    /// The browser went Back or Forward to this view.
    Restore(Query),
    /// The embedding page asked for this view (a step in history).
    Show(Query),
}

/// How a change of view should be written to the browser's history.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HistoryStep {
    /// The view came from the URL or from Back/Forward: write nothing.
    #[default]
    Keep,
    /// A new entry, so Back returns to the previous view.
    Push,
    /// Update the current entry: a run of keystrokes is one step, not one per key.
    Replace,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub query: Query,
    pub step: HistoryStep,
    typing: bool,
}

impl View {
    pub fn new(query: Query) -> View {
        View {
            query,
            ..View::default()
        }
    }
}

impl Reducible for View {
    type Action = ViewAction;

    fn reduce(self: Rc<View>, action: ViewAction) -> Rc<View> {
        let typing = matches!(action, ViewAction::SetText(_));
        let mut query = self.query.clone();
        match action {
            ViewAction::SetText(text) => query.text = text,
            ViewAction::Toggle(facet, key) => query.toggle(facet, &key),
            ViewAction::SetTime(time) => query.time = time,
            ViewAction::SetQuality(quality) => query.min_quality = quality.min(100),
            ViewAction::SetSort(sort) => query.sort = sort,
            ViewAction::ClearText => query.text.clear(),
            ViewAction::ClearAll => {
                query = Query {
                    sort: query.sort,
                    ..Query::default()
                }
            }
            ViewAction::Restore(restored) => return Rc::new(View::new(restored)),
            ViewAction::Show(shown) => query = shown,
        }
        if query == self.query {
            return self;
        }
        let step = if typing && self.typing {
            HistoryStep::Replace
        } else {
            HistoryStep::Push
        };
        Rc::new(View {
            query,
            step,
            typing,
        })
    }
}
