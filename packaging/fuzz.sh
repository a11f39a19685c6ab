#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs them: the parser for SECONDS,
# the PDF geometry (fuzz_pdflayout) for half as long.
#   packaging/fuzz.sh [SECONDS]   (default 60; crashes go to build/fuzz/crashes)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-60}"
dir="$BROADSHEET_ROOT/build/fuzz"
generator=()
[ -f "$dir/CMakeCache.txt" ] || generator=(-G Ninja)
echo "== Building the fuzzer in $dir"
CC=clang-14 CXX=clang++-14 cmake -S "$BROADSHEET_ROOT" -B "$dir" "${generator[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBROADSHEET_FUZZ=ON -DBROADSHEET_WERROR=ON >/dev/null
cmake --build "$dir" --target fuzz_parser fuzz_pdflayout

# A working corpus seeded with every issue file in the repository.
corpus="$dir/corpus"
mkdir -p "$corpus" "$dir/crashes"
find "$BROADSHEET_ROOT/seeds" "$BROADSHEET_ROOT/tests/data" -name '*.txt' -exec cp -f {} "$corpus/" \;

echo "== Fuzzing the parser for $seconds s"
cd "$dir"
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" ./tests/fuzz/fuzz_parser "$corpus" \
    -dict="$BROADSHEET_ROOT/tests/fuzz/parser.dict" -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$dir/crashes/" -print_final_stats=1

echo "== Fuzzing the PDF geometry for $((seconds / 2)) s"
mkdir -p "$dir/corpus-pdflayout"
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" ./tests/fuzz/fuzz_pdflayout "$dir/corpus-pdflayout" \
    -max_total_time="$((seconds / 2))" -max_len=28000 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$dir/crashes/pdflayout-" -print_final_stats=1
