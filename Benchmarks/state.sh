#!/usr/bin/env bash
# Benchmarks/state.sh — how fast `guestabi state-diff` reads the migration state of two whole
# QEMU trees and compares them (bound: 2 s), side by side with a grep pass over the same
# folders of both trees in the same run: `grep -rE 'VMStateDescription|ARMCPRegInfo|vmsd|...'`.
# Prints the median wall time of N runs (default 5).
#
#   Benchmarks/state.sh                                   # 7.2.0 vs 10.0.2 and 10.0.2 vs 10.0.13
#   RUNS=9 Benchmarks/state.sh /var/cache/qemu-corpus/10.0.2 /var/cache/qemu-corpus/10.0.13
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
CORPUS=${QEMU_CORPUS:-/var/cache/qemu-corpus}
pairs=("$@")
[ ${#pairs[@]} -gt 0 ] || pairs=("$CORPUS"/7.2.0 "$CORPUS"/10.0.2 "$CORPUS"/10.0.2 "$CORPUS"/10.0.13)

swift build -c release --product guestabi >&2
BIN=$(swift build -c release --show-bin-path)/guestabi
FOLDERS=(hw target migration system softmmu net backends chardev include)

now() { date +%s%N; }
median_ms() {
  local times=() i t0 t1
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}
grep_both() {
  for tree in "$1" "$2"; do
    (cd "$tree" && grep -rE --include='*.c' --include='*.h' 'VMStateDescription|ARMCPRegInfo|vmsd|register_savevm_live|vmstate_register' \
      $(for f in "${FOLDERS[@]}"; do [ -d "$f" ] && echo "$f"; done)) || true
  done
}

printf '%-18s %14s %10s %8s %8s\n' pair "state-diff ms" "grep ms" ratio bound
for ((i = 0; i < ${#pairs[@]}; i += 2)); do
  a=${pairs[i]} b=${pairs[i+1]}
  s=$(median_ms "$BIN" state-diff "$a" "$b" --format json)
  g=$(median_ms grep_both "$a" "$b")
  awk -v p="$(basename "$a")-$(basename "$b")" -v s="$s" -v g="$g" 'BEGIN {
    printf "%-18s %14.1f %10.1f %7.2fx %8s\n", p, s, g, s/g, (s <= 2000 ? "≤2 s ok" : "OVER") }'
done
