#!/usr/bin/env bash
# Benchmarks/hostile.sh — extraction of hostile trees stays linear: each tree is the
# new-generation fixture with one hostile family file, generated in a private temp dir, and
# `guestabi extract` (median of N runs, default 5) is printed beside the time to read the same
# files (`cat` of the tree's .c/.h files, `grep -r DEFINE_` over it) in the same run, wall time
# and CPU time (user + system, steadier on a loaded machine). Budgets
# (Sources/QEMUSource/SourceBudget.swift) stop the work early and report it at file:line, so
# extract stays within a small factor of reading.
#
#   Benchmarks/hostile.sh
#   RUNS=3 Benchmarks/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
FIXTURE=Tests/QEMUSourceTests/Fixtures/.trees/new-generation

if [ -n "${GUESTABI_BIN:-}" ]; then  # a build made elsewhere
  BIN=$GUESTABI_BIN
else
  swift build -c release --product guestabi >&2
  BIN=$(swift build -c release --show-bin-path)/guestabi
fi

WORK=$(mktemp -d -t guestabi-hostile-bench.XXXXXX)
chmod 700 "$WORK"
trap 'rm -rf "$WORK"' EXIT

make_tree() {  # name; the family file's new text comes on stdin
  cp -r "$FIXTURE" "$WORK/$1"
  cat > "$WORK/$1/hw/i386/pc_q35.c"
}

# 100,000 machine definitions, each with its options function, in the fixture's style.
{
  cat "$FIXTURE/hw/i386/pc_q35.c"
  awk 'BEGIN { for (i = 100000; i > 0; i--) {
    printf "static void pc_q35_machine_%d_0_options(MachineClass *m)\n{\n    pc_q35_machine_10_2_options(m);\n}\n\nDEFINE_Q35_MACHINE(%d, 0);\n\n", i, i } }'
} | make_tree definitions
# One string literal of 50 MB.
{
  printf 'static const char *huge = "'
  head -c 50000000 /dev/zero | tr '\0' 'a'
  printf '";\n'
  cat "$FIXTURE/hw/i386/pc_q35.c"
} | make_tree token
# A macro that doubles at each of 40 levels, used in a machine definition.
{
  cat "$FIXTURE/hw/i386/pc_q35.c"
  echo '#define G0(x) x x'
  for i in $(seq 1 39); do echo "#define G$i(x) G$((i - 1))(G$((i - 1))(x))"; done
  echo 'DEFINE_Q35_MACHINE(9, G39(0));'
} | make_tree exponential
# 100,000 nested braces in an options function.
{
  cat "$FIXTURE/hw/i386/pc_q35.c"
  printf 'static void pc_q35_machine_9_0_options(MachineClass *m)\n'
  head -c 100000 /dev/zero | tr '\0' '{'
  head -c 100000 /dev/zero | tr '\0' '}'
  printf '\nDEFINE_Q35_MACHINE(9, 0);\n'
} | make_tree braces

now() { date +%s%N; }
median_ms() {  # command... ; the median wall time in ms of $RUNS runs
  local times=() i t0 t1
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}
median_cpu_ms() {  # command... ; the median user + system CPU time in ms of $RUNS runs
  local times=() i TIMEFORMAT='%3U %3S'
  for ((i = 0; i < RUNS; i++)); do
    times+=($( { time "$@" >/dev/null 2>&1 || true; } 2>&1 | awk '{printf "%d", ($1 + $2) * 1000}'))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]}'
}
read_all() { find "$1" \( -name '*.c' -o -name '*.h' \) -print0 | xargs -0 cat >/dev/null; }

printf '%-12s %6s %11s %8s %8s %7s %12s %9s %10s  %s\n' tree MB "extract ms" "cat ms" "grep ms" ratio \
  "extract cpu" "cat cpu" "grep cpu" "first diagnostic"
for name in definitions token exponential braces; do
  tree="$WORK/$name"
  mb=$(du -sb --apparent-size "$tree" | awk '{printf "%.1f", $1/1e6}')
  extract=$(median_ms "$BIN" extract "$tree" --format json --allow-partial)
  cat_ms=$(median_ms read_all "$tree")
  grep_ms=$(median_ms grep -r DEFINE_ "$tree")
  extract_cpu=$(median_cpu_ms "$BIN" extract "$tree" --format json --allow-partial)
  cat_cpu=$(median_cpu_ms read_all "$tree")
  grep_cpu=$(median_cpu_ms grep -r DEFINE_ "$tree")
  first=$("$BIN" extract "$tree" 2>&1 >/dev/null | sed -n 2p | cut -c1-90 || true)
  awk -v n="$name" -v mb="$mb" -v e="$extract" -v c="$cat_ms" -v g="$grep_ms" -v ec="$extract_cpu" -v cc="$cat_cpu" \
    -v gc="$grep_cpu" -v f="$first" 'BEGIN {
    r = c > g ? c : g; printf "%-12s %6s %11.1f %8.1f %8.1f %6.1fx %12.0f %9.0f %10.0f  %s\n", n, mb, e, c, g, e / r, ec, cc, gc, f }'
done
