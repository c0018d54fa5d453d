//! Which titles tell the same story: near-identical titles published
//! within a few days of each other.
//!
//! Found once per bundle without comparing every pair: titles are compared
//! only with titles sharing one of their rarer words, within the time window.

use rustc_hash::FxHashMap;

use crate::story::feed::Feed;
use crate::story::order::SortOrder;
use crate::text::fold::for_each_word;

/// Titles at least this alike (shared over all of their telling words, those
/// not in a great many titles) are one story. Tuned on the corpus: "Amazon Is
/// Joining the Generative AI Race" and "AWS Joins Generative AI Race, Unveils
/// New Products" reach 0.5; "Power Apps portals FAQs" and "Update the Power
/// Apps portals solution", the same day, do not once "power" and "apps" (in
/// nearly every title of a Power Apps feed) are left out; monthly "What's
/// new: Power Apps March 2024 Feature Update" posts are kept apart by time.
pub const TITLE_SIMILARITY: f64 = 0.5;
/// Near-identical titles further apart in time than this are different stories.
pub const WINDOW_SECONDS: i64 = 3 * 86_400;
/// Titles must also share this many words: short titles alike by chance stay apart.
const MIN_SHARED_WORDS: usize = 3;
/// Words in more titles than this are too common to tell stories apart.
const COMMON_WORD_TITLES: usize = 200;

/// The words of a title that say what it is about: folded, without the
/// commonest English words, with plural and -ing endings trimmed.
pub fn title_words(title: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_title_word(title, |word| words.push(word.to_owned()));
    words.sort_unstable();
    words.dedup();
    words
}

/// Appends [`title_words`] as numbers from a shared vocabulary, sorted, to
/// `lists`, using `scratch` as working space.
fn push_title_word_numbers(
    title: &str,
    vocabulary: &mut Vocabulary,
    scratch: &mut Vec<u32>,
    lists: &mut Lists,
) {
    scratch.clear();
    for_each_title_word(title, |word| {
        // Put in place rather than sorted after: a title has a few words,
        // and a sort would be one more copy of the sorting code.
        let number = vocabulary.number(word);
        let at = scratch.partition_point(|&n| n < number);
        if scratch.get(at) != Some(&number) {
            scratch.insert(at, number);
        }
    });
    lists.push(scratch);
}

/// Calls `each` with every telling word of `title`, stemmed, in order.
fn for_each_title_word(title: &str, mut each: impl FnMut(&str)) {
    for_each_word(title, |word| {
        if !is_stop_word(word) {
            each(stem(word));
        }
    });
}

fn is_stop_word(word: &str) -> bool {
    word.len() <= 4
        && matches!(
            word,
            "a" | "an"
                | "and"
                | "are"
                | "as"
                | "at"
                | "be"
                | "by"
                | "for"
                | "from"
                | "has"
                | "how"
                | "in"
                | "into"
                | "is"
                | "it"
                | "its"
                | "new"
                | "of"
                | "on"
                | "or"
                | "our"
                | "s"
                | "that"
                | "the"
                | "this"
                | "to"
                | "up"
                | "was"
                | "we"
                | "what"
                | "why"
                | "with"
                | "your"
        )
}

fn stem(word: &str) -> &str {
    if word.len() > 5 && word.ends_with("ing") {
        &word[..word.len() - 3]
    } else if word.len() > 4 && word.ends_with("ed") {
        &word[..word.len() - 2]
    } else if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        &word[..word.len() - 1]
    } else {
        word
    }
}

/// Shared words over all words of two sorted, de-duplicated word lists.
pub fn similarity<T: Ord>(a: &[T], b: &[T]) -> (f64, usize) {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let all = a.len() + b.len() - shared;
    (
        if all == 0 {
            0.0
        } else {
            shared as f64 / all as f64
        },
        shared,
    )
}

/// Calls `join` with each pair of articles of `feed` whose titles tell the
/// same story, the smaller id first.
pub(crate) fn join_alike_titles(feed: &Feed, mut join: impl FnMut(u32, u32)) {
    let articles = feed.articles();
    let mut vocabulary = Vocabulary::default();
    let (mut words, mut scratch) = (Lists::with_capacity(articles.len()), Vec::new());
    for article in articles {
        push_title_word_numbers(&article.title, &mut vocabulary, &mut scratch, &mut words);
    }
    let time: Vec<Option<i64>> = articles
        .iter()
        .map(|a| {
            a.published_at
                .as_ref()
                .and_then(|m| m.timestamp())
                .map(|t| t.unix_seconds)
        })
        .collect();
    // Each word's titles in time order (undated last), so the titles within
    // the time window of one are a short slice found by binary search.
    let titles_with = Lists::inverted(&words, vocabulary.len(), feed.order(SortOrder::Oldest));
    let mut telling = Lists::with_capacity(articles.len());
    for id in 0..articles.len() {
        scratch.clear();
        scratch.extend(
            words
                .get(id)
                .iter()
                .filter(|&&word| titles_with.get(word as usize).len() <= COMMON_WORD_TITLES),
        );
        telling.push(&scratch);
    }
    for id in 0..articles.len() {
        let Some(at) = time[id] else { continue };
        // Candidates come from the title's two rarest telling words.
        let keys = telling.get(id).iter().map(|&w| titles_with.get(w as usize));
        for &other in two_shortest(keys)
            .into_iter()
            .flatten()
            .flat_map(|ids| within_window(ids, &time, at))
        {
            if other as usize <= id {
                continue;
            }
            let (_, shared) = similarity(words.get(id), words.get(other as usize));
            let (alike, _) = similarity(telling.get(id), telling.get(other as usize));
            if alike >= TITLE_SIMILARITY && shared >= MIN_SHARED_WORDS {
                join(id as u32, other);
            }
        }
    }
}

