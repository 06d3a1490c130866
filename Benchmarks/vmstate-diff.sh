#!/usr/bin/env bash
# Benchmarks/vmstate-diff.sh — `guestabi vmstate-diff` (parity mode) side by side with QEMU's own
# scripts/vmstate-static-checker.py (10.2.2 corpus tree) in the same run, on the lab binaries'
# -dump-vmstate files, both directions of each cross-version pair. Goal: ≥ 20× faster. Prints
# the median wall time of N runs (default 7) of each whole command (process start included).
#
#   Benchmarks/vmstate-diff.sh                 # x86_64 and aarch64
#   RUNS=11 Benchmarks/vmstate-diff.sh x86_64 aarch64 ppc64 s390x m68k
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
CORPUS=${QEMU_CORPUS:-/var/cache/qemu-corpus}
LAB=${QEMU_LAB:-/opt/qemu-lab}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(x86_64 aarch64)
CHECKER="$CORPUS/10.2.2/scripts/vmstate-static-checker.py"

if [ -n "${GUESTABI_BIN:-}" ]; then  # a build made elsewhere (e.g. the one before a change)
  BIN=$GUESTABI_BIN
else
  swift build -c release --product guestabi >&2
  BIN=$(swift build -c release --show-bin-path)/guestabi
fi
DUMPS=$(mktemp -d)
trap 'rm -rf "$DUMPS"' EXIT

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

echo "machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg); median of $RUNS runs; cpu: user+system"
printf '%-26s %9s %11s %12s %7s %10s %10s %7s %6s\n' pair findings "script ms" "guestabi ms" ratio "script cpu" "ours cpu" ratio goal
for target in "${targets[@]}"; do
  for version in 7.2 10.0.2; do
    "$LAB/$version/qemu-system-$target" -machine none -accel tcg -nodefaults -display none \
      -dump-vmstate "$DUMPS/$version-$target.json"
  done
  for pair in "7.2 10.0.2" "10.0.2 7.2"; do
    set -- $pair
    src="$DUMPS/$1-$target.json"; dst="$DUMPS/$2-$target.json"
    findings=$("$BIN" vmstate-diff "$src" "$dst" | tail -1 | cut -d' ' -f1 || true)
    read -r py pycpu < <(measure python3 "$CHECKER" -s "$src" -d "$dst")
    read -r ours ourcpu < <(measure "$BIN" vmstate-diff "$src" "$dst")
    awk -v p="$target $1 -> $2" -v f="$findings" -v a="$py" -v b="$ours" -v c="$pycpu" -v d="$ourcpu" 'BEGIN {
      printf "%-26s %9s %11.1f %12.1f %6.1fx %10d %10d %6.1fx %6s\n", p, f, a, b, a/b, c, d, (d > 0 ? c/d : 0), ">= 20x" }'
  done
done
