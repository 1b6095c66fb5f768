//! The in-memory filesystem: files, directories and symlinks with metadata, overlays of layers,
//! whiteouts, diffs, and snapshots that turn into layer tars.
//!
//! [`Fs`] is one filesystem state: a persistent tree of [`Node`]s, so `clone()` is O(1) and a
//! change copies only the directories on its path. Paths may be absolute or relative to
//! [`Fs::cwd`]; symlinks are resolved physically (at most [`MAX_SYMLINKS`] per lookup), `..`
//! included. Every failure is an [`FsError`] carrying an [`Errno`], whose
//! [`message`](Errno::message) is the C library's wording (`No such file or directory`).
//! Times come from the simulated clock ([`Fs::set_now`]), never the real one; permission checks
//! use the caller's [`Cred`] (root passes them all).
//!
//! Files hold a [`Content`]: real bytes, or a declared size with a short synthetic body
//! (simulated package contents; see the `store` module docs for how a tar carries them).
//!
//! [`diff`] lists what changed between two states (`docker diff`); [`layer_entries`] and
//! [`snapshot`] turn the change into a layer (whiteouts for deletions, opaque markers for
//! emptied directories) and [`Fs::apply_entries`] / [`Fs::apply_layer`] put a layer back on a
//! state. [`Overlay`] is a stack of read-only layers with a writable top, committed step by
//! step in a build.

mod children;
mod diff;
mod error;
mod fs;
mod node;
mod overlay;
pub mod path;

pub use children::ChunkMap;
pub use diff::{diff, full_entries, layer_entries, snapshot, Change, ChangeKind};
pub use error::{Errno, FsError};
pub use fs::{Cred, DirEntry, Fs, MAX_NAME, MAX_PATH, MAX_SYMLINKS};
pub use node::{Children, Content, Kind, Meta, Node, NodeKind, Stat};
pub use overlay::{FsLayer, Overlay};
