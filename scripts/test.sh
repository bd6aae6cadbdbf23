#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, checks the formatting, builds everything (warnings are errors) and runs
# every test headless.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
ripen_install_deps --test
# First: it takes a second, the build takes minutes.
bash "$root/scripts/check-format.sh"
ripen_build ci

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC
cd "$root/build/ci"
ctest --output-on-failure --parallel "$(nproc)" "$@"
