//! The simulated internet, all compiled in: the Docker Hub catalog, package indexes and git repositories.
//!
//! Everything here is plain data plus lookup functions: no I/O, no real clock, no real randomness.
//!
//! - [`hub`]: the registry catalog (images, tags, layers, skeleton files, `docker search` rows).
//! - [`apt`], [`apk`], [`pypi`], [`npm`]: package indexes with versions, sizes and dependencies, and
//!   small resolvers that turn an install request into an ordered install plan.
//! - [`git`]: the repositories the tutorials clone.
//! - [`registry`]: the hub's mutable state: pushed repositories and the login.
//! - [`clock`] and [`rng`]: the world's simulated clock and seeded generator, and the simulated
//!   durations of network and install work.
//! - [`version`]: version ordering and constraints for the Debian, Alpine, Python and npm schemes.
//!
//! Sizes are declared bytes (see "Simulation honesty" in DESIGN.md); descriptions are our own words.
//!
//! Entry points the programs, the engine and the CLI use:
//!
//! - `hub::lookup(name, tag)` → `Found(&Image)` / `Retired` / `NoTag` / `NoRepo`;
//!   `hub::image`, `hub::repo`, `hub::search(term, limit)`, `hub::images()`, `hub::layers()`.
//!   An [`hub::Image`] has `os` (family, release, `/bin/sh`, package manager), `history`
//!   (layers and metadata steps with their `created_by`), `config` (Env, Cmd, Entrypoint,
//!   WorkingDir, ExposedPorts, Volumes, OnBuild, …), `files()`, `packages()`,
//!   `python_packages()`, `size()` and `compressed_size()`.
//! - `apt::release(codename)?.plan(args, installed, recommends)` → [`apt::Plan`] or
//!   [`apt::AptError`]s; `update_fetches`, `no_candidate`, `externally_managed`.
//! - `apk::release("3.20")?.plan(args, installed)` → packages in install order, or
//!   [`apk::ApkError`].
//! - `pypi::parse_requirement`, `pypi::resolve(reqs, python, installed)`,
//!   `pypi::install_order`, `Release::filename` / `builds_from_source`.
//! - `npm::resolve(&[(name, range)])` → placements under `node_modules`.
//! - `git::repo(url)` → a [`git::GitRepo`] with its files; `git::clone_dir_name`.
//! - [`Clock`] (starts 2024-09-20T10:00:00Z), [`Rng`] (SplitMix64), `clock::cost::*` durations,
//!   `clock::human_duration` for "2 hours ago".

pub mod apk;
pub mod apt;
mod apt_index;
mod catalog;
pub mod clock;
pub mod git;
pub mod hub;
pub mod npm;
pub mod pypi;
pub mod registry;
pub mod rng;
pub mod version;

pub use clock::Clock;
pub use rng::Rng;
