#!/bin/sh
# Runs `guestabi verify` over every common machine of the five lab targets, 7.2 ↔ 10.0.2 in
# both directions, x86_64 also with a device set (with and without nvme, which QEMU marks
# non-migratable), and writes one JSON report per run into OUT_DIR.
#
# Usage: scripts/verify-lab-sweep.sh GUESTABI_BINARY OUT_DIR [JOBS]
set -eu
B=$1
OUT=$2
JOBS=${3:-2}
L=${QEMU_LAB:-/opt/qemu-lab}
mkdir -p "$OUT"
DEVICES="--device virtio-net-pci --device virtio-blk-pci --device virtio-rng-pci --device nvme --device qemu-xhci"
DEVICES_NO_NVME="--device virtio-net-pci --device virtio-blk-pci --device virtio-rng-pci --device qemu-xhci"
for t in x86_64 aarch64 ppc64 s390x m68k; do
    for dir in forward backward; do
        if [ $dir = forward ]; then F=$L/7.2/qemu-system-$t; T=$L/10.0.2/qemu-system-$t
        else F=$L/10.0.2/qemu-system-$t; T=$L/7.2/qemu-system-$t; fi
        # Exit status 1 only says that some migration failed: the reports say which.
        "$B" verify --from "$F" --to "$T" --all-common --jobs "$JOBS" --format json --output "$OUT/$t-$dir.json" || [ $? -eq 1 ]
        if [ $t = x86_64 ]; then
            # shellcheck disable=SC2086
            "$B" verify --from "$F" --to "$T" --all-common --jobs "$JOBS" $DEVICES \
                --format json --output "$OUT/$t-$dir-devices.json" || [ $? -eq 1 ]
            # shellcheck disable=SC2086
            "$B" verify --from "$F" --to "$T" --all-common --jobs "$JOBS" $DEVICES_NO_NVME \
                --format json --output "$OUT/$t-$dir-devices-without-nvme.json" || [ $? -eq 1 ]
        fi
    done
done
