#!/usr/bin/env bash
# Quick start: install, build a Release build and open the sample issue.
# With a display, the desktop app opens it; without one, broadsheet-cli does the
# same job headless. Safe to run again, from any directory.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages "$BROADSHEET_ROOT/packaging/debian-build-packages.txt"
configure_and_build "$BROADSHEET_BUILD"

seed="$BROADSHEET_ROOT/seeds/000_36b5ccdd5e2fe302.txt"
app="$BROADSHEET_BUILD/src/app/broadsheet"
cli="$BROADSHEET_BUILD/src/cli/broadsheet-cli"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "== Opening $seed in Broadsheet"
    if "$app" "$seed"; then
        exit 0
    fi
    echo "broadsheet: the desktop app could not start on this display." >&2
fi

echo "== No display available: doing the same job headless with broadsheet-cli."
"$cli" parse --tree "$seed"
pdf="$BROADSHEET_BUILD/first-article.pdf"
"$cli" export-pdf "$seed" --article 1 -o "$pdf"
