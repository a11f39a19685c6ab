#!/usr/bin/env bash
# Install, build and run the whole test suite. `--ci` adds the longer stages CI
# runs: the suite again under AddressSanitizer and UndefinedBehaviorSanitizer,
# and the parser's fuzzer for 60 seconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ci=0
for argument in "$@"; do
    case "$argument" in
    --ci) ci=1 ;;
    *) echo "usage: $0 [--ci]" >&2; exit 2 ;;
    esac
done

lists=("$BROADSHEET_ROOT/packaging/debian-build-packages.txt"
       "$BROADSHEET_ROOT/packaging/debian-test-packages.txt")
[ "$ci" -eq 1 ] && lists+=("$BROADSHEET_ROOT/packaging/debian-ci-packages.txt")
install_packages "${lists[@]}"

if [ "$ci" -eq 1 ]; then
    echo "== Fuzzing the parser for 60 s and the PDF geometry for 30 s"
    "$BROADSHEET_ROOT/packaging/fuzz.sh" 60 2>&1 | tail -n 30

    echo "== The tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    configure_and_build "$BROADSHEET_ROOT/build/asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DBROADSHEET_SANITIZE=ON -DBROADSHEET_STRICT_TESTS=ON
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        ctest --test-dir "$BROADSHEET_ROOT/build/asan" --output-on-failure --parallel "$(nproc)"
fi

# Strict under --ci: a test whose tool is missing fails instead of being left out.
configure_and_build "$BROADSHEET_BUILD" "-DBROADSHEET_STRICT_TESTS=$([ "$ci" -eq 1 ] && echo ON || echo OFF)"
echo "== Running the tests"
ctest --test-dir "$BROADSHEET_BUILD" --output-on-failure --parallel "$(nproc)"
