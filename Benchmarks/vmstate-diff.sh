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
# The interpreter itself, not a version manager's shim in front of it (pyenv's adds about 60 ms
# to every run, which is not the checker's cost).
PYTHON=$(python3 -c 'import sys; print(sys.executable)')

if [ -n "${GUESTABI_BIN:-}" ]; then  # a build made elsewhere (e.g. the one before a change)
  BIN=$GUESTABI_BIN
else
  swift build -c release --product guestabi >&2
  BIN=$(swift build -c release --show-bin-path)/guestabi
fi
DUMPS=$(mktemp -d)
trap 'rm -rf "$DUMPS"' EXIT

measure() {  # command... ; prints "WALL CPU": the median wall time and the median CPU time
  # (user + system of the command and its children, from getrusage: microseconds, not the
  # 10 ms steps of /usr/bin/time) in ms of $RUNS runs
  "$PYTHON" - "$RUNS" "$@" <<'PY'
import resource, statistics, subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
walls, cpus = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls.append((time.perf_counter() - start) * 1000)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
print(f"{statistics.median(walls):.1f} {statistics.median(cpus):.1f}")
PY
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
    read -r py pycpu < <(measure "$PYTHON" "$CHECKER" -s "$src" -d "$dst")
    read -r ours ourcpu < <(measure "$BIN" vmstate-diff "$src" "$dst")
    awk -v p="$target $1 -> $2" -v f="$findings" -v a="$py" -v b="$ours" -v c="$pycpu" -v d="$ourcpu" 'BEGIN {
      printf "%-26s %9s %11.1f %12.1f %6.1fx %10.1f %10.1f %6.1fx %6s\n", p, f, a, b, a/b, c, d, c/d, ">= 20x" }'
  done
done
