#!/bin/bash
# setup-qemu-lab.sh - install real Debian QEMU builds side by side, for the QMP probes and
# integration tests of guestabi (module QMP, Tests/QMPTests).
#
# Layout (what the tests and `guestabi` expect):
#   /opt/qemu-lab/<version>/qemu-system-<target>   wrapper that runs the real binary
#   /opt/qemu-lab/<version>/root/                  private root: `dpkg -x` of the closure
#   /opt/qemu-lab/<version>/{VERSION,DEBIAN_VERSION,PACKAGES}
#   /opt/qemu-lab/.apt/<version>/                  private apt state and .deb cache
# Versions: 7.2 (Debian bookworm, reports 7.2.22) and 10.0.2 (bookworm-backports).
# Targets: x86 (qemu-system-x86_64, -i386), arm (-aarch64, -arm), ppc (-ppc64, -ppc),
#          s390x (-s390x), m68k (-m68k): the system emulators whose machine types are
#          versioned (pc-q35-X.Y, virt-X.Y, pseries-X.Y, s390-ccw-virtio-X.Y, m68k virt-X.Y).
#
# How: for each version, the wanted qemu-system-* packages, pinned to one Debian version, plus
# their complete Depends closure (glibc, firmware: qemu-system-data with slof.bin, s390-ccw.img
# and openbios-ppc, seabios, ipxe-qemu) are downloaded with apt-get into a private apt dir
# (empty dpkg status, so apt resolves the full closure) and unpacked with `dpkg -x` into a
# private root. Each wrapper runs its binary through that root's own dynamic loader with
# --library-path and -L firmware dirs, so the host system is not modified and no host library
# is used. Only apt-get and dpkg against the Debian archive this machine's apt already uses
# are involved; no host is named here.
#
# Idempotent: a version whose stamp matches, whose installed targets cover the requested ones
# and whose wrappers all run is left alone ("already installed"). A rebuild is unpacked into
# root.new and swapped in with two renames, so QEMUs running from the old root are not
# disturbed. One run at a time (flock on /opt/qemu-lab/.setup.lock).
#
# Usage: sudo scripts/setup-qemu-lab.sh [version ...]     (default: every version)
#   QEMU_LAB_TARGETS="x86 arm ppc s390x m68k"  targets to install (default all; x86 always)
#   LAB=/opt/qemu-lab                           where to install
#   MIRROR=… SECMIRROR=…                        override the archive apt is configured for
set -euo pipefail

LAB=${LAB:-/opt/qemu-lab}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
# Bump when the wrapper or root layout changes: every version is then rebuilt once.
LAYOUT=v5

# --- The archive this machine's apt already uses ------------------------------------------
# deb822 sources first (URIs: lines), then a classic sources.list.
deb822_uris() { grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' || true; }
MIRROR=${MIRROR:-$(deb822_uris | grep -v security | head -1)}
SECMIRROR=${SECMIRROR:-$(deb822_uris | grep security | head -1)}
[ -n "$MIRROR" ] || MIRROR=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$SECMIRROR" ] || SECMIRROR=${MIRROR}-security

# --- What to install ----------------------------------------------------------------------
# version | Debian package version | apt target release ("" = default) | sources (';'-separated)
BOOKWORM="deb $MIRROR bookworm main;deb $MIRROR bookworm-updates main;deb $SECMIRROR bookworm-security main"
VERSIONS=(
  "7.2|1:7.2+dfsg-7+deb12u18+b3||$BOOKWORM"
  "10.0.2|1:10.0.2+ds-2+deb13u1~bpo12+1|bookworm-backports|$BOOKWORM;deb $MIRROR bookworm-backports main"
)

# target | binaries that get a wrapper (all must run) | candidate packages (the first one the
# suite has at exactly the version's Debian version is used)
TARGET_SPECS=(
  "x86|qemu-system-x86_64 qemu-system-i386|qemu-system-x86"
  "arm|qemu-system-aarch64 qemu-system-arm|qemu-system-arm"
  "ppc|qemu-system-ppc64 qemu-system-ppc|qemu-system-ppc"
  "s390x|qemu-system-s390x|qemu-system-s390x qemu-system-misc"
  "m68k|qemu-system-m68k|qemu-system-misc"
)
ALL_TARGETS="x86 arm ppc s390x m68k"
# Also pinned to the version when the suite has them at it: 10.x qemu-system-misc has
# unversioned Depends on qemu-system-riscv and qemu-system-s390x.
EXTRA_PINS="qemu-system-common qemu-system-riscv"
BASE_FIRMWARE="qemu-system-data seabios ipxe-qemu"

log() { echo "[setup-qemu-lab $(date +%T)] $*" >&2; }
die() { echo "setup-qemu-lab: $1" >&2; exit "${2:-1}"; }

[ "$(id -u)" = 0 ] || die "must run as root (it writes $LAB)"
command -v apt-get >/dev/null && command -v dpkg >/dev/null && command -v flock >/dev/null \
  || die "needs apt-get, dpkg and flock (a Debian-like system)"
[ -n "$MIRROR" ] || die "cannot tell which Debian archive apt uses; set MIRROR=http://deb.debian.org/debian"

REQ_TARGETS=${QEMU_LAB_TARGETS:-$ALL_TARGETS}
for t in $REQ_TARGETS; do
  case " $ALL_TARGETS " in *" $t "*) ;; *) die "unknown target '$t' (known: $ALL_TARGETS)" 2;; esac
