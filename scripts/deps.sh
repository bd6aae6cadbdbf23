#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Ripen needs to build, test, package and run, when any is missing.
# Sourced by run.sh, test.sh and package.sh; safe to run on its own: scripts/deps.sh [--test] [--package] [--fuzz].
set -euo pipefail

# To build and run. libqt6opengl6-dev: Qt6ChartsConfig.cmake needs Qt6OpenGL's, which qt6-base-dev
# only recommends. fonts-dejavu-core: a minimal system has no font at all, and Qt draws boxes.
# libsqlite3-dev: `ripen generate` writes through SQLite's C API, on the library Qt's driver uses.
RIPEN_PACKAGES=(
    cmake g++ make
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libsqlite3-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libqt6svg6 qt6-translations-l10n libgl-dev fonts-dejavu-core
)
# Also to test: the desktop-file and AppStream validators the tests run, the iCalendar parser that reads
# `ripen export-ics` back (python3-icalendar, run with /usr/bin/python3), and for scripts/check-format.sh
# clang-format (version 14 on Debian 12) and git (it lists the tracked files; a minimal system has none).
RIPEN_TEST_PACKAGES=(desktop-file-utils appstream python3-icalendar clang-format git)
# Also to package: what `cpack -G DEB` needs to compute the .deb's dependencies, dpkg-shlibdeps
# (dpkg-dev) and file.
RIPEN_PACKAGE_PACKAGES=(dpkg-dev file)
# Also to fuzz under libFuzzer (scripts/fuzz.sh): clang 14 and its runtime libraries, libFuzzer among them.
RIPEN_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

# ripen_missing_packages PKG...: prints those not installed, one a line.
ripen_missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            printf '%s\n' "$pkg"
        fi
    done
}

# ripen_install_deps [--test] [--package] [--fuzz]: installs the missing packages to build and run, and
# to test, to package or to fuzz.
ripen_install_deps() {
    local wanted=("${RIPEN_PACKAGES[@]}")
    local option
    for option in "$@"; do
        case "$option" in
            --test) wanted+=("${RIPEN_TEST_PACKAGES[@]}") ;;
            --package) wanted+=("${RIPEN_PACKAGE_PACKAGES[@]}") ;;
            --fuzz) wanted+=("${RIPEN_FUZZ_PACKAGES[@]}") ;;
            *) echo "error: unknown option $option (use --test, --package or --fuzz)" >&2; return 2 ;;
        esac
    done
    local missing
    mapfile -t missing < <(ripen_missing_packages "${wanted[@]}")
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: these packages are missing and sudo is not available: ${missing[*]}" >&2
            echo "Install them as root with: apt-get install ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ripen_build PRESET [TARGET...]: configures the CMake preset (CMakePresets.json) and builds it.
ripen_build() {
    local preset="$1"
    shift
    local root
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    (cd "$root" && cmake --preset "$preset" >/dev/null)
    local targets=()
    [ "$#" -gt 0 ] && targets=(--target "$@")
    cmake --build "$root/build/$preset" --parallel "$(nproc)" "${targets[@]}"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    ripen_install_deps "$@"
fi
