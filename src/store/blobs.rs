//! The content-addressed blob store: blobs by digest, reference counts, and garbage collection
//! of blobs nothing refers to.

use crate::map::Map;
use std::sync::Arc;

use super::digest::Digest;
use super::StoreError;

#[derive(Clone, Debug)]
struct Slot {
    data: Arc<[u8]>,
    refs: u32,
}

/// Blobs (gzip layers, config JSON, manifests) keyed by the sha256 of their bytes.
///
/// Every holder of a digest (an image, a tag, a manifest, a cache entry) takes a reference with
/// [`BlobStore::retain`] (or [`BlobStore::put`], which stores and retains) and gives it back with
/// [`BlobStore::release`]. [`BlobStore::gc`] drops the blobs that no one holds, so a thousand
/// rebuilds that each replace the previous image leave the store the size of one image.
/// Cloning the store is cheap: blob bytes are shared.
#[derive(Clone, Debug, Default)]
pub struct BlobStore {
    blobs: Map<Digest, Slot>,
    bytes: u64,
}

/// How big the store is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Number of blobs.
    pub count: usize,
    /// Total bytes of all blobs.
    pub bytes: u64,
    /// Blobs with no references (what the next [`BlobStore::gc`] removes).
    pub unreferenced: usize,
}

/// What a garbage collection removed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GcReport {
    pub removed: Vec<Digest>,
    pub freed_bytes: u64,
}

impl BlobStore {
    pub fn new() -> BlobStore {
        BlobStore::default()
    }

    /// Store `data` if it is not there yet, without taking a reference (the next
    /// [`BlobStore::gc`] removes it unless someone retains it). Returns its digest.
    pub fn insert(&mut self, data: impl Into<Arc<[u8]>>) -> Digest {
        let data: Arc<[u8]> = data.into();
        let digest = Digest::of(&data);
        self.blobs.entry(digest).or_insert_with(|| {
            self.bytes += data.len() as u64;
            Slot { data, refs: 0 }
        });
        digest
    }

    /// Store `data` and take one reference to it. Returns its digest.
    pub fn put(&mut self, data: impl Into<Arc<[u8]>>) -> Digest {
        let digest = self.insert(data);
        if let Some(slot) = self.blobs.get_mut(&digest) {
            slot.refs = slot.refs.saturating_add(1);
        }
        digest
    }

    /// Store `data` that should have digest `expected` (a pull or an upload) and take a
    /// reference; a mismatch is refused and nothing is stored.
    pub fn put_verified(
        &mut self,
        expected: &Digest,
        data: impl Into<Arc<[u8]>>,
    ) -> Result<(), StoreError> {
        let data: Arc<[u8]> = data.into();
        let actual = Digest::of(&data);
        if actual != *expected {
            return Err(StoreError::DigestMismatch {
                expected: *expected,
                actual,
            });
        }
        self.put(data);
        Ok(())
    }

    /// The bytes of a blob (shared, cheap to clone).
    pub fn get(&self, digest: &Digest) -> Option<Arc<[u8]>> {
        self.blobs.get(digest).map(|s| s.data.clone())
    }

    pub fn contains(&self, digest: &Digest) -> bool {
        self.blobs.contains_key(digest)
    }

    /// The size of a blob in bytes.
    pub fn size(&self, digest: &Digest) -> Option<u64> {
        self.blobs.get(digest).map(|s| s.data.len() as u64)
    }

    /// The number of references to a blob (0 when absent).
    pub fn refs(&self, digest: &Digest) -> u32 {
        self.blobs.get(digest).map_or(0, |s| s.refs)
    }

    /// Take one more reference to a stored blob.
    pub fn retain(&mut self, digest: &Digest) -> Result<(), StoreError> {
        let slot = self
            .blobs
            .get_mut(digest)
            .ok_or(StoreError::UnknownBlob(*digest))?;
        slot.refs = slot.refs.saturating_add(1);
        Ok(())
    }

    /// Give back one reference. Releasing a blob with no references is an error (a
    /// bookkeeping bug in the caller), and changes nothing.
    pub fn release(&mut self, digest: &Digest) -> Result<(), StoreError> {
        let slot = self
            .blobs
            .get_mut(digest)
            .ok_or(StoreError::UnknownBlob(*digest))?;
        if slot.refs == 0 {
            return Err(StoreError::NotReferenced(*digest));
        }
        slot.refs -= 1;
        Ok(())
    }

    /// Remove every blob with no references.
    pub fn gc(&mut self) -> GcReport {
        let mut report = GcReport::default();
        self.blobs.retain(|d, s| {
            if s.refs == 0 {
                report.removed.push(*d);
                report.freed_bytes += s.data.len() as u64;
                false
            } else {
                true
            }
        });
        self.bytes -= report.freed_bytes;
        report
    }

    pub fn stats(&self) -> Stats {
        Stats {
            count: self.blobs.len(),
            bytes: self.bytes,
            unreferenced: self.blobs.values().filter(|s| s.refs == 0).count(),
        }
    }

    /// The stored digests, in order.
    pub fn digests(&self) -> impl Iterator<Item = &Digest> {
        self.blobs.keys()
    }

    /// The digests that start with `prefix` (hex, optionally after `sha256:`).
    pub fn find_prefix(&self, prefix: &str) -> Vec<Digest> {
        self.blobs
            .keys()
            .filter(|d| d.matches_prefix(prefix))
            .copied()
            .collect()
    }
}
