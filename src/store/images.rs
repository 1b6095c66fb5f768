//! The image store: images (config bytes plus layers) over the blob store, tags, dangling
//! images, removal and pruning, with blob references kept exact so garbage collection is safe.

use crate::map::Map;
use std::sync::Arc;

use super::blobs::{BlobStore, GcReport};
use super::digest::Digest;
use super::layer::Layer;
use super::oci::{History, ImageConfig};
use super::StoreError;

/// One stored image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// The image ID: sha256 of `config_json`.
    pub id: Digest,
    pub config: ImageConfig,
    /// The exact config bytes the ID is computed over.
    pub config_json: Arc<str>,
    /// The layers, bottom first (their blobs are in the blob store).
    pub layers: Vec<Layer>,
}

impl Image {
    /// The size `docker images` shows: the sum of the layers' content sizes (declared
    /// sizes included).
    pub fn size(&self) -> u64 {
        self.layers.iter().map(|l| l.size).sum()
    }

    /// The history entries, oldest first, each with the layer it made (`None` for an
    /// `empty_layer` step), as `docker history` pairs them (it prints them newest first).
    pub fn history(&self) -> Vec<(&History, Option<&Layer>)> {
        let mut layers = self.layers.iter();
        self.config
            .history
            .iter()
            .map(|h| (h, if h.empty_layer { None } else { layers.next() }))
            .collect()
    }
}

/// The chain IDs of a stack of layers (bottom first): the first is its diff ID, each next one
/// the sha256 of `"<previous chain ID> <diff ID>"`. Docker names unpacked layers by these
/// (`docker rmi` prints them as `Deleted: sha256:…`).
pub fn chain_ids(diff_ids: &[Digest]) -> Vec<Digest> {
    let mut out: Vec<Digest> = Vec::with_capacity(diff_ids.len());
    for d in diff_ids {
        let next = match out.last() {
            None => *d,
            Some(prev) => Digest::of(format!("{prev} {d}").as_bytes()),
        };
        out.push(next);
    }
    out
}

/// What a removal did, in the order `docker rmi` reports it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Removal {
    pub untagged: Vec<String>,
    pub deleted: Vec<Digest>,
}

/// Images by ID, tags (`name:tag` strings, normalised by the caller) pointing at them, and the
/// blobs they hold. Each image holds one reference to its config blob and to each layer blob;
/// removing the image gives them back, and [`ImageStore::gc`] frees what nothing holds.
///
/// BuildKit keeps the base images it pulls in its build cache, not in the image list: they are
/// `held` here by reference, used by later builds, and hidden from everything `docker images`,
/// `rmi` and `prune` see until a tag points at them (a `docker pull`).
#[derive(Clone, Debug, Default)]
pub struct ImageStore {
    blobs: BlobStore,
    images: Map<Digest, Image>,
    tags: Map<String, Digest>,
    held: Map<String, Digest>,
}

impl ImageStore {
    pub fn new() -> ImageStore {
        ImageStore::default()
    }

    pub fn blobs(&self) -> &BlobStore {
        &self.blobs
    }

    /// The blob store, for storing layer blobs before [`ImageStore::add`] and for other
    /// holders (the build cache) to retain and release.
    pub fn blobs_mut(&mut self) -> &mut BlobStore {
        &mut self.blobs
    }

    /// Store an image made of `config` and `layers` (whose blobs must already be in the blob
    /// store). Adding an image that is already there changes nothing. Returns the image ID.
    pub fn add(&mut self, config: ImageConfig, layers: Vec<Layer>) -> Result<Digest, StoreError> {
        let json = config.to_json();
        let id = Digest::of(json.as_bytes());
        if self.images.contains_key(&id) {
            return Ok(id);
        }
        if let Some(missing) = layers.iter().find(|l| !self.blobs.contains(&l.digest)) {
            return Err(StoreError::UnknownBlob(missing.digest));
        }
        for l in &layers {
            self.blobs.retain(&l.digest)?;
        }
        self.blobs.put(json.clone().into_bytes());
        self.images.insert(
            id,
            Image {
                id,
                config,
                config_json: json.into(),
                layers,
            },
        );
        Ok(id)
    }

    pub fn get(&self, id: &Digest) -> Option<&Image> {
        self.images.get(id)
    }

    /// The images of the image list, by ID: every stored image but the build cache's own.
    pub fn images(&self) -> impl Iterator<Item = &Image> {
        self.images.values().filter(|i| self.listed(&i.id))
    }

    /// Every stored image, the build cache's included.
    pub fn all_images(&self) -> impl Iterator<Item = &Image> {
        self.images.values()
    }

    /// The base images only the build cache holds (hidden from the image list).
    pub fn cache_images(&self) -> impl Iterator<Item = &Image> {
        self.images.values().filter(|i| !self.listed(&i.id))
    }

    /// Whether the image list shows `id`: it has a tag, or the build cache does not hold it.
    fn listed(&self, id: &Digest) -> bool {
        !self.held.values().any(|d| d == id) || self.tags.values().any(|d| d == id)
    }

