#!/usr/bin/env bash
# `make fuzz`: seeds the corpora (fuzz/seed.rs), builds every cargo-fuzz target of fuzz/ on the stable
# toolchain (RUSTC_BOOTSTRAP=1, no sanitizer: the crate is safe Rust; debug assertions and overflow checks
# on), runs each for SECONDS under nice, and prints per target the executions and whether it crashed,
# then a total. Exits non-zero when any target crashed; the crashing input is in fuzz/artifacts/<target>/.
# Usage: fuzz.sh SECONDS [TARGET...]   (no TARGET: all of them, in `cargo fuzz list` order)
set -euo pipefail
seconds="$1"
shift
cd "$(dirname "$0")/../fuzz"
export RUSTC_BOOTSTRAP=1
nice_level="${FUZZ_NICE:-10}"
rss_limit_mb="${FUZZ_RSS_LIMIT_MB:-4096}"

say() { printf '[fuzz] %s\n' "$*"; }
# 1234567 -> 1,234,567
commas() { printf '%s' "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

targets=("$@")
if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(cargo fuzz list)
fi

say "seeding fuzz/corpus/ from the documents' examples and generated events"
nice -n "$nice_level" cargo run --quiet --example seed -- corpus
say "building ${#targets[*]} targets (cargo fuzz build -s none)"
nice -n "$nice_level" cargo fuzz build -s none
# The binaries are run directly, not through `cargo fuzz run`: that would rebuild a target whenever the
# tree changed since, so one campaign in a tree others edit could fuzz several versions (or none).
bin_dir="target/$(rustc -vV | sed -n 's/^host: //p')/release"

mkdir -p target/fuzz-logs
total=0
crashed=()
for target in "${targets[@]}"; do
  log="target/fuzz-logs/$target.log"
  mkdir -p "corpus/$target" "artifacts/$target"
  status=0
  started=$SECONDS
  nice -n "$nice_level" "$bin_dir/$target" "corpus/$target" -artifact_prefix="artifacts/$target/" \
    -max_total_time="$seconds" -rss_limit_mb="$rss_limit_mb" -timeout=10 -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  # libFuzzer's final stats; the last "#N" status line when it died before printing them.
  execs=$(grep -a '^stat::number_of_executed_units:' "$log" | tail -n1 | awk '{print $2}' || true)
  if [[ -z "$execs" ]]; then
    execs=$(grep -a -oE '^#[0-9]+' "$log" | tail -n1 | tr -d '#' || true)
  fi
  execs="${execs:-0}"
  elapsed=$((SECONDS - started))
  total=$((total + execs))
  artifact=$(grep -a -oE 'Test unit written to [^ ]+' "$log" | tail -n1 | sed 's/Test unit written to //' || true)
  if [[ -n "$artifact" ]]; then
    crashed+=("$target")
    result="CRASHED: fuzz/$artifact"
  elif ((status != 0)); then
    crashed+=("$target")
    result="FAILED (exit $status): see fuzz/$log"
  else
    result="no crash"
  fi
  # Wall time, loading the corpus included (a crash ends a target early).
  printf '[fuzz] %-20s %14s executions in %ss (%s/s), %s\n' "$target" "$(commas "$execs")" \
    "$elapsed" "$(commas $((execs / (elapsed > 0 ? elapsed : 1))))" "$result"
done
printf '[fuzz] %-20s %14s executions, %d of %d targets crashed or failed\n' "total" "$(commas "$total")" \
  "${#crashed[@]}" "${#targets[@]}"
if ((${#crashed[@]})); then
  say "crashed: ${crashed[*]} (logs in fuzz/target/fuzz-logs/, inputs in fuzz/artifacts/)"
  exit 1
fi
