"""Why Qt could not start, in one plain sentence, instead of a traceback or Qt's abort.

On a bare Linux machine the window fails in one of three places, each with a message that sends
the member the wrong way:
- importing PySide6 fails with `ImportError: libglib-2.0.so.0: cannot open shared object file`
  (a system library Qt needs is missing);
- Qt's window system plugin (xcb) cannot load its libraries, and Qt aborts with "Reinstalling
  the application may fix this problem" (it will not: system packages are missing);
- there is no display at all (a server, an ssh session), and Qt aborts the same way.

So the window checks, before it makes its QApplication: that Qt imports (else it names the
missing libraries and the packages that hold them, Debian/Ubuntu and Fedora names), that there
is a display to open (else it suggests `xvfb-run`), and it turns a fatal message from Qt while
the QApplication is being made into the same kind of sentence. Nothing here costs anything when
all is well: the library check (`ldd` on the plugin) runs only after something failed.

This module imports nothing from PySide6 at its top: it must work when PySide6 cannot load.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

XVFB_HINT = "for headless use, run it under a virtual screen: xvfb-run coprod-desktop"

# Debian/Ubuntu package, Fedora package for each library Qt's Linux plugins load. Libraries of
# the form libxcb-NAME.so.N not listed here are in Debian's libxcb-NAMEN and Fedora's libxcb.
LIBRARY_PACKAGES: dict[str, tuple[str, str]] = {
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-ewmh.so.2": ("libxcb-ewmh2", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
    "libdrm.so.2": ("libdrm2", "libdrm"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


class QtCannotStart(Exception):
    """Qt cannot start here; the message is the one sentence to show."""


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(Debian/Ubuntu packages, Fedora packages) that hold these libraries, each once."""
    debian: list[str] = []
    fedora: list[str] = []
    for lib in libraries:
        pair = LIBRARY_PACKAGES.get(lib)
        if pair is None:
            xcb = re.fullmatch(r"lib(xcb-[a-z0-9-]+)\.so\.(\d+)", lib)
            pair = (f"lib{xcb.group(1)}{xcb.group(2)}", "libxcb") if xcb else (lib, lib)
        for names, name in ((debian, pair[0]), (fedora, pair[1])):
            if name not in names:
                names.append(name)
    return debian, fedora


def missing_libraries_sentence(libraries: list[str]) -> str:
    """One sentence naming the missing libraries and the commands that install them.

    A bare machine misses twenty or more: the sentence names the first few and counts the
    rest, but gives every package, since the command is what the member copies."""
    debian, fedora = packages_for(libraries)
    shown = ", ".join(libraries[:4])
    if len(libraries) > 4:
        shown += f" and {len(libraries) - 4} more"
    one = len(libraries) == 1
    return (
        "Coprod Desktop cannot open its window because "
        f"{'a system library' if one else f'{len(libraries)} system libraries'} Qt needs "
        f"{'is' if one else 'are'} missing ({shown}): install "
        f"{'it' if one else 'them'} with "
        f"'sudo apt-get install {' '.join(debian)}' (Debian, Ubuntu) or "
        f"'sudo dnf install {' '.join(fedora)}' (Fedora), then start it again."
    )


def qt_folder() -> Path | None:
    """Where PySide6 keeps Qt (its libraries and plugins), found without importing Qt."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def platform_plugins(env: Mapping[str, str]) -> list[Path]:
    """The window system plugin files Qt would try here (QT_QPA_PLATFORM, else its default)."""
    qt = qt_folder()
    if qt is None:
        return []
    wanted = env.get("QT_QPA_PLATFORM", "")
    names = [part.split(":")[0] for part in wanted.split(";") if part.strip()]
    if not names:
        names = ["wayland", "xcb"] if env.get("WAYLAND_DISPLAY") else ["xcb"]
    files = [qt / "plugins" / "platforms" / f"libq{name.strip()}.so" for name in names]
    return [f for f in files if f.is_file()]


def unresolved_libraries(path: Path) -> list[str]:
    """The shared libraries `path` needs (directly or through others) that cannot be found.

    `ldd` resolves the whole tree at once; where it is missing, loading the file names the
    first library that is missing, which is still better than nothing."""
    try:
        done = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, timeout=20, check=False
        )
        return list(dict.fromkeys(_NOT_FOUND.findall(done.stdout)))
    except (OSError, subprocess.SubprocessError):
        pass
    import ctypes

    try:
        ctypes.CDLL(str(path))
    except OSError as exc:
        return _CANNOT_OPEN.findall(str(exc))[:1]
    return []


def missing_for_qt(env: Mapping[str, str], probe: Callable[[Path], list[str]]) -> list[str]:
    """Every library missing for Qt's core and the platform plugins it would load here."""
    qt = qt_folder()
    files = [*platform_plugins(env)]
    if qt is not None:
        files += [p for p in (qt / "lib" / "libQt6Widgets.so.6",) if p.is_file()]
    found: list[str] = []
    for path in files:
        for lib in probe(path):
            if lib not in found:
                found.append(lib)
    return found


