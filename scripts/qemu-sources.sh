#!/usr/bin/env bash
# qemu-sources.sh — fetch real QEMU release sources, pinned by sha256, from Debian's source
# packages, and unpack the parts that describe machine types. guestabi's tests and examples read them.
#
#   scripts/qemu-sources.sh                  # all pinned releases
#   scripts/qemu-sources.sh 10.0.13          # one release
#   QEMU_CORPUS=/some/dir scripts/qemu-sources.sh --full   # whole trees
#
# Result: $QEMU_CORPUS/<version>/{VERSION,hw,include,target,migration,...,python,scripts/...}
# (python/ and scripts/ hold QEMU's own checkers, used as peers to compare against;
# default QEMU_CORPUS=/var/cache/qemu-corpus). Idempotent: a release already unpacked is
# skipped without writing anything, so CI pays the download once per machine.
# Prints one line per release: "<version> <dir>". Downloading needs apt-get (Debian/Ubuntu) and
# write access to $QEMU_CORPUS; elsewhere, put the .orig tarball in $QEMU_CORPUS/.download.
set -euo pipefail

CORPUS=${QEMU_CORPUS:-/var/cache/qemu-corpus}
FULL=0
WANT=()
for a in "$@"; do
  case "$a" in
    --full) FULL=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "qemu-sources: unknown option $a (see --help)" >&2; exit 2 ;;
    *) WANT+=("$a") ;;
  esac
done

# version | Debian source version | orig tarball | sha256
PINNED=(
  "5.2.0|1:5.2+dfsg-11+deb11u3|qemu_5.2+dfsg.orig.tar.xz|be5ae7ddc88d68af81c7b2435b95c1cad4e9416c9a1426ee5a6a4b9a9c0bf87e"
  "7.2.0|1:7.2+dfsg-7+deb12u18|qemu_7.2+dfsg.orig.tar.xz|91aca71520040edc40b8d437aa3004dae614f58e286cf653ee8996c07af2962f"
  "10.0.2|1:10.0.2+ds-2+deb13u1~bpo12+1|qemu_10.0.2+ds.orig.tar.xz|0901da33844a331bf8b3602b9c1fbd178e60b737c8e3ade678255bd090c9b9f1"
  "10.0.13|1:10.0.13+ds-0+deb13u1|qemu_10.0.13+ds.orig.tar.xz|6a0888e806c2ffc0c5f0733e974f9aea55491950d3c47c98669c8b236dde59ae"
  "10.2.2|1:10.2.2+ds-1|qemu_10.2.2+ds.orig.tar.xz|be05230fe47a6937cd29f28f562932c8125f9c93c2a82c625198f7a4aa601dfb"
)

# Parts of a tree that machine-type tooling reads (everything with --full), as tar patterns.
# target/ holds the CPU type names compat arrays use (TYPE_X86_CPU is "x86_64-cpu" there), the CPU
# properties and the CPU migration state; migration/, qom/, system/ (softmmu/ before 8.0), net/,
# backends/ and chardev/ hold the rest of the migration state and the configuration check that
# compares machine names.
PARTS=(VERSION hw include target migration qom system softmmu net backends chardev docs/about python
  scripts/vmstate-static-checker.py scripts/compare-machine-types.py)
STAMP="parts:${PARTS[*]}"
APTDIR="$CORPUS/.apt"

for w in ${WANT[@]+"${WANT[@]}"}; do
  known=0
  for row in "${PINNED[@]}"; do [ "${row%%|*}" = "$w" ] && known=1; done
  if [ $known = 0 ]; then
    echo "qemu-sources: $w is not a pinned release (pinned: $(printf '%s ' "${PINNED[@]%%|*}"))" >&2
    exit 2
  fi
done

