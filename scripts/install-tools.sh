#!/usr/bin/env bash
# Installs, only when missing, everything `make serve` and `make test` need on a fresh machine of this kind.
# Every tool comes from a package registry by name: this machine cannot download release binaries.
# Usage: install-tools.sh TRUNK_VERSION WASM_BINDGEN_VERSION
set -euo pipefail
trunk_version="$1"
wasm_bindgen_version="$2"
cd "$(dirname "$0")/.."

say() { printf '[tools] %s\n' "$*"; }

apt_packages=()
command -v chromium >/dev/null || apt_packages+=(chromium)
command -v chromedriver >/dev/null || apt_packages+=(chromium-driver)
command -v node >/dev/null || apt_packages+=(nodejs)
command -v npm >/dev/null || apt_packages+=(npm)
command -v python3 >/dev/null || apt_packages+=(python3)
command -v php >/dev/null || apt_packages+=(php-cli)
command -v curl >/dev/null || apt_packages+=(curl)
# The probe's HTTPS test makes its own certificate (tests/it/probe_https.rs).
command -v openssl >/dev/null || apt_packages+=(openssl)
# The export checks: Go structs run under `go test` (tests/it/export_go.rs), the C# compiles with mcs (export_csharp.rs).
command -v go >/dev/null || apt_packages+=(golang-go)
command -v mcs >/dev/null || apt_packages+=(mono-mcs)
python3 -c 'import venv, ensurepip' 2>/dev/null || apt_packages+=(python3-venv)
if ((${#apt_packages[@]})); then
  say "apt-get install ${apt_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 0.22 needs a newer rustc than this machine has; --locked keeps its dependency tree as released.
if [[ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]]; then
  say "cargo install trunk $trunk_version (about 8 minutes on 2 cores)"
  cargo install trunk --version "$trunk_version" --locked --quiet
fi

# Without --locked: the CLI's own lockfile pins a webpki-roots version the registry no longer has.
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]]; then
  say "cargo install wasm-bindgen-cli $wasm_bindgen_version"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --quiet
fi

# The project venv for the Python checks of the exports (jsonschema, pydantic), pinned in requirements-dev.txt.
if [[ ! -x .venv/bin/python || requirements-dev.txt -nt .venv/.installed ]]; then
  say "python3 -m venv .venv; pip install -r requirements-dev.txt"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
  touch .venv/.installed
fi

# wasm-opt (binaryen 132, the only build here that reads wasm-bindgen's output), playwright-core, and ajv for
# the export checks that `cargo test` runs
# (typescript, @readme/openapi-parser, @asyncapi/parser).
if [[ ! -x node_modules/.bin/wasm-opt || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "npm ci (binaryen, playwright-core, ajv)"
  npm ci --no-audit --no-fund --loglevel=error
fi
