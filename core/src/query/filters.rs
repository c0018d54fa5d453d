//! The facet values a view selects: per facet, its selected keys, both in
//! order. Sorted lists rather than B-trees: a view selects a handful of
//! values, and B-tree code for these types added kilobytes to the widget.

use crate::query::facet::Facet;

/// Facets in order, each with its keys in order; a facet with no key left
/// is dropped, so two equal selections compare equal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters(Vec<(Facet, Vec<String>)>);

impl Filters {
    /// The keys selected in `facet`, if any.
    pub fn get(&self, facet: &Facet) -> Option<&[String]> {
        let at = self.place(*facet).ok()?;
        Some(&self.0[at].1)
    }

    /// Whether any key of `facet` is selected.
    pub fn contains_key(&self, facet: &Facet) -> bool {
        self.place(*facet).is_ok()
    }

    /// Whether `key` is selected in `facet`.
    pub fn contains(&self, facet: Facet, key: &str) -> bool {
        self.get(&facet)
            .is_some_and(|keys| keys.binary_search_by(|k| k.as_str().cmp(key)).is_ok())
    }

    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each facet with a selection, in order, with its keys.
    pub fn iter(&self) -> std::slice::Iter<'_, (Facet, Vec<String>)> {
        self.0.iter()
    }

    /// Selects `key` in `facet`; selecting it again changes nothing.
    pub fn insert(&mut self, facet: Facet, key: String) {
        let at = self.place(facet).unwrap_or_else(|at| {
            self.0.insert(at, (facet, Vec::new()));
            at
        });
        let keys = &mut self.0[at].1;
        if let Err(place) = keys.binary_search(&key) {
            keys.insert(place, key);
        }
    }

    /// Clears `key` in `facet`; false when it was not selected.
    pub fn remove(&mut self, facet: Facet, key: &str) -> bool {
        let Ok(at) = self.place(facet) else {
            return false;
        };
        let keys = &mut self.0[at].1;
        let Ok(place) = keys.binary_search_by(|k| k.as_str().cmp(key)) else {
            return false;
        };
        keys.remove(place);
        if keys.is_empty() {
            self.0.remove(at);
        }
        true
    }

    fn place(&self, facet: Facet) -> Result<usize, usize> {
        self.0.binary_search_by_key(&facet, |(f, _)| *f)
    }
}

impl<'a> IntoIterator for &'a Filters {
    type Item = &'a (Facet, Vec<String>);
    type IntoIter = std::slice::Iter<'a, (Facet, Vec<String>)>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_stay_in_order_once_each_and_empty_facets_go() {
        let mut filters = Filters::default();
        filters.insert(Facet::Kind, "video".to_owned());
        filters.insert(Facet::Topic, "robotics".to_owned());
        filters.insert(Facet::Topic, "ai".to_owned());
        filters.insert(Facet::Topic, "ai".to_owned());
        let listed: Vec<(Facet, Vec<String>)> = filters.iter().cloned().collect();
        assert_eq!(
            listed,
            [
                (Facet::Topic, vec!["ai".to_owned(), "robotics".to_owned()]),
                (Facet::Kind, vec!["video".to_owned()]),
            ]
        );
        assert!(filters.contains(Facet::Topic, "ai") && !filters.contains(Facet::Topic, "a"));
        assert!(filters.remove(Facet::Kind, "video"));
        assert!(!filters.remove(Facet::Kind, "video"));
        assert!(!filters.contains_key(&Facet::Kind));
        assert!(filters.remove(Facet::Topic, "ai") && filters.remove(Facet::Topic, "robotics"));
        assert_eq!(filters, Filters::default());
    }
}
