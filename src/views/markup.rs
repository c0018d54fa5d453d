//! Elements built by a few shared functions rather than by `html!`, which
//! expands every element into construction code of its own: across the
//! widget's parts that code was a large share of the WebAssembly, and every
//! byte of it is the host page's cost. The DOM is the same either way.

use std::rc::Rc;

use yew::html::{onchange, onclick, onerror, onfocusin, onfocusout, oninput, onkeydown};
use yew::virtual_dom::{AttributeOrProperty, Attributes, Listener, VList, VTag};
use yew::{AttrValue, Callback, Html, NodeRef};

/// Attributes whose values are all known when compiling:
/// `fixed!("class" => "nd-button", "type" => "button")`.
macro_rules! fixed {
    ($($name:literal => $value:literal),* $(,)?) => {
        ::yew::virtual_dom::Attributes::Static(&[
            $(($name, ::yew::virtual_dom::AttributeOrProperty::Static($value))),*
        ])
    };
}

/// Attributes whose values are known only when drawing:
/// `attrs!("id" => id, "class" => "nd-facet")`. A value of `None` leaves its
/// attribute out.
macro_rules! attrs {
    ($($name:literal => $value:expr),* $(,)?) => {
        $crate::views::markup::dynamic(
            &[$($name),*],
            vec![$($crate::views::markup::AttrInput::into_attr($value)),*],
        )
    };
}

pub(crate) use {attrs, fixed};

/// What an attribute's value can be given as.
pub trait AttrInput {
    fn into_attr(self) -> Option<AttrValue>;
}

impl AttrInput for &'static str {
    fn into_attr(self) -> Option<AttrValue> {
        Some(AttrValue::Static(self))
    }
}

impl AttrInput for String {
    fn into_attr(self) -> Option<AttrValue> {
        Some(self.into())
    }
}

impl AttrInput for AttrValue {
    fn into_attr(self) -> Option<AttrValue> {
        Some(self)
    }
}

impl<T: AttrInput> AttrInput for Option<T> {
    fn into_attr(self) -> Option<AttrValue> {
        self.and_then(AttrInput::into_attr)
    }
}

/// The attributes `attrs!` stands for: `names` fixed, their values not.
#[inline(never)]
pub fn dynamic(names: &'static [&'static str], values: Vec<Option<AttrValue>>) -> Attributes {
    Attributes::Dynamic {
        keys: names,
        values: values
            .into_iter()
            .map(|value| value.map(AttributeOrProperty::Attribute))
            .collect(),
    }
}

/// The id of the widget's element `part`, `{prefix}-{part}`: unique on the
/// page, also with several widgets on it.
#[inline(never)]
pub fn element_id(prefix: &str, part: &str) -> AttrValue {
    format!("{prefix}-{part}").into()
}