done

want=("$@")
KNOWN_VERSIONS=$(printf '%s\n' "${VERSIONS[@]}" | cut -d'|' -f1 | tr '\n' ' ')
for v in "${want[@]}"; do
  case " $KNOWN_VERSIONS" in *" $v "*) ;; *) die "unknown version '$v' (known: ${KNOWN_VERSIONS% })" 2;; esac
done
selected() {
  [ ${#want[@]} -eq 0 ] && return 0
  local v; for v in "${want[@]}"; do [ "$v" = "$1" ] && return 0; done; return 1
}

spec_of() { local s; for s in "${TARGET_SPECS[@]}"; do [ "${s%%|*}" = "$1" ] && { echo "$s"; return 0; }; done; return 1; }
bins_of() { local s; s=$(spec_of "$1"); s=${s#*|}; echo "${s%%|*}"; }
cands_of() { local s; s=$(spec_of "$1"); echo "${s##*|}"; }
# A target set in canonical order, x86 always included.
norm_targets() { local t out=""; for t in $ALL_TARGETS; do case " x86 $* " in *" $t "*) out="$out $t";; esac; done; echo "${out# }"; }

# wrappers_ok TOP TARGET...: every wrapper of these targets runs and says it is QEMU.
wrappers_ok() {
  local top=$1 t b; shift
  for t in "$@"; do
    for b in $(bins_of "$t"); do
      [ -x "$top/$b" ] && "$top/$b" -version 2>/dev/null | grep -q 'QEMU emulator version' || return 1
    done
  done
}

# is_elf FILE
is_elf() { [ -f "$1" ] && [ "$(head -c4 "$1" | od -An -tx1 | tr -d ' \n')" = 7f454c46 ]; }

# write_wrapper TOP ROOT VERSION DEBVER BINARY LDSO LIBPATH FWARGS
write_wrapper() {
  local top=$1 root=$2 ver=$3 debver=$4 b=$5 ldso=$6 libpath=$7 fwargs=$8 exe="" c
  # bookworm's qemu-system-x86 ships /usr/bin/qemu-system-i386 as a Xen-redirect shell
  # script around /usr/libexec/qemu-system-i386: wrap the real ELF binary.
  for c in "usr/bin/$b" "usr/libexec/$b"; do is_elf "$root/$c" && { exe=$c; break; }; done
  if [ -z "$exe" ]; then echo "$ver: no ELF binary for $b in $root" >&2; rm -f "$top/$b"; return 1; fi
  cat > "$top/$b.tmp" <<EOF
#!/bin/sh
# wrapper generated by setup-qemu-lab.sh: QEMU $ver ($debver), $b
R=$root
export QEMU_MODULE_DIR=$root/usr/lib/x86_64-linux-gnu/qemu
export GCONV_PATH=\$R/usr/lib/x86_64-linux-gnu/gconv
export LC_ALL=C
unset LD_LIBRARY_PATH LD_PRELOAD
exec $ldso --library-path $libpath \$R/$exe$fwargs "\$@"
EOF
  chmod 755 "$top/$b.tmp"
  mv -f "$top/$b.tmp" "$top/$b"
  # ldd-style check through the private loader
  if "$ldso" --library-path "$libpath" --list "$root/$exe" | grep -q 'not found'; then
    echo "$ver: $b: missing libraries:" >&2
    "$ldso" --library-path "$libpath" --list "$root/$exe" | grep 'not found' >&2
    return 1
  fi
}

install_version() {
  local ver=$1 debver=$2 release=$3 sources=$4
  local top=$LAB/$ver root=$LAB/$ver/root ad=$LAB/.apt/$ver
  local stamp="$debver|$sources|$LAYOUT"
  local targets; targets=$(norm_targets $REQ_TARGETS)

  if [ "$(cat "$top/.stamp" 2>/dev/null)" = "$stamp" ]; then
    local have missing="" t
    have=$(cat "$top/.targets" 2>/dev/null || true)
    for t in $targets; do case " $have " in *" $t "*) ;; *) missing="$missing $t";; esac; done
    if [ -z "$missing" ] && wrappers_ok "$top" $targets; then
      log "$ver: already installed [$have] ($("$top/qemu-system-x86_64" -version | head -1))"
      return 0
    fi
    targets=$(norm_targets $targets $have)   # keep what was there, add what is missing
  fi

  log "$ver: preparing private apt dir $ad (targets: $targets)"
  mkdir -p "$top" "$ad/lists/partial" "$ad/archives/partial" "$ad/cache" "$ad/state"
  : > "$ad/state/status"            # empty dpkg status -> full dependency closure
  tr ';' '\n' <<<"$sources" | sed "s|^deb |deb [signed-by=$KEYRING] |" > "$ad/sources.list"
  local O=(-o Dir::Etc::sourcelist="$ad/sources.list" -o Dir::Etc::sourceparts=-
           -o Dir::State="$ad/state" -o Dir::State::Lists="$ad/lists"
           -o Dir::State::status="$ad/state/status" -o Dir::Cache="$ad/cache"
           -o Dir::Cache::archives="$ad/archives" -o Dir::Etc::preferencesparts=-
           -o Dir::Etc::preferences=/dev/null -o APT::Install-Recommends=false
           -o APT::Install-Suggests=false -o Debug::NoLocking=true
           -o Acquire::Languages=none -o APT::Get::List-Cleanup=false)
  [ -n "$release" ] && O+=(-t "$release")
  log "$ver: apt-get update"
  apt-get "${O[@]}" -q update >"$ad/update.log" 2>&1 || { cat "$ad/update.log" >&2; return 1; }

  # has_ver PKG: does this suite carry PKG at exactly $debver?
  has_ver() { apt-cache "${O[@]}" madison "$1" 2>/dev/null | awk -F'|' -v v="$debver" '{gsub(/ /,"",$2)} $2==v{f=1} END{exit !f}'; }
  local pkgs=() t p c tmap=""
  for t in $targets; do
    p=""
    for c in $(cands_of "$t"); do has_ver "$c" && { p=$c; break; }; done
    [ -n "$p" ] || { echo "$ver: no package for target $t at $debver (tried: $(cands_of "$t"))" >&2; return 1; }
    tmap="$tmap $t=$p"
    case " ${pkgs[*]} " in *" $p=$debver "*) ;; *) pkgs+=("$p=$debver");; esac
  done
  for p in $EXTRA_PINS; do
    case " ${pkgs[*]} " in *" $p=$debver "*) continue;; esac
    # qemu-system-riscv only matters where qemu-system-misc is wanted and depends on it
    if [ "$p" = qemu-system-riscv ]; then case " ${pkgs[*]} " in *" qemu-system-misc="*) ;; *) continue;; esac; fi
    has_ver "$p" && pkgs+=("$p=$debver")
  done
  case " ${pkgs[*]} " in *" qemu-system-misc="*)
    case " ${pkgs[*]} " in *" qemu-system-s390x="*) ;; *) has_ver qemu-system-s390x && pkgs+=("qemu-system-s390x=$debver");; esac;; esac
  log "$ver: target->package:$tmap"

  log "$ver: downloading ${pkgs[*]} $BASE_FIRMWARE + closure"
  # shellcheck disable=SC2086
  apt-get "${O[@]}" -q -y --download-only install "${pkgs[@]}" $BASE_FIRMWARE >"$ad/download.log" 2>&1 \
      || { tail -30 "$ad/download.log" >&2; return 1; }
  # Exactly the debs of this closure (the cache may hold debs of older runs): a simulated
  # install from the empty status lists every (package, version) of the closure.
  local want_list="$ad/closure.txt" debs=() d
  # shellcheck disable=SC2086
  apt-get "${O[@]}" -q -s install "${pkgs[@]}" $BASE_FIRMWARE 2>/dev/null \
      | awk '/^Inst /{v=$3; sub(/^\(/,"",v); print $2" "v}' | sort -u > "$want_list"
  while read -r d; do
    grep -qxF "$(dpkg-deb -f "$d" Package Version | awk '{printf "%s%s", (NR>1?" ":""), $2}')" "$want_list" && debs+=("$d")
  done < <(ls "$ad"/archives/*.deb)
  [ ${#debs[@]} -eq "$(wc -l < "$want_list")" ] \
    || { echo "$ver: closure has $(wc -l < "$want_list") packages but ${#debs[@]} matching debs" >&2; return 1; }
  log "$ver: ${#debs[@]} debs in closure"

  # A fresh root every time we (re)build.
  rm -rf "$root.new"; mkdir -p "$root.new"
  for d in "${debs[@]}"; do dpkg -x "$d" "$root.new"; done
  # Re-extract the wanted qemu-system-* build last: no other version may win.
  for d in "${debs[@]}"; do
    case "$(basename "$d")" in qemu-system-*)
      [ "$(dpkg-deb -f "$d" Version)" = "$debver" ] && dpkg -x "$d" "$root.new";; esac
  done
  # Absolute symlinks must point inside the private root (at its final path).
  find "$root.new" -type l | while read -r l; do
    t=$(readlink "$l")
    case "$t" in /*) ln -sfn "$root${t}" "$l";; esac
  done
  # Swap in: QEMUs running from the old root keep their (unlinked) files.
  local old="$top/.root.old.$$"
  [ -e "$root" ] && mv "$root" "$old"
  mv "$root.new" "$root"
  rm -rf "$old"

  local ldso
  ldso=$(find "$root" -name 'ld-linux-x86-64.so.2' \( -type f -o -type l \) | head -1)
  [ -n "$ldso" ] && ldso=$(readlink -f "$ldso")
  [ -n "$ldso" ] || { echo "$ver: no ld.so found in $root" >&2; return 1; }
  local libpath="$root/lib/x86_64-linux-gnu:$root/usr/lib/x86_64-linux-gnu:$root/usr/lib/x86_64-linux-gnu/pulseaudio:$root/lib:$root/usr/lib"
  # Firmware dirs: qemu-system-data (slof.bin, s390-ccw.img, openbios, …), seabios, ipxe
  local fwargs="" f
  for f in "$root/usr/share/qemu" "$root/usr/share/seabios" "$root/usr/lib/ipxe/qemu"; do
    [ -d "$f" ] && fwargs="$fwargs -L $f"
  done
  local b bad=0 done_bins=" "
  for t in $targets; do
    for b in $(bins_of "$t"); do
      case "$done_bins" in *" $b "*) continue;; esac
      done_bins="$done_bins$b "
      write_wrapper "$top" "$root" "$ver" "$debver" "$b" "$ldso" "$libpath" "$fwargs" || bad=1
    done
  done
  [ $bad = 0 ] || return 1
  wrappers_ok "$top" $targets || { echo "$ver: a wrapper does not run" >&2; return 1; }
  "$top/qemu-system-x86_64" -version | tee "$top/VERSION" >&2
  echo "$debver" > "$top/DEBIAN_VERSION"
  echo "$targets" > "$top/.targets"
  echo "$tmap" | tr ' ' '\n' | sed '/^$/d' > "$top/PACKAGES"
  echo "$stamp" > "$top/.stamp"
  log "$ver: OK [$targets]"
}

mkdir -p "$LAB"
exec 9>"$LAB/.setup.lock"
flock -n 9 || die "another setup-qemu-lab run holds $LAB/.setup.lock"
rc=0
for spec in "${VERSIONS[@]}"; do
  IFS='|' read -r ver debver release sources <<<"$spec"
  selected "$ver" || continue
  install_version "$ver" "$debver" "$release" "$sources" || { log "$ver: FAILED"; rc=1; }
done
for w in "$LAB"/*/qemu-system-*; do
  case "$w" in *.tmp) continue;; esac
  [ -x "$w" ] && echo "$w: $("$w" -version 2>&1 | head -1)"
done
exit $rc
