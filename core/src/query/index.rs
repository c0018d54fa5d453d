//! Indexes built once per bundle so that every query is a few set operations:
//! an inverted index of folded words, and a list of stories per facet value.

use std::cell::OnceCell;

use rustc_hash::FxHashMap;

use crate::article::{Article, StoryKind};
use crate::bitset::IdSet;
use crate::query::facet::{push_facet_key, Facet};
use crate::story::feed::Feed;
use crate::story::order::{in_order, ordered, sort_ids_by, sorted_places};
use crate::text::fold::for_each_word;

/// Which stories contain each folded word, and each story's words in order.
#[derive(Clone, Debug, Default)]
pub struct WordIndex {
    /// The vocabulary, sorted, so a prefix is a contiguous range.
    words: Vec<String>,
    /// Stories with the word anywhere searchable.
    anywhere: Vec<Vec<u32>>,
    /// Stories with the word in the title (ranked higher).
    in_title: Vec<Vec<u32>>,
    /// Per word, every place it stands as `story << 32 | word number within
    /// the story`, ascending: a phrase is a merge of its words' lists, so it
    /// costs what its words occur, not what the matching stories hold.
    places: Vec<Vec<u64>>,
    /// Stories per first letter: a one-letter prefix would otherwise union
    /// a large part of the vocabulary on every keystroke.
    by_initial: FxHashMap<char, IdSet>,
}

/// Where one word occurs, gathered while building.
#[derive(Default)]
struct WordPostings {
    anywhere: Vec<u32>,
    in_title: Vec<u32>,
    places: Vec<u64>,
}

/// One value of a facet, e.g. the topic "AI", and the stories that carry it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    pub key: String,
    pub label: String,
    pub ids: Vec<u32>,
}

/// Everything a query needs besides the articles themselves.
#[derive(Clone, Debug, Default)]
pub struct FeedIndex {
    /// Built on first use (see [`FeedIndex::words`]): the first screen of a
    /// feed needs no search, and the word index is most of the build.
    words: OnceCell<WordIndex>,
    /// Per facet, in the order of `Facet::ALL`, values ordered by how many
    /// stories carry them, then label.
    facets: [Vec<FacetValue>; 4],
    /// (published time, id), oldest first; undated stories are left out.
    by_time: Vec<(i64, u32)>,
}

/// The text a search looks in: title, excerpt, source name and topics.
pub fn searchable_fields(article: &Article) -> impl Iterator<Item = &str> {
    std::iter::once(article.title.as_str())
        .chain(article.excerpt.as_deref())
        .chain(article.provider_name())
        .chain(article.topics.iter().map(String::as_str))
}

impl FeedIndex {
    /// Indexes `feed`'s facet values and publication times; the word index
    /// waits until a search needs it ([`FeedIndex::words`]).
    pub fn build(feed: &Feed) -> FeedIndex {
        let articles = feed.articles();
        let time = |id: u32| {
            let article = &articles[id as usize];
            Some(article.published_at.as_ref()?.timestamp()?.unix_seconds)
        };
        let mut dated: Vec<u32> = (0..articles.len() as u32)
            .filter(|&id| time(id).is_some())
            .collect();
        sort_ids_by(&mut dated, &|id| (ordered(time(id).unwrap_or_default()), 0));
        let by_time = dated
            .into_iter()
            .map(|id| (time(id).unwrap_or_default(), id))
            .collect();
        let facets = Facet::ALL.map(|facet| facet_values(articles, facet));
        FeedIndex {
            words: OnceCell::new(),
            facets,
            by_time,
        }
    }

    /// The word index of `feed` (the feed this index was built from), built
    /// the first time it is asked for.
    pub fn words(&self, feed: &Feed) -> &WordIndex {
        self.words.get_or_init(|| WordIndex::build(feed.articles()))
    }

    /// Whether the word index has been built yet.
    pub fn words_ready(&self) -> bool {
        self.words.get().is_some()
    }

    /// The values of `facet`, those carried by the most stories first.
    pub(crate) fn facet_values(&self, facet: Facet) -> &[FacetValue] {
        &self.facets[facet as usize]
    }

