"""Help → About: F1 opens it, it tells the version, the licence and where the records live.

The version shown must be the package's one version (the same string the installers use), and
"Open folder" must open the very folder the window is using, not a guessed default.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop import __version__
from coprod_desktop.core.services import Services
from coprod_desktop.paths import resources_dir
from coprod_desktop.ui.dialogs.about import BUNDLED, AboutDialog
from coprod_desktop.ui.main_window import MainWindow, app_icon


def _opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return opened


def test_f1_opens_about_with_version_licence_and_the_open_data_folder(
    window: MainWindow, services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _opened_urls(monkeypatch)
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    ui = dialog.ui
    assert ui.versionLabel.text() == f"Version {__version__} · Licence GPL-3.0-or-later"
    assert "Nothing leaves this PC" in ui.summaryLabel.text()
    assert ui.dataPathEdit.text() == str(services.paths.root)
    assert ui.dataPathEdit.isReadOnly()
    credits = ui.creditsView.toPlainText()
    for font in ("Atkinson Hyperlegible", "Noto Sans", "WenQuanYi Micro Hei"):
        assert font in credits
    assert "SIL Open Font License 1.1" in credits and "GNU LGPL 3.0" in credits

    qtbot.mouseClick(ui.openFolderButton, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [services.paths.root]

    close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_open_folder_does_nothing_for_a_folder_not_made_yet(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _opened_urls(monkeypatch)
    dialog = AboutDialog(tmp_path / "not-yet")
    qtbot.addWidget(dialog)
    assert dialog.open_folder() is False
    assert opened == []
    assert "first save" in dialog.ui.dataPathEdit.toolTip()


def test_every_control_has_a_name_and_the_keyboard_reaches_them_in_order(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    for control in (ui.dataPathEdit, ui.openFolderButton, ui.creditsView, close, ui.iconLabel):
        assert control.accessibleName(), control.objectName()
    order: list[QWidget] = []
    widget: QWidget = ui.dataPathEdit
    for _ in range(4):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert order == [ui.dataPathEdit, ui.openFolderButton, ui.creditsView, close]


def test_credits_name_a_licence_for_every_font_file_shipped() -> None:
    fonts = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    families = {
        "AtkinsonHyperlegibleNext": "Atkinson Hyperlegible Next",
        "AtkinsonHyperlegible": "Atkinson Hyperlegible",
        "NotoSans": "Noto Sans",
        "wqy-microhei": "WenQuanYi Micro Hei",
    }
    credited = " ".join(part for part, _licence in BUNDLED)
    for font in sorted(fonts.glob("*.tt[fc]")):
        family = next(name for prefix, name in families.items() if font.name.startswith(prefix))
        assert family in credited, font.name


def test_window_icon_has_a_drawing_for_each_small_size(qapp: QApplication) -> None:
    icon = app_icon()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert {(16, 16), (24, 24), (32, 32), (48, 48), (256, 256)} <= sizes
    # the 16 px picture is the one drawn for 16 px (simpler, bolder), not the 512 px one shrunk
    drawn = QImage(str(resources_dir() / "icons" / "coprod-16.png"))
    fmt = QImage.Format.Format_ARGB32_Premultiplied  # how a QPixmap keeps it
    assert icon.pixmap(16, 16).toImage().convertToFormat(fmt) == drawn.convertToFormat(fmt)
