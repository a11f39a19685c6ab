#!/usr/bin/env bash
# Install, build and run the whole test suite. `--ci` adds the longer stages CI runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ci=0
for argument in "$@"; do
    case "$argument" in
    --ci) ci=1 ;;
    *) echo "usage: $0 [--ci]" >&2; exit 2 ;;
    esac
done

install_packages "$BROADSHEET_ROOT/packaging/debian-build-packages.txt" \
                 "$BROADSHEET_ROOT/packaging/debian-test-packages.txt"
configure_and_build "$BROADSHEET_BUILD"

echo "== Running the tests"
ctest --test-dir "$BROADSHEET_BUILD" --output-on-failure --parallel "$(nproc)"

if [ "$ci" -eq 1 ]; then
    : # longer CI stages are added here
fi
