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
/// carries one copy of the sorting code: a plain merge sort, a few hundred
/// bytes where the standard library's sorts are 1.5 kB gzip. It makes about
/// as many comparisons (each a call through `compare` either way), and
/// runs already in order, as most feeds come, cost one comparison a merge.
pub(crate) fn sorted_places(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut places: Vec<u32> = (0..len as u32).collect();
    // Short runs by insertion first: fewer passes over the whole.
    const RUN: usize = 16;
    for run in places.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && compare(run[j - 1] as usize, run[j] as usize) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut merged = places.clone();
    let mut width = RUN;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            merge(
                &places[start..end],
                middle - start,
                &mut merged[start..end],
                compare,
            );
        }
        std::mem::swap(&mut places, &mut merged);
        width *= 2;
    }
    places
}

/// Merges the ordered runs `runs[..middle]` and `runs[middle..]` into
/// `into`, the first run's first on ties.
fn merge(
    runs: &[u32],
    middle: usize,
    into: &mut [u32],
    compare: &dyn Fn(usize, usize) -> Ordering,
) {
    let (left, right) = runs.split_at(middle);
    let in_order = |a: u32, b: u32| compare(a as usize, b as usize) != Ordering::Greater;
    if left.is_empty() || right.is_empty() || in_order(left[left.len() - 1], right[0]) {
        into.copy_from_slice(runs);
        return;
    }
    let (mut l, mut r) = (0, 0);
    for slot in into.iter_mut() {
        let take_left = r == right.len() || (l < left.len() && in_order(left[l], right[r]));
        if take_left {
            *slot = left[l];
            l += 1;
        } else {
            *slot = right[r];
            r += 1;
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_sort_as_a_stable_sort_does() {
        let mut seed = 7u64;
        for len in [0, 1, 2, 15, 16, 17, 33, 100, 1000, 4099] {
            // Few distinct keys: many ties, whose places must stay in order.
            let keys: Vec<u64> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    seed >> 60
                })
                .collect();
            let mut expected: Vec<u32> = (0..len as u32).collect();
            expected.sort_by_key(|&place| keys[place as usize]);
            assert_eq!(
                sorted_places(len, &|a, b| keys[a].cmp(&keys[b])),
                expected,
                "{len}"
            );
            let ascending = sorted_places(len, &|a, b| a.cmp(&b));
            assert_eq!(ascending, (0..len as u32).collect::<Vec<_>>());
        }
    }
}
