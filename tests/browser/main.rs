//! Browser tests: run by wasm-bindgen-test in headless Chromium (`make test`).
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod app;
mod engine;
mod store;
