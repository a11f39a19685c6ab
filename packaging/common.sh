# Shared by quickstart.sh and test.sh: install what is missing, configure, build.
# shellcheck shell=bash

BROADSHEET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BROADSHEET_BUILD="${BROADSHEET_BUILD:-$BROADSHEET_ROOT/build/release}"

# ccache shares its results between checkouts (CI builds a fresh clone): paths
# under the checkout are hashed relative to it, and debug builds do not hash the
# build folder's name.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$BROADSHEET_ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "broadsheet: installing packages needs root; run as root or install sudo." >&2
        exit 1
    fi
}

package_list() {
    grep -hv '^\s*#' "$@" | grep -v '^\s*$'
}

# Installs only what is missing, so a second run costs no time and no network.
install_packages() {
    local missing=()
    local package
    for package in $(package_list "$@"); do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "== Installing ${#missing[@]} Debian package(s): ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    fi
}

# configure_and_build BUILD_DIR [extra cmake arguments…]
configure_and_build() {
    local dir="$1"
    shift
    local generator=()
    if [ ! -f "$dir/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
        generator=(-G Ninja)
    fi
    echo "== Building in $dir"
    cmake -S "$BROADSHEET_ROOT" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
        -DBROADSHEET_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}
