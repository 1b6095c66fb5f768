#!/usr/bin/env bash
# Run every CI gate in order, print each one's result and time, then a summary. Exit 1 if any failed.
# Usage: gates.sh [gate…]   (default: all gates)
set -uo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never

gate_fmt()          { cargo fmt --all -- --check; }
gate_clippy()       { cargo clippy --all-targets -- -D warnings; }
gate_clippy_wasm()  { cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings; }
gate_test()         { cargo test --all-targets; }
gate_browser_test() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="$PWD/tests/tools/wasm-test-runner.sh" \
    cargo test --target wasm32-unknown-unknown --test browser
}
gate_release()      { trunk build --release --offline; }
gate_e2e()          { node --test tests/e2e/; }
gate_bundle_size()  { tests/tools/bundle-size.sh; }

all=(fmt clippy clippy_wasm test browser_test release e2e bundle_size)
gates=("${@:-${all[@]}}")
[ $# -gt 0 ] || gates=("${all[@]}")

declare -a summary
passed=0
failed=0
for g in "${gates[@]}"; do
  printf '\n==== gate: %s ====\n' "$g"
  start=$(date +%s)
  if "gate_$g"; then status=ok; passed=$((passed + 1)); else status=FAILED; failed=$((failed + 1)); fi
  secs=$(( $(date +%s) - start ))
  summary+=("$(printf '%-14s %-7s %4ds' "$g" "$status" "$secs")")
  printf '==== gate %s: %s (%ds)\n' "$g" "$status" "$secs"
done

printf '\n==== summary ====\n'
printf '%s\n' "${summary[@]}"
echo "gates: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
