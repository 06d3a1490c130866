#!/usr/bin/env bash
# Benchmarks/extract.sh — how fast `guestabi extract` reads whole QEMU trees, side by side with
# the scan floor `grep -rE 'DEFINE_.*MACHINE|GlobalProperty' hw include` over the same tree, in
# the same run. Prints median wall time of N runs (default 7) and MB/s of .c/.h read.
#
# The last column is `extract --qom` (machines plus the QOM type hierarchy), for information.
# Then, per tree, the device property model (`extract --properties`: the QOM hierarchy, the
# property model and the machines) beside its own grep floor over the same files
# (`grep -rE 'DEFINE_PROP|object_(class_)?property_add|feat_names|TypeInfo' hw target include`);
# the issue's bound is a ratio ≤ 4.
#
#   Benchmarks/extract.sh                       # every corpus release
#   RUNS=11 Benchmarks/extract.sh /var/cache/qemu-corpus/10.2.2
#   GUESTABI_BIN=/tmp/guestabi-before Benchmarks/extract.sh   # a build made elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
CORPUS=${QEMU_CORPUS:-/var/cache/qemu-corpus}
trees=("$@")
[ ${#trees[@]} -gt 0 ] || trees=("$CORPUS"/5.2.0 "$CORPUS"/7.2.0 "$CORPUS"/10.0.2 "$CORPUS"/10.0.13 "$CORPUS"/10.2.2)

# GUESTABI_BIN=path compares another build (e.g. the one before a change) without building.
if [ -n "${GUESTABI_BIN:-}" ]; then
  BIN=$GUESTABI_BIN
else
  swift build -c release --product guestabi >&2
  BIN=$(swift build -c release --show-bin-path)/guestabi
fi

now() { date +%s%N; }
median_ms() {  # command... ; prints the median wall time in ms of $RUNS runs
  local times=() i t0 t1
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

printf '%-9s %8s %12s %10s %12s %10s %7s %14s\n' release "MB" "extract ms" "MB/s" "grep ms" "MB/s" ratio "+ --qom ms"
for tree in "${trees[@]}"; do
  bytes=$(find "$tree/hw" "$tree/include" "$tree/target" \( -name '*.c' -o -name '*.h' \) -print0 2>/dev/null | du -cb --files0-from=- | tail -1 | cut -f1 || true)
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}')
  extract=$(median_ms "$BIN" extract "$tree" --format json --allow-partial)
  grep_ms=$(cd "$tree" && median_ms grep -rE 'DEFINE_.*MACHINE|GlobalProperty' hw include)
  qom=$(median_ms "$BIN" extract "$tree" --format json --allow-partial --qom)
  awk -v r="$(basename "$tree")" -v mb="$mb" -v e="$extract" -v g="$grep_ms" -v q="$qom" 'BEGIN {
    printf "%-9s %8s %12.1f %10.0f %12.1f %10.0f %6.2fx %14.1f\n", r, mb, e, mb/(e/1000), g, mb/(g/1000), e/g, q }'
done

printf '\n%-9s %14s %12s %7s\n' release "properties ms" "grep ms" ratio
for tree in "${trees[@]}"; do
  props=$(median_ms "$BIN" extract "$tree" --properties --format json --allow-partial)
  grep_props=$(cd "$tree" && median_ms grep -rE 'DEFINE_PROP|object_(class_)?property_add|feat_names|TypeInfo' hw target include)
  awk -v r="$(basename "$tree")" -v p="$props" -v g="$grep_props" 'BEGIN {printf "%-9s %14.1f %12.1f %6.2fx\n", r, p, g, p/g}'
done
