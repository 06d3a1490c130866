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

python3 - Benchmarks/verdicts-before.csv "$after" <<'PY'
import csv, sys
from collections import Counter, defaultdict

def load(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))

before, after = load(sys.argv[1]), load(sys.argv[2])
def version(text): return tuple(int(part) for part in text.split("."))
def key(row): return (version(row["from"]), version(row["to"]), row["family"])
counts = {"before": defaultdict(Counter), "after": defaultdict(Counter)}
for side, rows in (("before", before), ("after", after)):
    for row in rows: counts[side][key(row)][row["verdict"]] += 1
print(f"{'PAIR':<20} {'FAMILY':<16} | {'BEFORE ok ✗ ?':>18} | {'AFTER ok ~ ✗ ?':>24}")
for k in sorted(set(counts["before"]) | set(counts["after"])):
    b, a = counts["before"][k], counts["after"][k]
    pair = ".".join(map(str, k[0])) + " → " + ".".join(map(str, k[1]))
    print(f"{pair:<20} {k[2]:<16} | {b['compatible']:>6}{b['incompatible']:>6}{b['unknown']:>6} |"
          f" {a['compatible']:>6}{a['abi-changed']:>6}{a['incompatible']:>6}{a['unknown']:>6}")
for side, rows in (("before", before), ("after", after)):
    total = Counter(row["verdict"] for row in rows)
    print(f"TOTAL {side:<6}: " + ", ".join(f"{total[v]} {v}" for v in ("compatible", "abi-changed", "incompatible", "unknown")))
held = Counter()
for row in after:
    if row["verdict"] in ("incompatible", "unknown"):
        for kind in row["reasons"].split():
            if kind not in ("pinned", "rename", "unreached"): held[(row["verdict"], kind)] += 1
print("\ncells still incompatible/unknown, by reason kind present (a cell counts once per kind):")
for (verdict, kind), count in sorted(held.items()):
    print(f"  {verdict:<13} {kind:<14} {count:>5}")
PY
