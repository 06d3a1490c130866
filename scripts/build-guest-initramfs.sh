#!/bin/sh
# Builds the booted guest of `guestabi verify --guest`: Debian's kernel (linux-image-amd64)
# and a busybox initramfs (busybox-static) that loads the virtio, e1000, nvme and xhci drivers
# and prints a heartbeat counter on the serial console once a second:
#     guestabi-heartbeat 1
#     guestabi-heartbeat 2 ...
# The packages are fetched with apt-get (downloaded, not installed on this host) and unpacked
# into the cache; a second run with the same package versions does nothing.
#
# Usage: scripts/build-guest-initramfs.sh [CACHE_DIR]   (default /var/cache/guestabi-guest)
# Prints two lines: KERNEL=<path> and INITRD=<path>. Never writes into the repository.
set -eu

CACHE=${1:-${GUESTABI_GUEST_CACHE:-/var/cache/guestabi-guest}}
MODULES="virtio_pci virtio_net virtio_blk virtio_rng virtio_console e1000 e1000e nvme xhci_pci xhci_hcd usbcore"

need() { command -v "$1" >/dev/null 2>&1 || { echo "build-guest-initramfs: '$1' is needed" >&2; exit 2; }; }
need apt-get; need apt-cache; need dpkg-deb; need gzip; need xz

kernel_package=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*-amd64\)$/\1/p' | head -n 1)
if [ -z "$kernel_package" ]; then
    apt-get update -qq >&2
    kernel_package=$(apt-cache depends linux-image-amd64 | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*-amd64\)$/\1/p' | head -n 1)
fi
[ -n "$kernel_package" ] || { echo "build-guest-initramfs: apt knows no linux-image-amd64" >&2; exit 1; }
kernel_version=$(apt-cache policy "$kernel_package" | sed -n 's/^ *Candidate: //p')
busybox_version=$(apt-cache policy busybox-static | sed -n 's/^ *Candidate: //p')
stamp="$kernel_package $kernel_version busybox-static $busybox_version $MODULES"

if [ -f "$CACHE/stamp" ] && [ "$(cat "$CACHE/stamp")" = "$stamp" ] && [ -f "$CACHE/vmlinuz" ] && [ -f "$CACHE/initrd.img" ]; then
    echo "KERNEL=$CACHE/vmlinuz"
    echo "INITRD=$CACHE/initrd.img"
    exit 0
fi

mkdir -p "$CACHE"
work=$(mktemp -d "$CACHE/.build.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work"
# apt-get download runs as the _apt user when it can; let it write here.
chmod 0755 "$work"
apt-get download -q "$kernel_package" busybox-static >&2 || {
    apt-get update -qq >&2
    apt-get download -q "$kernel_package" busybox-static >&2
}
dpkg-deb -x linux-image-*.deb kernel
dpkg-deb -x busybox-static_*.deb busybox

release=$(ls kernel/lib/modules | head -n 1)
moddir=kernel/lib/modules/$release
root=$work/root
mkdir -p "$root/bin" "$root/dev" "$root/proc" "$root/sys" "$root/modules"
cp busybox/bin/busybox "$root/bin/busybox"

# The path of a module by name (names use _ or - interchangeably).
module_path() {
    find "$moddir/kernel" -name "$1.ko*" -o -name "$(echo "$1" | tr _ -).ko*" | head -n 1
}
# The modules a module depends on, from its .modinfo section.
module_depends() {
    case "$1" in
        *.xz) xz -dc "$1" ;;
        *.zst) zstd -dc "$1" ;;
        *) cat "$1" ;;
    esac | tr '\0' '\n' | sed -n 's/^depends=//p' | tr ',' ' '
}
# Appends a module and (first) its dependencies to load.order, once each.
add_module() {
    set -- "$(echo "$1" | tr - _)"
    grep -qx "$1" load.names 2>/dev/null && return 0
    path=$(module_path "$1")
    [ -n "$path" ] || return 0   # built into the kernel
    for dependency in $(module_depends "$path"); do add_module "$dependency"; done
    echo "$1" >> load.names
    file="$root/modules/$1.ko"
    case "$path" in
        *.xz) xz -dc "$path" > "$file" ;;
        *.zst) zstd -dc "$path" > "$file" ;;
        *) cp "$path" "$file" ;;
    esac
    echo "insmod /modules/$1.ko" >> load.order
}
: > load.names
: > load.order
for module in $MODULES; do add_module "$module"; done

{
    echo '#!/bin/busybox sh'
    echo '/bin/busybox --install -s /bin'
    echo 'mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev'
    sed 's/$/ 2>\/dev\/null/' load.order
    echo 'echo "guestabi guest: $(cat /proc/version)"'
    echo 'echo "guestabi guest: drivers: $(cut -d" " -f1 /proc/modules | tr "\n" " ")"'
    echo 'i=0'
    echo 'while true; do i=$((i+1)); echo "guestabi-heartbeat $i"; sleep 1; done'
} > "$root/init"
chmod 0755 "$root/init"

(cd "$root" && find . | "$work/busybox/bin/busybox" cpio -o -H newc 2>/dev/null) | gzip -9 > initrd.img
cp "kernel/boot/vmlinuz-$release" "$CACHE/vmlinuz.new"
mv initrd.img "$CACHE/initrd.img.new"
mv "$CACHE/vmlinuz.new" "$CACHE/vmlinuz"
mv "$CACHE/initrd.img.new" "$CACHE/initrd.img"
echo "$stamp" > "$CACHE/stamp"
echo "build-guest-initramfs: $kernel_package $kernel_version, modules: $(tr '\n' ' ' < load.names)" >&2
echo "KERNEL=$CACHE/vmlinuz"
echo "INITRD=$CACHE/initrd.img"