    /// Stories published within `from..=to`.
    pub(crate) fn published_between(&self, len: usize, from: i64, to: i64) -> IdSet {
        let start = self.by_time.partition_point(|&(t, _)| t < from);
        let end = self.by_time.partition_point(|&(t, _)| t <= to);
        let mut set = IdSet::empty(len);
        for &(_, id) in &self.by_time[start..end.max(start)] {
            set.insert(id);
        }
        set
    }
}

impl WordIndex {
    fn build(articles: &[Article]) -> WordIndex {
        // First pass: provisional word numbers in order of appearance.
        let mut numbers: FxHashMap<String, u32> = FxHashMap::default();
        let mut postings: Vec<WordPostings> = Vec::new();
        for (id, article) in articles.iter().enumerate() {
            let id = id as u32;
            let mut place = u64::from(id) << 32;
            // Not a plain counter: each word inside advances it too.
            #[allow(clippy::explicit_counter_loop)]
            for (field, text) in searchable_fields(article).enumerate() {
                // A gap between fields, so a phrase never spans two.
                place += 1;
                for_each_word(text, |word| {
                    // Look up by reference: most words are seen before, and
                    // only a new one is worth a copy.
                    let number = match numbers.get(word) {
                        Some(&number) => number,
                        None => {
                            let number = numbers.len() as u32;
                            numbers.insert(word.to_owned(), number);
                            postings.push(WordPostings::default());
                            number
                        }
                    };
                    let WordPostings {
                        anywhere,
                        in_title,
                        places,
                    } = &mut postings[number as usize];
                    if anywhere.last() != Some(&id) {
                        anywhere.push(id);
                    }
                    if field == 0 && in_title.last() != Some(&id) {
                        in_title.push(id);
                    }
                    places.push(place);
                    place += 1;
                });
            }
        }
        // Second: sort the vocabulary, so a prefix is a range of it.
        // (Through `sorted_places`, which the widget carries already.)
        let vocabulary: Vec<(String, u32)> = numbers.into_iter().collect();
        let order = sorted_places(vocabulary.len(), &|a, b| {
            vocabulary[a].0.cmp(&vocabulary[b].0)
        });
        let vocabulary = in_order(vocabulary, &order);
        let mut index = WordIndex::default();
        for (word, number) in vocabulary {
            let WordPostings {
                anywhere,
                in_title,
                places,
            } = std::mem::take(&mut postings[number as usize]);
            if let Some(initial) = word.chars().next() {
                let set = index
                    .by_initial
                    .entry(initial)
                    .or_insert_with(|| IdSet::empty(articles.len()));
                anywhere.iter().for_each(|&id| set.insert(id));
            }
            index.words.push(word);
            index.anywhere.push(anywhere);
            index.in_title.push(in_title);
            index.places.push(places);
        }
        index
    }

    /// Positions in the vocabulary of `word` exactly, or of every word
    /// starting with it when `prefix` is set.
    fn matching(&self, word: &str, prefix: bool) -> std::ops::Range<usize> {
        let start = self.words.partition_point(|w| w.as_str() < word);
        let end = if prefix {
            start + self.words[start..].partition_point(|w| w.starts_with(word))
        } else {
            start + usize::from(self.words.get(start).is_some_and(|w| w == word))
        };
        start..end
    }

    /// Stories containing the word (anywhere), or a word it begins.
    pub(crate) fn stories_with(&self, len: usize, word: &str, prefix: bool) -> IdSet {
        let mut letters = word.chars();
        if let (true, Some(initial), None) = (prefix, letters.next(), letters.next()) {
            return self
                .by_initial
                .get(&initial)
                .cloned()
                .unwrap_or_else(|| IdSet::empty(len));
        }
        self.union(len, &self.anywhere, self.matching(word, prefix))
    }

    /// Stories whose title contains the word, or a word it begins.
    pub(crate) fn titles_with(&self, len: usize, word: &str, prefix: bool) -> IdSet {
        self.union(len, &self.in_title, self.matching(word, prefix))
    }

    /// How many stories contain `word` exactly.
    pub fn story_count(&self, word: &str) -> usize {
        self.matching(word, false)
            .map(|i| self.anywhere[i].len())
            .sum()
    }

