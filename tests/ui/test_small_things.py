"""Issue 14, item 5 and item 7: the dashboard's pictures, Save as's folder, the claim PDF
preview's size, high-contrast scroll bars, and what a screen reader is told."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessibleEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle
from pytestqt.qtbot import QtBot

from coprod_desktop.core.services import Services
from coprod_desktop.ui import announce as announce_module
from coprod_desktop.ui import pdf_view
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.theme import Appearance, ThemeManager, WindowStyle, stylesheet
from tests.ui.conftest import Seed


def test_the_dashboard_draws_money_by_month_and_claims_by_status_with_the_numbers_in_words(
    qtbot: QtBot, window: MainWindow, seed: Seed
) -> None:
    window.dashboard.refresh()
    charts = window.dashboard.charts
    assert charts is not None and charts.isVisibleTo(window)
    months = charts.money.months
    assert len(months) == 12 and months[-1].label == "Nov 2026"
    said = charts.money.accessibleDescription()
    # the November fees (the seed's activities) are in the words a screen reader reads
    november = months[-1]
    assert november.earned.pence > 0
    assert f"Nov 2026: earned {november.earned.display()}" in said
    status = charts.status.accessibleDescription()
    assert "Submitted: 1" in status and "Paid: 0" in status
    for chart in (charts.money, charts.status):
        assert chart.accessibleName() and chart.focusPolicy() & Qt.FocusPolicy.TabFocus
        image = chart.grab().toImage()
        assert image.width() > 100 and image.height() > 50


def test_save_as_starts_in_documents_then_in_the_folder_last_used(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    seed: Seed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(pdf_view, "documents_folder", lambda: documents)
    asked: list[str] = []
    target = tmp_path / "claims for 2026" / "RNT.pdf"
    target.parent.mkdir()

    def save_dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    prefs = services.preferences
    assert pdf_view.save_pdf_as(window, b"%PDF-1.4 x", "RNT-2026-001.pdf", prefs) == target
    assert Path(asked[0]).parent == documents
    pdf_view.save_pdf_as(window, b"%PDF-1.4 x", "RNT-2026-002.pdf", prefs)
    assert Path(asked[1]) == target.parent / "RNT-2026-002.pdf"


def test_the_claim_pdf_preview_shows_a_page_at_a_readable_size(
    qtbot: QtBot, window: MainWindow, services: Services, seed: Seed
) -> None:
    from coprod_desktop.ui.dialogs.claim_pdf import ClaimPdfDialog
    from coprod_desktop.ui.tasks import TaskRunner

    dialog = ClaimPdfDialog(services, TaskRunner(synchronous=True), seed.overdue_claim, window)
    qtbot.addWidget(dialog)
    dialog.show()
    avail = dialog.screen().availableGeometry()
    assert dialog.height() >= int(avail.height() * 0.8)
    pages = [
        label
        for label in dialog.ui.pagesHolder.findChildren(type(dialog.ui.status))
        if label.pixmap() is not None and not label.pixmap().isNull()
    ]
    assert pages and pages[0].pixmap().width() >= 720  # about 90 dots an inch of A4


def test_high_contrast_draws_scroll_bars_and_icons_to_be_seen(
    qapp: QApplication, theme: ThemeManager
) -> None:
    sheet = stylesheet(Appearance(200, True))
    assert "QScrollBar::handle { background: #ffffff" in sheet
    assert "QScrollBar" not in stylesheet(Appearance(200, False))
    style = WindowStyle()
    theme.apply(Appearance(100, True))
    icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
    image = icon.pixmap(24, 24).toImage()
    drawn = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 0
    ]
    assert drawn and all(c.red() == c.green() == c.blue() == 255 for c in drawn)  # white
    theme.apply(Appearance(100, False))
    assert not WindowStyle.high_contrast


def test_delete_and_undo_are_announced_to_a_screen_reader(
    qtbot: QtBot,
    window: MainWindow,
    seed: Seed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spoken: list[str] = []

    def heard(event: QAccessibleEvent) -> None:
        spoken.append(event.message())  # type: ignore[attr-defined]

    monkeypatch.setattr(announce_module.QAccessible, "updateAccessibility", staticmethod(heard))
    window.go_to(1)
    page = window.activities
    view = page.ui.tableView
    view.setFocus()
    QApplication.processEvents()
    assert page.select_where(lambda item: item.activity.title == seed.activities[-1].title)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert spoken[-1] == "Deleted. Undo (Ctrl+Z) brings it back."
    window.undo_action.trigger()
    assert spoken[-1].startswith("Undone: Delete activity.")
    window.redo_action.trigger()
    assert spoken[-1] == "Redone: Delete activity."
    assert window.statusBar().currentMessage() == spoken[-1]


def test_the_window_grows_with_the_text_but_never_beyond_the_screen(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QMainWindow

    from coprod_desktop.ui.fit import WindowFitter, fit_window_to_screen

    avail = QApplication.primaryScreen().availableGeometry()
    win = QMainWindow()
    qtbot.addWidget(win)
    win.resize(2000, 1200)
    fit_window_to_screen(win)
    assert (win.width(), win.height()) == (avail.width(), avail.height())
    win.resize(800, 500)
    font = QFont(win.font())
    font.setPointSizeF(9.0)
    win.setFont(font)
    WindowFitter(win, 9.0)
    assert (win.width(), win.height()) == (800, 500)  # the usual text: the usual size
    font.setPointSizeF(13.5)  # 150%
    win.setFont(font)
    qtbot.waitUntil(lambda: win.width() == 1200)
    assert win.height() == min(750, avail.height())
    font.setPointSizeF(18.0)  # 200%: as much as the screen has, no more
    win.setFont(font)
    qtbot.waitUntil(lambda: win.width() == avail.width())
    assert win.height() == avail.height()


def test_a_name_column_keeps_its_room_at_200_percent(
    qtbot: QtBot, window: MainWindow, seed: Seed, theme: ThemeManager
) -> None:
    from coprod_desktop.ui.pages.tables import STRETCH_FLOOR

    theme.apply(Appearance(200))
    window.go_to(5)
    window.resize(640, 700)  # a narrow window: the other columns fill it
    page = window.organisations
    view = page.ui.tableView
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    floor = STRETCH_FLOOR * view.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) >= floor)
    assert view.horizontalScrollBar().maximum() > 0  # the rest is reached by scrolling
