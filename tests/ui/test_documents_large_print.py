"""Large print on the Documents page: offered for every document that has it, the evidence
pack included, ticked with the keyboard, and carried through to the PDF made."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.main_window import ROW, MainWindow
from coprod_desktop.ui.pages.documents import KINDS, DocumentsPage
from tests.ui.conftest import Seed


def open_page(window: MainWindow) -> DocumentsPage:
    window.go_to(ROW["Documents"])
    return window.documents


def choose(page: DocumentsPage, key: str) -> None:
    page.ui.documentList.setCurrentRow([k.key for k in KINDS].index(key))


def fonts(pdf: bytes) -> set[str]:
    return {m.decode() for m in re.findall(rb"/BaseFont\s*/([^\s/>]+)", pdf)}


def sizes(pdf: bytes) -> set[float]:
    found: set[float] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        found |= {float(s) for s in re.findall(r"/F\d+\+?\d* ([\d.]+) Tf", content)}
    return found


def test_every_document_with_large_print_offers_it(window: MainWindow, seed: Seed) -> None:
    page = open_page(window)
    for kind in KINDS:
        choose(page, kind.key)
        assert page.ui.largePrint.isVisible(), kind.key
    assert page.ui.largePrint.accessibleName() == "Large print"
    assert "16 point" in page.ui.largePrint.accessibleDescription()


def test_evidence_pack_large_print_reaches_the_pdf(
    qtbot: QtBot, window: MainWindow, seed: Seed
) -> None:
    page = open_page(window)
    choose(page, "evidence")
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    normal = page.pdf
    assert normal is not None, page.ui.status.text()
    assert not any("Atkinson" in f for f in fonts(normal))

    page.ui.largePrint.setFocus()
    qtbot.keyClick(page.ui.largePrint, Qt.Key.Key_Space)  # ticked from the keyboard
    assert page.ui.largePrint.isChecked() and page.choices().large_print
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    large = page.pdf
    assert large is not None, page.ui.status.text()
    assert any(f.endswith("+AtkinsonHyperlegibleNext-Regular") for f in fonts(large))
    assert all("+" in f for f in fonts(large))
    assert all(s == 14 or s >= 16 for s in sizes(large)), sizes(large)
    reader = PdfReader(io.BytesIO(large))
    assert reader.metadata.title == "Evidence pack"
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Riverside NHS Trust" in " ".join(text.split())
    assert page.ui.status.text().startswith("Evidence pack: ")
    assert page.ui.saveAs.isEnabled()
