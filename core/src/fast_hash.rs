//! A quick, non-cryptographic hash for the maps built over every word of a
//! bundle. The standard hasher resists crafted collisions at several times
//! the cost; here the worst a crafted bundle can do is slow its own widget.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hash (as used inside rustc): multiply-rotate over 8-byte words.
#[derive(Clone, Copy, Default)]
pub struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &byte in chunks.remainder() {
            self.add(u64::from(byte));
        }
    }

    fn write_u32(&mut self, value: u32) {
        self.add(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn works_as_a_map_hasher() {
        let mut map: FastMap<String, u32> = FastMap::default();
        for (n, word) in [
            "power",
            "apps",
            "powerapps",
            "",
            "a much longer word than eight bytes",
        ]
        .iter()
        .enumerate()
        {
            map.insert((*word).to_owned(), n as u32);
        }
        assert_eq!(map.get("apps"), Some(&1));
        assert_eq!(map.get("a much longer word than eight bytes"), Some(&4));
        assert_eq!(map.get("app"), None);
    }
}
