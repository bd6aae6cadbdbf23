#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes Ripen's database opener (tests/fuzz/fuzzopen.cpp) for --minutes N (default 30):
#   scripts/fuzz.sh [--minutes N] [--loop] [--seed S]
# By default under libFuzzer, guided by coverage, with AddressSanitizer and UndefinedBehaviorSanitizer
# (the fuzz preset: clang, build/fuzz); its corpus grows in build/fuzz/corpus and survives runs. --loop
# runs the seeded mutation loop of the CI build instead (no clang needed). A finding stops the run with
# exit 1 and its file is kept in build/fuzz/findings.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"

minutes=30
loop=0
seed=""
while [ "$#" -gt 0 ]; do
    case "$1" in
        --minutes) minutes="$2"; shift 2 ;;
        --loop) loop=1; shift ;;
        --seed) seed="$2"; shift 2 ;;
        *) echo "error: unknown option $1 (use --minutes N, --loop, --seed S)" >&2; exit 2 ;;
    esac
done
seconds=$((minutes * 60))
findings="$root/build/fuzz/findings"
mkdir -p "$findings"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC

if [ "$loop" -eq 1 ]; then
    ripen_install_deps --test
    ripen_build ci ripen_fuzz_open
    exec "$root/build/ci/tests/fuzz/ripen_fuzz_open" --seconds "$seconds" --findings "$findings" \
        ${seed:+--seed "$seed"}
fi

ripen_install_deps --fuzz
ripen_build fuzz ripen_fuzz_open
fuzzer="$root/build/fuzz/tests/fuzz/ripen_fuzz_open"
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
RIPEN_FUZZ_WRITE_SEEDS="$root/build/fuzz/seeds" "$fuzzer"
mkdir -p "$root/build/fuzz/corpus"
cd "$findings"
# The seeds are whole files of 250-300 KB; longer inputs are allowed so libFuzzer may grow them.
exec "$fuzzer" -max_total_time="$seconds" -max_len=400000 -timeout=30 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$findings/" ${seed:+-seed="$seed"} \
    "$root/build/fuzz/corpus" "$root/build/fuzz/seeds"