    /// Stories where `phrase` stands as written, within one field.
    pub(crate) fn stories_with_phrase(&self, len: usize, phrase: &[String]) -> IdSet {
        let positions: Option<Vec<u32>> = phrase
            .iter()
            .map(|word| {
                let range = self.matching(word, false);
                (!range.is_empty()).then_some(range.start as u32)
            })
            .collect();
        let Some(positions) = positions.filter(|p| !p.is_empty()) else {
            return IdSet::empty(len);
        };
        if let [only] = positions[..] {
            return IdSet::from_ids(len, &self.anywhere[only as usize]);
        }
        // Keep the places of the first word that the next words follow.
        let mut starts: Vec<u64> = self.places[positions[0] as usize].clone();
        for (offset, &word) in positions.iter().enumerate().skip(1) {
            let mut following = self.places[word as usize].iter().peekable();
            starts.retain(|&start| {
                let wanted = start + offset as u64;
                while following.next_if(|&&place| place < wanted).is_some() {}
                following.peek() == Some(&&wanted)
            });
        }
        let mut found = IdSet::empty(len);
        for start in starts {
            found.insert((start >> 32) as u32);
        }
        found
    }

    fn union(&self, len: usize, lists: &[Vec<u32>], range: std::ops::Range<usize>) -> IdSet {
        let mut set = IdSet::empty(len);
        for ids in &lists[range] {
            for &id in ids {
                set.insert(id);
            }
        }
        set
    }
}

/// The values of one facet across the feed, most used first.
fn facet_values(articles: &[Article], facet: Facet) -> Vec<FacetValue> {
    // Most values repeat across a feed, written the same way: a value seen
    // before finds its slot without being folded into a key again. Keys are
    // built in one buffer and copied only when new. (Places as u32, so the
    // map of keys is of the type the word index uses: one copy of its code
    // in the widget.)
    let mut seen: FxHashMap<&str, u32> = FxHashMap::default();
    let mut slots: FxHashMap<String, u32> = FxHashMap::default();
    let mut values: Vec<FacetValue> = Vec::new();
    let mut key = String::new();
    for (id, article) in articles.iter().enumerate() {
        let id = id as u32;
        for_each_value(article, facet, |keyed_by, label| {
            let slot = match seen.get(keyed_by) {
                Some(&slot) => slot as usize,
                None => {
                    key.clear();
                    push_facet_key(&mut key, facet, keyed_by);
                    let slot = match slots.get(key.as_str()) {
                        Some(&slot) => slot as usize,
                        None => {
                            slots.insert(key.clone(), values.len() as u32);
                            values.push(FacetValue {
                                key: key.clone(),
                                label: label.to_owned(),
                                ids: Vec::new(),
                            });
                            values.len() - 1
                        }
                    };
                    seen.insert(keyed_by, slot as u32);
                    slot
                }
            };
            let ids = &mut values[slot].ids;
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        });
    }
    let order = sorted_places(values.len(), &|a, b| {
        let (a, b) = (&values[a], &values[b]);
        b.ids
            .len()
            .cmp(&a.ids.len())
            .then_with(|| a.label.cmp(&b.label))
    });
    in_order(values, &order)
}

/// Calls `each(keyed_by, label)` for an article's values of one facet: the
/// text its key is made from, and the label shown.
fn for_each_value<'a>(article: &'a Article, facet: Facet, mut each: impl FnMut(&'a str, &'a str)) {
    match facet {
        Facet::Topic => article.topics.iter().for_each(|t| each(t, t)),
        Facet::Category => (article.categories.iter())
            .chain(&article.category)
            .for_each(|c| each(c, c)),
        Facet::Provider => {
            if let Some(p) = &article.provider {
                each(p.domain.as_deref().unwrap_or(&p.name), &p.name);
            }
        }
        Facet::Kind => match article.kind {
            StoryKind::Article => each("article", "Articles"),
            StoryKind::Video => each("video", "Videos"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::engine::run_query;
    use crate::query::view::Query;

    #[test]
    fn the_word_index_waits_for_the_first_search() {
        let feed = Feed::new(vec![Article {
            title: "Power Apps portals".into(),
            ..Article::default()
        }]);
        let index = FeedIndex::build(&feed);
        run_query(&feed, &index, None, &Query::default(), 0);
        assert!(!index.words_ready(), "an unfiltered feed needs no words");
        let search = Query {
            text: "portal".into(),
            ..Query::default()
        };
        assert_eq!(run_query(&feed, &index, None, &search, 0).ids, vec![0]);
        assert!(index.words_ready());
    }
}
