"""The claim PDF in the window: preview with its receipt page, options, save as, open in viewer."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.core.services import Services
from coprod_desktop.core.services.expenses import NewFile
from coprod_desktop.ui.dialogs.claim_pdf import ClaimPdfDialog
from coprod_desktop.ui.main_window import MainWindow
from tests.ui.conftest import Seed


def receipt_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (400, 300), "teal").save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def draft(services: Services, seed: Seed) -> str:
    """A November claim to Prifysgol Llŷr: one fee and a parking receipt."""
    parking = seed.expenses[1]
    services.expenses.update(parking, files=[NewFile("car-park.png", receipt_png())])
    claim = services.claims.create(seed.llyr.id, None, None)  # type: ignore[arg-type]
    return claim.number


def open_pdf(qtbot: QtBot, window: MainWindow, number: str) -> ClaimPdfDialog:
    window.go_to(3)
    page = window.claims
    page.refresh()
    assert page.select_where(lambda i: i.claim.number == number)
    assert page.ui.pdfButton.isEnabled()
    qtbot.mouseClick(page.ui.pdfButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    assert isinstance(dialog, ClaimPdfDialog)
    return dialog


def page_labels(dialog: ClaimPdfDialog) -> list[str]:
    return [
        label.accessibleName()
        for label in dialog.ui.pagesHolder.findChildren(QLabel)
        if label.pixmap() is not None and not label.pixmap().isNull()
    ]


def test_preview_shows_every_page_with_the_receipt_and_saves_the_same_pdf(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    draft: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_pdf(qtbot, window, draft)
    assert dialog.pdf is not None
    pages = len(PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert pages >= 2  # the claim and its receipt page
    assert page_labels(dialog) == [f"Page {n} of {pages}" for n in range(1, pages + 1)]
    assert dialog.ui.status.text() == f"Claim {draft}: {pages} pages, receipts included."
    assert not dialog.ui.unmasked.isEnabled()  # "in full" only once bank details are shown

    target = tmp_path / "for finance"  # the member leaves off ".pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.ui.saveAs, Qt.MouseButton.LeftButton)
    saved = tmp_path / "for finance.pdf"
    assert saved.read_bytes() == dialog.pdf
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert draft in text and "Car park" in text
    assert str(saved) in dialog.ui.status.text()

    qtbot.mouseClick(dialog.ui.openViewer, Qt.MouseButton.LeftButton)
    in_folder = services.paths.documents / f"{draft}.pdf"
    assert in_folder.read_bytes() == dialog.pdf
    assert str(in_folder) in dialog.ui.status.text()  # offscreen: says where the file is


def test_large_print_and_bank_details_rebuild_the_pdf(
    qtbot: QtBot, window: MainWindow, services: Services, draft: str
) -> None:
    from dataclasses import replace

    services.profile.save(
        replace(services.profile.get(), bank_sort_code="123456", bank_account_number="12345678")
    )
    dialog = open_pdf(qtbot, window, draft)
    plain = dialog.pdf
    assert plain is not None
    assert "12345678" not in "".join(p.extract_text() for p in PdfReader(io.BytesIO(plain)).pages)
    dialog.ui.showBank.setChecked(True)
    dialog.ui.unmasked.setChecked(True)
    assert dialog.pdf is not None
    shown = "".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert "12345678" in shown
    dialog.ui.showBank.setChecked(False)  # untick: back to masked and hidden
    assert not dialog.ui.unmasked.isChecked()
    dialog.ui.largePrint.setChecked(True)
    assert dialog.pdf is not None and dialog.pdf != plain


def test_a_file_that_cannot_be_written_is_said_plainly(
    qtbot: QtBot,
    window: MainWindow,
    draft: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_pdf(qtbot, window, draft)
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    missing = blocker / "claim.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(missing), ""))
    )
    qtbot.mouseClick(dialog.ui.saveAs, Qt.MouseButton.LeftButton)
    assert dialog.ui.status.text().startswith("⚠ The PDF was not saved to")
    assert not missing.exists()


def test_every_control_of_the_dialog_has_a_name(
    qtbot: QtBot, window: MainWindow, draft: str
) -> None:
    dialog = open_pdf(qtbot, window, draft)
    from PySide6.QtWidgets import QWidget

    unnamed: list[Any] = [
        w.objectName()
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and not w.accessibleName()
    ]
    assert unnamed == []
