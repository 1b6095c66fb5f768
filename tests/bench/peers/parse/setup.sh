#!/usr/bin/env bash
# Installs the parser peers used by `cargo bench --bench bench` into .tools/ at the
# repository root (ignored by git). Idempotent: anything already present is skipped.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
tools="$root/.tools/parse-peers"
mkdir -p "$tools"

# 1. The official Go parser, through the PyPI package `dockerfile` (BuildKit v0.12.5 inside).
if [ ! -x "$tools/venv/bin/python" ] || ! "$tools/venv/bin/python" -c 'import dockerfile' 2>/dev/null; then
  python3 -m venv "$tools/venv"
  "$tools/venv/bin/pip" install --quiet dockerfile==3.4.0
fi

# 2. dockerfile-ast from npm.
if [ ! -d "$tools/node/node_modules/dockerfile-ast" ]; then
  mkdir -p "$tools/node"
  (cd "$tools/node" && npm install --silent --no-audit --no-fund --prefix . dockerfile-ast@0.7.1 >/dev/null)
fi

# 3. The parse-dockerfile crate, in its own small cargo project (never a dependency of layerlab).
if [ ! -x "$tools/rs/release/parse-peer" ] || [ "$here/rs/src/main.rs" -nt "$tools/rs/release/parse-peer" ]; then
  CARGO_TARGET_DIR="$tools/rs" cargo build --quiet --release --manifest-path "$here/rs/Cargo.toml"
fi
echo "parse peers ready in $tools"
