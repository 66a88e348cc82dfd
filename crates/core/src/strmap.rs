//! `StrMap`: names to `u32`s, for the VM's intern table and the compiler's name and symbol indexes.
//!
//! One small hash table (open addressing, linear probing, no removal) rather than `HashMap<Box<str>, u32>`:
//! these three are the only string-keyed maps, and hashbrown's code for them, with its shared table
//! machinery, was a few KB of the WebAssembly build.

use crate::objects::str::str_hash;

#[derive(Debug, Default, Clone)]
pub struct StrMap {
    /// Index + 1 into `entries` of each slot's key; 0 marks an empty slot. Its length is 0 or a power of two,
    /// at least twice the number of entries.
    slots: Vec<u32>,
    entries: Vec<(Box<str>, u32)>,
}

/// The hash Python's `hash(str)` uses: a second string hash (rustc-hash's) was 0.4 KB of the WebAssembly build.
fn hash(key: &str) -> usize {
    str_hash(key.as_bytes()) as usize
}

/// The slot of `slots` holding `key`, or the empty slot where it would go (`slots` is not empty).
fn find(slots: &[u32], entries: &[(Box<str>, u32)], key: &str) -> usize {
    let mask = slots.len() - 1;
    let mut slot = hash(key) & mask;
    loop {
        match slots[slot] {
            0 => return slot,
            i if &*entries[i as usize - 1].0 == key => return slot,
            _ => slot = (slot + 1) & mask,
        }
    }
}

impl StrMap {
    pub fn get(&self, key: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        match self.slots[find(&self.slots, &self.entries, key)] {
            0 => None,
            i => Some(self.entries[i as usize - 1].1),
        }
    }

    /// Map `key` to `value`, replacing what it mapped to.
    pub fn insert(&mut self, key: &str, value: u32) {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.slots = vec![0; (self.slots.len() * 2).max(16)];
            for (i, (k, _)) in self.entries.iter().enumerate() {
                let slot = find(&self.slots, &self.entries, k);
                self.slots[slot] = i as u32 + 1;
            }
        }
        let slot = find(&self.slots, &self.entries, key);
        match self.slots[slot] {
            0 => {
                self.entries.push((key.into(), value));
                self.slots[slot] = self.entries.len() as u32;
            }
            i => self.entries[i as usize - 1].1 = value,
        }
    }

    pub fn values(&self) -> impl Iterator<Item = u32> + '_ {
        self.entries.iter().map(|(_, v)| *v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_name_it_was_given_and_no_other() {
        let mut map = StrMap::default();
        assert_eq!(map.get("x"), None);
        let names: Vec<String> = (0..1000).map(|i| format!("name{i}")).chain(["".to_string()]).collect();
        for (i, name) in names.iter().enumerate() {
            map.insert(name, i as u32);
        }
        for (i, name) in names.iter().enumerate() {
            assert_eq!(map.get(name), Some(i as u32), "{name}");
        }
        assert_eq!(map.get("name1000"), None);
        map.insert("name7", 70);
        assert_eq!(map.get("name7"), Some(70));
        assert_eq!(map.values().count(), names.len());
    }
}
