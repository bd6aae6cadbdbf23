#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file under src/ or tests/ is not formatted as .clang-format says, or when a
# tracked source, build, script or SQL file lacks its SPDX-License-Identifier line.
# Needs clang-format 14 (Debian 12's `clang-format`): other versions format some constructs differently.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

needed=14
if ! command -v clang-format >/dev/null 2>&1; then
    echo "error: clang-format $needed is needed to check the formatting, and clang-format is not installed" >&2
    echo "Install it with: apt-get install clang-format" >&2
    exit 1
fi
version="$(clang-format --version | sed -n 's/.*clang-format version \([0-9][0-9.]*\).*/\1/p')"
if [ "${version%%.*}" != "$needed" ]; then
    echo "error: clang-format ${version:-(unknown version)} found, version $needed needed" \
        "(Debian 12's clang-format): other versions format differently" >&2
    exit 1
fi

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "error: $root is not a git checkout (or git is missing): the check formats the tracked files" >&2
    exit 1
fi
mapfile -d '' -t files < <(git ls-files -z -- 'src/*.h' 'src/*.cpp' 'tests/*.h' 'tests/*.cpp')
if ! clang-format --dry-run -Werror "${files[@]}"; then
    echo "error: the files above are not formatted; run: clang-format -i FILE... (clang-format 14)" >&2
    exit 1
fi
mapfile -t unlicensed < <(git ls-files -- 'src/*.h' 'src/*.cpp' 'tests/*.h' 'tests/*.cpp' '*CMakeLists.txt' \
    'scripts/*.sh' '.ci/run' 'resources/sql/*.sql' 'ui/*.ui' \
    | while read -r file; do head -n 3 "$file" | grep -q 'SPDX-License-Identifier:' || echo "$file"; done)
if [ "${#unlicensed[@]}" -gt 0 ]; then
    printf '%s: no SPDX-License-Identifier line in its first three lines\n' "${unlicensed[@]}" >&2
    echo "error: add '// SPDX-License-Identifier: GPL-3.0-or-later' (or # or -- as the language comments)" >&2
    exit 1
fi
echo "Formatting: ${#files[@]} files checked with clang-format $version, all formatted; every source file names its licence."