/// The two shortest lists, the earlier first among equal lengths: a loop
/// rather than a sort, which would add its own copy of the sorting code.
fn two_shortest<'a>(lists: impl Iterator<Item = &'a [u32]>) -> [Option<&'a [u32]>; 2] {
    let mut shortest: [Option<&[u32]>; 2] = [None, None];
    for list in lists {
        if shortest[0].is_none_or(|first| list.len() < first.len()) {
            shortest = [Some(list), shortest[0]];
        } else if shortest[1].is_none_or(|second| list.len() < second.len()) {
            shortest[1] = Some(list);
        }
    }
    shortest
}

/// Numbers for words, in order of first sight. Most words fit in 8 bytes and
/// are filed as one number holding their bytes: no copy, no string hashing
/// (words hold no zero bytes, so the padding cannot make two words alike).
#[derive(Default)]
struct Vocabulary {
    short: FxHashMap<u64, u32>,
    long: FxHashMap<String, u32>,
}

impl Vocabulary {
    fn number(&mut self, word: &str) -> u32 {
        let next = self.len() as u32;
        if word.len() <= 8 {
            let mut bytes = [0u8; 8];
            bytes[..word.len()].copy_from_slice(word.as_bytes());
            return *self.short.entry(u64::from_le_bytes(bytes)).or_insert(next);
        }
        match self.long.get(word) {
            Some(&number) => number,
            None => {
                self.long.insert(word.to_owned(), next);
                next
            }
        }
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }
}

/// Many short lists of numbers in one allocation: one per article or word,
/// which keeps building them for a large bundle from being mostly `malloc`.
struct Lists {
    ends: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    fn with_capacity(lists: usize) -> Lists {
        Lists {
            ends: Vec::with_capacity(lists),
            items: Vec::with_capacity(lists * 8),
        }
    }

    fn push(&mut self, list: &[u32]) {
        self.items.extend_from_slice(list);
        self.ends.push(self.items.len() as u32);
    }

    fn get(&self, list: usize) -> &[u32] {
        let start = list.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.items[start as usize..self.ends[list] as usize]
    }

    /// For each of `count` numbers, the lists holding it, in `order`.
    fn inverted(lists: &Lists, count: usize, order: &[u32]) -> Lists {
        let mut ends = vec![0u32; count];
        lists.items.iter().for_each(|&n| ends[n as usize] += 1);
        let mut total = 0;
        for end in &mut ends {
            total += *end;
            *end = total;
        }
        // Fill each list from its start, counting up to its end.
        let mut next: Vec<u32> = std::iter::once(0)
            .chain(ends[..count.saturating_sub(1)].iter().copied())
            .collect();
        let mut items = vec![0u32; lists.items.len()];
        for &list in order {
            for &n in lists.get(list as usize) {
                items[next[n as usize] as usize] = list;
                next[n as usize] += 1;
            }
        }
        Lists { ends, items }
    }
}

/// The titles of `ids` (oldest first) published within the window around `at`.
fn within_window<'a>(ids: &'a [u32], time: &[Option<i64>], at: i64) -> &'a [u32] {
    let start = ids.partition_point(|&o| time[o as usize].is_some_and(|t| t < at - WINDOW_SECONDS));
    let len = ids[start..]
        .partition_point(|&o| time[o as usize].is_some_and(|t| t <= at + WINDOW_SECONDS));
    &ids[start..start + len]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_has_one_number_whether_short_or_long() {
        let mut vocabulary = Vocabulary::default();
        let words = [
            "app",
            "apps",
            "appsappx",
            "appsappsa",
            "interoperability",
            "z",
        ];
        let numbers: Vec<u32> = words.iter().map(|w| vocabulary.number(w)).collect();
        assert_eq!(numbers, vec![0, 1, 2, 3, 4, 5]);
        let again: Vec<u32> = words.iter().map(|w| vocabulary.number(w)).collect();
        assert_eq!(again, numbers);
        assert_eq!(vocabulary.len(), words.len());
    }
}
