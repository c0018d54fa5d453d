//! A fixed-size set of article ids, one bit each: filters combine with a few
//! word-wide ANDs instead of hashing, which keeps 100k-article queries fast.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdSet {
    words: Vec<u64>,
    len: usize,
}

impl IdSet {
    pub fn empty(len: usize) -> IdSet {
        IdSet {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    pub fn full(len: usize) -> IdSet {
        let mut set = IdSet {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        set.clear_tail();
        set
    }

    pub fn from_ids(len: usize, ids: &[u32]) -> IdSet {
        let mut set = IdSet::empty(len);
        for &id in ids {
            set.insert(id);
        }
        set
    }

    pub fn insert(&mut self, id: u32) {
        let id = id as usize;
        if id < self.len {
            self.words[id / 64] |= 1 << (id % 64);
        }
    }

    pub fn contains(&self, id: u32) -> bool {
        let id = id as usize;
        id < self.len && self.words[id / 64] & (1 << (id % 64)) != 0
    }

    pub fn intersect(&mut self, other: &IdSet) {
        for (mine, theirs) in self.words.iter_mut().zip(&other.words) {
            *mine &= theirs;
        }
    }

    pub fn union(&mut self, other: &IdSet) {
        for (mine, theirs) in self.words.iter_mut().zip(&other.words) {
            *mine |= theirs;
        }
    }

    pub fn remove_all(&mut self, other: &IdSet) {
        for (mine, theirs) in self.words.iter_mut().zip(&other.words) {
            *mine &= !theirs;
        }
    }

    /// How many ids are in the set; only tests ask.
    #[cfg(test)]
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// How many of `ids` are in the set.
    pub fn count_of(&self, ids: &[u32]) -> usize {
        ids.iter().filter(|&&id| self.contains(id)).count()
    }

    /// The ids in the set, ascending; only tests ask.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(index, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros();
                    rest &= rest - 1;
                    (index * 64) as u32 + bit
                })
            })
        })
    }

    fn clear_tail(&mut self) {
        if self.len % 64 != 0 {
            if let Some(last) = self.words.last_mut() {
                *last &= (1u64 << (self.len % 64)) - 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combines_like_sets() {
        let mut a = IdSet::from_ids(130, &[1, 64, 65, 129, 500]);
        assert_eq!(a.iter().collect::<Vec<_>>(), [1, 64, 65, 129]);
        assert_eq!(IdSet::full(130).count(), 130);
        assert_eq!(IdSet::full(128).count(), 128);
        let b = IdSet::from_ids(130, &[64, 129, 3]);
        let mut both = a.clone();
        both.intersect(&b);
        assert_eq!(both.iter().collect::<Vec<_>>(), [64, 129]);
        let mut either = a.clone();
        either.union(&b);
        assert_eq!(either.count(), 5);
        a.remove_all(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), [1, 65]);
        assert_eq!(a.count_of(&[1, 2, 65]), 2);
        assert!(!a.contains(1000));
    }
}
