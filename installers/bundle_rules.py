"""What the bundle leaves out of Qt, Pillow and Python, and why. Used by the spec and its hooks.

The PySide6 wheel carries every Qt plugin; PyInstaller's Qt hooks collect all plugins of the
kinds QtGui can load, and then every library those plugins link to. Filtering in our own hooks
(installers/pyinstaller_hooks) stops an unwanted plugin before its libraries are looked for:
dropping the GTK 3 platform theme alone keeps cairo, pango, ATK and GDK out of the folder.
The same rules run again on the finished lists in the spec, as a safety net.
"""

from __future__ import annotations

from pathlib import PurePosixPath

# Destination paths (inside the bundle, forward slashes) that are not shipped.
QT_DROPPED = (
    "PySide6/Qt/translations/",  # the window is English; Qt's own strings need no catalogue
    "PySide6/Qt/plugins/egldeviceintegrations/",  # embedded full-screen EGL devices
    "PySide6/Qt/plugins/generic/",  # touch input over the network (TUIO), evdev: pulls QtNetwork
    "PySide6/Qt/plugins/platformthemes/libqgtk3",  # pulls GTK 3, cairo, pango from the build host
    "PySide6/Qt/plugins/imageformats/libqpdf",  # pulls Qt PDF; the app never shows a PDF in Qt
    "PySide6/Qt/plugins/imageformats/libqtiff",
    "PySide6/Qt/plugins/imageformats/libqwebp",
    "PySide6/Qt/plugins/imageformats/libqtga",
    "PySide6/Qt/plugins/imageformats/libqwbmp",
    "PySide6/Qt/plugins/imageformats/libqicns",
    "PySide6/Qt/plugins/networkinformation/",
    "PySide6/Qt/plugins/tls/",
    "PySide6/Qt/plugins/sqldrivers/",
    # plugins/printsupport/ is shipped: Print… (ui.printing) lists the system's printers
    # through it (CUPS on Linux; Windows and macOS print through QtPrintSupport itself).
    "PySide6/Qt/plugins/platforms/libqvnc",  # remote desktop server: pulls QtNetwork
    "PySide6/Qt/plugins/platforms/libqlinuxfb",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay",
    "PySide6/Qt/plugins/platforms/libqeglfs",
    "PySide6/Qt/plugins/platforms/libqminimalegl",
    "PySide6/Qt/plugins/wayland-graphics-integration-client/libvulkan-server",
    "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell",  # in-car displays
    "PySide6/Qt/plugins/wayland-shell-integration/libfullscreen-shell-v1",
    "PySide6/Qt/lib/libQt6Pdf",
    "PySide6/Qt/lib/libQt6Qml",
    "PySide6/Qt/lib/libQt6Quick",
    "PySide6/Qt/lib/libQt6Network",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration",
    "PySide6/Qt/lib/libQt6EglFsKmsSupport",
    "PySide6/Qt/lib/libQt6VirtualKeyboard",
)

# Python modules never bundled: test and development tools that may sit in the build
# environment, standard-library parts the app never uses, Qt modules it does not import
# (QtCore, QtGui and QtWidgets are all), and Pillow parts for formats receipts never use.
MODULES_DROPPED = [
    "pytest", "_pytest", "pytestqt", "hypothesis", "importlinter", "grimp", "ruff",
    "sqlalchemy.testing", "alembic.testing", "coprod_desktop.ui.build_forms",
    "tkinter", "_tkinter", "turtle", "pydoc_data", "lib2to3", "idlelib", "ensurepip",
    "readline", "curses", "_curses",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDBus", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtDesigner", "PySide6.QtSvgWidgets",
    "PySide6.QtMultimedia", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtCharts", "PySide6.Qt3DCore",
    # Receipts are PNG, JPEG or PDF (checked by content); AVIF and WebP decoders are 6 MB.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    "PIL.ImageQt", "PIL.ImageTk", "PIL._imagingtk",  # Pillow's bridges to Qt and Tk
]  # fmt: skip


def shipped(dest: str) -> bool:
    """False for a destination path (file or folder/file) the bundle leaves out."""
    return not dest.replace("\\", "/").startswith(QT_DROPPED)


def keep_hook_entries(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Filter a hook's (source file, destination folder) pairs."""
    kept = []
    for source, dest_dir in entries:
        dest = (PurePosixPath(dest_dir.replace("\\", "/")) / PurePosixPath(source).name).as_posix()
        if shipped(dest):
            kept.append((source, dest_dir))
    return kept
