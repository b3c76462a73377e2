#!/usr/bin/env bash
# The developer set-up behind ./run-app and ./run-tests (and so .ci/run): everything a fresh
# Debian 12 or Ubuntu 24.04 machine lacks, then the project's virtual environment in .venv.
#
#   scripts/setup.sh app     system libraries for the window, then `pip install -e .`
#   scripts/setup.sh tests   the same, plus what the tests need, then `pip install -e '.[test]'`
#
# Why a script and not a line in the README: PySide6's wheels carry Qt but not the system
# libraries Qt's window system plugin (xcb) loads, and a bare Debian has none of them. Without
# them the tests stop at `import PySide6.QtGui` and the window aborts with Qt's misleading
# "reinstalling the application may fix this problem". The package list was read off the
# plugin itself (`ldd .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so`).
#
# It installs only what is missing (a second run installs nothing and asks for no password),
# says what it installs and why, and uses sudo only when not run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:?usage: scripts/setup.sh app|tests}

# The window: Qt's own needs (OpenGL, fonts, GLib, D-Bus) and its X11 (xcb) and Wayland plugins.
APP_PACKAGES=(
  libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libzstd1 zlib1g
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
  libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
  libwayland-client0 libwayland-cursor0 libwayland-egl1
)
# The tests: tests/packaging builds the Linux bundle with PyInstaller, which needs the Python
# shared library (libpython3-dev) and objdump (binutils); the reliability tests inject disk
# faults at each write of a save with strace.
TEST_PACKAGES=(libpython3-dev binutils strace)

installed() {
  # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64): either will do.
  local name
  for name in "$1" "${1}t64"; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$name" 2>/dev/null)" = installed ]; then
      return 0
    fi
  done
  return 1
}

system_packages() {
  local wanted=("${APP_PACKAGES[@]}")
  [ "$want" = tests ] && wanted+=("${TEST_PACKAGES[@]}")
  # Debian's Python keeps venv's pip installer (ensurepip) in a package of its own.
  python3 -c 'import ensurepip' 2>/dev/null || wanted+=(python3-venv)
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    echo "setup: not a Debian or Ubuntu system, so no system packages were installed; if the" \
      "window will not start, it names the libraries to install (Fedora: dnf install" \
      "xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-renderutil xcb-util-image" \
      "libxkbcommon-x11 mesa-libEGL)."
    return 0
  fi
  local missing=() name
  for name in "${wanted[@]}"; do
    installed "$name" || missing+=("$name")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "setup: these system packages are missing, and sudo is not here to install them;" \
        "as root run: apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  echo "setup: installing the system packages Qt and the tests need (${#missing[@]}):" \
    "${missing[*]}${sudo:+ (with sudo: it may ask for your password)}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
}

python_environment() {
  local extra=""
  [ "$want" = tests ] && extra="[test]"
  # A .venv left half-made (e.g. before python3-venv was there) has no pip: make it again.
  if [ ! -x .venv/bin/pip ]; then
    echo "setup: making the virtual environment in .venv"
    python3 -m venv --clear .venv
  fi
  # Installed already for this pyproject.toml (the tests' set includes the app's): nothing to do.
  local stamp=.venv/.coprod-installed
  local key
  key="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ -f "$stamp" ] && grep -qx "$key tests" "$stamp"; then return 0; fi
  if [ -f "$stamp" ] && [ "$want" = app ] && grep -qx "$key app" "$stamp"; then return 0; fi
  echo "setup: installing Coprod Desktop and its Python packages into .venv (pip install -e .$extra)"
  .venv/bin/pip install -q --disable-pip-version-check -e ".$extra"
  echo "$key $want" >"$stamp"
}

system_packages
python_environment
