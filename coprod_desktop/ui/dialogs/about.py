"""Help → About: the version, the licence, the licences of what is bundled, where the data lives.

Why the data folder is here: a member asked "where are my records?" by a support worker (or
moving to a new PC) should find the answer in the one place every app has, with a button that
opens it. Why the bundled licences are listed: the fonts (OFL, Apache) and Qt (LGPL) require
their notices to travel with the app, and the installers ship the texts beside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coprod_desktop import APP_NAME, __version__
from coprod_desktop.paths import resources_dir
from coprod_desktop.ui.forms.ui_dialog_about import Ui_AboutDialog

LICENCE = "GPL-3.0-or-later"

#: (part, licence) for everything the installed app carries. The licence texts ship in the
#: bundle: LICENSE beside the program, the font licences in resources/fonts.
BUNDLED: tuple[tuple[str, str], ...] = (
    ("Atkinson Hyperlegible font (Braille Institute)", "SIL Open Font License 1.1"),
    ("Atkinson Hyperlegible Next font (Braille Institute)", "SIL Open Font License 1.1"),
    ("Noto Sans, Noto Sans Arabic, Noto Sans Bengali fonts (Google)", "SIL Open Font License 1.1"),
    ("WenQuanYi Micro Hei font", "Apache License 2.0"),
    ("Qt 6 and PySide6 (The Qt Company)", "GNU LGPL 3.0"),
    ("Python", "Python Software Foundation License 2.0"),
    ("SQLAlchemy and Alembic", "MIT"),
    ("ReportLab", "BSD 3-Clause"),
    ("pypdf", "BSD 3-Clause"),
    ("Pillow", "MIT-CMU (HPND)"),
    ("HarfBuzz and uharfbuzz", "MIT (Old MIT) and Apache License 2.0"),
    ("platformdirs", "MIT"),
)


def credits_text() -> str:
    """The licence in plain words, then every bundled part with its licence (this scrolls)."""
    lines = [
        "Coprod Desktop is free software under the GNU General Public License, version 3 or any "
        "later version (GPL-3.0-or-later). You may use it, share it and change it; it comes "
        "with no warranty.",
        "",
        "It includes these parts, each under its own licence:",
    ]
    lines += [f"• {part}: {licence}" for part, licence in BUNDLED]
    lines.append("")
    lines.append(
        "The full texts are installed with the app: LICENSE (GPL-3.0) beside the program and "
        "the font licences in resources/fonts."
    )
    return "\n".join(lines)


class AboutDialog(QDialog):
    """Modeless-friendly: nothing in it changes records, so closing it never loses anything."""

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.data_folder = data_folder
        self.setWindowTitle(f"About {APP_NAME}")
        self.ui.heading.setText(APP_NAME)  # styled by the theme, like every page heading
        self.ui.versionLabel.setText(f"Version {__version__} · Licence {LICENCE}")
        icon = QPixmap(str(resources_dir() / "icons" / "coprod-64.png"))
        self.ui.iconLabel.setPixmap(icon)
        self.ui.iconLabel.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.ui.dataPathEdit.setText(str(data_folder))
        self.ui.dataPathEdit.setCursorPosition(0)
        self.ui.creditsView.setPlainText(credits_text())
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        self.ui.buttonBox.rejected.connect(self.reject)
        close.setFocus()
        self._fit_text_size()

    def _fit_text_size(self) -> None:
        """Room for the texts at the member's text size (up to 200%), within the screen."""
        lines = self.ui.creditsView.fontMetrics().lineSpacing()
        self.ui.creditsView.setMinimumHeight(lines * 5)
        wanted = self.sizeHint().expandedTo(QSize(620, 0))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            wanted = wanted.boundedTo(screen.size() * 0.95)
        self.resize(wanted)

    def open_folder(self) -> bool:
        """Show the data folder in the file manager; False if it does not exist yet."""
        if not self.data_folder.is_dir():
            self.ui.dataPathEdit.setToolTip("This folder is made when you first save a record.")
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
