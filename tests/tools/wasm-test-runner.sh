#!/usr/bin/env bash
# Cargo's runner for wasm32 tests: wasm-bindgen-test-runner in headless Debian Chromium.
# It reads webdriver.json (the Chromium flags) from the current folder, so run it from tests/browser.
set -euo pipefail
args=()
for a in "$@"; do
  if [ -e "$a" ]; then args+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")"); else args+=("$a"); fi
done
cd "$(dirname "$0")/../browser"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
exec wasm-bindgen-test-runner "${args[@]}"
