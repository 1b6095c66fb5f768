//! The hub's mutable side: the repositories the learner pushed (tags → manifests, configs and
//! layer blobs) and who is logged in. The catalog in `hub` is the hub's fixed side; a pull looks
//! here first, `docker search` lists both.
//!
//! Blobs are shared with the image store by digest (`Arc` bytes), so a pushed image costs no
//! copy, and pulling it back after `docker rmi` gives the same image ID and layers.

use crate::map::{Map, Set};
use std::sync::Arc;

use crate::store::{Digest, ImageConfig};
use crate::vfs::FsLayer;

/// The address `docker login` and `docker logout` use for Docker Hub.
pub const INDEX_SERVER: &str = "https://index.docker.io/v1/";

/// Layers with their gzip blobs, bottom first, as a pull installs them.
pub type LayerBlobs = Vec<(Arc<FsLayer>, Arc<[u8]>)>;

/// One pushed layer: its unpacked entries and its gzip blob.
#[derive(Clone, Debug)]
pub struct Blob {
    pub layer: Arc<FsLayer>,
    pub bytes: Arc<[u8]>,
}

/// One pushed image manifest.
#[derive(Clone, Debug)]
pub struct Pushed {
    /// The config, whose JSON is the image ID's preimage.
    pub config: ImageConfig,
    /// The manifest bytes (Docker schema 2).
    pub manifest: String,
    /// The layer blob digests, bottom first.
    pub layers: Vec<Digest>,
}

impl Pushed {
    /// The manifest digest (`latest: digest: sha256:…`).
    pub fn digest(&self) -> Digest {
        Digest::of(self.manifest.as_bytes())
    }
}

/// A repository someone pushed to (`learner/catnip`).
#[derive(Clone, Debug, Default)]
pub struct Repository {
    /// Tags and the manifest digest each names.
    pub tags: Map<String, Digest>,
    /// Manifests by digest.
    pub manifests: Map<Digest, Pushed>,
    /// Layer blobs the repository holds.
    pub blobs: Set<Digest>,
}

/// The hub's state that pushes and logins change.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    /// Pushed repositories by path (`learner/catnip`).
    repos: Map<String, Repository>,
    /// Layer blobs by digest.
    blobs: Map<Digest, Blob>,
    /// Digest references the daemon recorded on pulls and pushes (`ubuntu@sha256:…`), by image
    /// ID: what `docker images --digests` and `RepoDigests` show.
    digests: Map<Digest, Set<String>>,
    /// The Docker ID the hub last signed in (for the page to show). The client's credentials
    /// themselves live in `~/.docker/config.json`, which is what a push sends.
    pub login: Option<String>,
}

impl Registry {
    pub fn new() -> Registry {
        Registry::default()
    }

    /// The pushed repository at `path` (`learner/catnip`).
    pub fn repo(&self, path: &str) -> Option<&Repository> {
        self.repos.get(path)
    }

    /// Every pushed repository, by path.
    pub fn repos(&self) -> impl Iterator<Item = (&str, &Repository)> {
        self.repos.iter().map(|(p, r)| (p.as_str(), r))
    }

    /// The manifest `path:tag` names.
    pub fn manifest(&self, path: &str, tag: &str) -> Option<&Pushed> {
        let r = self.repos.get(path)?;
        r.manifests.get(r.tags.get(tag)?)
    }

    /// The manifest with this digest in `path`.
    pub fn manifest_by_digest(&self, path: &str, digest: &Digest) -> Option<&Pushed> {
        self.repos.get(path)?.manifests.get(digest)
    }

    /// A stored layer blob.
    pub fn blob(&self, digest: &Digest) -> Option<&Blob> {
        self.blobs.get(digest)
    }

    /// The layers of a manifest with their blobs, bottom first (`None` if one is missing).
    pub fn layers_of(&self, pushed: &Pushed) -> Option<LayerBlobs> {
        pushed
            .layers
            .iter()
            .map(|d| {
                self.blobs
                    .get(d)
                    .map(|b| (b.layer.clone(), b.bytes.clone()))
            })
            .collect()
    }

    /// Whether the repository at `path` holds the blob.
    pub fn has_blob(&self, path: &str, digest: &Digest) -> bool {
        self.repos
            .get(path)
            .is_some_and(|r| r.blobs.contains(digest))
    }

    /// Another pushed repository in `namespace` holding the blob (for `Mounted from …`).
    pub fn mount_source(&self, namespace: &str, except: &str, digest: &Digest) -> Option<&str> {
        self.repos
            .iter()
            .filter(|(p, _)| p.as_str() != except)
            .filter(|(p, _)| p.split('/').next() == Some(namespace))
            .find(|(_, r)| r.blobs.contains(digest))
            .map(|(p, _)| p.as_str())
    }

    /// Record that image `id` is `name@digest` (`ubuntu@sha256:…`) on the hub.
    pub fn record_digest(&mut self, id: Digest, name: &str, manifest: &Digest) {
        self.digests
            .entry(id)
            .or_default()
            .insert(format!("{name}@{manifest}"));
    }

    /// Forget the digest reference `reference` (`ubuntu@sha256:…`) of image `id`: its last
    /// tag in that repository went.
    pub fn forget_digest(&mut self, id: &Digest, reference: &str) {
        if let Some(set) = self.digests.get_mut(id) {
            set.remove(reference);
            if set.is_empty() {
                self.digests.remove(id);
            }
        }
    }

    /// The digest references recorded for image `id`, sorted.
    pub fn repo_digests(&self, id: &Digest) -> Vec<String> {
        self.digests
            .get(id)
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Upload a blob into the repository at `path`.
    pub fn put_blob(&mut self, path: &str, blob: Blob) {
        let d = blob.layer.layer.digest;
        self.blobs.entry(d).or_insert(blob);
        self.repos
            .entry(path.to_string())
            .or_default()
            .blobs
            .insert(d);
    }

    /// Store a manifest and point `tag` at it. Returns its digest.
    pub fn put_manifest(&mut self, path: &str, tag: &str, pushed: Pushed) -> Digest {
        let d = pushed.digest();
        let r = self.repos.entry(path.to_string()).or_default();
        r.manifests.insert(d, pushed);
        r.tags.insert(tag.to_string(), d);
        d
    }
}
