#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds a Release build and starts Ripen on the demo database.
# Extra arguments go to ripen, e.g. scripts/run.sh --database ~/pipeline.sqlite (replaces --demo).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
ripen_install_deps
ripen_build release ripen

args=("$@")
[ "${#args[@]}" -eq 0 ] && args=(--demo)
exec "$root/build/release/bin/ripen" "${args[@]}"
