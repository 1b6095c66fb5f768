//! The build engine: `docker build` over the simulated computer, with Docker's cache rules,
//! a cache explanation for every step, multi-stage builds, ONBUILD, and both output styles.
//!
//! [`Engine`] is the daemon side of a build: the image store, the build cache, the
//! simulated clock and random numbers. [`Engine::build`] takes a [`BuildRequest`] (the
//! context directory in a host [`Fs`], `-f`, `-t`, `--build-arg`, `--target`,
//! `--no-cache`, `--pull`, and which builder) and returns a [`BuildOutcome`]: the
//! [`Event`]s, the transcript rendered in the requested [`Progress`] style, each step's
//! [`Explanation`], and the result.
//!
//! # What is modelled, and where the two builders differ
//!
//! - Cache keys: parent key + instruction (expanded where the builder expands) + for RUN the
//!   build args it sees + for COPY/ADD a checksum of every source file's content, mode and
//!   owner (not its mtime). Both builders decide the same for the tutorial cases; their
//!   caches are separate, as in Docker.
//! - The legacy builder runs every stage up to the target and prints each instruction as
//!   `Step n/N`, with a container for RUN and metadata steps and an intermediate image after
//!   each; BuildKit runs only the stages the target needs, shows FROM, RUN, COPY, ADD and
//!   WORKDIR as numbered steps and never caches metadata steps on their own.
//! - A step that changes no file adds an `empty_layer` history entry; metadata steps always do.
//! - Image IDs are honest: the sha256 of the config JSON, whose history and times come from
//!   the simulated clock, so a fully cached rebuild gives the same ID.
//! - Not modelled: BuildKit keys a RUN by its own inputs (filesystem, command, env, user), so
//!   changing an earlier LABEL, EXPOSE or CMD does not rebuild it there; here both builders
//!   chain every step to the one before, as the legacy builder does. Here-documents run with
//!   both builders, although they are a BuildKit feature.
//! - The simulated hub holds linux/amd64 images only; `FROM --platform` with another platform
//!   fails as a missing platform would. `ADD` of a git repository is not simulated.
//!
//! Files: `context` collects the context and words its errors; `executor` runs the stages
//! (FROM through the hub, RUN through `sh` and `programs`, COPY/ADD over `vfs`); `cache`
//! keys steps and explains decisions; `events` is the stream; `output` renders the legacy
//! and BuildKit styles.

pub mod cache;
pub mod context;
pub mod events;
mod executor;
pub mod output;

use crate::map::Map;
use std::sync::Arc;

pub use cache::{Cache, Explanation, Fingerprint, Miss};
pub use events::{Event, Failure, StepInfo, StepKind};
pub use output::{human_size, human_size_precision, render};

use crate::internet::{Clock, Rng};
use crate::store::{Digest, ImageConfig, ImageStore};
use crate::vfs::{Fs, FsLayer};

/// Which builder runs the build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builder {
    /// The legacy builder (`DOCKER_BUILDKIT=0`).
    Legacy,
    /// BuildKit, the default.
    BuildKit,
}

/// How the transcript is rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// The legacy builder's `Step 1/6 : …` lines.
    Legacy,
    /// BuildKit's `--progress=plain`.
    Plain,
    /// BuildKit's terminal display, as its last frame (`[+] Building 12.3s (9/9) FINISHED`).
    Tty,
}

/// One `docker build`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildRequest {
    /// The working directory the paths are relative to.
    pub cwd: String,
    /// The context path as given (`.`).
    pub context: String,
    /// `-f`, relative to `cwd`.
    pub file: Option<String>,
    /// `-t` values as given.
    pub tags: Vec<String>,
    /// `--build-arg NAME=value` (a bare `NAME` takes no value here).
    pub build_args: Vec<(String, String)>,
    /// `--target`.
    pub target: Option<String>,
    pub no_cache: bool,
    pub pull: bool,
    pub builder: Builder,
    pub progress: Progress,
}

impl BuildRequest {
    /// `docker build -t TAG .` style defaults: BuildKit, plain progress.
    pub fn new(cwd: &str, context: &str) -> BuildRequest {
        BuildRequest {
            cwd: cwd.to_string(),
            context: context.to_string(),
            file: None,
            tags: Vec::new(),
            build_args: Vec::new(),
            target: None,
            no_cache: false,
            pull: false,
            builder: Builder::BuildKit,
            progress: Progress::Plain,
        }
    }
}

