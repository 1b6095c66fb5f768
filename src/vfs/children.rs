//! A sorted map from name to value kept as a row of shared chunks ([`ChunkMap`]), and a
//! directory's entries as one ([`Children`], sorted bytewise). Changing one entry of a wide
//! map copies one chunk instead of every name, and comparing two versions skips the chunks
//! they still share.
//!
//! A build keeps the state before every step (for its diff and the cache), so a directory
//! that gains one file per step, or an image's labels that gain one per step, would otherwise
//! be copied whole at every step, and a long Dockerfile would take time quadratic in its length.

use std::cmp::Ordering;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::node::Node;

/// The most entries one chunk holds; a fuller one is split in two.
const CHUNK_MAX: usize = 32;

type Chunk<V> = Vec<(String, V)>;

/// A directory's entries.
pub type Children = ChunkMap<Node>;

/// A map from names, sorted bytewise, whose copies share chunks. A chunk holds at most
/// [`CHUNK_MAX`] entries and is split in two when it would hold more.
#[derive(Clone)]
pub struct ChunkMap<V> {
    /// Non-empty chunks in name order: every name of a chunk sorts before the next chunk's.
    chunks: Vec<Arc<Chunk<V>>>,
    len: usize,
}

impl<V> Default for ChunkMap<V> {
    fn default() -> ChunkMap<V> {
        ChunkMap {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<V: Clone> ChunkMap<V> {
    /// No entries.
    pub fn new() -> ChunkMap<V> {
        ChunkMap::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// The number of entries in each chunk, in order (for checking the chunk invariant).
    pub fn chunk_lens(&self) -> impl Iterator<Item = usize> + '_ {
        self.chunks.iter().map(|c| c.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The chunk `name` belongs in: the last one whose first name is not after it (the
    /// first chunk for a name before all). `None` when there are no chunks.
    fn chunk_of(&self, name: &str) -> Option<usize> {
        if self.chunks.is_empty() {
            return None;
        }
        let after = self
            .chunks
            .partition_point(|c| c.first().is_some_and(|(n, _)| n.as_str() <= name));
        Some(after.saturating_sub(1))
    }

    /// Where `name` is: its chunk, and its place in the chunk (found, or where it would go).
    fn find(&self, name: &str) -> Option<(usize, Result<usize, usize>)> {
        let ci = self.chunk_of(name)?;
        let at = self.chunks[ci].binary_search_by(|(n, _)| n.as_str().cmp(name));
        Some((ci, at))
    }

    pub fn get(&self, name: &str) -> Option<&V> {
        match self.find(name)? {
            (ci, Ok(i)) => Some(&self.chunks[ci][i].1),
            _ => None,
        }
    }

    /// The entry for changing (its chunk is copied first if shared).
    pub fn get_mut(&mut self, name: &str) -> Option<&mut V> {
        match self.find(name)? {
            (ci, Ok(i)) => Some(&mut Arc::make_mut(&mut self.chunks[ci])[i].1),
            _ => None,
        }
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Set `name` to `node`; returns the node it replaces.
    pub fn insert(&mut self, name: String, node: V) -> Option<V> {
        self.put(name, node).0
    }

    /// Set `name` to `node`: the node it replaces, and where the entry now is.
    fn put(&mut self, name: String, node: V) -> (Option<V>, usize, usize) {
        let Some((ci, at)) = self.find(&name) else {
            self.chunks.push(Arc::new(vec![(name, node)]));
            self.len = 1;
            return (None, 0, 0);
        };
        let chunk = Arc::make_mut(&mut self.chunks[ci]);
        match at {
            Ok(i) => (Some(std::mem::replace(&mut chunk[i].1, node)), ci, i),
            Err(i) => {
                chunk.insert(i, (name, node));
                self.len += 1;
                if chunk.len() <= CHUNK_MAX {
                    return (None, ci, i);
                }
                let half = chunk.len() / 2;
                let upper = chunk.split_off(half);
                self.chunks.insert(ci + 1, Arc::new(upper));
                if i < half {
                    (None, ci, i)
                } else {
                    (None, ci + 1, i - half)
                }
            }
        }
    }

    /// The entry for `name`, made by `make` first if there is none.
    pub fn get_or_insert_with(&mut self, name: &str, make: impl FnOnce() -> V) -> &mut V {
        let (ci, i) = match self.find(name) {
            Some((ci, Ok(i))) => (ci, i),
            _ => {
                let (_, ci, i) = self.put(name.to_string(), make());
                (ci, i)
            }
        };
        &mut Arc::make_mut(&mut self.chunks[ci])[i].1
    }

    /// Take `name` out; returns its node.
    pub fn remove(&mut self, name: &str) -> Option<V> {
        let (ci, Ok(i)) = self.find(name)? else {
            return None;
        };
        let chunk = Arc::make_mut(&mut self.chunks[ci]);
        let (_, node) = chunk.remove(i);
        if chunk.is_empty() {
            self.chunks.remove(ci);
        }
        self.len -= 1;
        Some(node)
    }

    /// Remove every entry.
    pub fn clear(&mut self) {
        self.chunks.clear();
        self.len = 0;
    }

    /// The entries in name order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &V)> + '_ {
        self.chunks
            .iter()
            .flat_map(|c| c.iter().map(|(name, node)| (name, node)))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + '_ {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + '_ {
        self.iter().map(|(_, v)| v)
    }

    /// Every node for changing (shared chunks are copied first).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> + '_ {
        self.chunks
            .iter_mut()
            .flat_map(|c| Arc::make_mut(c).iter_mut().map(|(_, node)| node))
    }

    /// Walk `old` and `new` side by side in name order, calling `f` with each name and its
    /// node on either side, except for runs of entries whose chunk both still share (they
    /// are the same). Stops early when `f` returns false; returns whether it ran to the end.
    pub fn zip<'a>(
        old: &'a ChunkMap<V>,
        new: &'a ChunkMap<V>,
        mut f: impl FnMut(&'a str, Option<&'a V>, Option<&'a V>) -> bool,
    ) -> bool {
        let mut a = Cursor::new(old);
        let mut b = Cursor::new(new);
        loop {
            if a.at_chunk_start() && b.at_chunk_start() {
                if let (Some(x), Some(y)) = (a.chunk(), b.chunk()) {
                    if Arc::ptr_eq(x, y) {
                        a.next_chunk();
                        b.next_chunk();
                        continue;
                    }
                }
            }
            let go_on = match (a.peek(), b.peek()) {
                (None, None) => return true,
                (Some((n, o)), None) => {
                    a.advance();
                    f(n, Some(o), None)
                }
                (None, Some((n, v))) => {
                    b.advance();
                    f(n, None, Some(v))
                }
                (Some((n, o)), Some((m, v))) => match n.cmp(m) {
                    Ordering::Less => {
                        a.advance();
                        f(n, Some(o), None)
                    }
                    Ordering::Greater => {
                        b.advance();
                        f(m, None, Some(v))
                    }
                    Ordering::Equal => {
                        a.advance();
                        b.advance();
                        f(n, Some(o), Some(v))
                    }
                },
            };
            if !go_on {
                return false;
            }
        }
    }
}

/// A place in a [`ChunkMap`]: a chunk and an entry in it.
struct Cursor<'a, V> {
    of: &'a ChunkMap<V>,
    chunk: usize,
    entry: usize,
}

impl<'a, V> Cursor<'a, V> {
    fn new(of: &'a ChunkMap<V>) -> Cursor<'a, V> {
        Cursor {
            of,
            chunk: 0,
            entry: 0,
        }
    }

    fn at_chunk_start(&self) -> bool {
        self.entry == 0
    }

    fn chunk(&self) -> Option<&'a Arc<Chunk<V>>> {
        self.of.chunks.get(self.chunk)
    }

    fn next_chunk(&mut self) {
        self.chunk += 1;
        self.entry = 0;
    }

    fn peek(&self) -> Option<(&'a str, &'a V)> {
        let (name, node) = self.chunk()?.get(self.entry)?;
        Some((name.as_str(), node))
    }

    fn advance(&mut self) {
        self.entry += 1;
        if self.chunk().is_some_and(|c| self.entry >= c.len()) {
            self.next_chunk();
        }
    }
}

impl<V: Clone + PartialEq> PartialEq for ChunkMap<V> {
    fn eq(&self, other: &ChunkMap<V>) -> bool {
        self.len == other.len
            && ChunkMap::zip(self, other, |_, a, b| match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            })
    }
}

impl<V: Clone + Eq> Eq for ChunkMap<V> {}

impl<V: Clone + fmt::Debug> fmt::Debug for ChunkMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<V: Clone> IntoIterator for ChunkMap<V> {
    type Item = (String, V);
    type IntoIter = std::iter::FlatMap<
        std::vec::IntoIter<Arc<Chunk<V>>>,
        Chunk<V>,
        fn(Arc<Chunk<V>>) -> Chunk<V>,
    >;

    /// The entries in name order, taken out (a shared chunk is copied).
    fn into_iter(self) -> Self::IntoIter {
        fn unshare<V: Clone>(c: Arc<Chunk<V>>) -> Chunk<V> {
            Arc::try_unwrap(c).unwrap_or_else(|shared| (*shared).clone())
        }
        self.chunks.into_iter().flat_map(unshare as fn(_) -> _)
    }
}

impl<V: Clone> FromIterator<(String, V)> for ChunkMap<V> {
    /// Later values of a name replace earlier ones, as in a `Map`.
    fn from_iter<I: IntoIterator<Item = (String, V)>>(items: I) -> ChunkMap<V> {
        let mut c = ChunkMap::new();
        for (name, node) in items {
            c.insert(name, node);
        }
        c
    }
}

impl<V: Clone + Serialize> Serialize for ChunkMap<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de, V: Clone + Deserialize<'de>> Deserialize<'de> for ChunkMap<V> {
    /// Through a `Map`, so a name given twice keeps the value it kept before.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ChunkMap<V>, D::Error> {
        crate::map::Map::<String, V>::deserialize(d).map(|m| m.into_iter().collect())
    }
}
