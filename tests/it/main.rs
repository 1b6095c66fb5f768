//! The one integration-test binary: one module per area, each with a single `check` helper.
#![cfg(not(target_arch = "wasm32"))]

mod cli_tool;
mod golden;
mod session;
mod tidy;
