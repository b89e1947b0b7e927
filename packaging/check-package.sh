#!/usr/bin/env bash
# Installs the Debian package that `make package` built and checks it as a user gets it: lintian,
# the installed files' validators, and the installed `byline` run on the sample column from
# outside the build tree. Exits non-zero at the first failure.
#   packaging/check-package.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
shopt -s nullglob
debs=("$build"/byline_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "check-package: expected one byline_*.deb in $build, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
version=$(dpkg-deb --field "$deb" Version)
app_id=org.byline.Byline
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

step() { printf '== %s\n' "$*"; }

step "lintian $(basename "$deb")"
lintian --fail-on error,warning "$deb"

step "apt-get install $(basename "$deb")"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/resources/samples/ovirt-at-last.md" "$work/"
cd "$work"

step "package contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for file in usr/bin/byline usr/libexec/byline/byline-desk usr/libexec/byline/byline-print \
    usr/libexec/byline/byline-share \
    usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/icons/hicolor/48x48/apps/$app_id.png \
    usr/share/icons/hicolor/128x128/apps/$app_id.png usr/share/man/man1/byline.1.gz \
    usr/share/doc/byline/copyright usr/share/doc/byline/changelog.gz usr/share/licenses/byline/LICENSE; do
    grep -qx "./$file" <<<"$contents" || { echo "not in the package: /$file" >&2; exit 1; }
done
# Read from the package itself: some systems are set up not to install manual pages.
dpkg-deb --extract "$deb" "$work/unpacked"
man --warnings -l "$work/unpacked/usr/share/man/man1/byline.1.gz" >/dev/null

step "installed files"
for file in /usr/bin/byline /usr/libexec/byline/byline-desk /usr/libexec/byline/byline-print /usr/libexec/byline/byline-share; do
    [ -x "$file" ] || { echo "not installed: $file" >&2; exit 1; }
    if ldd "$file" | grep -q "not found"; then ldd "$file" >&2; exit 1; fi
done
desktop-file-validate "/usr/share/applications/$app_id.desktop" | { ! grep -E "error|warning"; }
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$app_id.metainfo.xml"
for file in /usr/bin/byline /usr/libexec/byline/byline-desk /usr/libexec/byline/byline-print /usr/libexec/byline/byline-share; do
    if readelf -d "$file" | grep -qE "RPATH|RUNPATH"; then echo "$file has an RPATH" >&2; exit 1; fi
done

step "byline --version"
[ "$(byline --version)" = "byline $version" ] || { echo "byline --version says '$(byline --version)', the package $version" >&2; exit 1; }

step "byline stats"
byline stats ovirt-at-last.md | grep -q "oVirt at Last"

step "byline export --format html"
byline export ovirt-at-last.md --format html --output column.html
tidy -quiet -errors column.html
grep -q "<title>oVirt at Last</title>" column.html

step "byline export --format pdf"
byline export ovirt-at-last.md --format pdf --output column.pdf
pdfinfo column.pdf | grep -q "^Title: *oVirt at Last"

step "byline export --format docx, byline import"
byline export ovirt-at-last.md --format docx --output column.docx
unzip -p column.docx docProps/core.xml | grep -q "<dc:title>oVirt at Last</dc:title>"
byline import column.docx --output imported.md
grep -q "^title: oVirt at Last" imported.md

step "byline share, clone and sync"
git init -q --bare -b main "$work/remote.git"
mkdir "$work/library" && cp ovirt-at-last.md "$work/library/"
byline share --library "$work/library" --remote "$work/remote.git" | grep -q "ovirt-at-last.md"
byline clone "$work/remote.git" "$work/clone" >/dev/null
cmp "$work/library/ovirt-at-last.md" "$work/clone/ovirt-at-last.md"
byline sync --library "$work/clone" --json | grep -q '"ok": true'

echo "The installed package works: byline $version."
