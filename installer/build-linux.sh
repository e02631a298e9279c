#!/usr/bin/env bash
# Build fieldservice for Linux into dist/:
#   dist/fieldservice_<version>_<arch>.deb           installs under /opt/fieldservice
#   dist/fieldservice-<version>-linux-<machine>.tar.gz  the same bundle, for other distributions
# and check the Windows installer script with NSIS's compiler when it is installed.
#
#   bash installer/build-linux.sh
#
# Settings (environment): FIELDSERVICE_SOURCE the source tree to bundle (default: this
# checkout), DIST (default dist/), WORK (default build/installer), PYTHON (default
# .venv/bin/python; the build tools are installed into it when missing),
# DEB_COMPRESSION (xz, gzip, zstd or none; default xz), BUNDLE_ONLY (set: stop once the
# bundle is in $WORK/dist/fieldservice).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source_tree=$(cd "${FIELDSERVICE_SOURCE:-$root}" && pwd)
dist=${DIST:-$root/dist}
work=${WORK:-$root/build/installer}
python=${PYTHON:-$root/.venv/bin/python}
compression=${DEB_COMPRESSION:-xz}

if [ ! -x "$python" ]; then
    bash "$root/scripts/venv.sh"
fi
if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
    echo "== installing the build tools"
    "$python" -m pip install --quiet --disable-pip-version-check "$root[build]"
fi
for tool in dpkg-deb dpkg-query tar; do
    command -v "$tool" >/dev/null || { echo "build-linux.sh needs $tool" >&2; exit 1; }
done

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$source_tree/fieldservice/__init__.py")
[ -n "$version" ] || { echo "no __version__ in $source_tree/fieldservice/__init__.py" >&2; exit 1; }
arch=$(dpkg --print-architecture)
machine=$(uname -m)
echo "== fieldservice $version from $source_tree"

rm -rf "$work"
mkdir -p "$work" "$dist"

echo "== icons"
"$python" "$here/make_icons.py" "$work/icons"
mkdir -p "$here/build" && cp "$work/icons/fieldservice.ico" "$here/build/fieldservice.ico"

if [ -f "$source_tree/scripts/translations.py" ]; then
    echo "== translations (.qm)"
    "$python" "$source_tree/scripts/translations.py" build
fi

echo "== bundle (PyInstaller)"
FIELDSERVICE_SOURCE="$source_tree" "$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$work/dist" --workpath "$work/pyinstaller" "$here/fieldservice.spec"
bundle="$work/dist/fieldservice"
ln -s fieldservice "$bundle/fieldservice-headoffice"
# Smoke test: the frozen program starts and finds its command line and migrations.
"$bundle/fieldservice" --help >/dev/null
"$bundle/fieldservice-headoffice" --help >/dev/null
if [ -n "${BUNDLE_ONLY:-}" ]; then
    echo "== bundle in $bundle (BUNDLE_ONLY: no packages)"
    exit 0
fi

echo "== .deb"
deb="$work/deb"
mkdir -p "$deb/opt" "$deb/usr/bin" "$deb/usr/share/applications" \
    "$deb/usr/share/doc/fieldservice/examples" "$deb/DEBIAN"
cp -a "$bundle" "$deb/opt/fieldservice"
ln -s /opt/fieldservice/fieldservice "$deb/usr/bin/fieldservice"
ln -s /opt/fieldservice/fieldservice-headoffice "$deb/usr/bin/fieldservice-headoffice"
install -m 644 "$here/linux/fieldservice.desktop" "$deb/usr/share/applications/"
mkdir -p "$deb/usr/share/icons" && cp -a "$work/icons/hicolor" "$deb/usr/share/icons/"
if [ -f "$here/headoffice/fieldservice-headoffice.service" ]; then
    mkdir -p "$deb/lib/systemd/system"
    install -m 644 "$here/headoffice/fieldservice-headoffice.service" "$deb/lib/systemd/system/"
    install -m 644 "$here/headoffice/headoffice.env" "$deb/usr/share/doc/fieldservice/examples/"
fi
install -m 644 "$here/linux/copyright" "$deb/usr/share/doc/fieldservice/copyright"
install -m 755 "$here/linux/postinst" "$here/linux/postrm" "$deb/DEBIAN/"

# Depends: the package of every system library the bundle links to but does not
# carry (the spec leaves them out), at least the version it was built against.
depends=$("$python" "$here/linux_depends.py" "$deb/opt/fieldservice")
size=$(du -sk --exclude=DEBIAN "$deb" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    -e "s/@DEPENDS@/$depends/" "$here/linux/control.in" > "$deb/DEBIAN/control"
deb_file="$dist/fieldservice_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Z"$compression" --build "$deb" "$deb_file" >/dev/null
echo "   $deb_file ($(du -h "$deb_file" | cut -f1); $((size / 1024)) MB installed)"

echo "== .tar.gz"
staging="$work/tar/fieldservice-$version"
mkdir -p "$staging/share/applications"
cp -a "$bundle/." "$staging/"
cp -a "$work/icons/hicolor" "$staging/share/icons"
install -m 644 "$here/linux/fieldservice.desktop" "$staging/share/applications/"
install -m 644 "$here/linux/README-tarball.txt" "$staging/README.txt"
tar_file="$dist/fieldservice-$version-linux-$machine.tar.gz"
tar -C "$work/tar" -czf "$tar_file" "fieldservice-$version"
echo "   $tar_file ($(du -h "$tar_file" | cut -f1))"

if command -v makensis >/dev/null; then
    echo "== Windows installer script (checked with makensis; payload: this Linux bundle)"
    makensis -V2 -DCHECK_ONLY -DVERSION="$version" -DBUNDLE="$bundle" -DICON="$work/icons/fieldservice.ico" \
        -DOUTFILE="$work/fieldservice-setup-check.exe" "$here/windows/fieldservice.nsi"
else
    echo "!! makensis not found: the Windows installer script was NOT checked" \
        "(apt-get install nsis)" >&2
fi
echo "== done"
