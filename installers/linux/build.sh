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

say "checking the bundle starts: coprod-desktop --self-test"
QT_QPA_PLATFORM=offscreen "$ROOT/dist/coprod-desktop/coprod-desktop" --self-test

say "staging the tarball"
PYTHON="$PYTHON" installers/linux/stage.sh "$ROOT/dist/coprod-desktop" "$STAGE"

say "writing $TARBALL"
mkdir -p "$ROOT/dist"
tar -C "$ROOT/build" --owner=0 --group=0 --numeric-owner -czf "$TARBALL" "$STAGE_NAME"
say "bundle folder: $(du -sh "$ROOT/dist/coprod-desktop" | cut -f1), tarball: $(du -h "$TARBALL" | cut -f1)"
echo "$TARBALL"
