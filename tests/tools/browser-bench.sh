#!/usr/bin/env bash
# The browser half of `make bench`: run tests/browser_bench (release build) in headless Chromium
# and print its `BENCH name value unit` lines. Timings are printed, never asserted.
set -uo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="$PWD/tests/tools/wasm-test-runner.sh" \
  cargo test --release --target wasm32-unknown-unknown --test browser_bench -- --nocapture 2>&1 \
  | grep -E '^\s*BENCH ' || echo "browser bench: no figures (headless Chromium run failed)" >&2
