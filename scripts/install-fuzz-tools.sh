#!/usr/bin/env bash
# Installs, only when missing, what `make fuzz` needs beyond the Rust toolchain: cargo-fuzz (from crates.io)
# and a C++ compiler (libfuzzer-sys builds libFuzzer from its C++ sources). Not part of `make tools`:
# `make test` does not fuzz. No nightly toolchain is needed: scripts/fuzz.sh builds with RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[fuzz-tools] %s\n' "$*"; }

if ! command -v c++ >/dev/null; then
  say "apt-get install g++"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq g++ >/dev/null
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  say "cargo install cargo-fuzz --locked (about 2 minutes on 2 cores)"
  cargo install cargo-fuzz --locked --quiet
fi
