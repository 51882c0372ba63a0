#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses (clang, AddressSanitizer, UndefinedBehaviorSanitizer) in a
# build directory of their own and runs each for a bounded time from its committed seed corpus.
# Exits non-zero on any crash, leak, UB report or timeout of a harness.
#
#   tests/fuzz/run.sh                 every harness, 60 s each
#   SIYU_FUZZ_SECONDS=600 tests/fuzz/run.sh values rule
#
# Environment: SIYU_FUZZ_SECONDS (per harness, default 60), SIYU_FUZZ_BUILD (build directory,
# default build-fuzz), CXX (default clang++-14), SIYU_FUZZ_JOBS (build jobs, default 2).
# Findings are written to $SIYU_FUZZ_BUILD/findings/<harness>/; the corpus grown by a run stays
# in $SIYU_FUZZ_BUILD/corpus/<harness>/ (the committed seeds are never modified).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${SIYU_FUZZ_SECONDS:-60}"
build="${SIYU_FUZZ_BUILD:-$root/build-fuzz}"
cxx="${CXX:-clang++-14}"
jobs="${SIYU_FUZZ_JOBS:-2}"
harnesses=(csv encoding values whatsapp telegram rule)
[ "$#" -gt 0 ] && harnesses=("$@")

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$root" -B "$build" "${generator[@]}" -DSIYU_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=UTC

status=0
summary=()
for h in "${harnesses[@]}"; do
    corpus="$build/corpus/$h"
    findings="$build/findings/$h"
    mkdir -p "$corpus" "$findings"
    log="$build/findings/$h.log"
    start=$(date +%s)
    echo "== fuzz_$h for ${seconds}s"
    if "$build/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$corpus" "$here/corpus/$h" >"$log" 2>&1; then
        result="clean"
    else
        result="FINDING (see $log and $findings/)"
        status=1
        tail -n 40 "$log"
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    summary+=("fuzz_$h: $result after $(($(date +%s) - start)) s, ${runs:-?} inputs")
done
printf '%s\n' "${summary[@]}"
exit "$status"
