//! The kinds of values stories can be filtered by (topic, source, category,
//! type), and the key each value is filed and selected under.

use crate::text::fold::fold_into;

/// The kinds of values stories can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    /// The topics of a story.
    Topic,
    /// The site that published it (`source` in URLs and searches).
    Provider,
    /// Its category, or categories.
    Category,
    /// Article or video (`type`).
    Kind,
}

impl Facet {
    /// Every facet, in the order filter panels list them.
    pub const ALL: [Facet; 4] = [Facet::Topic, Facet::Provider, Facet::Category, Facet::Kind];

    /// The URL parameter name, also the attribute and `source:` vocabulary.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Topic => "topic",
            Facet::Provider => "source",
            Facet::Category => "category",
            Facet::Kind => "type",
        }
    }

    /// The heading readers see.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Topic => "Topics",
            Facet::Provider => "Sources",
            Facet::Category => "Categories",
            Facet::Kind => "Type",
        }
    }
}

/// The key a facet value is stored under: folded labels for topics and
/// categories, lower-case domains for sources, `article`/`video` for type.
pub fn facet_key(facet: Facet, value: &str) -> String {
    let mut key = String::new();
    push_facet_key(&mut key, facet, value);
    key
}

/// [`facet_key`], appended to `out`.
pub fn push_facet_key(out: &mut String, facet: Facet, value: &str) {
    let start = out.len();
    fold_into(out, value.trim());
    if facet == Facet::Provider && out[start..].starts_with("www.") {
        out.replace_range(start..start + "www.".len(), "");
    }
}
