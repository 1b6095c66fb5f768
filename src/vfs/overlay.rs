//! Overlays: a stack of read-only layers with a writable top, as a container or a build step
//! sees its filesystem; committing the top turns it into a new layer.

use std::sync::Arc;

use super::diff::{diff, layer_entries, Change};
use super::fs::Fs;
use crate::store::{self, Entry, Layer, Packed, StoreError};

/// One read-only layer: its entries (sharing file contents with the trees) and its identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FsLayer {
    pub entries: Arc<[Entry]>,
    pub layer: Layer,
}

impl FsLayer {
    /// Pack entries into a layer (computing its digests).
    pub fn pack(entries: Vec<Entry>) -> Result<(FsLayer, Packed), StoreError> {
        let packed = store::pack(&entries)?;
        let layer = FsLayer {
            entries: entries.into(),
            layer: packed.layer,
        };
        Ok((layer, packed))
    }

    /// Read a layer from a tar or gzipped tar.
    pub fn from_tar(bytes: &[u8]) -> Result<(FsLayer, Packed), StoreError> {
        let mut entries = store::read_layer(bytes)?;
        store::sort_entries(&mut entries);
        FsLayer::pack(entries)
    }
}

/// A stack of read-only layers (bottom first) plus a writable top.
///
/// Reads and writes go to [`Overlay::fs`] / [`Overlay::fs_mut`], the merged view. The layers
/// below never change: [`Overlay::changes`] lists what the top changed (`docker diff`),
/// [`Overlay::commit`] turns the top into a new layer (a build step, `docker commit`) and
/// [`Overlay::discard`] throws it away. Cloning is cheap (shared layers and trees), which is
/// what the build cache and `docker run` of one image many times need.
#[derive(Clone, Debug, Default)]
pub struct Overlay {
    layers: Vec<Arc<FsLayer>>,
    lower: Fs,
    upper: Fs,
}

impl Overlay {
    /// An overlay with no layers and an empty writable top.
    pub fn new() -> Overlay {
        Overlay::default()
    }

    /// An overlay over these layers (bottom first).
    pub fn from_layers(layers: Vec<Arc<FsLayer>>) -> Result<Overlay, StoreError> {
        let mut lower = Fs::new();
        for l in &layers {
            lower.apply_entries(&l.entries)?;
        }
        Ok(Overlay {
            layers,
            upper: lower.clone(),
            lower,
        })
    }

    /// The read-only layers, bottom first.
    pub fn layers(&self) -> &[Arc<FsLayer>] {
        &self.layers
    }

    /// The merged view: the layers with the writable top's changes.
    pub fn fs(&self) -> &Fs {
        &self.upper
    }

    /// The merged view, for changing (changes land in the writable top).
    pub fn fs_mut(&mut self) -> &mut Fs {
        &mut self.upper
    }

    /// The layers without the writable top.
    pub fn lower(&self) -> &Fs {
        &self.lower
    }

    /// What the writable top changed, as `docker diff` lists it.
    pub fn changes(&self) -> Vec<Change> {
        diff(&self.lower, &self.upper)
    }

    /// Whether the writable top changed anything.
    pub fn is_dirty(&self) -> bool {
        !self.upper.same_tree(&self.lower) && !self.changes().is_empty()
    }

    /// The writable top as layer entries (without packing).
    pub fn top_entries(&self) -> Vec<Entry> {
        layer_entries(&self.lower, &self.upper)
    }

    /// Turn the writable top into a new read-only layer (possibly empty, as a `RUN` that
    /// changes nothing still makes a layer) and start a fresh top. Returns the layer and its
    /// packed tar and blob, for the blob store.
    pub fn commit(&mut self) -> Result<(Arc<FsLayer>, Packed), StoreError> {
        let (layer, packed) = FsLayer::pack(self.top_entries())?;
        let layer = Arc::new(layer);
        self.layers.push(layer.clone());
        self.lower = self.upper.clone();
        Ok((layer, packed))
    }

    /// Put a layer on top (a pulled image's next layer). The writable top must be clean;
    /// otherwise its changes are kept on top of the new layer as far as they still apply.
    pub fn push_layer(&mut self, layer: Arc<FsLayer>) -> Result<(), StoreError> {
        let top = self.top_entries();
        let mut lower = self.lower.clone();
        lower.apply_entries(&layer.entries)?;
        let mut upper = lower.clone();
        upper.apply_entries(&top)?;
        let (now, cred) = (self.upper.now(), self.upper.cred());
        upper.set_now(now);
        upper.set_cred(cred);
        self.lower = lower;
        self.upper = upper;
        self.layers.push(layer);
        Ok(())
    }

    /// Throw away the writable top's changes.
    pub fn discard(&mut self) {
        let (now, cred) = (self.upper.now(), self.upper.cred());
        self.upper = self.lower.clone();
        self.upper.set_now(now);
        self.upper.set_cred(cred);
    }

    /// Which layer last set `path` (absolute), counting from 0 at the bottom; `None` when the
    /// path is not in any layer (absent, or only in the writable top). For the layers pane.
    pub fn origin(&self, path: &str) -> Option<usize> {
        let rel = path.trim_start_matches('/').trim_end_matches('/');
        self.upper.lstat(path).ok()?;
        for (i, l) in self.layers.iter().enumerate().rev() {
            if l.entries.iter().any(|e| e.path == rel) {
                return Some(i);
            }
        }
        None
    }

    /// The diff IDs of the layers, bottom first (the image config's `rootfs.diff_ids`).
    pub fn diff_ids(&self) -> Vec<store::Digest> {
        self.layers.iter().map(|l| l.layer.diff_id).collect()
    }
}
