#!/usr/bin/env bash
# Lay out what the Linux tarball holds, around a built one-folder bundle:
#   stage.sh BUNDLE_FOLDER STAGE_FOLDER
#   STAGE/coprod-desktop/                      the bundle (coprod-desktop, coprod, _internal/)
#   STAGE/install.sh, uninstall.sh, LICENSE
#   STAGE/share/applications/<id>.desktop, share/metainfo/<id>.metainfo.xml
#   STAGE/share/icons/hicolor/<N>x<N>/apps/coprod-desktop.png (16-512) and scalable/…svg
# build.sh calls it after PyInstaller; the packaging tests call it on a stand-in bundle to check
# install.sh and uninstall.sh without a full build.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: stage.sh BUNDLE_FOLDER STAGE_FOLDER" >&2
  exit 2
fi
BUNDLE="$1"
STAGE="$2"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
VERSION="$("$PYTHON" "$ROOT/installers/project_info.py" version)"
APP_ID="$("$PYTHON" "$ROOT/installers/project_info.py" id)"
RDNS="$("$PYTHON" "$ROOT/installers/project_info.py" reverse-dns-id)"

rm -rf "$STAGE"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo"
cp -a "$BUNDLE" "$STAGE/coprod-desktop"
cp "$ROOT/LICENSE" "$STAGE/LICENSE"
cp "$ROOT/installers/linux/install.sh" "$ROOT/installers/linux/uninstall.sh" "$STAGE/"
chmod 755 "$STAGE/install.sh" "$STAGE/uninstall.sh"
cp "$ROOT/installers/linux/$RDNS.desktop" "$STAGE/share/applications/"

# The release date: SOURCE_DATE_EPOCH (reproducible builds), else the last commit, else today.
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  RELEASE_DATE="$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)"
else
  RELEASE_DATE="$(git -C "$ROOT" log -1 --format=%cs 2>/dev/null || true)"
  [ -n "$RELEASE_DATE" ] || RELEASE_DATE="$(date -u +%F)"
fi
sed -e "s/@VERSION@/$VERSION/g" -e "s/@DATE@/$RELEASE_DATE/g" \
  "$ROOT/installers/linux/$RDNS.metainfo.xml.in" > "$STAGE/share/metainfo/$RDNS.metainfo.xml"

for size in 16 24 32 48 64 128 256 512; do
  dir="$STAGE/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$ROOT/resources/icons/coprod-$size.png" "$dir/$APP_ID.png"
done
mkdir -p "$STAGE/share/icons/hicolor/scalable/apps"
cp "$ROOT/resources/icons/coprod.svg" "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
