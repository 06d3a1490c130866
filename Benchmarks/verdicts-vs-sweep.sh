#!/usr/bin/env bash
# Benchmarks/verdicts-vs-sweep.sh [SWEEP.json] — prediction vs reality: every cell of a
# `guestabi verify` sweep of the lab (default Benchmarks/data/lab-verify-sweep.json, 7.2.22 ↔ 10.0.2)
# beside this build's `check` verdict for the same cell (embedded registries 7.2.0 and 10.0.2;
# 7.2.22 is judged as 7.2.0, the same stable series), per target, direction and device set.
# A cell that completes must never read `incompatible`; a failure read `compatible` or
# `abi-changed` is a miss, outside the scope when the scope says CPU/device state is not seen.
set -uo pipefail
cd "$(dirname "$0")/.."
SWEEP=${1:-Benchmarks/data/lab-verify-sweep.json}
BIN=${BIN:-.build/debug/guestabi}
[ -x "$BIN" ] || swift build --product guestabi >&2 || exit 2
[ -r "$SWEEP" ] || { echo "no sweep at $SWEEP" >&2; exit 2; }
python3 - "$SWEEP" "$BIN" <<'PY'
import csv, io, json, subprocess, sys
from collections import Counter
sweep, binary = json.load(open(sys.argv[1])), sys.argv[2]
def registry(version): return "7.2.0" if version.startswith("7.2") else version
cache = {}
def verdicts(devices):
    key = tuple(devices)
    if key not in cache:
        arguments = [binary, "matrix", "--release", "7.2.0", "--release", "10.0.2", "--format", "csv"]
        for device in devices: arguments += ["--device", device]
        text = subprocess.run(arguments, capture_output=True, text=True).stdout
        cache[key] = {(row["from"], row["to"], row["target"], row["machine"]): row for row in csv.DictReader(io.StringIO(text))}
    return cache[key]
print(f"{'RUN':<40} {'CELLS':>5} {'DONE':>5} {'FAIL':>5} | check on completed: ok ~ ✗ ? | check on failed: ok ~ ✗ ?")
bad = []
for name, run in sorted(sweep["runs"].items()):
    source, destination = registry(run["from"]["version"]), registry(run["to"]["version"])
    target = run["from"]["target"]
    done, failed = Counter(), Counter()
    for result in run["results"]:
        row = verdicts(result.get("devices", [])).get((source, destination, target, result["machine"]))
        verdict = row["verdict"] if row else "not-in-registry"
        (done if result["status"] == "completed" else failed)[verdict] += 1
        if result["status"] == "completed" and verdict == "incompatible":
            bad.append(f"{name} {result['machine']}: completes, check says incompatible ({row['reasons']})")
    def four(c): return f"{c['compatible']:>3}{c['abi-changed']:>3}{c['incompatible']:>3}{c['unknown']:>3}" + (f" (+{c['not-in-registry']} not in registry)" if c['not-in-registry'] else "")
    print(f"{name:<40} {len(run['results']):>5} {sum(done.values()):>5} {sum(failed.values()):>5} |        {four(done)} |        {four(failed)}")
print("\ncompleted cells that check calls incompatible:", len(bad))
for line in bad: print("  " + line)
PY
