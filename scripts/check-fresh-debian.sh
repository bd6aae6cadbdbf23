#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the README's two commands, and the .deb, on a clean Debian 12 system.
#
#   sudo scripts/check-fresh-debian.sh [--rebuild-base] [--keep] [--out DIR]
#
# 1. Builds a Debian 12 minbase root with debootstrap once and caches it as a tarball outside the
#    repository (RIPEN_FRESH_CACHE, default /var/cache/ripen/fresh-debian).
# 2. Unpacks a fresh copy, puts a clean `git clone` of HEAD in it (committed work only) and, in a
#    chroot, runs `scripts/test.sh`, then `scripts/run.sh --demo --screenshot`, then `scripts/package.sh`.
# 3. Unpacks a second fresh copy, installs the .deb with `apt-get install ./ripen_*.deb` and runs
#    `ripen --version` and `ripen --demo --screenshot` from the installed path.
# Screenshots, the .deb and each stage's log are copied to --out (default ./build/fresh-debian).
# Prints one result line last; exits 0 only when every stage passed. Mounts and roots are removed
# on every exit unless --keep is given.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${RIPEN_FRESH_CACHE:-/var/cache/ripen/fresh-debian}"
out="$repo/build/fresh-debian"
suite=bookworm
rebuild_base=0
keep=0

usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ "$#" -gt 0 ]; do
    case "$1" in
        --rebuild-base) rebuild_base=1 ;;
        --keep) keep=1 ;;
        --out) out="$(realpath -m "${2:?--out needs a folder}")"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "check-fresh-debian: unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

fail_setup() { echo "check-fresh-debian: cannot run: $*" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || fail_setup "it needs root (debootstrap, chroot and mounts); run it with sudo"
for tool in debootstrap chroot git tar mount umount; do
    command -v "$tool" >/dev/null 2>&1 || fail_setup "'$tool' is missing; install it with: apt-get install debootstrap git"
done
git -C "$repo" rev-parse --verify -q HEAD >/dev/null || fail_setup "$repo is not a git checkout with a commit"

# The Debian mirror this machine's apt uses, unless RIPEN_DEBIAN_MIRROR names one.
host_mirror() {
    local uri
    uri="$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n 1 || true)"
    [ -n "$uri" ] || uri="$(grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -v security | head -n 1 || true)"
    printf '%s' "$uri"
}
mirror="${RIPEN_DEBIAN_MIRROR:-$(host_mirror)}"
[ -n "$mirror" ] || fail_setup "no Debian mirror found in /etc/apt; set RIPEN_DEBIAN_MIRROR"

work="$(mktemp -d /var/tmp/ripen-fresh.XXXXXX)"
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
    if [ "$keep" -eq 1 ]; then
        echo "check-fresh-debian: kept $work" >&2
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

base="$cache/$suite-minbase.tar"
if [ "$rebuild_base" -eq 1 ] || [ ! -s "$base" ]; then
    log "building the $suite minbase root with debootstrap (cached in $base)"
    t=$(now)
    mkdir -p "$cache" "$work/base"
    debootstrap --variant=minbase "$suite" "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -n 20 "$work/debootstrap.log" >&2; fail_setup "debootstrap failed (log above)"; }
    # A fresh install also gets the security and point-release updates.
    cat >"$work/base/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${mirror%/debian}/debian-security $suite-security main
EOF
    tar -C "$work/base" -cf "$base.part" .
    mv "$base.part" "$base"
    rm -rf --one-file-system "$work/base"
    log "base root ready in $(($(now) - t)) s"
fi

# new_root NAME: unpacks a fresh copy of the base into $root and mounts what apt, Qt and the tests
# need. (Not called in a subshell, so that the mounts are recorded for the cleanup.)
new_root() {
    root="$work/$1"
    mkdir -p "$root"
    tar -C "$root" -xf "$base"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount -t proc proc "$root/proc" && mounted+=("$root/proc")
    mount -t sysfs sysfs "$root/sys" && mounted+=("$root/sys")
    mount --bind /dev "$root/dev" && mounted+=("$root/dev")
    mount -t devpts -o newinstance devpts "$root/dev/pts" 2>/dev/null && mounted+=("$root/dev/pts") || true
    mount -t tmpfs tmpfs "$root/dev/shm" && mounted+=("$root/dev/shm")
}

# in_root ROOT LOG COMMAND...: runs a shell command in the chroot as a clean login would.
in_root() {
    local root="$1" logfile="$2"
    shift 2
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        TERM=dumb DEBIAN_FRONTEND=noninteractive /bin/bash -c "$*" >"$logfile" 2>&1
}

mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.deb "$out"/*.log
results=()
status=PASS
stage_failed() {
    status=FAIL
    results+=("$1 FAILED after $2 s (log: $out/$1.log)")
    log "$1 failed; the last lines of its log:"
    tail -n 25 "$out/$1.log" >&2
}

# Stage 1: the two README commands in a clean root.
new_root readme
git clone -q --no-local "$repo" "$root/root/ripen"
commit="$(git -C "$root/root/ripen" rev-parse --short HEAD)"
log "root 1: a clean clone of $commit; running scripts/test.sh"
t=$(now)
if in_root "$root" "$out/test.log" "cd /root/ripen && scripts/test.sh"; then
    summary="$(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$out/test.log" | tail -n 1)"
    results+=("test.sh ${summary:-passed} in $(($(now) - t)) s")
else
    stage_failed test "$(($(now) - t))"
fi

log "root 1: scripts/run.sh --demo --screenshot"
t=$(now)
if in_root "$root" "$out/run.log" "cd /root/ripen && scripts/run.sh --demo --screenshot /root/run.png" \
    && cp "$root/root/run.png" "$out/run.png"; then
    results+=("run.sh screenshot in $(($(now) - t)) s")
else
    stage_failed run "$(($(now) - t))"
fi

log "root 1: scripts/package.sh"
t=$(now)
if in_root "$root" "$out/package.log" "cd /root/ripen && scripts/package.sh" \
    && cp "$root"/root/ripen/build/package/ripen_*.deb "$out/"; then
    deb="$(basename "$(ls "$out"/ripen_*.deb | head -n 1)")"
    results+=("$deb in $(($(now) - t)) s")
else
    stage_failed package "$(($(now) - t))"
    deb=""
fi

# Stage 2: the .deb in a second clean root, with nothing but what apt pulls in for it.
if [ -n "$deb" ]; then
    new_root deb
    root2="$root"
    cp "$out/$deb" "$root2/root/"
    log "root 2: apt-get install ./$deb, ripen --version, ripen --demo --screenshot"
    t=$(now)
    if in_root "$root2" "$out/deb.log" "set -e; cd /root; apt-get update -qq
            apt-get install -y -qq ./$deb
            test \"\$(command -v ripen)\" = /usr/bin/ripen
            ripen --version
            ripen --demo --screenshot /root/deb.png --size 1280x800
            ls /usr/share/applications/io.github.ripen.Ripen.desktop /usr/share/metainfo/io.github.ripen.Ripen.metainfo.xml /usr/share/icons/hicolor/scalable/apps/io.github.ripen.Ripen.svg
            ls /usr/share/ripen/translations/" \
        && cp "$root2/root/deb.png" "$out/deb.png"; then
        results+=("deb install + ripen --version + screenshot in $(($(now) - t)) s")
    else
        stage_failed deb "$(($(now) - t))"
    fi
fi

line="check-fresh-debian: $status on a clean Debian 12 ($suite minbase) at $commit: $(IFS=';'; echo "${results[*]}" | sed 's/;/; /g'); screenshots in $out"
echo "$line"
[ "$status" = PASS ]
