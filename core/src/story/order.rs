//! The orders a reader can sort stories by, and the one sort every order
//! goes through.

use std::cmp::Ordering;

use crate::article::Article;

/// An order of the feed's stories; those with nothing to sort by go last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// Most recently published first.
    Newest,
    /// Least recently published first.
    Oldest,
    /// Most talked about (`heat`) first.
    Trending,
    /// Highest quality score first.
    Quality,
    /// Best match for the search first; without one, newest first.
    Relevance,
}

impl SortOrder {
    /// Every order, as the Sort menu lists them.
    pub const ALL: [SortOrder; 5] = [
        SortOrder::Relevance,
        SortOrder::Newest,
        SortOrder::Oldest,
        SortOrder::Trending,
        SortOrder::Quality,
    ];

    /// The `sort` URL parameter's value, also the `data-sort` setting's.
    pub fn param(self) -> &'static str {
        match self {
            SortOrder::Newest => "newest",
            SortOrder::Oldest => "oldest",
            SortOrder::Trending => "trending",
            SortOrder::Quality => "quality",
            SortOrder::Relevance => "relevance",
        }
    }

    /// The name readers see.
    pub fn label(self) -> &'static str {
        match self {
            SortOrder::Newest => "Newest",
            SortOrder::Oldest => "Oldest",
            SortOrder::Trending => "Trending",
            SortOrder::Quality => "Quality",
            SortOrder::Relevance => "Best match",
        }
    }

    /// The order a parameter names, in any case.
    pub fn from_param(value: &str) -> Option<SortOrder> {
        SortOrder::ALL
            .into_iter()
            .find(|s| s.param().eq_ignore_ascii_case(value.trim()))
    }
}

/// Sorts article ids by a key, ties in the order the ids were in (they come
/// ascending), through [`sorted_places`] like every sort of the widget: one
/// copy of the sorting code rather than one per order.
pub(crate) fn sort_ids_by(ids: &mut [u32], key: &dyn Fn(u32) -> (u64, u32)) {
    let keys: Vec<(u64, u32)> = ids.iter().map(|&id| key(id)).collect();
    let order = sorted_places(ids.len(), &|a, b| keys[a].cmp(&keys[b]));
    let sorted: Vec<u32> = order.iter().map(|&place| ids[place as usize]).collect();
    ids.copy_from_slice(&sorted);
}

/// The places `0..len` ordered by `compare`, ties in place order, as a
/// stable sort leaves them. Every sort goes through here, so the widget
/// carries one copy of the sorting code.
pub(crate) fn sorted_places(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut places: Vec<u32> = (0..len as u32).collect();
    places.sort_unstable_by(|&a, &b| compare(a as usize, b as usize).then(a.cmp(&b)));
    places
}

/// `items` rearranged: the item at each place of `order`, each at most once.
pub(crate) fn in_order<T>(items: Vec<T>, order: &[u32]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&place| slots[place as usize].take())
        .collect()
}

/// A signed number as an unsigned one in the same order.
pub(crate) fn ordered(value: i64) -> u64 {
    (value as u64) ^ (1 << 63)
}

/// Highest quality first, articles without a score last.
pub(crate) fn best_quality_first(article: &Article) -> u64 {
    article
        .quality_percent()
        .map_or(u64::from(u8::MAX) + 1, |q| u64::from(u8::MAX - q))
}
