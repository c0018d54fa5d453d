//! Grouping articles that are the same story: one canonical address (a
//! page held twice shown by its newest record), or near-identical titles
//! published within a few days of each other (found in `alike_titles`).
//! Each story is shown by its best article.

use std::collections::hash_map::Entry;
use std::hash::{BuildHasher, BuildHasherDefault};

use rustc_hash::{FxHashMap, FxHasher};

use crate::bitset::IdSet;
use crate::story::alike_titles::join_alike_titles;
use crate::story::feed::Feed;
use crate::story::newest::is_newer_record;
use crate::story::order::{best_quality_first, sort_ids_by};
use crate::text::canonical::{canonical_url, write_canonical_url};

/// Which articles are the same story.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clusters {
    /// Per article, its cluster's representative.
    representative: Vec<u32>,
    /// Per representative with company, the other members, best first.
    others: FxHashMap<u32, Vec<u32>>,
    /// A hash of each canonical address to the article that has it. Hashes,
    /// not the addresses: a large bundle's addresses would be megabytes of
    /// copies, and two different addresses sharing a 64-bit hash is far
    /// less likely than any bundle having that many stories.
    by_address: FxHashMap<u64, u32>,
}

impl Clusters {
    /// Finds the stories of `feed`: articles at one canonical address, or
    /// with alike titles published close together, are one story, shown by
    /// its best article (a page's newest record, of highest quality, then
    /// the newest).
    pub fn build(feed: &Feed) -> Clusters {
        let articles = feed.articles();
        let mut groups = UnionFind::new(articles.len());
        let mut by_address: FxHashMap<u64, u32> = FxHashMap::default();
        by_address.reserve(articles.len());
        // Records of a page that a newer record of the same page replaces:
        // a bundle can hold a page as it was and as it is now. Which is
        // newer is the rule the CLI keeps a page by, too.
        let mut superseded = IdSet::empty(articles.len());
        let mut address = String::new();
        for (id, article) in articles.iter().enumerate() {
            let id = id as u32;
            let Some(link) = article.link() else { continue };
            if !write_canonical_url(link, &mut address) {
                continue;
            }
            match by_address.entry(address_key(&address)) {
                Entry::Occupied(mut newest) => {
                    let other = *newest.get();
                    groups.join(other, id);
                    if is_newer_record(article, &articles[other as usize]) {
                        superseded.insert(other);
                        newest.insert(id);
                    } else {
                        superseded.insert(id);
                    }
                }
                Entry::Vacant(slot) => {
                    slot.insert(id);
                }
            }
        }
        join_alike_titles(feed, |a, b| groups.join(a, b));

        // Only stories with company need a member list.
        let roots: Vec<u32> = (0..articles.len() as u32)
            .map(|id| groups.root(id))
            .collect();
        let mut sizes = vec![0u32; articles.len()];
        roots.iter().for_each(|&root| sizes[root as usize] += 1);
        let mut members: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (id, &root) in roots
            .iter()
            .enumerate()
            .filter(|(_, &root)| sizes[root as usize] > 1)
        {
            members.entry(root).or_default().push(id as u32);
        }
        let mut representative: Vec<u32> = (0..articles.len() as u32).collect();
        let mut others = FxHashMap::default();
        for (_, mut group) in members {
            // The best representative: a page's newest record, of highest
            // quality, then newest.
            sort_ids_by(&mut group, &|id| {
                (
                    u64::from(superseded.contains(id)) << 32
                        | best_quality_first(&articles[id as usize]),
                    feed.newest_rank(id),
                )
            });
            for &id in &group {
                representative[id as usize] = group[0];
            }
            others.insert(group[0], group[1..].to_vec());
        }
        Clusters {
            representative,
            others,
            by_address,
        }
    }

    /// Makes each of `shown` its story's representative, unless one before
    /// it in `shown` already is: a story the reader already sees keeps the
    /// article it is shown by, though a better one turned up since. The
    /// one it stood in for leads the others.
    pub fn keep_representing(&mut self, shown: &[u32]) {
        let mut kept = IdSet::empty(self.representative.len());
        for &id in shown {
            let Some(&current) = self.representative.get(id as usize) else {
                continue;
            };
            if current == id || kept.contains(current) {
                kept.insert(current);
                continue;
            }
            let mut others = self.others.remove(&current).unwrap_or_default();
            others.retain(|&member| member != id);
            others.insert(0, current);
            for &member in others.iter().chain([&id]) {
                self.representative[member as usize] = id;
            }
            self.others.insert(id, others);
            kept.insert(id);
        }
    }

    /// The article that stands for `id`'s story.
    pub fn representative(&self, id: u32) -> u32 {
        self.representative.get(id as usize).copied().unwrap_or(id)
    }

    /// The other articles of the story `representative` stands for, best first.
    pub fn others(&self, representative: u32) -> &[u32] {
        self.others.get(&representative).map_or(&[], Vec::as_slice)
    }

    /// The other articles of `id`'s story, best first.
    pub fn companions(&self, id: u32) -> Vec<u32> {
        let representative = self.representative(id);
        std::iter::once(representative)
            .chain(self.others(representative).iter().copied())
            .filter(|&member| member != id)
            .collect()
    }

    /// The article in the feed at this address, in any of its variants (the
    /// newest record of the page, when the feed holds it more than once).
    pub fn article_at(&self, address: &str) -> Option<u32> {
        let key = address_key(&canonical_url(address)?);
        self.by_address.get(&key).copied()
    }

    /// [`Clusters::collapse`] when there are clusters; without, each article
    /// is its own story.
    pub fn one_per_story(stories: Option<&Clusters>, ids: Vec<u32>) -> Vec<u32> {
        match stories {
            Some(stories) => stories.collapse(&ids),
            None => ids,
        }
    }

    /// One id per story, in the order given: a story's representative where
    /// it stands, if it is among `ids`; else its first article there. So a
    /// card stands where its own article does (by its own date, under
    /// "Newest"), not where a newer or better companion would put it.
    pub fn collapse(&self, ids: &[u32]) -> Vec<u32> {
        // Bit sets rather than hash sets: quicker, and no hash set code of
        // their own in the widget.
        let len = ids
            .iter()
            .map(|&id| id as usize + 1)
            .max()
            .unwrap_or(0)
            .max(self.representative.len());
        let matched = IdSet::from_ids(len, ids);
        let mut seen = IdSet::empty(len);
        ids.iter()
            .copied()
            .filter(|&id| {
                let representative = self.representative(id);
                if matched.contains(representative) {
                    return id == representative;
                }
                let first = !seen.contains(representative);
                seen.insert(representative);
                first
            })
            .collect()
    }
}

/// The key [`Clusters`] files a canonical address under.
fn address_key(canonical: &str) -> u64 {
    BuildHasherDefault::<FxHasher>::default().hash_one(canonical)
}

/// Disjoint sets with path halving: joins in near-constant time.
struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    fn new(len: usize) -> UnionFind {
        UnionFind {
            parent: (0..len as u32).collect(),
        }
    }

    fn root(&mut self, mut id: u32) -> u32 {
        while self.parent[id as usize] != id {
            let grandparent = self.parent[self.parent[id as usize] as usize];
            self.parent[id as usize] = grandparent;
            id = grandparent;
        }
        id
    }

    fn join(&mut self, a: u32, b: u32) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.parent[a.max(b) as usize] = a.min(b);
        }
    }
}
