#!/usr/bin/env bash
# Build the macOS disk image: dist/coprod-desktop-<version>-macos-<arch>.dmg
# holding "Coprod Desktop.app" and a link to /Applications (drag one onto the other to install).
#
# Runs on macOS only (hdiutil). It makes its own virtual environment in build/venv (PYTHON
# chooses the interpreter: a python.org 3.11+ framework build, or Homebrew's), installs the
# project and PyInstaller there, runs installers/coprod-desktop.spec, whose BUNDLE step makes
# the .app with its Info.plist (name, version from coprod_desktop/__init__.py, bundle id, icon
# resources/icons/coprod.icns), checks the app with --self-test, then makes the .dmg.
#
# The app is signed ad hoc (PyInstaller does this), not with a Developer ID, and not notarised:
# the first time, a member opens it with right-click → Open (the README says so).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
if [ "$(uname -s)" != "Darwin" ]; then
  echo "build_dmg.sh: this builds the macOS app and needs macOS (hdiutil); use installers/linux/build.sh here." >&2
  exit 1
fi
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/venv"
VERSION="$("$PYTHON" installers/project_info.py version)"
APP_NAME="$("$PYTHON" installers/project_info.py name)"
ARCH="$(uname -m)"
APP="$ROOT/dist/$APP_NAME.app"
DMG="$ROOT/dist/coprod-desktop-${VERSION}-macos-${ARCH}.dmg"
STAGE="$ROOT/build/dmg"

say() { printf '[build] %s\n' "$*"; }

if [ ! -x "$VENV/bin/python" ]; then
  say "making the build environment in build/venv"
  "$PYTHON" -m venv "$VENV"
fi
say "installing the project and PyInstaller into it"
rm -rf "$ROOT/build/lib" "$ROOT/build/bdist."*
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
  "$ROOT" "pyinstaller>=6.10,<7" "pyinstaller-hooks-contrib>=2024.8"

say "running PyInstaller"
rm -rf "$APP" "$ROOT/dist/coprod-desktop"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --workpath "$ROOT/build/pyinstaller" --distpath "$ROOT/dist" \
  installers/coprod-desktop.spec

say "checking the app starts: coprod-desktop --self-test"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/coprod-desktop" --self-test
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist"

say "making the disk image"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
cp "$ROOT/LICENSE" "$STAGE/LICENSE.txt"
hdiutil create -quiet -volname "$APP_NAME $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
say "wrote $DMG ($(du -h "$DMG" | cut -f1))"
