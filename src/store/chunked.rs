//! Persistent lists and maps for image configs, kept as rows of shared chunks (as directories
//! are in `vfs`): the env list ([`EnvList`]) and the labels ([`ChunkMap`], the map `vfs` keeps a directory in).
//!
//! A build keeps the runtime config of every step in its cache, and a long Dockerfile's
//! ENV and LABEL steps make the env list and the labels grow with the steps. Copying either
//! whole at each step would make a build quadratic in its length; here a copy shares every
//! chunk, and a change copies the one chunk it touches. The JSON is the plain value's: a
//! list of strings, and an object with its keys in bytewise order (as a `Map`).

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// The labels' map: the one directories use, so the chunk logic exists once.
pub use crate::vfs::ChunkMap;

/// The most items one chunk holds.
const CHUNK_MAX: usize = 32;

/// A list whose copies share chunks. Every chunk but the last holds [`CHUNK_MAX`] items, so
/// item `i` is in chunk `i / CHUNK_MAX`.
#[derive(Clone)]
pub struct ChunkList<T> {
    chunks: Vec<Arc<Vec<T>>>,
    len: usize,
}

impl<T> Default for ChunkList<T> {
    fn default() -> ChunkList<T> {
        ChunkList {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<T: Clone> ChunkList<T> {
    pub fn new() -> ChunkList<T> {
        ChunkList::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        self.chunks.get(i / CHUNK_MAX)?.get(i % CHUNK_MAX)
    }

    /// Add an item at the end (the last chunk is copied first if shared).
    pub fn push(&mut self, item: T) {
        match self.chunks.last_mut() {
            Some(last) if last.len() < CHUNK_MAX => Arc::make_mut(last).push(item),
            _ => self.chunks.push(Arc::new(vec![item])),
        }
        self.len += 1;
    }

    /// Replace item `i`; returns the old one, or gives `item` back when `i` is out of range.
    pub fn set(&mut self, i: usize, item: T) -> Result<T, T> {
        if i >= self.len {
            return Err(item);
        }
        let chunk = Arc::make_mut(&mut self.chunks[i / CHUNK_MAX]);
        Ok(std::mem::replace(&mut chunk[i % CHUNK_MAX], item))
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + '_ {
        self.chunks.iter().flat_map(|c| c.iter())
    }

    pub fn to_vec(&self) -> Vec<T> {
        self.iter().cloned().collect()
    }
}

impl<T: Clone> FromIterator<T> for ChunkList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> ChunkList<T> {
        let mut l = ChunkList::new();
        for item in items {
            l.push(item);
        }
        l
    }
}

impl<T: Clone + PartialEq> PartialEq for ChunkList<T> {
    fn eq(&self, other: &ChunkList<T>) -> bool {
        self.len == other.len
            && self
                .chunks
                .iter()
                .zip(&other.chunks)
                .all(|(a, b)| Arc::ptr_eq(a, b) || a == b)
    }
}

impl<T: Clone + Eq> Eq for ChunkList<T> {}

impl<T: Clone + fmt::Debug> fmt::Debug for ChunkList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Clone + Serialize> Serialize for ChunkList<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: Clone + Deserialize<'de>> Deserialize<'de> for ChunkList<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ChunkList<T>, D::Error> {
        Vec::<T>::deserialize(d).map(|v| v.into_iter().collect())
    }
}

/// Where one name is in an [`EnvList`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Places {
    /// The first entry whose name it is (`NAME=…`, or `NAME` alone): the one `ENV` replaces.
    first: usize,
    /// The last `NAME=…` entry: the value a lookup sees.
    last_value: Option<usize>,
}

/// The name of an env entry: before the first `=`, or the whole entry when it has none.
fn name_of(entry: &str) -> (&str, bool) {
    match entry.split_once('=') {
        Some((k, _)) => (k, true),
        None => (entry, false),
    }
}

/// The `Env` list of an image config (`NAME=value` strings in the order they were set), with
/// an index from name to place, so setting or looking up a name costs a chunk, not the list.
#[derive(Clone, Default)]
pub struct EnvList {
    entries: ChunkList<String>,
    index: ChunkMap<Places>,
}

impl EnvList {
    pub fn new() -> EnvList {
        EnvList::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &String> + '_ {
        self.entries.iter()
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.entries.to_vec()
    }

    /// The value of the last `name=…` entry.
    pub fn get(&self, name: &str) -> Option<&str> {
        let at = self.index.get(name)?.last_value?;
        let entry = self.entries.get(at)?;
        entry.split_once('=').map(|(_, v)| v)
    }

    /// Add an entry at the end, as it is (a config read from JSON may name a variable twice).
    pub fn push(&mut self, entry: String) {
        let at = self.entries.len();
        let (name, has_value) = name_of(&entry);
        let last_value = has_value.then_some(at);
        match self.index.get_mut(name) {
            Some(p) => {
                if has_value {
                    p.last_value = last_value;
                }
            }
            None => {
                self.index.insert(
                    name.to_string(),
                    Places {
                        first: at,
                        last_value,
                    },
                );
            }
        }
        self.entries.push(entry);
    }

