//! What a reader asks of the feed: search text, facet filters, a time range,
//! a minimum quality and a sort order. Plain data, also written to and read
//! from URL parameters so a link reopens the same view.

use crate::query::facet::{facet_key, Facet};
use crate::query::filters::Filters;
use crate::query::time_range::TimeRange;
use crate::story::order::SortOrder;

/// One view of the feed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// What the search box holds, in the search language ([`SearchTerms`]).
    ///
    /// [`SearchTerms`]: crate::SearchTerms
    pub text: String,
    /// Selected facet values (their keys); several values of one facet widen
    /// the result (OR), different facets narrow it (AND).
    pub filters: Filters,
    /// When the stories were published.
    pub time: TimeRange,
    /// 0 to 100; 0 means no minimum.
    pub min_quality: u8,
    /// `None` is the default: relevance while searching, else newest first.
    pub sort: Option<SortOrder>,
}

impl Query {
    /// Whether `key` is selected in `facet`.
    pub fn is_selected(&self, facet: Facet, key: &str) -> bool {
        self.filters.contains(facet, key)
    }

    /// Selects `key` in `facet`, or clears it when it was selected.
    pub fn toggle(&mut self, facet: Facet, key: &str) {
        if !self.filters.remove(facet, key) {
            self.filters.insert(facet, key.to_owned());
        }
    }

    /// True when the query narrows nothing (sort aside).
    pub fn is_unfiltered(&self) -> bool {
        self.text.trim().is_empty()
            && self.filters.is_empty()
            && self.time.is_any()
            && self.min_quality == 0
    }

    /// The sort in effect.
    pub fn effective_sort(&self) -> SortOrder {
        self.sort.unwrap_or(if self.text.trim().is_empty() {
            SortOrder::Newest
        } else {
            SortOrder::Relevance
        })
    }

    /// The view as URL parameters, only those that differ from the default.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.text.is_empty() {
            params.push(("q", self.text.clone()));
        }
        for (facet, keys) in &self.filters {
            params.extend(keys.iter().map(|key| (facet.param(), key.clone())));
        }
        if let Some(time) = self.time.to_param() {
            params.push(("time", time));
        }
        if self.min_quality > 0 {
            params.push(("quality", self.min_quality.to_string()));
        }
        if let Some(sort) = self.sort {
            params.push(("sort", sort.param().to_owned()));
        }
        params
    }

    /// Reads parameters written by [`Query::to_params`]; unknown names and
    /// unreadable values are ignored, so a mangled link still opens.
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Query {
        let mut query = Query::default();
        for (name, value) in params {
            query.add_param(name, value);
        }
        query
    }

    /// One parameter of [`Query::from_params`]: apart, so each kind of list
    /// of parameters adds only a loop to the widget, not another copy.
    fn add_param(&mut self, name: &str, value: &str) {
        match name {
            "q" => self.text = value.to_owned(),
            "time" => self.time = TimeRange::from_param(value).unwrap_or_default(),
            "quality" => {
                self.min_quality = value.trim().parse::<u32>().map_or(0, |q| q.min(100) as u8)
            }
            "sort" => self.sort = SortOrder::from_param(value),
            _ => {
                let facet = Facet::ALL.into_iter().find(|f| f.param() == name);
                if let (Some(facet), false) = (facet, value.trim().is_empty()) {
                    self.filters.insert(facet, facet_key(facet, value));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_url_parameters() {
        let mut query = Query {
            text: "robots -teams".into(),
            min_quality: 60,
            sort: Some(SortOrder::Trending),
            ..Query::default()
        };
        query.toggle(Facet::Topic, "ai");
        query.toggle(Facet::Topic, "power apps");
        query.toggle(Facet::Provider, "forbes.com");
        query.time = TimeRange::from_param("2024-01-01..2024-01-31").unwrap_or_default();
        let params = query.to_params();
        assert_eq!(
            params
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>(),
            [
                "q=robots -teams",
                "topic=ai",
                "topic=power apps",
                "source=forbes.com",
                "time=2024-01-01..2024-01-31",
                "quality=60",
                "sort=trending"
            ]
        );
        let back = Query::from_params(params.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, query);
        assert!(Query::default().to_params().is_empty());
    }

    #[test]
    fn mangled_parameters_are_ignored() {
        let query = Query::from_params([
            ("sort", "sideways"),
            ("quality", "999x"),
            ("time", "soon"),
            ("topic", " "),
            ("utm_source", "x"),
            ("topic", "AI"),
        ]);
        let mut expected = Query::default();
        expected.filters.insert(Facet::Topic, "ai".to_owned());
        assert_eq!(query, expected);
        assert_eq!(Query::from_params([("quality", "250")]).min_quality, 100);
        assert_eq!(Query::from_params([("quality", "100")]).min_quality, 100);
    }

    #[test]
    fn toggling_twice_clears() {
        let mut query = Query::default();
        query.toggle(Facet::Kind, "video");
        assert!(query.is_selected(Facet::Kind, "video"));
        query.toggle(Facet::Kind, "video");
        assert!(query.filters.is_empty() && query.is_unfiltered());
    }

    #[test]
    fn time_presets_count_back_from_now() {
        let now = 1_700_000_000;
        assert_eq!(TimeRange::PastDay.bounds(now), Some((now - 86_400, now)));
        assert_eq!(TimeRange::PastWeek.bounds(now), Some((now - 604_800, now)));
        assert_eq!(
            TimeRange::PastMonth.bounds(now),
            Some((now - 2_592_000, now))
        );
        assert_eq!(TimeRange::Any.bounds(now), None);
        // A custom range before its dates are chosen filters nothing yet.
        let unchosen = TimeRange::Between {
            from: None,
            to: None,
        };
        assert_eq!(unchosen.bounds(now), None);
        assert!(Query {
            time: unchosen,
            ..Query::default()
        }
        .is_unfiltered());
        let open = TimeRange::from_param("2024-01-01..").unwrap_or_default();
        assert_eq!(open.bounds(now), Some((1_704_067_200, i64::MAX)));
        assert_eq!(
            TimeRange::from_param("..2024-01-01").and_then(|t| t.bounds(0)),
            Some((i64::MIN, 1_704_153_599))
        );
        assert_eq!(TimeRange::from_param("2024-13-01..x"), None);
    }

    #[test]
    fn the_default_sort_follows_the_search() {
        assert_eq!(Query::default().effective_sort(), SortOrder::Newest);
        let searching = Query {
            text: "ai".into(),
            ..Query::default()
        };
        assert_eq!(searching.effective_sort(), SortOrder::Relevance);
        let chosen = Query {
            sort: Some(SortOrder::Oldest),
            ..searching
        };
        assert_eq!(chosen.effective_sort(), SortOrder::Oldest);
    }
}
