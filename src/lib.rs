//! layerlab: a small, deterministic simulated computer for learning Docker images.
//!
//! The core (everything but `ui`) is plain Rust with no I/O, no real clock and no
//! real randomness, so it builds and tests natively. `ui` is the Yew front end and
//! exists only on wasm32. See DESIGN.md in the shared folder for the module map.

pub mod cli;
pub mod diag;
pub mod dockerfile;
pub mod engine;
pub mod internet;
pub mod lint;
pub mod map;
pub mod programs;
pub mod runtime;
pub mod session;
pub mod sh;
pub mod sort;
pub mod store;
pub mod text;
pub mod vfs;
pub mod workspace;
pub mod world;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The product name, as shown in the header and by `layerlab --version`.
pub const NAME: &str = "layerlab";

/// The crate version, from Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
