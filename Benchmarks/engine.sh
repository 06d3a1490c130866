#!/usr/bin/env bash
# Benchmarks/engine.sh — how fast the migration engine is, each figure side by side with its
# bound, in the same run:
#   1. CompatibilityMatrix of the five embedded releases, every family  (≤ 50 ms, median of RUNS)
#   2. synthetic 200 releases × 400 machine types, with a 50/100/200 scaling table (≤ 2 s, ≤ 1 GiB)
#   3. `guestabi check` process wall time on the embedded registry       (≤ 50 ms, hyperfine median)
# Release build. Exit status 0 when every bound is met, 1 otherwise.
#
#   Benchmarks/engine.sh
#   RUNS=41 SCALING_RUNS=5 Benchmarks/engine.sh
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
SCALING_RUNS=${SCALING_RUNS:-3}
CHECK_BOUND_MS=50
status=0

swift build -c release --product guestabi >&2 && swift build -c release --product guestabi-bench >&2 || exit 2
BIN=$(swift build -c release --show-bin-path)

echo "machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg) (other work on the machine inflates every figure)"
echo
echo "== 1. full matrix of the embedded releases (bound 50 ms) =="
"$BIN"/guestabi-bench matrix "$RUNS" || status=1
echo
echo "== 2. synthetic registries: scaling (bound at 200 releases: 2 s, 1024 MiB) =="
"$BIN"/guestabi-bench scaling "$SCALING_RUNS" 50 100 200 || status=1
echo
echo "== 3. guestabi process wall time, embedded registry (bound ${CHECK_BOUND_MS} ms for check) =="

now() { date +%s%N; }
loop_ms() {  # command... ; median and min wall ms of $RUNS runs, without hyperfine
  local times=() i t0 t1
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now); "$@" >/dev/null 2>&1; t1=$(now)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f %.1f", a[int((NR+1)/2)]/1000, a[1]/1000}'
}
measure() {  # command... ; prints "median min" in ms
  if command -v hyperfine >/dev/null; then
    local csv
    csv=$(mktemp)
    hyperfine -N -i -w 3 -r "$RUNS" --export-csv "$csv" "$*" >/dev/null 2>&1
    awk -F, 'NR == 2 {printf "%.1f %.1f", $4 * 1000, $7 * 1000}' "$csv"
    rm -f "$csv"
  else
    loop_ms "$@"
  fi
}

tool=$(command -v hyperfine >/dev/null && echo "hyperfine -N, $RUNS runs after 3 warm-ups" || echo "a loop of $RUNS runs")
echo "median and min wall time of the whole process ($tool)"
printf '%-72s %10s %8s %9s  %s\n' COMMAND "MEDIAN ms" "MIN ms" "BOUND ms" RESULT
row() {  # bound-or-dash, args...
  local bound=$1 result
  shift
  read -r median min < <(measure "$BIN/guestabi" "$@")
  if [ "$bound" = - ]; then
    result=info
  elif awk -v m="$median" -v b="$bound" 'BEGIN {exit !(m <= b)}'; then
    result=PASS
  else
    result=FAIL
    status=1
  fi
  printf '%-72s %10s %8s %9s  %s\n' "guestabi $*" "$median" "$min" "$bound" "$result"
}
row "$CHECK_BOUND_MS" check --from 7.2.0 --to 10.2.2 --machine pc-q35-7.2
row "$CHECK_BOUND_MS" check --from 10.0.2 --to 10.0.13 --machine virt-10.0 --target aarch64
row - registry list
row - matrix --format json
row - --version
exit $status
