#!/usr/bin/env bash
# Installs the Debian packages Byline needs to build, test and run.
#
#   packaging/install-deps.sh            build, test and run
#   packaging/install-deps.sh --bench    also the tools the benchmarks compare against
#   packaging/install-deps.sh --gui-probe also what gui-probe and screenshots need
#   packaging/install-deps.sh --dev      also the formatting and lint tools
#   packaging/install-deps.sh --package  also what checks the Debian package (lintian)
#   packaging/install-deps.sh --fuzz     also clang and its sanitizer and libFuzzer run-times
#
# Idempotent: packages already installed are skipped, and `apt-get update` runs only
# when something is missing. Non-interactive; uses sudo when not run as root.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git lld
    # Qt 6 (Core, Gui, Widgets, Sql, Concurrent, Test) and its run-time plugins
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libsqlite3-dev libgl-dev
    # Qt Linguist (lupdate, lrelease) for the translations
    qt6-tools-dev qt6-l10n-tools
    # Markdown, spelling, front matter
    libcmark-dev libhunspell-dev hunspell-en-us hunspell-en-gb libyaml-cpp-dev libtomlplusplus-dev
    # word diff (header-only) and the compression of the revision store
    libdtl-dev libzstd-dev
    # a library shared through git
    libgit2-dev
    # Word documents (ZIP packages)
    libminizip-dev
    # fonts for rendering and PDF, also headless
    fontconfig fonts-dejavu-core
    # test tools: HTML validation, PDF inspection, desktop-file and AppStream validation, man pages
    tidy poppler-utils unzip desktop-file-utils appstream groff-base
    # test tools: a git remote over HTTP (git http-backend behind lighttpd) for the sharing tests
    lighttpd
    # test tools: word diffs the compare is checked against
    wdiff dwdiff
    # test tools: the Word documents Byline writes, opened by LibreOffice and read by pandoc
    libreoffice-writer-nogui pandoc
    # packaging: the icon's PNG sizes, the Debian package's dependencies
    librsvg2-bin dpkg-dev file
)

for arg in "$@"; do
    case "$arg" in
        --bench) packages+=(cmark hyperfine pandoc hunspell valgrind python3 bc ripgrep wkhtmltopdf time) ;;
        --dev) packages+=(clang-format clang-tidy) ;;
        --package) packages+=(lintian man-db) ;;
        --fuzz) packages+=(clang libclang-rt-dev) ;;
        --gui-probe) packages+=(xvfb xdotool psmisc x11-utils imagemagick) ;;
        -h|--help) sed -n 2,12p "$0"; exit 0 ;;
        *) echo "install-deps.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    esac
done

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-deps.sh: these packages are missing and sudo is not available: ${missing[*]}" >&2
        echo "Run this script as root, or install them with your package manager." >&2
        exit 1
    fi
    as_root=(sudo)
fi

echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