# Writes a deb-src list for the archive this machine's apt already uses and updates it into
# $APTDIR, leaving the system's own apt state alone. No host is named here.
setup_apt() {
  [ -f "$APTDIR/ready" ] && return 0
  command -v apt-get >/dev/null || {
    echo "qemu-sources: apt-get not found; put the .orig tarballs in $CORPUS/.download by hand" >&2
    return 1
  }
  mkdir -p "$APTDIR/lists/partial"
  local base sec
  base=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -1 || true)
  sec=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep security | head -1 || true)
  [ -n "$base" ] || base=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$base" ] || { echo "qemu-sources: no apt archive configured on this machine" >&2; return 1; }
  {
    for s in bullseye bookworm bookworm-backports trixie trixie-updates sid; do
      echo "deb-src $base $s main"
    done
    if [ -n "$sec" ]; then echo "deb-src $sec trixie-security main"; fi
  } > "$APTDIR/sources.list"
  apt-get -q -o Dir::Etc::sourcelist="$APTDIR/sources.list" -o Dir::Etc::sourceparts=- \
    -o Dir::State::Lists="$APTDIR/lists" update >/dev/null || return 1
  touch "$APTDIR/ready"
}

# Downloads the orig tarball of Debian source version $1 into $CORPUS/.download. The .dsc and
# .debian parts may 404 on a snapshot mirror; only the orig tarball matters, checked by the caller.
download() {
  (cd "$CORPUS/.download" && apt-get -q -o Dir::Etc::sourcelist="$APTDIR/sources.list" \
     -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$APTDIR/lists" \
     source --download-only "qemu=$1" >/dev/null 2>&1) || true
}

fetch_one() {
  local ver=$1 debver=$2 orig=$3 sum=$4
  local dest="$CORPUS/$ver"
  if [ "$(cat "$dest/.complete" 2>/dev/null)" = "$STAMP" ] && { [ $FULL = 0 ] || [ -f "$dest/.full" ]; }; then
    echo "$ver $dest"; return 0
  fi
  mkdir -p "$CORPUS/.download" || return 1
  local tb="$CORPUS/.download/$orig"
  if ! echo "$sum  $tb" | sha256sum -c --status 2>/dev/null; then
    setup_apt || return 1
    download "$debver"
    if ! echo "$sum  $tb" | sha256sum -c --status 2>/dev/null; then
      # The package lists may be stale (a point release superseded): refresh them once and retry.
      rm -f "$APTDIR/ready"
      setup_apt || return 1
      download "$debver"
    fi
    echo "$sum  $tb" | sha256sum -c --status 2>/dev/null || {
      echo "qemu-sources: cannot get $orig (sha256 $sum) for QEMU $ver" >&2; return 1; }
  fi
  local tmp="$dest.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp" || return 1
  if [ $FULL = 1 ]; then
    tar -xJf "$tb" -C "$tmp" --strip-components=1 || { rm -rf "$tmp"; return 1; }
  else
    # `|| true`: head closing the pipe early makes tar fail with SIGPIPE under pipefail.
    local top members=()
    top=$( (tar -tJf "$tb" || true) | head -1 | cut -d/ -f1)
    for p in "${PARTS[@]}"; do members+=("$top/$p"); done
    # Older releases lack some parts (5.2 has no docs/about): tar reports them and goes on.
    tar -xJf "$tb" -C "$tmp" --strip-components=1 --wildcards "${members[@]}" 2>/dev/null || true
  fi
  for need in VERSION hw include target; do
    [ -e "$tmp/$need" ] || { echo "qemu-sources: unpack of $orig lacks $need" >&2; rm -rf "$tmp"; return 1; }
  done
  echo "$STAMP" > "$tmp/.complete"
  if [ $FULL = 1 ]; then touch "$tmp/.full"; fi
  rm -rf "$dest" && mv "$tmp" "$dest" || return 1
  echo "$ver $dest"
}

rc=0
for row in "${PINNED[@]}"; do
  IFS='|' read -r ver debver orig sum <<<"$row"
  if [ ${#WANT[@]} -gt 0 ] && [[ ! " ${WANT[*]} " == *" $ver "* ]]; then continue; fi
  fetch_one "$ver" "$debver" "$orig" "$sum" || rc=1
done
exit $rc