/// One step's cache decision, for the UI and the tutorial.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepReport {
    pub info: StepInfo,
    pub explanation: Explanation,
}

/// A finished image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Built {
    pub id: Digest,
    /// Familiar names it was tagged with (`catnip:latest`).
    pub tags: Vec<String>,
    /// Images that lost their last tag to this build and are now dangling.
    pub dangling: Vec<Digest>,
}

/// What a build produced.
#[derive(Clone, Debug)]
pub struct BuildOutcome {
    pub events: Vec<Event>,
    /// The events rendered in the requested style.
    pub transcript: String,
    /// The steps that ran or were cached, with their explanations.
    pub steps: Vec<StepReport>,
    /// The image, or the failure.
    pub result: Result<Built, Failure>,
}

impl BuildOutcome {
    /// The exit status `docker build` has.
    pub fn status(&self) -> i32 {
        if self.result.is_ok() {
            0
        } else {
            1
        }
    }
}

/// How many builds a cache entry survives unused before it is collected.
pub const CACHE_KEEP_BUILDS: u32 = 64;

/// What a build-cache prune removed: the records' IDs and the bytes it gave back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CachePrune {
    pub records: Vec<String>,
    pub reclaimed: u64,
}

/// A build-cache record's ID as BuildKit shows it (25 characters of `[a-z0-9]`), derived from
/// the record's digest.
fn record_id(d: &Digest) -> String {
    let hex = d.hex();
    let mut n = u128::from_str_radix(&hex[..32], 16).unwrap_or(0);
    let mut out = Vec::with_capacity(25);
    for _ in 0..25 {
        out.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The daemon side of builds: images, cache, clock and random numbers.
#[derive(Clone, Debug)]
pub struct Engine {
    pub store: ImageStore,
    pub cache: Cache,
    pub clock: Clock,
    pub rng: Rng,
    /// Builds run so far.
    pub builds: u32,
    /// Unpacked layers by diff ID (the store keeps only blobs).
    layers: Map<Digest, Arc<FsLayer>>,
    /// Unpacked filesystems of stored images, by image ID.
    rootfs: Map<Digest, Fs>,
    /// Hub layers already unpacked, by catalog key.
    hub_layers: Map<&'static str, Arc<FsLayer>>,
}

impl Default for Engine {
    fn default() -> Engine {
        Engine::new()
    }
}

impl Engine {
    /// An engine with an empty store, at the world clock's start, with seed 1.
    pub fn new() -> Engine {
        Engine {
            store: ImageStore::new(),
            cache: Cache::default(),
            clock: Clock::new(),
            rng: Rng::new(1),
            builds: 0,
            layers: Map::new(),
            rootfs: Map::new(),
            hub_layers: Map::new(),
        }
    }

    /// Run one build against the host filesystem `host`.
    pub fn build(&mut self, host: &Fs, req: &BuildRequest) -> BuildOutcome {
        self.builds += 1;
        let mut run = executor::Run::new(self, req);
        let result = run.build(host);
        let events = std::mem::take(&mut run.events);
        let steps = std::mem::take(&mut run.reports);
        drop(run);
        self.collect_garbage();
        BuildOutcome {
            transcript: render(&events, req.progress),
            events,
            steps,
            result,
        }
    }

    /// Put a catalog image into the local store as if it had been pulled earlier (also a
    /// retired one such as `python:3-onbuild`). Returns its ID.
    pub fn load_hub_image(&mut self, name: &str, tag: &str) -> Option<Digest> {
        let image = match crate::internet::hub::lookup(name, tag) {
            crate::internet::hub::Lookup::Found(i) | crate::internet::hub::Lookup::Retired(i) => i,
            _ => return None,
        };
        let (id, _) = executor::install_hub_image(self, image).ok()?;
        let familiar = format!("{}:{tag}", crate::internet::hub::short_name(name));
        let _ = self.store.tag(&familiar, &id);
        Some(id)
    }

    /// The unpacked filesystem of a stored image.
    pub fn image_fs(&self, id: &Digest) -> Option<&Fs> {
        self.rootfs.get(id)
    }

    /// Drop cache entries unused for [`CACHE_KEEP_BUILDS`] builds, unpacked data no image
    /// or cache entry needs, and unreferenced blobs.
    pub fn collect_garbage(&mut self) {
        if self.builds > CACHE_KEEP_BUILDS {
            let before = self.builds - CACHE_KEEP_BUILDS;
            self.cache.evict_older(before, self.store.blobs_mut());
        }
        let live: crate::map::Set<Digest> = self.store.all_images().map(|i| i.id).collect();
        self.rootfs.retain(|id, _| live.contains(id));
        let blobs = self.store.blobs();
        self.layers.retain(|_, l| blobs.refs(&l.layer.digest) > 0);
        self.store.gc();
    }

    /// Prune the build cache (`docker builder prune`): the cached steps whose layers no listed
    /// image holds; with `all`, every cached step and the base images BuildKit pulled into it.
    pub fn prune_build_cache(&mut self, all: bool) -> CachePrune {
        // Layers of the image list stay, whatever the cache lets go of.
        let listed: crate::map::Set<Digest> = self
            .store
            .images()
            .flat_map(|i| i.config.rootfs.diff_ids.iter().copied())
            .collect();
        let dangling = |e: &cache::Entry| {
            e.layer
                .as_ref()
                .is_some_and(|l| !listed.contains(&l.layer.diff_id))
        };
        let dropped = self
            .cache
            .remove_where(|e| all || dangling(e), self.store.blobs_mut());
        let mut records = Vec::new();
        let mut freed = Map::new();
        for (key, layer) in dropped {
            records.push(record_id(&key));
            if let Some(l) = layer.filter(|l| !listed.contains(&l.diff_id)) {
                freed.insert(l.diff_id, l.size);
            }
        }
        if all {
            for img in self.store.cache_images() {
                for (d, l) in img.config.rootfs.diff_ids.iter().zip(&img.layers) {
                    records.push(record_id(d));
                    if !listed.contains(d) {
                        freed.insert(*d, l.size);
                    }
                }
            }
            self.store.release_held();
        }
        self.collect_garbage();
        CachePrune {
            records,
            reclaimed: freed.values().sum(),
        }
    }

    /// Pull a catalog image into the store (its layers unpacked, config and history written):
    /// the image ID and, per layer, the blob and the simulated download and extract times.
    /// The caller tags it. Installing an image that is already stored changes nothing.
    pub fn install_hub_image(
        &mut self,
        image: &'static crate::internet::hub::Image,
    ) -> Result<(Digest, Vec<events::PulledLayer>), Failure> {
        executor::install_hub_image(self, image)
    }

    /// The catalog key of a hub layer this engine unpacked, by its blob digest (a pushed layer
    /// that came from Docker Hub is mounted from its repository instead of uploaded).
    pub fn hub_layer_key(&self, blob: &Digest) -> Option<&'static str> {
        self.hub_layers
            .iter()
            .find(|(_, l)| l.layer.digest == *blob)
            .map(|(k, _)| *k)
    }

    /// The unpacked layers of a stored image, bottom first (what a push uploads).
    pub fn image_layers(&self, id: &Digest) -> Option<Vec<Arc<FsLayer>>> {
        let img = self.store.get(id)?;
        img.layers
            .iter()
            .map(|l| self.layers.get(&l.diff_id).cloned())
            .collect()
    }

    /// Store an image from its config and its layers with their blobs (a pull of a pushed
    /// image), assembling its filesystem. Returns its ID, the one it had when it was pushed.
    pub fn install_image(
        &mut self,
        config: ImageConfig,
        layers: &[(Arc<FsLayer>, Arc<[u8]>)],
    ) -> Result<Digest, crate::store::StoreError> {
        for (_, blob) in layers {
            self.store.blobs_mut().insert(blob.clone());
        }
        let id = self
            .store
            .add(config, layers.iter().map(|(l, _)| l.layer).collect())?;
        for (l, _) in layers {
            self.layers.insert(l.layer.diff_id, l.clone());
        }
        if let crate::map::Entry::Vacant(slot) = self.rootfs.entry(id) {
            let mut fs = Fs::new();
            for (l, _) in layers {
                fs.apply_entries(&l.entries)?;
            }
            slot.insert(fs);
        }
        Ok(id)
    }

    /// How many unpacked layers the engine holds (for the memory benchmark).
    pub fn layer_count(&self) -> usize {
        self.layers.len()
    }
}
