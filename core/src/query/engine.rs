//! Running a query: combine the index's sets, count facets, order the result.

use crate::bitset::IdSet;
use crate::query::facet::Facet;
use crate::query::index::FeedIndex;
use crate::query::search::SearchTerms;
use crate::query::view::Query;
use crate::story::cluster::Clusters;
use crate::story::feed::Feed;
use crate::story::order::SortOrder;

/// The stories a query selects, in order, with the counts its controls show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryResult {
    /// The ids of the stories selected, in the query's order.
    pub ids: Vec<u32>,
    /// Per facet, in the order of [`Facet::ALL`], its values and counts.
    pub facets: Vec<FacetCounts>,
    /// The parsed search, for highlighting.
    pub terms: SearchTerms,
}

/// The values of one facet a filter panel lists, with their counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCounts {
    /// Which facet.
    pub facet: Facet,
    /// Its values, those carried by the most stories first.
    pub values: Vec<FacetCount>,
}

/// A facet value and how many stories it would show given the other filters;
/// 0 means choosing it would show nothing (shown disabled, not hidden).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCount {
    /// The key the value is selected by ([`Query::toggle`]).
    pub key: String,
    /// The value as readers see it.
    pub label: String,
    /// How many stories choosing it would show.
    pub count: usize,
    /// Whether the query selects it.
    pub selected: bool,
}

/// Runs `query` over the feed; `now` anchors the "past 24 h" style presets.
/// With `stories`, the result holds one article per story and the facet
/// counts count stories, as the cards show them; without, each article is
/// its own story.
pub fn run_query(
    feed: &Feed,
    index: &FeedIndex,
    stories: Option<&Clusters>,
    query: &Query,
    now: i64,
) -> QueryResult {
    let len = feed.len();
    let terms = SearchTerms::parse(&query.text);
    let mut narrowing = IdSet::full(len);
    if let Some(found) = text_matches(feed, index, &terms) {
        narrowing.intersect(&found);
    }
    if let Some((from, to)) = query.time.bounds(now) {
        narrowing.intersect(&index.published_between(len, from, to));
    }
    if query.min_quality > 0 {
        let good = feed
            .articles()
            .iter()
            .enumerate()
            .filter(|(_, a)| a.quality_percent() >= Some(query.min_quality));
        narrowing.intersect(&IdSet::from_ids(
            len,
            &good.map(|(id, _)| id as u32).collect::<Vec<_>>(),
        ));
    }
    let facet_sets: Vec<(Facet, Option<IdSet>)> = Facet::ALL
        .into_iter()
        .map(|facet| (facet, selected_stories(index, query, facet, len)))
        .collect();

    let mut matched = narrowing.clone();
    for set in facet_sets.iter().filter_map(|(_, set)| set.as_ref()) {
        matched.intersect(set);
    }
    // Each facet is counted against every filter but its own, as shop filters do.
    let mut tally = stories.map(|stories| StoryTally::new(stories, len));
    let facets = facet_sets
        .iter()
        .map(|(facet, _)| {
            let mut others = narrowing.clone();
            for (_, set) in facet_sets.iter().filter(|(f, _)| f != facet) {
                if let Some(set) = set {
                    others.intersect(set);
                }
            }
            count_facet(index, query, *facet, &others, tally.as_mut())
        })
        .collect();
    let ids = order(feed, index, &matched, query.effective_sort(), &terms);
    let ids = Clusters::one_per_story(stories, ids);
    QueryResult { ids, facets, terms }
}

fn selected_stories(index: &FeedIndex, query: &Query, facet: Facet, len: usize) -> Option<IdSet> {
    let keys = query.filters.get(&facet).filter(|keys| !keys.is_empty())?;
    let mut set = IdSet::empty(len);
    for value in index
        .facet_values(facet)
        .iter()
        .filter(|v| keys.contains(&v.key))
    {
        set.union(&IdSet::from_ids(len, &value.ids));
    }
    Some(set)
}

fn count_facet(
    index: &FeedIndex,
    query: &Query,
    facet: Facet,
    within: &IdSet,
    mut tally: Option<&mut StoryTally>,
) -> FacetCounts {
    let values = index
        .facet_values(facet)
        .iter()
        .map(|value| FacetCount {
            key: value.key.clone(),
            label: value.label.clone(),
            count: match tally.as_deref_mut() {
                Some(tally) => tally.count(within, &value.ids),
                None => within.count_of(&value.ids),
            },
            selected: query.is_selected(facet, &value.key),
        })
        .collect();
    FacetCounts { facet, values }
}