    /// Keep image `id` in the build cache as the base `reference` (`python:3`).
    pub fn hold(&mut self, reference: &str, id: &Digest) -> Result<(), StoreError> {
        if !self.images.contains_key(id) {
            return Err(StoreError::UnknownBlob(*id));
        }
        self.held.insert(reference.to_string(), *id);
        Ok(())
    }

    /// Let go of every base the build cache holds; those without a tag are deleted. Returns
    /// the deleted image IDs.
    pub fn release_held(&mut self) -> Vec<Digest> {
        let held = std::mem::take(&mut self.held);
        let mut gone = Vec::new();
        for id in held.values() {
            if !self.tags.values().any(|d| d == id) && self.images.contains_key(id) {
                self.delete(id);
                gone.push(*id);
            }
        }
        gone
    }

    /// The base image the build cache holds for `reference`.
    pub fn held(&self, reference: &str) -> Option<Digest> {
        self.held.get(reference).copied()
    }

    /// All tags and the image each points at, sorted by tag.
    pub fn tags(&self) -> impl Iterator<Item = (&str, &Digest)> {
        self.tags.iter().map(|(t, d)| (t.as_str(), d))
    }

    /// The tags of one image, sorted.
    pub fn tags_of(&self, id: &Digest) -> Vec<&str> {
        self.tags
            .iter()
            .filter(|(_, d)| *d == id)
            .map(|(t, _)| t.as_str())
            .collect()
    }

    /// Images without any tag (`<none>:<none>` in `docker images`).
    pub fn dangling(&self) -> Vec<Digest> {
        self.images
            .keys()
            .filter(|id| !self.tags.values().any(|d| d == *id) && self.listed(id))
            .copied()
            .collect()
    }

    /// Find an image by tag, full ID (`sha256:…`), or an unambiguous ID prefix.
    pub fn resolve(&self, name_or_id: &str) -> Option<Digest> {
        if let Some(d) = self.tags.get(name_or_id) {
            return Some(*d);
        }
        let hex = name_or_id.strip_prefix("sha256:").unwrap_or(name_or_id);
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut found = self
            .images
            .keys()
            .filter(|d| d.matches_prefix(hex) && self.listed(d));
        match (found.next(), found.next()) {
            (Some(d), None) => Some(*d),
            _ => None,
        }
    }

    /// Point `tag` at an image. The image the tag pointed at before keeps its other tags or
    /// becomes dangling. Returns that previous image, if any.
    pub fn tag(&mut self, tag: &str, id: &Digest) -> Result<Option<Digest>, StoreError> {
        if !self.images.contains_key(id) {
            return Err(StoreError::UnknownBlob(*id));
        }
        Ok(self
            .tags
            .insert(tag.to_string(), *id)
            .filter(|old| old != id))
    }

    /// Remove a tag; when it was the image's last tag, the image is deleted too (as
    /// `docker rmi name:tag` does). `None` when there is no such tag.
    pub fn untag(&mut self, tag: &str) -> Option<Removal> {
        let id = self.tags.remove(tag)?;
        let mut removal = Removal {
            untagged: vec![tag.to_string()],
            deleted: Vec::new(),
        };
        if !self.tags.values().any(|d| *d == id) {
            self.delete(&id);
            removal.deleted.push(id);
        }
        Some(removal)
    }

    /// Remove a tag and nothing else: the image stays, dangling if that was its last tag.
    /// Returns the image it pointed at.
    pub fn remove_tag(&mut self, tag: &str) -> Option<Digest> {
        self.tags.remove(tag)
    }

    /// Delete an image and every tag pointing at it (`docker rmi -f <id>`).
    pub fn remove(&mut self, id: &Digest) -> Result<Removal, StoreError> {
        if !self.images.contains_key(id) {
            return Err(StoreError::UnknownBlob(*id));
        }
        let untagged: Vec<String> = self.tags_of(id).into_iter().map(String::from).collect();
        for t in &untagged {
            self.tags.remove(t);
        }
        self.delete(id);
        Ok(Removal {
            untagged,
            deleted: vec![*id],
        })
    }

    /// Delete every dangling image (`docker image prune`). Returns their IDs.
    pub fn prune(&mut self) -> Vec<Digest> {
        let gone = self.dangling();
        for id in &gone {
            self.delete(id);
        }
        gone
    }

    /// Delete an image from the list. The build cache keeps its own copy of a base it holds.
    fn delete(&mut self, id: &Digest) {
        if self.held.values().any(|d| d == id) {
            return;
        }
        if let Some(img) = self.images.remove(id) {
            for l in &img.layers {
                let _ = self.blobs.release(&l.digest);
            }
            let _ = self.blobs.release(&Digest::of(img.config_json.as_bytes()));
        }
    }

    /// Free the blobs nothing holds.
    pub fn gc(&mut self) -> GcReport {
        self.blobs.gc()
    }
}