    /// Set `name=value`, replacing the first entry of that name in place (as `ENV` does), or
    /// adding it at the end.
    pub fn set(&mut self, name: &str, value: &str) {
        let kv = format!("{name}={value}");
        let Some(p) = self.index.get_mut(name) else {
            self.push(kv);
            return;
        };
        let at = p.first;
        p.last_value = Some(p.last_value.map_or(at, |l| l.max(at)));
        // `at` is in range: the index only names entries of the list.
        let _ = self.entries.set(at, kv);
    }
}

impl FromIterator<String> for EnvList {
    fn from_iter<I: IntoIterator<Item = String>>(items: I) -> EnvList {
        let mut e = EnvList::new();
        for entry in items {
            e.push(entry);
        }
        e
    }
}

impl From<Vec<String>> for EnvList {
    fn from(v: Vec<String>) -> EnvList {
        v.into_iter().collect()
    }
}

impl PartialEq for EnvList {
    /// The same entries in the same order (the index follows from them).
    fn eq(&self, other: &EnvList) -> bool {
        self.entries == other.entries
    }
}

impl Eq for EnvList {}

impl fmt::Debug for EnvList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.entries.fmt(f)
    }
}

impl Serialize for EnvList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.entries.serialize(s)
    }
}

impl<'de> Deserialize<'de> for EnvList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<EnvList, D::Error> {
        Vec::<String>::deserialize(d).map(EnvList::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::Map;

    /// The plain reading of `set`: what `ContainerConfig::set_env` did over a `Vec`.
    fn set_plain(v: &mut Vec<String>, name: &str, value: &str) {
        let kv = format!("{name}={value}");
        match v.iter_mut().find(|e| name_of(e).0 == name) {
            Some(slot) => *slot = kv,
            None => v.push(kv),
        }
    }

    fn get_plain<'a>(v: &'a [String], name: &str) -> Option<&'a str> {
        v.iter().rev().find_map(|kv| {
            kv.split_once('=')
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| v)
        })
    }

    #[test]
    fn env_list_behaves_as_the_plain_list() {
        // Start from a list with a duplicate and a bare name, as a config from JSON may have.
        let start: Vec<String> = ["A=1", "B", "A=2", "C=3", "B=4"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut plain = start.clone();
        let mut env = EnvList::from(start);
        let before = env.clone();
        for i in 0..200u32 {
            let name = match i % 7 {
                0 => "A".to_string(),
                1 => "B".to_string(),
                2 => format!("N{}", i % 50),
                _ => format!("V{i}"),
            };
            set_plain(&mut plain, &name, &i.to_string());
            env.set(&name, &i.to_string());
            for n in ["A", "B", "C", "N3", "V5", "V199", "missing", &name] {
                assert_eq!(env.get(n), get_plain(&plain, n), "{n} after step {i}");
            }
        }
        assert_eq!(env.to_vec(), plain);
        assert_eq!(env.len(), plain.len());
        // The copy taken before is untouched.
        assert_eq!(before.to_vec(), ["A=1", "B", "A=2", "C=3", "B=4"]);
        assert_eq!(
            serde_json::to_string(&env).ok(),
            serde_json::to_string(&plain).ok()
        );
    }

    #[test]
    fn a_change_copies_one_chunk() {
        let mut a: ChunkList<String> = (0..100).map(|i| i.to_string()).collect();
        let b = a.clone();
        assert_eq!(a.set(5, "x".into()), Ok("5".to_string()));
        assert!(!Arc::ptr_eq(&a.chunks[0], &b.chunks[0]));
        assert!(a.chunks[1..]
            .iter()
            .zip(&b.chunks[1..])
            .all(|(x, y)| Arc::ptr_eq(x, y)));
        assert_eq!(a.set(100, "y".into()), Err("y".to_string()));
        assert_ne!(a, b);
        assert_eq!(b.get(5).map(String::as_str), Some("5"));
    }

    #[test]
    fn chunk_map_behaves_as_a_btree_map() {
        let mut plain = Map::new();
        let mut m = ChunkMap::new();
        for i in 0..500u32 {
            // Keys in a scrambled order, some set twice, some removed.
            let k = format!("k{}", (i * 37) % 211);
            if i % 11 == 0 {
                assert_eq!(m.remove(&k), plain.remove(&k));
            } else {
                assert_eq!(m.insert(k.clone(), i), plain.insert(k, i));
            }
            assert_eq!(m.len(), plain.len());
        }
        assert!(m.iter().eq(plain.iter()));
        assert!(m.chunk_lens().all(|n| n > 0 && n <= CHUNK_MAX));
        assert_eq!(m.get("k5"), plain.get("k5"));
        assert_eq!(
            serde_json::to_string(&m).ok(),
            serde_json::to_string(&plain).ok()
        );
        let back: ChunkMap<u32> =
            serde_json::from_str(r#"{"b":1,"a":2,"b":3}"#).unwrap_or_default();
        assert_eq!(
            back.iter().collect::<Vec<_>>(),
            [(&"a".into(), &2), (&"b".into(), &3)]
        );
    }
}
