# The README's two commands: `make serve` and `make test`. Both install what is missing first (`make tools`).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# Trunk insists on a wasm-bindgen CLI of exactly the version pinned in Cargo.toml; read it from there.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
# Trunk must never reach for GitHub: it finds every tool on PATH and does not ask for its own latest version.
export TRUNK_SKIP_VERSION_CHECK := true
export TRUNK_OFFLINE := true
# `make fuzz`: seconds per fuzz target (`make fuzz FUZZ_SECONDS=60`); FUZZ_TARGETS narrows the list.
FUZZ_SECONDS ?= 180
FUZZ_TARGETS ?=

.PHONY: help tools serve dist dist-debug-panic golden npm test check fmt lint unit e2e bench screenshots fuzz fuzz-tools clean

help:
	@echo "make serve  - install what is missing, then serve the app on http://127.0.0.1:8080"
	@echo "make test   - install what is missing, then fmt, clippy, native tests, release build, browser tests"
	@echo "make dist   - release static site in dist/"
	@echo "make npm    - the npm package of the engine: target/npm/gymhook-<version>.tgz"
	@echo "make bench  - size, first paint, real pastes and memory figures against baselines, as one table"
	@echo "make fuzz   - coverage-guided fuzzing, FUZZ_SECONDS (default $(FUZZ_SECONDS)) per target"

tools:
	@bash scripts/install-tools.sh "$(TRUNK_VERSION)" "$(WASM_BINDGEN_VERSION)"

# Both run Trunk's post_build hook (Trunk.toml → scripts/postbuild.mjs), which moves Trunk's inline scripts (the wasm
# loader; under serve also the autoreload client) into hashed files, so the page's strict CSP holds in both.
serve: tools
	cargo fetch --quiet
	trunk serve --address 127.0.0.1 --port 8080

# Release only: the hook also writes dist/sw.js (offline cache of every file) and adds the page's pwa-….js.
dist: tools
	cargo fetch --quiet
	trunk build --release
	@test -s dist/sw.js || { echo "dist/sw.js is missing: the post_build hook did not run" >&2; exit 1; }

# The engine for Node (scripts/npm-package.sh): the library built for wasm32 without the page, wasm-bindgen's
# CommonJS glue, the entries in npm/ and the generated types, packed by npm. `cargo test` builds it too
# (tests/it/npm_package.rs installs the tarball and runs it), so `make test` always exercises a fresh one.
npm: tools
	bash scripts/npm-package.sh

# The browser test of the panic page needs the one deliberate panic (`#/debug/panic`), which only this build has.
dist-debug-panic: tools
	cargo fetch --quiet
	trunk build --release --features debug-panic --dist target/dist-debug-panic

# The committed copies of every export that tests/it/export_golden.rs compares with: rewrite them after an
# intended change to an export, and commit them with it.
golden:
	rm -rf tests/golden
	cargo run --quiet -- export --format all --out tests/golden

fmt:
	cargo fmt --all -- --check

lint:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features node -- -D warnings

unit:
	cargo test --quiet

e2e: dist dist-debug-panic
	node --test --test-concurrency=1 --test-reporter=spec tests/e2e/

check: fmt lint unit

test: tools check e2e

# The baseline for the size and first-paint rows: a bare Yew counter (benches/counter/, outside the workspace) built
# with the app's profile and wasm-opt level into target/bench-counter/dist. It shares target/ for cargo's cache. The
# floors for the paste and paint rows, benches/paste-floor/ and benches/paint-floor/, are plain pages served as they
# are; beside the size rows, the engine alone: the npm package's wasm (`make npm`). docs/performance.md: the method.
# The native half writes target/bench-native.json, examples/pathological.rs (the peak-memory rows) its
# Markdown table of peak memory (where that example is missing, its rows read "not measured"); the browser half
# measures the rest and prints everything as one table.
bench: dist npm
	cargo fetch --quiet --locked --manifest-path benches/counter/Cargo.toml
	cd benches/counter && CARGO_TARGET_DIR=$(CURDIR)/target trunk build --release
	cargo run --release --quiet --example bench
	if [ -f examples/pathological.rs ]; then cargo run --release --quiet --example pathological > target/bench-pathological.md; \
	else rm -f target/bench-pathological.md; fi
	node scripts/bench-browser.mjs

screenshots: dist
	node scripts/screenshots.mjs
	node scripts/signature-screenshot.mjs
	node scripts/batch-screenshot.mjs
	node scripts/prerender-screenshots.mjs

# cargo-fuzz is installed here, not by `make tools`: `make test` does not need it.
fuzz-tools:
	@bash scripts/install-fuzz-tools.sh

fuzz: fuzz-tools
	@bash scripts/fuzz.sh "$(FUZZ_SECONDS)" $(FUZZ_TARGETS)

clean:
	cargo clean
	rm -rf dist
