#!/usr/bin/env bash
# Build the Linux bundle from a clean checkout:
#   dist/coprod-desktop/                                   the one-folder bundle (PyInstaller)
#   dist/coprod-desktop-<version>-linux-x86_64.tar.gz       what a member downloads
# The tarball holds the bundle, the .desktop file, the AppStream metainfo, the icons at the
# standard sizes and install.sh / uninstall.sh (per user, into ~/.local, no root needed).
#
# It makes its own virtual environment in build/venv (PYTHON chooses the interpreter, default
# python3; it must be 3.11+ with its shared library, as Debian's and pyenv's are), installs the
# project and PyInstaller there, and runs installers/coprod-desktop.spec.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/venv"
VERSION="$("$PYTHON" installers/project_info.py version)"
APP_ID="$("$PYTHON" installers/project_info.py id)"
RDNS="$("$PYTHON" installers/project_info.py reverse-dns-id)"
ARCH="$(uname -m)"
STAGE_NAME="coprod-desktop-${VERSION}-linux-${ARCH}"
STAGE="$ROOT/build/$STAGE_NAME"
TARBALL="$ROOT/dist/$STAGE_NAME.tar.gz"

say() { printf '[build] %s\n' "$*"; }

if [ ! -x "$VENV/bin/python" ]; then
  say "making the build environment in build/venv"
  "$PYTHON" -m venv "$VENV"
fi
say "installing the project and PyInstaller into it"
# setuptools builds the wheel in build/lib: clear it so a deleted module cannot linger there.
rm -rf "$ROOT/build/lib" "$ROOT/build/bdist."*
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
  "$ROOT" "pyinstaller>=6.10,<7" "pyinstaller-hooks-contrib>=2024.8" \
  2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)

say "running PyInstaller (a few minutes on two cores)"
rm -rf "$ROOT/dist/coprod-desktop"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --workpath "$ROOT/build/pyinstaller" --distpath "$ROOT/dist" \
  installers/coprod-desktop.spec

say "staging the tarball"
rm -rf "$STAGE"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo"
cp -a "$ROOT/dist/coprod-desktop" "$STAGE/coprod-desktop"
cp "$ROOT/LICENSE" "$STAGE/LICENSE"
cp installers/linux/install.sh installers/linux/uninstall.sh "$STAGE/"
chmod 755 "$STAGE/install.sh" "$STAGE/uninstall.sh"
cp "installers/linux/$RDNS.desktop" "$STAGE/share/applications/"
sed -e "s/@VERSION@/$VERSION/g" "installers/linux/$RDNS.metainfo.xml.in" \
  > "$STAGE/share/metainfo/$RDNS.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  dir="$STAGE/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "resources/icons/coprod-$size.png" "$dir/$APP_ID.png"
done
mkdir -p "$STAGE/share/icons/hicolor/scalable/apps"
cp resources/icons/coprod.svg "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"

say "writing $TARBALL"
mkdir -p "$ROOT/dist"
tar -C "$ROOT/build" -czf "$TARBALL" "$STAGE_NAME"
say "bundle folder: $(du -sh "$ROOT/dist/coprod-desktop" | cut -f1), tarball: $(du -h "$TARBALL" | cut -f1)"
echo "$TARBALL"
