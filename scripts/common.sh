# Shared by scripts/run and scripts/test: Debian packages, configure, build.
# shellcheck shell=bash
set -euo pipefail

ACTES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ACTES_BUILD="${ACTES_BUILD_DIR:-$ACTES_ROOT/build}"

# Everything comes from Debian 12 packages.
ACTES_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-pdf-dev libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins libqt6svg6
    libgl-dev libqpdf-dev qpdf libhunspell-dev libpq-dev hunspell-fr hunspell-en-us libdtl-dev
    sqlite3 postgresql libqt6sql6-psql poppler-utils fonts-dejavu-core fonts-linuxlibertine desktop-file-utils appstream
    clang   # libFuzzer: scripts/test fuzzes each parser briefly (scripts/fuzz)
)

actes_install_packages() {
    local missing=()
    for p in "${ACTES_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

actes_build() {
    local werror=OFF
    if [ "${CI:-}" = "true" ]; then
        werror=ON
    fi
    local type="${ACTES_BUILD_TYPE:-RelWithDebInfo}"
    if [ ! -f "$ACTES_BUILD/build.ninja" ]; then
        cmake -S "$ACTES_ROOT" -B "$ACTES_BUILD" -G Ninja \
            -DCMAKE_BUILD_TYPE="$type" -DACTES_WERROR="$werror"
    else
        cmake "$ACTES_BUILD" -DACTES_WERROR="$werror" >/dev/null
    fi
    cmake --build "$ACTES_BUILD" --parallel "$(nproc)" "$@"
}
