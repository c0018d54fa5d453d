//! The widget's keyboard: which key does what, where focus must be for it,
//! and what the shortcuts dialog says about it. One table serves both the
//! decision and the dialog, so the two cannot disagree.

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Focus the next card (the first, when no card has focus).
    NextCard,
    /// Focus the previous card.
    PreviousCard,
    /// Open the focused card's story, as its title link does.
    OpenStory,
    /// Open or close the focused card's related stories.
    ToggleRelated,
    /// Move focus to the first focusable element after the feed.
    AfterFeed,
    /// Move focus to the first focusable element before the feed.
    BeforeFeed,
    /// Move focus to the search box.
    FocusSearch,
    /// Empty the search box.
    ClearSearch,
    /// Leave the (empty) search box.
    LeaveSearch,
    /// Open the dialog listing these shortcuts.
    ShowShortcuts,
}

/// Where keyboard focus is inside the widget when a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyFocus {
    /// A card itself.
    Card,
    /// Something inside a card: its title link, its related stories.
    InsideCard,
    /// The search box.
    SearchBox {
        /// Whether the search box holds no text.
        empty: bool,
    },
    /// Any other field that takes typing: text inputs, textareas, selects,
    /// editable content. Its keys are the reader's.
    TextField,
    /// The shortcuts dialog, whose keys are its own.
    Dialog,
    /// Any other control of the widget: a toolbar button, a filter.
    OtherControl,
}

/// Where focus must be for a key to act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyScope {
    /// Anywhere in the widget but a field that takes typing.
    Widget,
    /// On a card or inside one.
    Feed,
    /// On a card itself (inside it, Enter belongs to the link or button).
    Card,
    /// In the search box while it holds text.
    SearchWithText,
    /// In the search box while it is empty.
    EmptySearch,
}

impl KeyScope {
    fn allows(self, focus: KeyFocus) -> bool {
        use KeyFocus::*;
        match self {
            KeyScope::Widget => matches!(focus, Card | InsideCard | OtherControl),
            KeyScope::Feed => matches!(focus, Card | InsideCard),
            KeyScope::Card => focus == Card,
            KeyScope::SearchWithText => focus == SearchBox { empty: false },
            KeyScope::EmptySearch => focus == SearchBox { empty: true },
        }
    }
}

/// One key of a shortcut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShortcutKey {
    /// As `KeyboardEvent.key` names it: `j`, `PageDown`, `Escape`.
    pub name: &'static str,
    /// Whether Ctrl must be held (and otherwise must not be).
    pub ctrl: bool,
    /// Where focus must be for the key to act.
    pub scope: KeyScope,
    /// As the dialog shows it: `Page Down`, `Ctrl + End`.
    pub label: &'static str,
}

/// A line of the shortcuts dialog: one action and the keys that do it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shortcut {
    /// The keys that do it, each in its scope.
    pub keys: &'static [ShortcutKey],
    /// What it does.
    pub action: KeyAction,
    /// What it does, in the reader's words.
    pub description: &'static str,
}

const fn key(name: &'static str, scope: KeyScope) -> ShortcutKey {
    ShortcutKey {
        name,
        ctrl: false,
        scope,
        label: name,
    }
}

const fn named(
    name: &'static str,
    label: &'static str,
    ctrl: bool,
    scope: KeyScope,
) -> ShortcutKey {
    ShortcutKey {
        name,
        ctrl,
        scope,
        label,
    }
}

/// Every shortcut, in the order the dialog lists them. Page Down, Page Up
/// and Ctrl + End / Home are the WAI-ARIA feed pattern's own keys.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        keys: &[
            key("j", KeyScope::Widget),
            named("PageDown", "Page Down", false, KeyScope::Feed),
        ],
        action: KeyAction::NextCard,
        description: "Next story",
    },
    Shortcut {
        keys: &[
            key("k", KeyScope::Widget),
            named("PageUp", "Page Up", false, KeyScope::Feed),
        ],
        action: KeyAction::PreviousCard,
        description: "Previous story",
    },
    Shortcut {
        keys: &[
            key("o", KeyScope::Feed),
            named("Enter", "Enter", false, KeyScope::Card),
        ],
        action: KeyAction::OpenStory,
        description: "Open the story",
    },
    Shortcut {
        keys: &[key("r", KeyScope::Feed)],
        action: KeyAction::ToggleRelated,
        description: "Show or hide the story's related stories",
    },
    Shortcut {
        keys: &[named("End", "Ctrl + End", true, KeyScope::Feed)],
        action: KeyAction::AfterFeed,
        description: "Leave the feed: go to what follows it",
    },
    Shortcut {
        keys: &[named("Home", "Ctrl + Home", true, KeyScope::Feed)],
        action: KeyAction::BeforeFeed,
        description: "Leave the feed: go to what comes before it",
    },
    Shortcut {
        keys: &[key("/", KeyScope::Widget)],
        action: KeyAction::FocusSearch,
        description: "Search",
    },
    Shortcut {
        keys: &[named("Escape", "Esc", false, KeyScope::SearchWithText)],
        action: KeyAction::ClearSearch,
        description: "In the search box: clear the search",
    },
    Shortcut {
        keys: &[named("Escape", "Esc", false, KeyScope::EmptySearch)],
        action: KeyAction::LeaveSearch,
        description: "In an empty search box: go back to where you were",
    },
    Shortcut {
        keys: &[key("?", KeyScope::Widget)],
        action: KeyAction::ShowShortcuts,
        description: "Show these shortcuts",
    },
];

