# layerlab: the two set-up commands are `make serve` and `make test`.
# Both install whatever is missing first (tests/tools/install.sh is idempotent).

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# The page carries the source paths of its panic locations: name the dependencies' sources
# from the registry folder on, not from this machine's cargo home.
CARGO_HOME_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS ?= --remap-path-prefix=$(CARGO_HOME_DIR)/registry/src/=
export LAYERLAB_CARGO_HOME := $(CARGO_HOME_DIR)

.PHONY: serve test tools build bench gates fuzz

## serve: install what is missing, build, and serve at http://127.0.0.1:8080
serve: tools
	trunk serve --offline --address 127.0.0.1 --port 8080

## test: install what is missing and run every gate (fmt, clippy, tests, browser tests, release build, e2e, bundle size)
test: tools
	tests/tools/gates.sh

## tools: install the toolchain pieces that are missing
tools:
	@tests/tools/install.sh

## build: the release build into dist/
build: tools
	trunk build --release --offline

## bench: benchmarks, with the peers' figures from the same run (natively and in headless Chromium);
##        AREAS="engine lint" runs only those areas
bench: tools
	tests/bench/peers/parse/setup.sh
	tests/tools/browser-bench.sh > target/browser-bench.txt
	LAYERLAB_BROWSER_BENCH=$(CURDIR)/target/browser-bench.txt cargo bench --bench bench

## gates G=...: run only some gates, e.g. make gates G="fmt clippy"
gates:
	tests/tools/gates.sh $(G)

## fuzz: run the cargo-fuzz targets (parse, words) with the nightly toolchain, FUZZ_SECS each
FUZZ_SECS ?= 600
fuzz:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cargo +nightly fuzz run --fuzz-dir tests/fuzz parse -- -max_total_time=$(FUZZ_SECS)
	cargo +nightly fuzz run --fuzz-dir tests/fuzz words -- -max_total_time=$(FUZZ_SECS)
