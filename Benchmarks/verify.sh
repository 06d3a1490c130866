#!/usr/bin/env bash
# Benchmarks/verify.sh — the live-migration harness's overhead, side by side with its bound, in
# the same run:
#   harness wall time per migration  ≤ 1.2 × (QEMU's own migration total-time + process start-up)
# where, per migration, total-time is the source's `query-migrate` figure and process start-up
# is the time until both QEMUs answer on QMP and the destination listens. An independent
# start-up figure (two QEMUs started one after the other from the shell, answering
# qmp_capabilities then quit) is printed beside it, so that the reference is not the harness's
# own word. Release build; the QEMU lab (scripts/setup-qemu-lab.sh). Exit status 0 when the
# bound is met, 1 otherwise.
#
#   Benchmarks/verify.sh
#   MACHINES=20 Benchmarks/verify.sh
set -uo pipefail
cd "$(dirname "$0")/.."
LAB=${QEMU_LAB:-/opt/qemu-lab}
FROM=$LAB/7.2/qemu-system-x86_64
TO=$LAB/10.0.2/qemu-system-x86_64
MACHINES=${MACHINES:-12}
BOUND=1.2

[ -x "$FROM" ] && [ -x "$TO" ] || { echo "the QEMU lab is not installed (scripts/setup-qemu-lab.sh)" >&2; exit 2; }
if [ -n "${GUESTABI_BIN:-}" ]; then  # a build made elsewhere
  BIN=$GUESTABI_BIN
else
  swift build -c release --product guestabi >&2 || exit 2
  BIN=$(swift build -c release --show-bin-path)/guestabi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg) (other work on the machine inflates every figure)"
machines=$("$BIN" verify --from "$FROM" --to "$TO" --all-common --shard 1/4 --format json 2>/dev/null \
    | sed -n 's/^ *"machine" : "\(.*\)",$/\1/p' | head -n "$MACHINES")
[ -n "$machines" ] || { echo "no machine to migrate" >&2; exit 2; }
args=()
for m in $machines; do args+=(--machine "$m"); done
"$BIN" verify --from "$FROM" --to "$TO" "${args[@]}" --jobs 1 --format json --output "$work/run.json" 2>/dev/null

# Independent start-up: destination then source, each to its first QMP answer, from the shell.
startup_ms() {
    local t0 t1 i times=()
    for ((i = 0; i < 5; i++)); do
        t0=$(date +%s%N)
        for bin in "$TO" "$FROM"; do
            printf '{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n' \
                | "$bin" -machine pc-q35-7.2 -accel tcg -m 256 -display none -nodefaults -S -qmp stdio >/dev/null 2>&1
        done
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
independent=$(startup_ms)

python3 - "$work/run.json" "$independent" "$BOUND" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
independent = float(sys.argv[2]) / 1000
bound = float(sys.argv[3])
rows = [r for r in report["results"] if r["status"] == "completed"]
if not rows:
    print("no migration completed"); sys.exit(1)
wall = sum(r["seconds"] for r in rows) / len(rows)
startup = sum(r["startupSeconds"] for r in rows) / len(rows)
qemu = sum(r["qemuMilliseconds"] for r in rows) / len(rows) / 1000
reference = startup + qemu
ratio = wall / reference
print(f"{len(rows)} migrations {report['from']['version']} → {report['to']['version']} (paused, -nodefaults, 256 MiB), means per migration:")
print(f"  QEMU total-time (source query-migrate)          {qemu*1000:8.1f} ms")
print(f"  process start-up, both QEMUs up and listening   {startup*1000:8.1f} ms   (independent, shell, 2 QEMUs: {independent*1000:.1f} ms)")
print(f"  reference = total-time + start-up               {reference*1000:8.1f} ms")
print(f"  harness wall time (start, migrate, judge, kill) {wall*1000:8.1f} ms")
print(f"  ratio {ratio:.2f}× (bound {bound}×): {'OK' if ratio <= bound else 'OVER'}")
sys.exit(0 if ratio <= bound else 1)
PY