def no_display_sentence(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """The sentence for a Linux session with no display at all (a server, an ssh login)."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Coprod Desktop cannot open its window because there is no display here (neither "
        f"DISPLAY nor WAYLAND_DISPLAY is set): start it from your desktop, or {XVFB_HINT}."
    )


def import_qt(
    env: Mapping[str, str] | None = None,
    probe: Callable[[Path], list[str]] = unresolved_libraries,
    importer: Callable[[], object] | None = None,
) -> None:
    """Import Qt's widgets, or raise QtCannotStart naming the missing system libraries."""
    env = os.environ if env is None else env
    try:
        (importer or _import_widgets)()
    except ImportError as exc:
        missing = missing_for_qt(env, probe) or _CANNOT_OPEN.findall(str(exc))
        if not missing:
            raise
        raise QtCannotStart(missing_libraries_sentence(missing)) from None


def _import_widgets() -> object:
    import PySide6.QtWidgets

    return PySide6.QtWidgets


def fatal_sentence(
    messages: list[str],
    env: Mapping[str, str],
    probe: Callable[[Path], list[str]] = unresolved_libraries,
) -> str:
    """The sentence for Qt's fatal message while making the QApplication (its window system
    plugin would not start), from what Qt said just before and what is missing on disk."""
    text = "\n".join(messages)
    display = env.get("WAYLAND_DISPLAY") or env.get("DISPLAY") or ""
    if "could not connect to display" in text or "Failed to create wl_display" in text:
        return (
            "Coprod Desktop cannot open its window because no display answers at "
            f"'{display}': start it from your desktop session, or {XVFB_HINT}."
        )
    missing = missing_for_qt(env, probe)
    if missing:
        return missing_libraries_sentence(missing)
    platform = env.get("QT_QPA_PLATFORM") or "xcb"
    said = messages[-1].strip().splitlines()[0] if messages else "nothing"
    return (
        f"Coprod Desktop cannot open its window because Qt could not start its '{platform}' "
        f"window system plugin (Qt said: {said}); {XVFB_HINT}."
    )


@contextlib.contextmanager
def fatal_guard(say: Callable[[str], None] | None = None) -> Iterator[None]:
    """While the QApplication is made, turn Qt's fatal message into one sentence and exit 1.

    Qt reports a platform plugin that will not start with qFatal, which aborts the process;
    the message handler runs first, so the member reads a sentence, not a core dump. Qt's
    warnings from the same moment are kept and printed only if the start went on well."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    said: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            sentence = fatal_sentence([*said, message], os.environ)
            (say or _say)(sentence)
            sys.stderr.flush()
            os._exit(1)
        said.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for message in said:
            sys.stderr.write(f"{message}\n")


def _say(sentence: str) -> None:
    sys.stderr.write(f"coprod-desktop: {sentence}\n")


def check_before_qt(env: Mapping[str, str] | None = None) -> str | None:
    """What stops Qt here, as one sentence, or None when the window can be tried."""
    env = os.environ if env is None else env
    sentence = no_display_sentence(env)
    if sentence:
        return sentence
    try:
        import_qt(env)
    except QtCannotStart as exc:
        return str(exc)
    return None


__all__ = [
    "QtCannotStart",
    "check_before_qt",
    "fatal_guard",
    "fatal_sentence",
    "import_qt",
    "missing_libraries_sentence",
    "no_display_sentence",
    "packages_for",
]