/// A key pressed inside the widget, as the browser reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    /// Whether Ctrl was held.
    pub ctrl: bool,
    /// Whether Alt (Option) was held.
    pub alt: bool,
    /// Whether Meta (Command, Windows) was held.
    pub meta: bool,
    /// Whether Shift was held.
    pub shift: bool,
    /// An input method is composing text: every key is part of it.
    pub composing: bool,
    /// Where focus was.
    pub focus: KeyFocus,
}

/// What `press` should do, if anything. Keys with Alt or Meta are never
/// taken, nor Ctrl but for the feed pattern's Ctrl + End / Home, so the
/// browser's and the system's shortcuts keep working.
pub fn action_for(press: &KeyPress) -> Option<KeyAction> {
    if press.composing || press.alt || press.meta {
        return None;
    }
    // Shift makes `?` on most layouts, and `/` on some; on a named key it
    // means something else (Shift + Page Down selects).
    let character = press.key.chars().count() == 1;
    if press.shift && !character {
        return None;
    }
    SHORTCUTS.iter().find_map(|shortcut| {
        shortcut
            .keys
            .iter()
            .any(|key| {
                key.name == press.key && key.ctrl == press.ctrl && key.scope.allows(press.focus)
            })
            .then_some(shortcut.action)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVERY_FOCUS: [KeyFocus; 7] = [
        KeyFocus::Card,
        KeyFocus::InsideCard,
        KeyFocus::SearchBox { empty: true },
        KeyFocus::SearchBox { empty: false },
        KeyFocus::TextField,
        KeyFocus::Dialog,
        KeyFocus::OtherControl,
    ];

    fn press(key: &str, focus: KeyFocus) -> KeyPress<'_> {
        KeyPress {
            key,
            ctrl: false,
            alt: false,
            meta: false,
            shift: false,
            composing: false,
            focus,
        }
    }

    fn ctrl(key: &str, focus: KeyFocus) -> KeyPress<'_> {
        KeyPress {
            ctrl: true,
            ..press(key, focus)
        }
    }

    /// The focus places where `key` does `action`; nowhere else does it act.
    fn acts_only_in(key: KeyPress, action: KeyAction, places: &[KeyFocus]) {
        for focus in EVERY_FOCUS {
            let expected = places.contains(&focus).then_some(action);
            assert_eq!(
                action_for(&KeyPress { focus, ..key }),
                expected,
                "{key:?} with focus on {focus:?}"
            );
        }
    }

    const WIDGET: &[KeyFocus] = &[KeyFocus::Card, KeyFocus::InsideCard, KeyFocus::OtherControl];
    const FEED: &[KeyFocus] = &[KeyFocus::Card, KeyFocus::InsideCard];

    #[test]
    fn j_and_k_move_between_cards_from_anywhere_but_a_field() {
        acts_only_in(press("j", KeyFocus::Card), KeyAction::NextCard, WIDGET);
        acts_only_in(press("k", KeyFocus::Card), KeyAction::PreviousCard, WIDGET);
    }

    #[test]
    fn page_down_and_up_move_between_cards_only_inside_the_feed() {
        acts_only_in(press("PageDown", KeyFocus::Card), KeyAction::NextCard, FEED);
        acts_only_in(
            press("PageUp", KeyFocus::Card),
            KeyAction::PreviousCard,
            FEED,
        );
    }

    #[test]
    fn o_opens_from_in_a_card_and_enter_only_on_the_card_itself() {
        acts_only_in(press("o", KeyFocus::Card), KeyAction::OpenStory, FEED);
        acts_only_in(
            press("Enter", KeyFocus::Card),
            KeyAction::OpenStory,
            &[KeyFocus::Card],
        );
    }

    #[test]
    fn r_toggles_related_stories_from_in_a_card() {
        acts_only_in(press("r", KeyFocus::Card), KeyAction::ToggleRelated, FEED);
    }

    #[test]
    fn ctrl_end_and_ctrl_home_leave_the_feed_from_inside_it() {
        acts_only_in(ctrl("End", KeyFocus::Card), KeyAction::AfterFeed, FEED);
        acts_only_in(ctrl("Home", KeyFocus::Card), KeyAction::BeforeFeed, FEED);
        // Without Ctrl they are the page's (or the field's) own keys.
        acts_only_in(press("End", KeyFocus::Card), KeyAction::AfterFeed, &[]);
        acts_only_in(press("Home", KeyFocus::Card), KeyAction::BeforeFeed, &[]);
    }

    #[test]
    fn slash_searches_and_question_mark_lists_the_shortcuts() {
        acts_only_in(press("/", KeyFocus::Card), KeyAction::FocusSearch, WIDGET);
        let question = KeyPress {
            shift: true,
            ..press("?", KeyFocus::Card)
        };
        acts_only_in(question, KeyAction::ShowShortcuts, WIDGET);
    }

    #[test]
    fn escape_in_the_search_box_clears_it_then_leaves_it() {
        for focus in EVERY_FOCUS {
            let expected = match focus {
                KeyFocus::SearchBox { empty: false } => Some(KeyAction::ClearSearch),
                KeyFocus::SearchBox { empty: true } => Some(KeyAction::LeaveSearch),
                _ => None,
            };
            assert_eq!(action_for(&press("Escape", focus)), expected, "{focus:?}");
        }
    }

    #[test]
    fn typing_in_a_field_is_never_taken() {
        for focus in [
            KeyFocus::TextField,
            KeyFocus::SearchBox { empty: true },
            KeyFocus::SearchBox { empty: false },
            KeyFocus::Dialog,
        ] {
            for key in ["j", "k", "o", "r", "/", "?", "Enter", "PageDown", "PageUp"] {
                assert_eq!(action_for(&press(key, focus)), None, "{key} in {focus:?}");
            }
            for key in ["End", "Home"] {
                assert_eq!(
                    action_for(&ctrl(key, focus)),
                    None,
                    "Ctrl+{key} in {focus:?}"
                );
            }
        }
    }

    #[test]
    fn keys_held_with_ctrl_alt_or_meta_are_the_browsers() {
        for key in ["j", "k", "o", "r", "/", "?", "Enter", "PageDown"] {
            let plain = press(key, KeyFocus::Card);
            for held in [
                KeyPress {
                    ctrl: true,
                    ..plain
                },
                KeyPress { alt: true, ..plain },
                KeyPress {
                    meta: true,
                    ..plain
                },
            ] {
                assert_eq!(action_for(&held), None, "{held:?}");
            }
        }
        let end = ctrl("End", KeyFocus::Card);
        assert_eq!(action_for(&KeyPress { alt: true, ..end }), None);
        assert_eq!(action_for(&KeyPress { meta: true, ..end }), None);
    }

    #[test]
    fn shift_changes_named_keys_and_capitals_are_not_shortcuts() {
        let shifted = |key| KeyPress {
            shift: true,
            ..press(key, KeyFocus::Card)
        };
        assert_eq!(action_for(&shifted("PageDown")), None);
        assert_eq!(action_for(&shifted("Enter")), None);
        assert_eq!(
            action_for(&KeyPress {
                shift: true,
                ..ctrl("End", KeyFocus::Card)
            }),
            None
        );
        assert_eq!(action_for(&shifted("J")), None);
        assert_eq!(action_for(&press("J", KeyFocus::Card)), None);
        // On layouts where `/` needs Shift it is still `/`.
        assert_eq!(action_for(&shifted("/")), Some(KeyAction::FocusSearch));
    }

    #[test]
    fn keys_of_an_input_method_composing_text_are_its_own() {
        let composing = KeyPress {
            composing: true,
            ..press("j", KeyFocus::Card)
        };
        assert_eq!(action_for(&composing), None);
    }

    #[test]
    fn other_keys_do_nothing() {
        for key in ["a", "x", "Tab", "ArrowDown", " ", "Escape", "Dead", ""] {
            assert_eq!(action_for(&press(key, KeyFocus::Card)), None, "{key:?}");
        }
    }

    #[test]
    fn every_action_is_listed_once_with_words_and_every_key_is_labelled() {
        let actions: Vec<KeyAction> = SHORTCUTS.iter().map(|s| s.action).collect();
        for (i, action) in actions.iter().enumerate() {
            assert!(!actions[i + 1..].contains(action), "{action:?} twice");
        }
        for action in [
            KeyAction::NextCard,
            KeyAction::PreviousCard,
            KeyAction::OpenStory,
            KeyAction::ToggleRelated,
            KeyAction::AfterFeed,
            KeyAction::BeforeFeed,
            KeyAction::FocusSearch,
            KeyAction::ClearSearch,
            KeyAction::LeaveSearch,
            KeyAction::ShowShortcuts,
        ] {
            assert!(actions.contains(&action), "{action:?} is not listed");
        }
        for shortcut in SHORTCUTS {
            assert!(!shortcut.description.is_empty());
            assert!(!shortcut.keys.is_empty());
            for key in shortcut.keys {
                assert!(!key.label.is_empty());
                // What the dialog lists is what acts.
                let listed = KeyPress {
                    ctrl: key.ctrl,
                    focus: match key.scope {
                        KeyScope::Widget | KeyScope::Feed => KeyFocus::InsideCard,
                        KeyScope::Card => KeyFocus::Card,
                        KeyScope::SearchWithText => KeyFocus::SearchBox { empty: false },
                        KeyScope::EmptySearch => KeyFocus::SearchBox { empty: true },
                    },
                    ..press(key.name, KeyFocus::Card)
                };
                assert_eq!(action_for(&listed), Some(shortcut.action), "{key:?}");
            }
        }
    }
}
