"""The portfolio's forms in the window: the highlight tick in the activity form, and the
Documents page's form, limit and level-label choices reaching the PDF."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.kinds import Level
from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.activity import ActivityDialog
from coprod_desktop.ui.main_window import ROW, MainWindow
from coprod_desktop.ui.pages.documents import KINDS


def _member(services: Services) -> list[Activity]:
    org = services.organisations.create(Organisation(name="Riverside Trust", code="RT"))
    made = []
    for day in range(1, 7):
        made.append(
            services.activities.create(
                Activity(
                    org.id,
                    date(2026, 3, day),
                    f"Meeting number {day}",
                    contact_minutes=60,
                    judged_level=Level.CONSULTED,
                    described_level="co-production",
                    impact=f"Change {day}",
                )
            )
        )
    return made


def test_the_activity_form_ticks_a_highlight(qtbot: QtBot, services: Services) -> None:
    first = _member(services)[0]
    dlg = ActivityDialog(services, services.activities.update, first)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ui.highlight.isChecked()
    assert dlg.ui.highlight.accessibleName() == "Highlight in my portfolio"
    dlg.ui.highlight.click()  # it sits on a later tab, as feeDeclined does
    assert dlg.ui.highlight.isChecked()
    save = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert services.activities.get(first.id).highlight


def make_text(qtbot: QtBot, window: MainWindow) -> tuple[str, int]:
    page = window.documents
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    assert page.pdf is not None, page.ui.status.text()
    reader = PdfReader(io.BytesIO(page.pdf))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages), len(reader.pages)


def test_the_documents_page_makes_each_form(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    made = _member(services)
    services.activities.update(replace(made[1], highlight=True))  # one marked highlight
    window.go_to(ROW["Documents"])
    page = window.documents
    page.ui.documentList.setCurrentRow([k.key for k in KINDS].index("portfolio"))
    assert page.ui.formCombo.isVisible() and page.ui.formCombo.currentData() == "highlights"
    assert page.ui.highlightLimit.isEnabled() and not page.ui.groupByCombo.isEnabled()

    text, _ = make_text(qtbot, window)
    assert "Meeting number 2" in text and "Meeting number 5" not in text
    assert "My judgement of its level" not in text

    page.ui.formCombo.setCurrentIndex(page.ui.formCombo.findData("full"))
    assert page.ui.groupByCombo.isEnabled() and not page.ui.highlightLimit.isEnabled()
    qtbot.mouseClick(page.ui.showLevels, Qt.MouseButton.LeftButton)
    text, _ = make_text(qtbot, window)
    assert all(f"Meeting number {d}" in text for d in range(1, 7))
    assert "My judgement of its level: Consulted" in text

    page.ui.formCombo.setCurrentIndex(page.ui.formCombo.findData("summary"))
    text, count = make_text(qtbot, window)
    assert count == 1 and "In numbers" in text
