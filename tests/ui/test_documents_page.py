"""The Documents page: every document made through the real page, previewed, saved; Cancel."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.progress import Progress
from coprod_desktop.core.services import Services
from coprod_desktop.ui.main_window import ROW, MainWindow
from coprod_desktop.ui.pages import documents as documents_module
from coprod_desktop.ui.pages.documents import KINDS, Choices, DocumentsPage
from tests.ui.conftest import Seed


def open_page(window: MainWindow) -> DocumentsPage:
    window.go_to(ROW["Documents"])
    page = window.documents
    assert window.current_page() is page
    return page


def choose(page: DocumentsPage, key: str) -> None:
    page.ui.documentList.setCurrentRow([k.key for k in KINDS].index(key))


def make(qtbot: QtBot, page: DocumentsPage) -> str:
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    assert page.pdf is not None, page.ui.status.text()
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf)).pages)


def shown_pages(page: DocumentsPage) -> list[str]:
    return [
        label.accessibleName()
        for label in page.ui.pagesHolder.findChildren(QLabel)
        if label.pixmap() is not None and not label.pixmap().isNull()
    ]


def test_each_document_is_made_previewed_and_saved(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    seed: Seed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(window)
    assert page.ui.orgCombo.count() == 3  # all, and the two organisations

    choose(page, "portfolio")
    assert page.ui.groupByCombo.isVisible() and not page.ui.taxYearCombo.isVisible()
    text = make(qtbot, page)
    assert "Interview panel: Consultant" in text
    count = len(PdfReader(io.BytesIO(page.pdf or b"")).pages)
    assert shown_pages(page)[0] == f"Page 1 of {count}"
    assert page.ui.saveAs.isEnabled() and page.ui.openViewer.isEnabled()
    target = tmp_path / "portfolio.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(page.ui.saveAs, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == page.pdf

    # one organisation only: the other's work stays out
    page.ui.orgCombo.setCurrentIndex(page.ui.orgCombo.findData("PL"))
    text = make(qtbot, page)
    assert "Cyfarfod grŵp cynghori" in text and "Interview panel: Consultant" not in text

    choose(page, "terms")
    assert page.ui.editMyTerms.isVisible() and not page.ui.fromCheck.isVisible()
    assert page.ui.orgCombo.itemText(0) == "Not addressed to anyone"
    text = make(qtbot, page)
    assert "Prifysgol Llŷr" in text  # addressed to the organisation chosen

    choose(page, "evidence")
    page.ui.orgCombo.setCurrentIndex(0)
    text = make(qtbot, page)
    assert "Riverside NHS Trust" in text or "RNT" in text

    choose(page, "tax_year")
    assert page.ui.taxYearCombo.currentText() == "2026-27"
    text = make(qtbot, page)
    assert "2026" in text

    choose(page, "benefits")
    assert page.ui.fromCheck.isChecked() and not page.ui.fromCheck.isEnabled()
    page.ui.benefitCombo.setCurrentIndex(page.ui.benefitCombo.findData("esa"))
    text = make(qtbot, page)
    assert "ESA" in text or "permitted work" in text

    qtbot.mouseClick(page.ui.openViewer, Qt.MouseButton.LeftButton)
    saved = list(services.paths.documents.glob("Benefits summary*.pdf"))
    assert len(saved) == 1 and saved[0].read_bytes() == page.pdf


def test_cancel_stops_between_steps_and_nothing_is_kept(
    qtbot: QtBot, window: MainWindow, seed: Seed, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(window)

    def slow(services: Services, choices: Choices, progress: Progress) -> bytes:
        progress(0, 3)
        page.cancel()  # the member presses Cancel while it is being made
        progress(1, 3)
        raise AssertionError("the job should have stopped at the step after Cancel")

    kinds = (replace(KINDS[0], make=slow), *KINDS[1:])
    monkeypatch.setattr(documents_module, "KINDS", kinds)
    choose(page, "portfolio")
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    assert page.pdf is None
    assert page.ui.status.text() == "Cancelled: no PDF was made and nothing was saved."
    assert page.ui.makeButton.isEnabled() and not page.ui.cancelButton.isEnabled()
    assert not page.ui.saveAs.isEnabled()


def test_a_mistake_in_the_options_is_one_plain_sentence(
    qtbot: QtBot, window: MainWindow, seed: Seed
) -> None:
    page = open_page(window)
    choose(page, "evidence")
    page.ui.fromCheck.setChecked(True)
    page.ui.toCheck.setChecked(True)
    from PySide6.QtCore import QDate

    page.ui.fromDate.setDate(QDate(2026, 11, 1))
    page.ui.toDate.setDate(QDate(2026, 1, 1))
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    assert page.pdf is None
    assert page.ui.status.text().startswith("⚠ ")
    assert "date" in page.ui.status.text().lower()
