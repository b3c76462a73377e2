#!/bin/sh
# Install Coprod Desktop for you alone (no administrator rights needed):
#   ~/.local/lib/coprod-desktop/        the app
#   ~/.local/bin/coprod-desktop, coprod links to start it from a terminal
#   ~/.local/share/applications, metainfo and icons, so it appears in your applications menu
# Set PREFIX to install somewhere else (default ~/.local). Your records are not touched: they
# live in ~/.local/share/coprod-desktop and stay there if you reinstall or uninstall.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APPDIR="$PREFIX/lib/coprod-desktop"
SHARE="$PREFIX/share"
RDNS="org.coprod.CoprodDesktop"

if [ ! -x "$HERE/coprod-desktop/coprod-desktop" ]; then
  echo "install.sh: run me from the unpacked folder (coprod-desktop/ should be beside me)." >&2
  exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons"
# Copy beside the old version first, then swap, so a failed copy leaves the old one working.
rm -rf "$APPDIR.new"
cp -R "$HERE/coprod-desktop" "$APPDIR.new"
cp "$HERE/uninstall.sh" "$APPDIR.new/uninstall.sh"
cp "$HERE/LICENSE" "$APPDIR.new/LICENSE"
rm -rf "$APPDIR"
mv "$APPDIR.new" "$APPDIR"
ln -sf "$APPDIR/coprod-desktop" "$PREFIX/bin/coprod-desktop"
ln -sf "$APPDIR/coprod" "$PREFIX/bin/coprod"

cp -R "$HERE/share/icons/hicolor" "$SHARE/icons/"
cp "$HERE/share/metainfo/$RDNS.metainfo.xml" "$SHARE/metainfo/"
# The menu entry names the installed program by its full path: ~/.local/bin is not always on
# the PATH a desktop session starts programs with.
sed -e "s|^Exec=.*|Exec=\"$APPDIR/coprod-desktop\"|" \
    -e "s|^TryExec=.*|TryExec=$APPDIR/coprod-desktop|" \
    "$HERE/share/applications/$RDNS.desktop" > "$SHARE/applications/$RDNS.desktop"

command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true

echo "Coprod Desktop is installed in $APPDIR."
echo "Start it from your applications menu, or run: $PREFIX/bin/coprod-desktop"
echo "To remove it later: $APPDIR/uninstall.sh (your records are kept)."
