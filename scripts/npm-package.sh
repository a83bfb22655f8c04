#!/usr/bin/env bash
# `make npm`: the npm package of gymhook's engine, target/npm/gymhook-<version>.tgz.
#   1. the library built for wasm32 without the page (`--no-default-features --features node`: no Yew, no
#      browser API) as a cdylib, in its own cargo profile (npm-wasm) so the page's build is never replaced;
#   2. wasm-bindgen (the version pinned in Cargo.toml) for Node's CommonJS, with the function that lets the
#      package restart a trapped engine; wasm-opt -Oz;
#   3. the hand-written entries (npm/index.cjs, npm/index.mjs, npm/README.md) and the generated files
#      (package.json, index.d.ts, index.d.mts: examples/npm_files.rs);
#   4. `npm pack`. Prints the tarball's path and its size, and the unpacked wasm's.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

out=target/npm
stage=$out/package
wasm=target/wasm32-unknown-unknown/npm-wasm/gymhook.wasm

cargo rustc --quiet --lib --profile npm-wasm --target wasm32-unknown-unknown \
  --no-default-features --features node --crate-type cdylib
# wasm-bindgen and wasm-opt take ~15 s: skipped when the engine has not been rebuilt since.
if [[ ! -s $stage/engine_bg.wasm || $wasm -nt $stage/engine_bg.wasm ]]; then
  rm -rf "$stage"
  mkdir -p "$stage"
  wasm-bindgen --target nodejs --out-dir "$stage" --out-name engine --no-typescript \
    --experimental-reset-state-function "$wasm"
  wasm-opt -Oz "$stage/engine_bg.wasm" -o "$stage/engine_bg.wasm"
fi
cp npm/index.cjs npm/index.mjs npm/README.md "$stage/"
cargo run --quiet --example npm_files -- "$stage"

# npm names the tarball <name>-<version>.tgz, a scope's @ dropped and its / a dash.
tarball=$out/$(node -p 'const p = require("./target/npm/package/package.json");
  `${p.name.replace(/^@/, "").replace("/", "-")}-${p.version}.tgz`')
rm -f "$tarball"
npm pack --silent --ignore-scripts --pack-destination "$out" "./$stage" >/dev/null
test -s "$tarball" || { echo "npm pack did not write $tarball" >&2; exit 1; }
echo "$tarball: $(stat -c %s "$tarball") bytes; engine_bg.wasm $(stat -c %s "$stage/engine_bg.wasm") bytes unpacked"
