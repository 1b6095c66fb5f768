//! The one integration-test binary: one module per area, each with a single `check` helper.
#![cfg(not(target_arch = "wasm32"))]

mod apps;
mod cli_tool;
mod docker_cli;
mod dockerfile;
mod engine;
mod golden;
mod internet;
mod lint;
mod machine;
mod map;
mod pkg_programs;
mod programs;
mod registry;
mod runtime;
mod scenarios;
mod session;
mod sh;
mod sort;
mod store;
mod tidy;
mod vfs;
mod workspace;
