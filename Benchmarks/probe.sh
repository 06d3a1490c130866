#!/usr/bin/env bash
# Benchmarks/probe.sh — `guestabi probe` side by side with QEMU's own
# scripts/compare-machine-types.py (10.2.2 corpus tree, pandas from scripts/setup-python.sh),
# in the same run, on the same binary. Both build the machine × driver.property table over QMP
# from one `-machine none` QEMU; the goal is ≥ 5× faster. Prints the median wall time of N runs
# (default 5).
#
# Columns: the script (--all --format csv --raw); probe --no-builtin-devices in text (the same
# table, summarised) and in JSON (the whole probe file, every machine's effective ABI); then,
# for information, a whole probe with the built-in device walks (one paused QEMU per machine,
# --jobs = cores) and its cost per machine.
#
#   Benchmarks/probe.sh                                   # the 10.0.2 x86_64 lab binary
#   RUNS=3 Benchmarks/probe.sh /opt/qemu-lab/10.0.2/qemu-system-aarch64
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
CORPUS=${QEMU_CORPUS:-/var/cache/qemu-corpus}
LAB=${QEMU_LAB:-/opt/qemu-lab}
binaries=("$@")
[ ${#binaries[@]} -gt 0 ] || binaries=("$LAB/10.0.2/qemu-system-x86_64")
TREE="$CORPUS/10.2.2"

swift build -c release --product guestabi >&2
BIN=$(swift build -c release --show-bin-path)/guestabi

now() { date +%s%N; }
median_ms() {  # command... ; prints the median wall time in ms of $RUNS runs
  local times=() i t0 t1
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}
script() {
  PYTHONPATH="$TREE/python" python3 "$TREE/scripts/compare-machine-types.py" --qemu-binary "$1" \
    --qemu-args "-machine none -accel tcg" --all --format csv --raw
}

printf '%-44s %10s %10s %7s %10s %7s %6s\n' binary "script ms" "text ms" ratio "json ms" ratio goal
for binary in "${binaries[@]}"; do
  py=$(median_ms script "$binary")
  text=$(median_ms "$BIN" probe "$binary" --no-builtin-devices)
  json=$(median_ms "$BIN" probe "$binary" --no-builtin-devices --format json)
  awk -v b="$binary" -v p="$py" -v t="$text" -v j="$json" 'BEGIN {
    printf "%-44s %10.1f %10.1f %6.1fx %10.1f %6.1fx %6s\n", b, p, t, p/t, j, p/j, ">= 5x" }'
done
echo
echo "whole probe with built-in devices (one run each):"
for binary in "${binaries[@]}"; do
  t0=$(now); "$BIN" probe "$binary" --timing >/dev/null 2>/tmp/guestabi-probe-timing.$$ || true; t1=$(now)
  timing=$(cat /tmp/guestabi-probe-timing.$$); rm -f /tmp/guestabi-probe-timing.$$
  machines=$(echo "$timing" | sed -n 's/.* for \([0-9]*\) machines.*/\1/p')
  walk=$(echo "$timing" | sed -n 's/.*built-in devices \([0-9.]*\) s.*/\1/p')
  awk -v b="$binary" -v w="$(( (t1 - t0) / 1000000 ))" -v m="$machines" -v s="$walk" -v c="$(nproc)" 'BEGIN {
    printf "%-44s %8d ms total; %s machines walked in %.1f s, %d at a time: %.0f ms per machine\n", b, w, m, s, c, s*1000/m }'
done
