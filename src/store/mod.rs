//! Content-addressed storage: sha256 digests, deterministic tar layers, gzip blobs, OCI config and
//! manifest JSON, and a blob store with reference counting and garbage collection.
//!
//! [`BlobStore`] holds blobs by digest with reference counts; [`ImageStore`] keeps images
//! (config bytes and layers) and tags on top of it, holding exactly one reference per image to
//! each blob it uses, so untagging, removing and pruning images followed by [`ImageStore::gc`]
//! frees everything no image (or other holder, such as the build cache) still uses.
//!
//! # Determinism
//!
//! The same entries always give the same bytes, natively and in WebAssembly: entries are
//! written in walk order (a depth-first walk with each directory's names sorted bytewise),
//! as ustar headers with empty user and group names and the entry's own mode, owner and
//! mtime (0 unless the caller set one from the simulated clock). Long names use PAX `path`
//! records. The gzip header has no mtime and no file name, and the level is fixed (1). So, as in Docker, a layer's
//! diff ID (sha256 of the tar) differs from its blob digest (sha256 of the gzip), and an
//! image ID is the sha256 of the config JSON, which is encoded the way Go encodes it.
//!
//! # Declared-size files in a tar
//!
//! A simulated file ([`Content::Declared`]: an installed package's library, a base image's
//! binary) has a declared size but only a short synthetic body. Its tar entry carries the
//! synthetic body, so the tar's size field tells the truth about the bytes that are really
//! there, and a PAX extended header record `LAYERLAB.declared_size=<n>` in front of it records
//! the declared size. Reading the tar back restores the declared size; any other tar reader
//! sees an ordinary small file and ignores the vendor record. A layer's [`Layer::size`] (what
//! `docker history` and `docker images` add up) uses the declared sizes, while
//! [`Layer::tar_size`] and [`Layer::blob_size`] are the real byte counts the digests cover.
//!
//! # Whiteouts
//!
//! A deleted path is a [`EntryKind::Whiteout`], written as an empty file `.wh.<name>` beside
//! where the path was; a directory whose lower contents are all hidden is an
//! [`EntryKind::Opaque`] entry, written as `<dir>/.wh..wh..opq`. Both follow the OCI layer
//! rules, and reading a tar turns them back into these kinds.

mod blobs;
mod chunked;
mod digest;
mod images;
mod layer;
mod oci;

use std::fmt;

pub use blobs::{BlobStore, GcReport, Stats};
pub use chunked::{ChunkList, ChunkMap, EnvList};
pub use digest::{Digest, DigestError, Hasher};
pub use images::{chain_ids, Image, ImageStore, Removal};
pub use layer::{
    build_tar, gunzip, gunzip_limited, gzip, is_gzip, pack, read_layer, read_tar, sort_entries,
    walk_order, Content, Entry, EntryKind, Layer, Packed, DECLARED_SIZE_KEY, MAX_UNPACKED,
    OPAQUE_MARKER, WHITEOUT_PREFIX,
};
pub use oci::{
    format_time, go_json, ContainerConfig, Descriptor, Empty, Healthcheck, History, ImageConfig,
    Manifest, ManifestFormat, RootFs, MEDIA_CONFIG_DOCKER, MEDIA_CONFIG_OCI, MEDIA_LAYER_DOCKER,
    MEDIA_LAYER_OCI, MEDIA_MANIFEST_DOCKER, MEDIA_MANIFEST_OCI,
};

/// Why a store operation failed. The messages follow what Docker prints for the same problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The bytes are not a valid tar archive.
    Tar(String),
    /// The bytes are not a valid gzip stream.
    Gzip(String),
    /// Unpacking would exceed this many bytes.
    TooLarge(u64),
    /// A tar path is absolute after cleaning, climbs out with `..`, or is empty.
    UnsafePath(String),
    /// Two entries of one layer have the same path.
    DuplicatePath(String),
    /// Bad JSON in a config or manifest.
    Json(String),
    Digest(DigestError),
    /// Content did not hash to the digest it was announced with.
    DigestMismatch {
        expected: Digest,
        actual: Digest,
    },
    UnknownBlob(Digest),
    /// A release without a matching retain.
    NotReferenced(Digest),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Tar(m) | StoreError::Gzip(m) => f.write_str(m),
            StoreError::TooLarge(n) => {
                write!(f, "archive is too large: unpacks to more than {n} bytes")
            }
            StoreError::UnsafePath(p) => write!(f, "invalid path in archive: {p:?}"),
            StoreError::DuplicatePath(p) => write!(f, "duplicate path in layer: {p}"),
            StoreError::Json(m) => write!(f, "invalid JSON: {m}"),
            StoreError::Digest(e) => e.fmt(f),
            StoreError::DigestMismatch { expected, actual } => write!(
                f,
                "digest mismatch: expected {expected}, content hashes to {actual}"
            ),
            StoreError::UnknownBlob(d) => write!(f, "blob unknown to store: {d}"),
            StoreError::NotReferenced(d) => write!(f, "blob has no references to release: {d}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<DigestError> for StoreError {
    fn from(e: DigestError) -> StoreError {
        StoreError::Digest(e)
    }
}
