#!/usr/bin/env bash
# build-patched-qemu.sh — what a stable maintainer does with a bugfix-machine plan: unpack the
# whole release trees, apply the patches `guestabi bugfix generate` writes for each branch, and
# build qemu-system-x86_64 with the fewest features, leaving the binaries in an output folder.
#
#   scripts/build-patched-qemu.sh --plan plan.json [--with-name-check-fix] [--out DIR] [-j N] \
#       [--trees DIR] RELEASE=BRANCH[+name-check] [RELEASE=BRANCH[+name-check] …]
#   e.g. scripts/build-patched-qemu.sh --plan plan.json 10.0.13=10.0+name-check 10.2.2=10.2
#
# RELEASE is a release scripts/qemu-sources.sh pins (10.0.13); BRANCH the plan's branch that
# tree plays (10.0, or master). `+name-check` (or --with-name-check-fix for every release) also
# applies the companion patch that makes the configuration check compare whole machine names.
# --trees DIR reads whole trees already unpacked there (DIR/RELEASE, marked .full by
# `scripts/qemu-sources.sh --full`); they are copied, never written. Without it the whole trees are
# fetched into QEMU_CORPUS. Per release, in OUT/RELEASE: src/ (the patched tree),
# *.patch (what was applied), build/ (meson's), build.log, and qemu-system-x86_64: a wrapper
# that runs the built binary with firmware from build/pc-bios and the system's SeaBIOS, iPXE and
# QEMU data (kvmvapic.bin, which Debian's source tarball does not carry).
#
# Environment:
#   QEMU_CORPUS   where the whole trees are unpacked when --trees is not given (default
#                 /var/tmp/guestabi-full-corpus; never a corpus of partial trees)
#   GUESTABI      the guestabi binary (default: .build/debug/guestabi, built when missing)
#   NICE          niceness of the build (default 15: the machine is shared)
#
# Needs root for apt-get (build dependencies) unless they are installed, and network access for
# pip (the meson version each tree's pythondeps.toml names: Debian's tarballs lack the vendored
# wheel). Not part of the default test run: .ci/run calls it only with GUESTABI_REAL_BUILD=1.
# Takes about 8 minutes per tree on two idle cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PLAN=""
NAMECHECK=0
OUT=/var/tmp/guestabi-patched-qemu
JOBS=$(nproc)
PAIRS=()
TREES=""
while [ $# -gt 0 ]; do
  case "$1" in
    --plan) PLAN=${2:?--plan needs a file}; shift 2 ;;
    --with-name-check-fix) NAMECHECK=1; shift ;;
    --out) OUT=${2:?--out needs a directory}; shift 2 ;;
    --trees) TREES=${2:?--trees needs a directory}; shift 2 ;;
    -j) JOBS=${2:?-j needs a number}; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    -*) echo "build-patched-qemu: unknown option $1 (see --help)" >&2; exit 2 ;;
    *=*) PAIRS+=("$1"); shift ;;
    *) echo "build-patched-qemu: '$1': expected RELEASE=BRANCH[+name-check], e.g. 10.0.13=10.0" >&2; exit 2 ;;
  esac
done
[ -n "$PLAN" ] || { echo "build-patched-qemu: --plan FILE is required (guestabi bugfix plan --format json)" >&2; exit 2; }
[ -r "$PLAN" ] || { echo "build-patched-qemu: '$PLAN': cannot read the plan" >&2; exit 2; }
[ ${#PAIRS[@]} -gt 0 ] || { echo "build-patched-qemu: give at least one RELEASE=BRANCH, e.g. 10.0.13=10.0" >&2; exit 2; }
case "$JOBS" in ''|*[!0-9]*) echo "build-patched-qemu: -j '$JOBS': expected a number" >&2; exit 2 ;; esac
PLAN=$(realpath "$PLAN")
for pair in "${PAIRS[@]}"; do
  branch=${pair#*=}
  branch=${branch%+name-check}
  case "$branch" in
    ''|*+*|*=*) echo "build-patched-qemu: '$pair': expected RELEASE=BRANCH[+name-check], e.g. 10.0.13=10.0+name-check" >&2; exit 2 ;;
  esac
  if [ -n "$TREES" ] && [ ! -f "$TREES/${pair%%=*}/.full" ]; then
    echo "build-patched-qemu: --trees $TREES: no whole tree of ${pair%%=*} there (DIR/RELEASE/.full is missing)" >&2; exit 2
  fi
done
export QEMU_CORPUS=${QEMU_CORPUS:-/var/tmp/guestabi-full-corpus}
NICE=${NICE:-15}
mkdir -p "$OUT"
OUT=$(realpath "$OUT")

GUESTABI=${GUESTABI:-$ROOT/.build/debug/guestabi}
if [ ! -x "$GUESTABI" ]; then swift build --product guestabi >&2; fi

# Build dependencies of a minimal x86_64-softmmu, and the firmware the wrapper points at.
DEPS=(gcc make ninja-build pkg-config python3-venv libglib2.0-dev libpixman-1-dev flex bison
  device-tree-compiler libfdt-dev bzip2 seabios ipxe-qemu qemu-system-data git)
missing=()
for p in "${DEPS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}" >&2
  apt-get -o DPkg::Lock::Timeout=900 install -y -q "${missing[@]}" >&2
fi

# The packages of the [meson] group of the tree's pythondeps.toml (meson itself, pycotap), at the
# versions it installs (`installed = "X"`), in a private venv that configure's own venv builds on.
meson_venv() {
  local tree=$1 specs
  specs=$(awk '/^\[/{s=$0} s=="[meson]" && /^[A-Za-z0-9_.-]+ *=/ && match($0, /installed = "[^"]*"/){print $1 "==" substr($0, RSTART+13, RLENGTH-14)}' "$tree/pythondeps.toml")
  case "$specs" in *meson==*) ;; *) echo "build-patched-qemu: $tree/pythondeps.toml names no meson version" >&2; return 1 ;; esac
  local venv="$OUT/.venv-$(echo $specs | tr ' =' '+-')"
  if [ ! -x "$venv/bin/meson" ]; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install -q $specs >&2
  fi
  echo "$venv"
}

