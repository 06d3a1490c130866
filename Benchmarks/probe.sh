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

if [ -n "${GUESTABI_BIN:-}" ]; then  # a build made elsewhere (e.g. the one before a change)
  BIN=$GUESTABI_BIN
else
  swift build -c release --product guestabi >&2
  BIN=$(swift build -c release --show-bin-path)/guestabi
fi

now() { date +%s%N; }
measure() {  # command... ; prints "WALL CPU": the median wall time and the median CPU time
  # (user + system, children included: the QEMUs), in ms, of $RUNS runs
  local walls=() cpus=() i t0 t1 out
  out=$(mktemp)
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now); /usr/bin/time -f '%U %S' -o "$out" "$@" >/dev/null 2>&1 || true; t1=$(now)
    walls+=($(( (t1 - t0) / 1000 )))
    cpus+=($(awk '{printf "%d", ($1 + $2) * 1000}' "$out"))
  done
  rm -f "$out"
  local wall cpu
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}')
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%d", a[int((NR+1)/2)]}')
  echo "$wall $cpu"
}
# The interpreter itself, not a version manager's shim in front of it (pyenv's adds about 60 ms
# to every run, which is not the script's cost).
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
script=(env PYTHONPATH="$TREE/python" "$PYTHON" "$TREE/scripts/compare-machine-types.py" --qemu-args "-machine none -accel tcg"
  --all --format csv --raw --qemu-binary)

echo "machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg); wall: median of $RUNS runs; cpu: user+system, QEMUs included"
printf '%-44s %10s %10s %7s %10s %7s %6s\n' binary "script ms" "text ms" ratio "json ms" ratio goal
cpu_rows=()
for binary in "${binaries[@]}"; do
  read -r py pycpu < <(measure "${script[@]}" "$binary")
  read -r text textcpu < <(measure "$BIN" probe "$binary" --no-builtin-devices)
  read -r json jsoncpu < <(measure "$BIN" probe "$binary" --no-builtin-devices --format json)
  awk -v b="$binary" -v p="$py" -v t="$text" -v j="$json" 'BEGIN {
    printf "%-44s %10.1f %10.1f %6.1fx %10.1f %6.1fx %6s\n", b, p, t, p/t, j, p/j, ">= 5x" }'
  cpu_rows+=("$(awk -v b="$binary" -v p="$pycpu" -v t="$textcpu" -v j="$jsoncpu" 'BEGIN {
    printf "%-44s %10d %10d %6.1fx %10d %6.1fx", b, p, t, p/t, j, p/j }')")
done
echo
echo "the same runs in CPU time (less sensitive to other work on the machine):"
printf '%-44s %10s %10s %7s %10s %7s\n' binary "script cpu" "text cpu" ratio "json cpu" ratio
printf '%s\n' "${cpu_rows[@]}"
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
