"""Settings: reference rate, dated figures, text size up to 200%, high contrast, data folder."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.services import Services
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.theme import ThemeManager


def test_text_size_applies_to_the_whole_app_and_is_kept(
    window: MainWindow, services: Services, theme: ThemeManager
) -> None:
    window.go_to(7)
    base = theme.base_font.pointSizeF()
    window.settings.ui.fontSpin.setValue(200)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
    assert window.activities.ui.searchEdit.font().pointSizeF() == pytest.approx(base * 2)
    saved = json.loads(services.paths.settings.read_text())
    assert saved["font_percent"] == 200
    window.settings.ui.fontSpin.setValue(250)  # the box stops at 200%
    assert window.settings.ui.fontSpin.value() == 200


def test_high_contrast_theme(window: MainWindow, services: Services) -> None:
    window.go_to(7)
    window.settings.ui.contrastCheck.setChecked(True)
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert json.loads(services.paths.settings.read_text())["high_contrast"] is True
    window.settings.ui.contrastCheck.setChecked(False)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_reference_rate_is_saved_and_a_bad_one_is_explained(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    window.go_to(7)
    ui = window.settings.ui
    ui.rateEdit.clear()
    qtbot.keyClicks(ui.rateEdit, "twenty")
    assert not window.settings.save_profile()
    assert "not an amount of money" in ui.profileError.text()
    assert ui.profileError.isVisibleTo(window)
    ui.rateEdit.clear()
    qtbot.keyClicks(ui.rateEdit, "27.50")
    ui.saveProfileButton.click()
    assert services.profile.get().reference_rate == Money(2750)
    assert not ui.profileError.isVisibleTo(window)


def test_a_dated_figure_is_added_and_removed(window: MainWindow, services: Services) -> None:
    window.go_to(7)
    page = window.settings
    ui = page.ui
    ui.figureCombo.setCurrentIndex(ui.figureCombo.findData("esa_weekly_limit"))
    ui.figureDate.setDate(QDate(2027, 4, 6))
    ui.figureValue.setText("205.00")
    ui.figureNote.setText("gov.uk, April 2027")
    ui.addFigureButton.click()
    assert services.profile.locale_overrides() == {
        "esa_weekly_limit": [
            {"from": "2027-04-06", "value": "205.00", "note": "gov.uk, April 2027"}
        ]
    }
    rows = [r for r in page.figures.shown() if r.mine]
    assert len(rows) == 1 and rows[0].value == "£205.00"
    ui.figureValue.setText("lots")
    assert not page.add_figure()
    assert "esa_weekly_limit" in ui.figureError.text() or "amount" in ui.figureError.text()
    row = page.figures.row_of(lambda r: r.mine)
    ui.figuresView.selectRow(row)
    assert ui.removeFigureButton.isEnabled()
    ui.removeFigureButton.click()
    assert services.profile.locale_overrides() == {}


def test_data_folder_is_shown_and_opens(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    window.go_to(7)
    assert window.settings.ui.dataPathValue.text() == str(services.paths.root)
    window.settings.ui.openFolderButton.click()
    assert opened == [QUrl.fromLocalFile(str(services.paths.root))]
