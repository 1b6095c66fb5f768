//! The build cache: entries keyed by the parent's key and the step's fingerprint (instruction
//! text, build args in scope, checksums of copied files), and the explanation of every hit
//! and miss as data.
//!
//! The key of a step is the sha256 of its parent's key and its fingerprint, so a miss gives
//! every later step a new parent and they miss too, while undoing an edit finds the old
//! entries again. The legacy builder and BuildKit keep separate caches (their roots differ),
//! as they do in Docker; for the tutorial cases their decisions are the same. One modelled
//! difference: BuildKit never caches metadata-only steps (they are not steps there), the
//! legacy builder prints ` ---> Using cache` for them.

use crate::map::Map;
use std::fmt;
use std::sync::Arc;

use crate::store::{BlobStore, ContainerConfig, Digest, History};
use crate::vfs::{Fs, FsLayer};

/// What a step's cache key is made of, kept so a later miss can say what changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fingerprint {
    /// The instruction as the cache sees it (after expansion where the builder expands).
    pub text: String,
    /// Build args in scope that RUN sees (name, value).
    pub args: Vec<(String, String)>,
    /// Files a COPY/ADD took, by source path: checksum of content and metadata (not mtime).
    pub files: Vec<(String, Digest)>,
    /// Flag values that change the result (resolved `--chown`, `--chmod`, destination).
    pub extra: String,
    /// The instruction as written, before expansion (not part of the key).
    pub source: String,
    /// The build args in scope (not part of the key: they matter through `text` or `args`).
    pub vars: Vec<(String, String)>,
}

impl Fingerprint {
    /// The key of this fingerprint under `parent`.
    pub fn key(&self, parent: &Digest) -> Digest {
        let mut s = format!("{parent}\n{}\n{}\n", self.text, self.extra);
        for (k, v) in &self.args {
            s.push_str(&format!("arg {k}={v}\n"));
        }
        for (p, d) in &self.files {
            s.push_str(&format!("file {p} {d}\n"));
        }
        Digest::of(s.as_bytes())
    }
}

/// Why a step was rebuilt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Miss {
    /// `--no-cache`.
    NoCache,
    /// Nothing was ever built on this parent.
    NotBuiltBefore,
    /// The step before was rebuilt, so this one has a new parent.
    ParentChanged,
    /// The instruction text differs from the one built before on this parent.
    InstructionChanged { before: String, after: String },
    /// A build arg RUN sees has another value (`None`: unset).
    BuildArgChanged {
        name: String,
        before: Option<String>,
        after: Option<String>,
    },
    /// A copied file's content or metadata changed.
    FileChanged {
        path: String,
        before: Digest,
        after: Digest,
    },
    /// A copied file is new.
    FileAdded { path: String },
    /// A file copied before is gone.
    FileRemoved { path: String },
}

/// The cache decision for one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Explanation {
    /// The base image of a stage: pulled now, or already local.
    Base { reference: String, pulled: bool },
    /// The step's result was reused: made by build number `build`.
    Hit { build: u32 },
    /// The step ran.
    Miss(Miss),
}

fn short(d: &Digest) -> String {
    format!("{}…", &d.hex()[..8])
}

impl fmt::Display for Miss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Miss::NoCache => f.write_str("--no-cache was given"),
            Miss::NotBuiltBefore => f.write_str("never built on this parent before"),
            Miss::ParentChanged => f.write_str("the step before it was rebuilt"),
            Miss::InstructionChanged { before, after } => {
                write!(f, "instruction changed: {before:?} → {after:?}")
            }
            Miss::BuildArgChanged {
                name,
                before,
                after,
            } => {
                let show = |v: &Option<String>| match v {
                    Some(v) => format!("{v:?}"),
                    None => "unset".to_string(),
                };
                write!(
                    f,
                    "build arg {name} changed: {} → {}",
                    show(before),
                    show(after)
                )
            }
            Miss::FileChanged {
                path,
                before,
                after,
            } => write!(
                f,
                "{path} changed: sha256 {} → {}",
                short(before),
                short(after)
            ),
            Miss::FileAdded { path } => write!(f, "{path} is new"),
            Miss::FileRemoved { path } => write!(f, "{path} was removed"),
        }
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Explanation::Base { reference, pulled } => {
                if *pulled {
                    write!(f, "base image {reference}, pulled")
                } else {
                    write!(f, "base image {reference}, already local")
                }
            }
            Explanation::Hit { build } => write!(f, "cached: layer made by build {build}"),
            Explanation::Miss(m) => write!(f, "rebuilt: {m}"),
        }
    }
}

/// The result of a step, as the cache keeps it.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The build (counted from 1 per engine) that made it.
    pub build: u32,
    /// The last build that used it.
    pub last_used: u32,
    pub parent: Digest,
    pub fingerprint: Fingerprint,
    /// The filesystem after the step.
    pub fs: Fs,
    /// The layer the step made, if any.
    pub layer: Option<Arc<FsLayer>>,
    /// The runtime config after the step (the history is kept as one entry per step, so
    /// an entry's size does not grow with the number of steps before it).
    pub container: ContainerConfig,
    /// The image author after the step (MAINTAINER).
    pub author: String,
    /// The history entry the step added.
    pub history: History,
}