/// Counts facet values by story: two articles of one story with the same
/// value count once. One for all the facets of a query, so its table is
/// made once: per story, the number of the value it was last counted for.
struct StoryTally<'a> {
    stories: &'a Clusters,
    counted_for: Vec<u32>,
    value: u32,
}

impl<'a> StoryTally<'a> {
    fn new(stories: &'a Clusters, len: usize) -> StoryTally<'a> {
        StoryTally {
            stories,
            counted_for: vec![0; len],
            value: 0,
        }
    }

    /// How many stories have an article among `ids` that is `within`.
    fn count(&mut self, within: &IdSet, ids: &[u32]) -> usize {
        self.value += 1;
        let mut count = 0;
        for &id in ids.iter().filter(|&&id| within.contains(id)) {
            let story = self.stories.representative(id) as usize;
            if self.counted_for[story] != self.value {
                self.counted_for[story] = self.value;
                count += 1;
            }
        }
        count
    }
}

/// The stories the search text allows, or `None` when it asks for nothing.
fn text_matches(feed: &Feed, index: &FeedIndex, terms: &SearchTerms) -> Option<IdSet> {
    if terms.is_empty() {
        return None;
    }
    let len = feed.len();
    let words = index.words(feed);
    let mut found = IdSet::full(len);
    for word in &terms.words {
        found.intersect(&words.stories_with(len, word, false));
    }
    if let Some(prefix) = &terms.prefix {
        found.intersect(&words.stories_with(len, prefix, true));
    }
    for phrase in &terms.phrases {
        found.intersect(&with_phrase(feed, index, phrase));
    }
    for excluded in &terms.excluded {
        found.remove_all(&with_phrase(feed, index, excluded));
    }
    for (facet, wanted) in [
        (Facet::Topic, &terms.topics),
        (Facet::Provider, &terms.sources),
    ] {
        if !wanted.is_empty() {
            found.intersect(&operator_matches(index, facet, wanted, len));
        }
    }
    Some(found)
}

/// Stories where the words stand together, in one field.
fn with_phrase(feed: &Feed, index: &FeedIndex, phrase: &[String]) -> IdSet {
    index.words(feed).stories_with_phrase(feed.len(), phrase)
}

/// `topic:` and `source:`: a value matches a facet key or its label.
fn operator_matches(index: &FeedIndex, facet: Facet, wanted: &[String], len: usize) -> IdSet {
    let mut set = IdSet::empty(len);
    for value in index.facet_values(facet) {
        let label = crate::text::fold::fold(&value.label);
        if wanted.iter().any(|w| *w == value.key || *w == label) {
            set.union(&IdSet::from_ids(len, &value.ids));
        }
    }
    set
}

fn order(
    feed: &Feed,
    index: &FeedIndex,
    matched: &IdSet,
    sort: SortOrder,
    terms: &SearchTerms,
) -> Vec<u32> {
    if sort != SortOrder::Relevance || !terms.has_words() {
        return feed
            .order(sort)
            .iter()
            .copied()
            .filter(|&id| matched.contains(id))
            .collect();
    }
    // A word in the title counts three times a word elsewhere; recency breaks
    // ties. Scores are small, so stories are dealt into one bucket per score
    // in newest-first order: no sort needed.
    let len = feed.len();
    // One typed letter says too little to rank by.
    let prefix = terms.prefix.as_ref().filter(|p| p.chars().count() > 1);
    let title_sets: Vec<IdSet> = terms
        .words
        .iter()
        .chain(terms.phrases.iter().flatten())
        .map(|w| index.words(feed).titles_with(len, w, false))
        .chain(prefix.map(|p| index.words(feed).titles_with(len, p, true)))
        .collect();
    let mut buckets: Vec<Vec<u32>> = vec![Vec::new(); title_sets.len() + 1];
    for &id in feed
        .newest_first()
        .iter()
        .filter(|&&id| matched.contains(id))
    {
        let in_title = title_sets.iter().filter(|set| set.contains(id)).count();
        buckets[in_title].push(id);
    }
    buckets.into_iter().rev().flatten().collect()
}
