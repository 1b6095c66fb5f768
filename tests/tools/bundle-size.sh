#!/usr/bin/env bash
# Print the gzipped size of the release bundle (wasm + js + css in dist/) and fail above the budget.
set -euo pipefail
cd "$(dirname "$0")/../.."
budget_kb=${BUNDLE_BUDGET_KB:-600}
total=0
shopt -s nullglob
files=(dist/*.wasm dist/*.js dist/*.css)
if [ ${#files[@]} -eq 0 ]; then echo "bundle-size: no release build in dist/ (run trunk build --release)"; exit 1; fi
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '  %-48s %9d bytes raw %9d bytes gzipped\n' "$(basename "$f")" "$raw" "$gz"
done
printf 'bundle-size: %d bytes gzipped (%.1f KB), budget %d KB\n' "$total" "$(awk "BEGIN{print $total/1024}")" "$budget_kb"
# The bundle must not name this machine's folders (the cargo home, this checkout).
for dir in "${LAYERLAB_CARGO_HOME:-$HOME/.cargo}" "$PWD"; do
  if grep -qF "$dir" dist/*.wasm; then
    echo "bundle-size: the WebAssembly names a folder of this machine: $dir"
    exit 1
  fi
done
if [ "$total" -gt $((budget_kb * 1024)) ]; then
  echo "bundle-size: over budget"
  exit 1
fi