/// The cache: entries by key, and the keys built on each parent. The entries are boxed: the map
/// keeps its entries in one sorted vector, and an insert moves the ones after it.
#[derive(Clone, Debug, Default)]
pub struct Cache {
    entries: Map<Digest, Box<Entry>>,
    children: Map<Digest, Vec<Digest>>,
}

impl Cache {
    /// Look a step up; a hit is marked as used by `build`.
    pub fn lookup(&mut self, key: &Digest, build: u32) -> Option<Entry> {
        let e = self.entries.get_mut(key)?;
        e.last_used = build;
        Some(Entry::clone(e))
    }

    /// Why `fp` missed under `parent`: compared with the most recent entry built there.
    pub fn explain_miss(&self, parent: &Digest, fp: &Fingerprint, parent_missed: bool) -> Miss {
        let kids = self.children.get(parent).map(Vec::as_slice).unwrap_or(&[]);
        let mut entries: Vec<&Entry> = kids
            .iter()
            .filter_map(|k| self.entries.get(k).map(|e| &**e))
            .collect();
        if entries.is_empty() {
            return if parent_missed {
                Miss::ParentChanged
            } else {
                Miss::NotBuiltBefore
            };
        }
        crate::sort::sort_by_key(&mut entries, |e| std::cmp::Reverse(e.build));
        if let Some(same) = entries.iter().find(|e| e.fingerprint.text == fp.text) {
            let old = &same.fingerprint;
            for (k, v) in &fp.args {
                let before = old
                    .args
                    .iter()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| v.clone());
                if before.as_deref() != Some(v.as_str()) {
                    return Miss::BuildArgChanged {
                        name: k.clone(),
                        before,
                        after: Some(v.clone()),
                    };
                }
            }
            for (k, v) in &old.args {
                if !fp.args.iter().any(|(n, _)| n == k) {
                    return Miss::BuildArgChanged {
                        name: k.clone(),
                        before: Some(v.clone()),
                        after: None,
                    };
                }
            }
            for (p, d) in &fp.files {
                match old.files.iter().find(|(q, _)| q == p) {
                    Some((_, od)) if od != d => {
                        return Miss::FileChanged {
                            path: p.clone(),
                            before: *od,
                            after: *d,
                        }
                    }
                    None => return Miss::FileAdded { path: p.clone() },
                    _ => {}
                }
            }
            for (p, _) in &old.files {
                if !fp.files.iter().any(|(q, _)| q == p) {
                    return Miss::FileRemoved { path: p.clone() };
                }
            }
        }
        // Same instruction as written, different after expansion: a build arg did it.
        if let Some(same) = entries.iter().find(|e| e.fingerprint.source == fp.source) {
            for (k, v) in &fp.vars {
                let before = same
                    .fingerprint
                    .vars
                    .iter()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| v.clone());
                if before.as_deref() != Some(v.as_str()) {
                    return Miss::BuildArgChanged {
                        name: k.clone(),
                        before,
                        after: Some(v.clone()),
                    };
                }
            }
        }
        Miss::InstructionChanged {
            before: entries[0].fingerprint.text.clone(),
            after: fp.text.clone(),
        }
    }

    /// Keep a step's result. The cache holds one reference to the layer's blob.
    pub fn insert(&mut self, key: Digest, entry: Entry, blobs: &mut BlobStore) {
        if self.entries.contains_key(&key) {
            return;
        }
        if let Some(l) = &entry.layer {
            let _ = blobs.retain(&l.layer.digest);
        }
        self.children.entry(entry.parent).or_default().push(key);
        self.entries.insert(key, Box::new(entry));
    }

    /// Drop entries not used since build `before` (and give back their blob references).
    pub fn evict_older(&mut self, before: u32, blobs: &mut BlobStore) -> usize {
        self.remove_where(|e| e.last_used < before, blobs).len()
    }

    /// Drop the entries `drop` picks, giving back their blob references. Returns their keys
    /// and the layers they made.
    pub fn remove_where(
        &mut self,
        mut drop: impl FnMut(&Entry) -> bool,
        blobs: &mut BlobStore,
    ) -> Vec<(Digest, Option<crate::store::Layer>)> {
        let gone: Vec<Digest> = self
            .entries
            .iter()
            .filter(|(_, e)| drop(e))
            .map(|(k, _)| *k)
            .collect();
        let mut out = Vec::new();
        for k in &gone {
            if let Some(e) = self.entries.remove(k) {
                out.push((*k, e.layer.as_ref().map(|l| l.layer)));
                if let Some(l) = &e.layer {
                    let _ = blobs.release(&l.layer.digest);
                }
                if let Some(v) = self.children.get_mut(&e.parent) {
                    v.retain(|c| c != k);
                    if v.is_empty() {
                        self.children.remove(&e.parent);
                    }
                }
            }
        }
        out
    }

    /// Drop everything (`docker builder prune -a`).
    pub fn clear(&mut self, blobs: &mut BlobStore) -> usize {
        self.evict_older(u32::MAX, blobs)
    }

    /// How many entries there are.
    /// The layers the cache entries made (for `docker system df`).
    pub fn layers(&self) -> impl Iterator<Item = &crate::store::Layer> {
        self.entries
            .values()
            .filter_map(|e| e.layer.as_ref().map(|l| &l.layer))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
