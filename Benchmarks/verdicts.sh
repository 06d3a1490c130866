#!/usr/bin/env bash
# Benchmarks/verdicts.sh — the verdicts of every (source, destination, machine) cell of the five
# embedded releases, before and after the effect-based verdicts (issue 10), per pair and family;
# then, for the cells still `incompatible` or `unknown`, how often each reason kind holds them
# there. "Before" is Benchmarks/verdicts-before.csv (`guestabi matrix --format csv` at the commit
# before the change, first seven columns); "after" is this build. Re-run after any merge.
#
#   Benchmarks/verdicts.sh            # debug build
#   BIN=.build/release/guestabi Benchmarks/verdicts.sh
#   DEVICES="--device e1000e" Benchmarks/verdicts.sh   # after-side for a concrete VM
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/guestabi}
[ -x "$BIN" ] || swift build --product guestabi >&2 || exit 2
after=$(mktemp)
trap 'rm -f "$after"' EXIT
# shellcheck disable=SC2086
"$BIN" matrix --format csv ${DEVICES:-} | tr -d '\r' | cut -d, -f1-8 >"$after"

awk -F, '
  FNR == 1 { file++; next }
  {
    key = $1 " → " $2 "\t" $4
    keys[key] = 1
    if (file == 1) before[key, $6]++
    else {
      after[key, $6]++
      if ($6 == "incompatible" || $6 == "unknown") {
        n = split($7, kinds, " ")
        for (i = 1; i <= n; i++) if (kinds[i] != "pinned" && kinds[i] != "rename" && kinds[i] != "unreached") open[$6 "\t" kinds[i]]++
      }
    }
    total[file, $6]++
  }
  END {
    printf "%-20s %-16s | %-28s | %-36s\n", "PAIR", "FAMILY", "BEFORE ok/✗/?", "AFTER ok/~/✗/?"
    m = asorti(keys, sorted)
    for (i = 1; i <= m; i++) {
      split(sorted[i], parts, "\t")
      k = sorted[i]
      printf "%-20s %-16s | %5d %5d %5d              | %5d %5d %5d %5d\n", parts[1], parts[2],
        before[k, "compatible"], before[k, "incompatible"], before[k, "unknown"],
        after[k, "compatible"], after[k, "abi-changed"], after[k, "incompatible"], after[k, "unknown"]
    }
    printf "\nTOTAL before: %d compatible, %d incompatible, %d unknown\n", total[1, "compatible"], total[1, "incompatible"], total[1, "unknown"]
    printf "TOTAL after:  %d compatible, %d abi-changed, %d incompatible, %d unknown\n", total[2, "compatible"], total[2, "abi-changed"], total[2, "incompatible"], total[2, "unknown"]
    printf "\ncells still incompatible/unknown, by reason kind present (a cell counts once per kind):\n"
    r = asorti(open, reasons)
    for (i = 1; i <= r; i++) { split(reasons[i], p, "\t"); printf "  %-13s %-14s %5d\n", p[1], p[2], open[reasons[i]] }
  }' Benchmarks/verdicts-before.csv "$after"
