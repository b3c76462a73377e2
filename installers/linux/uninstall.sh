#!/bin/sh
# Remove Coprod Desktop installed by install.sh. Your records are NOT removed: they live in
# ~/.local/share/coprod-desktop (or the folder you chose) and stay there, so a later install
# opens them again. Delete that folder yourself only if you really mean to lose them.
set -eu

PREFIX="${PREFIX:-$HOME/.local}"
APPDIR="$PREFIX/lib/coprod-desktop"
SHARE="$PREFIX/share"
RDNS="org.coprod.CoprodDesktop"

for link in "$PREFIX/bin/coprod-desktop" "$PREFIX/bin/coprod"; do
  # only our own links, never a program of the same name installed some other way
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$APPDIR/$(basename "$link")" ]; then
    rm -f "$link"
  fi
done
rm -f "$SHARE/applications/$RDNS.desktop" "$SHARE/metainfo/$RDNS.metainfo.xml"
for icon in "$SHARE"/icons/hicolor/*/apps/coprod-desktop.png \
            "$SHARE"/icons/hicolor/scalable/apps/coprod-desktop.svg; do
  rm -f "$icon"
done
rm -rf "$APPDIR"

command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$SHARE/applications" 2>/dev/null || true

echo "Coprod Desktop has been removed. Your records are still in ${XDG_DATA_HOME:-$HOME/.local/share}/coprod-desktop."
