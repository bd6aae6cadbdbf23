#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset: Debug, warnings
# are errors) and runs every test headless under them: a memory error, a leak or undefined behaviour in
# Ripen fails the test that meets it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
ripen_install_deps --test

# Exported before the build too: it runs ripen_rendericon, which is sanitized as well.
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ripen_build asan

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC
cd "$root/build/asan"
ctest --output-on-failure --parallel "$(nproc)" "$@"