for pair in "${PAIRS[@]}"; do
  release=${pair%%=*}
  branch=${pair#*=}
  namecheck=$NAMECHECK
  case "$branch" in *+name-check) branch=${branch%+name-check}; namecheck=1 ;; esac
  dir="$OUT/$release"
  echo "== $release as branch $branch$([ $namecheck = 1 ] && echo ' with the name-check fix') → $dir" >&2
  start=$(date +%s)
  if [ -n "$TREES" ]; then
    tree=$TREES/$release
  else
    tree=$(bash scripts/qemu-sources.sh --full "$release" | awk '{print $2}')
  fi
  rm -rf "$dir/src" "$dir/build" "$dir"/*.patch
  mkdir -p "$dir"
  cp -a "$tree" "$dir/src"

  # The patches, from the one plan.
  args=(bugfix generate --plan "$PLAN" --tree "$dir/src" --branch "$branch" -o "$dir/bugfix.patch")
  if [ $namecheck = 1 ]; then args+=(--with-name-check-fix); fi
  "$GUESTABI" "${args[@]}"
  patches=("$dir/bugfix.patch")
  if [ -f "$dir/bugfix.name-check.patch" ]; then patches+=("$dir/bugfix.name-check.patch"); fi
  for patch in "${patches[@]}"; do
    git -C "$dir/src" apply --check "$patch"
    git -C "$dir/src" apply "$patch"
    echo "applied $(basename "$patch")" >&2
  done

  # Debian's tarballs strip the prebuilt edk2 images (its own packages build them); meson only
  # decompresses them, so empty stand-ins let it configure. x86 machines boot SeaBIOS anyway.
  for fd in $(grep -o "'edk2-[a-z0-9_-]*\.fd'" "$dir/src/pc-bios/meson.build" | tr -d "'"); do
    [ -f "$dir/src/pc-bios/$fd.bz2" ] || bzip2 -c </dev/null >"$dir/src/pc-bios/$fd.bz2"
  done

  venv=$(meson_venv "$dir/src")
  mkdir -p "$dir/build"
  (
    cd "$dir/build"
    nice -n "$NICE" ../src/configure --python="$venv/bin/python3" --target-list=x86_64-softmmu \
      --without-default-features --enable-fdt=system --disable-install-blobs --disable-docs
    nice -n "$NICE" ninja -j "$JOBS" qemu-system-x86_64
  ) >"$dir/build.log" 2>&1 || {
    echo "build-patched-qemu: $release failed; the end of $dir/build.log:" >&2
    tail -30 "$dir/build.log" >&2
    exit 1
  }
  cat >"$dir/qemu-system-x86_64" <<EOF
#!/bin/sh
# QEMU $release patched as branch $branch by scripts/build-patched-qemu.sh
exec "$dir/build/qemu-system-x86_64" -L "$dir/build/pc-bios" -L "$dir/src/pc-bios" -L /usr/share/seabios -L /usr/lib/ipxe/qemu -L /usr/share/qemu "\$@"
EOF
  chmod +x "$dir/qemu-system-x86_64"
  warnings=$(grep -c ' warning: ' "$dir/build.log" || true)
  echo "$release $dir/qemu-system-x86_64 built in $(( $(date +%s) - start ))s, $warnings compiler warnings" >&2
  echo "$release $dir/qemu-system-x86_64"
done