/// `"true"` or `"false"`, as ARIA states are written.
pub fn state(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// A boolean attribute (`disabled`, `selected`): present, as its own name,
/// or left out.
pub fn flag(on: bool, name: &'static str) -> Option<&'static str> {
    on.then_some(name)
}

/// Nodes standing as one among their siblings. Yew matches unkeyed siblings
/// by place, counted from the end, so a part that may be absent
/// (`Html::default()`) or vary in length must stay one node, as `if` and
/// `for` in `html!` do, or the siblings around it would be drawn anew.
#[inline(never)]
pub fn fragment(children: Vec<Html>) -> Html {
    Html::from(VList::with_children(children, None))
}

/// `<name class="class">children</name>`: most elements are no more.
#[inline(never)]
pub fn el(name: &'static str, class: &'static str, children: Vec<Html>) -> Html {
    Tag::new(name, attrs!("class" => class)).children(children)
}

/// A click that sends `value` to `callback`: one closure type per kind of
/// value, where a closure at each button would add one each.
pub fn click_sends<T: Clone + 'static>(
    callback: &Callback<T>,
    value: T,
) -> Callback<web_sys::MouseEvent> {
    callback.reform(move |_| value.clone())
}

/// `<button type="button" class="class">label</button>`, calling `onclick`.
#[inline(never)]
pub fn button(class: &'static str, label: Html, onclick: Callback<web_sys::MouseEvent>) -> Html {
    Tag::new("button", attrs!("type" => "button", "class" => class))
        .onclick(onclick)
        .children(vec![label])
}

/// `<option value="value">label</option>`, selected or not. Selected is set
/// as the property: once the reader has picked an option, the browser no
/// longer follows the attribute, and Back or Forward would leave the menu
/// showing the reader's pick rather than the view's.
#[inline(never)]
pub fn option(value: &'static str, label: &'static str, selected: bool) -> Html {
    Tag::new(
        "option",
        Attributes::Dynamic {
            keys: &["value", "selected"],
            // An attribute, not `Static`: Yew's server renderer writes only
            // attributes of dynamic lists, and a first screen written ahead
            // of time needs the value as the live widget has it.
            values: Box::new([
                Some(AttributeOrProperty::Attribute(AttrValue::Static(value))),
                Some(AttributeOrProperty::Property(selected.into())),
            ]),
        },
    )
    .children(vec![text(label)])
}

/// Said after a link that opens a new tab, for those who cannot see it.
#[inline(never)]
pub fn new_tab_note() -> Html {
    el(
        "span",
        "nd-visually-hidden",
        vec![text(" (opens in a new tab)")],
    )
}

/// A decorative icon: `<svg …svg><path d="path"/></svg>`.
#[inline(never)]
pub fn icon(svg: Attributes, path: &'static str) -> Html {
    Tag::new("svg", svg).children(vec![Tag::new("path", attrs!("d" => path)).done()])
}

/// Text that is part of the widget, not of a record.
#[inline(never)]
pub fn text(text: &'static str) -> Html {
    Html::from(yew::virtual_dom::VText::new(text))
}

/// Text known only when drawing, such as a record's.
#[inline(never)]
pub fn text_of(text: AttrValue) -> Html {
    Html::from(yew::virtual_dom::VText::new(text))
}

/// An element with more than a class: listeners, a node reference, an
/// input's value.
pub struct Tag(VTag);

impl Tag {
    #[inline(never)]
    pub fn new(name: &'static str, attributes: Attributes) -> Tag {
        let mut tag = VTag::new(name);
        tag.set_attributes(attributes);
        Tag(tag)
    }

    #[inline(never)]
    fn listen(mut self, listener: Rc<dyn Listener>) -> Tag {
        self.0.add_listener(listener);
        self
    }

    pub fn onclick(self, callback: Callback<web_sys::MouseEvent>) -> Tag {
        self.listen(Rc::new(onclick::Wrapper::new(callback)))
    }

    pub fn onchange(self, callback: Callback<web_sys::Event>) -> Tag {
        self.listen(Rc::new(onchange::Wrapper::new(callback)))
    }

    pub fn oninput(self, callback: Callback<web_sys::InputEvent>) -> Tag {
        self.listen(Rc::new(oninput::Wrapper::new(callback)))
    }

    pub fn onkeydown(self, callback: Callback<web_sys::KeyboardEvent>) -> Tag {
        self.listen(Rc::new(onkeydown::Wrapper::new(callback)))
    }

    pub fn onfocusin(self, callback: Callback<web_sys::FocusEvent>) -> Tag {
        self.listen(Rc::new(onfocusin::Wrapper::new(callback)))
    }

    pub fn onfocusout(self, callback: Callback<web_sys::FocusEvent>) -> Tag {
        self.listen(Rc::new(onfocusout::Wrapper::new(callback)))
    }

    pub fn onerror(self, callback: Callback<web_sys::Event>) -> Tag {
        self.listen(Rc::new(onerror::Wrapper::new(callback)))
    }

    /// Tells the element apart from its siblings when they come and go.
    pub fn key(mut self, key: &'static str) -> Tag {
        self.0.key = Some(key.into());
        self
    }

    pub fn node_ref(mut self, node_ref: &NodeRef) -> Tag {
        self.0.node_ref = node_ref.clone();
        self
    }

    /// An input's value, set as its property (what the reader sees), as
    /// `html!` does.
    pub fn value(mut self, value: AttrValue) -> Tag {
        self.0.set_value(value);
        self
    }

    /// A checkbox's state, set as its property, as `html!` does.
    pub fn checked(mut self, checked: bool) -> Tag {
        self.0.set_checked(checked);
        self
    }

    #[inline(never)]
    pub fn children(mut self, children: Vec<Html>) -> Html {
        if !children.is_empty() {
            self.0.add_children(children);
        }
        self.0.into()
    }

    /// The element, without children.
    pub fn done(self) -> Html {
        self.children(Vec::new())
    }
}
