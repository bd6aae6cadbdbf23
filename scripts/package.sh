#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the application alone (the package preset: Release, no tests)
# and makes the Debian package build/package/ripen_<version>_<arch>.deb with cpack.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
ripen_install_deps --package
ripen_build package
cd "$root/build/package"
rm -f ripen_*.deb
cpack -G DEB >/dev/null
ls "$root"/build/package/ripen_*.deb
