"""Printing from the window: Print… and Ctrl+P on the claim PDF dialog and the Documents page
open the print dialog; printing to a PDF file through QPrinter gives the same pages as the PDF
(same count, and each page looks the same: the printed pages are images, so they are compared
by rendering both at one size); page ranges and copies; Cancel; no printer set up."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.core.services import Services
from coprod_desktop.ui import printing
from coprod_desktop.ui.main_window import ROW, MainWindow
from coprod_desktop.ui.printing import NO_PRINTER, PdfPrintJob, pages_chosen
from tests.ui.test_claim_pdf_dialog import draft, open_pdf  # noqa: F401  (a fixture)
from tests.ui.test_documents_page import make, open_page


def page_images(data: bytes, width: int = 300) -> list[Image.Image]:
    document = pdfium.PdfDocument(data)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            scale = width / page.get_width()
            images.append(page.render(scale=scale).to_pil().convert("L"))
        return images
    finally:
        document.close()


def difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference of two grey pages, 0 (same) to 255."""
    b = b.resize(a.size)
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


class ToFile:
    """Stands in for the print dialog: the member picks "Print to File (PDF)" and presses
    Print (or closes the dialog), with pages and copies as given."""

    def __init__(
        self,
        path: Path,
        *,
        accept: bool = True,
        pages: str = "",
        copies: int = 1,
        grey: bool = False,
    ):
        self.path, self.accept, self.pages, self.copies = path, accept, pages, copies
        self.grey = grey
        self.asked: list[int] = []

    def __call__(self, _parent: Any, printer: QPrinter, page_count: int) -> bool:
        self.asked.append(page_count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.path))
        printer.setResolution(150)  # quick; the page is still scaled onto the whole paper
        if self.pages:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setPageRanges(QPageRanges.fromString(self.pages))
        printer.setCopyCount(self.copies)
        if self.grey:
            printer.setColorMode(QPrinter.ColorMode.GrayScale)
        return self.accept


def ctrl_p(qtbot: QtBot, focus: QWidget) -> None:
    """The member presses Ctrl+P with the focus on `focus`."""
    window = focus.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def wait_printed(qtbot: QtBot, owner: Any) -> None:
    qtbot.waitUntil(lambda: owner.print_job is None, timeout=20_000)


def test_print_from_the_claim_dialog_gives_the_same_pages(
    qtbot: QtBot,
    window: MainWindow,
    draft: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_pdf(qtbot, window, draft)
    assert dialog.pdf is not None and dialog.ui.printButton.isEnabled()
    out = tmp_path / "printed.pdf"
    ask = ToFile(out)
    monkeypatch.setattr(printing, "choose_printer", ask)
    ctrl_p(qtbot, dialog.ui.saveAs)
    wait_printed(qtbot, dialog)
    original = PdfReader(io.BytesIO(dialog.pdf))
    printed = PdfReader(out)
    assert ask.asked == [len(original.pages)]
    assert len(printed.pages) == len(original.pages) >= 2
    # A4 in, A4 out (to the point), and every page looks as it does in the PDF.
    for a, b in zip(original.pages, printed.pages, strict=True):
        assert abs(float(a.mediabox.width) - float(b.mediabox.width)) < 1
        assert abs(float(a.mediabox.height) - float(b.mediabox.height)) < 1
    for a, b in zip(page_images(dialog.pdf), page_images(out.read_bytes()), strict=True):
        assert difference(a, b) < 4
    # Not the same page twice: the claim page and the receipt page differ.
    first, second = page_images(out.read_bytes())[:2]
    assert difference(first, second) > 4
    assert dialog.ui.status.text() == f"Printed {len(original.pages)} pages to {out}."
    assert dialog.ui.printButton.isEnabled()


def test_print_from_the_documents_page_with_a_page_range(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(window)
    page.ui.largePrint.setChecked(True)
    make(qtbot, page)
    assert page.pdf is not None
    total = len(PdfReader(io.BytesIO(page.pdf)).pages)
    assert page.ui.printButton.isEnabled()
    out = tmp_path / "range.pdf"
    monkeypatch.setattr(printing, "choose_printer", ToFile(out, pages="1", grey=True))
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    wait_printed(qtbot, page)
    assert len(PdfReader(out).pages) == 1
    assert difference(page_images(page.pdf)[0], page_images(out.read_bytes())[0]) < 4
    assert page.ui.status.text() == f"Printed 1 page to {out}."
    assert total >= 1

    # Ctrl+P works wherever the focus is in the window (here the list of pages); closing the
    # print dialog prints nothing and says so.
    closed = ToFile(tmp_path / "closed.pdf", accept=False)
    monkeypatch.setattr(printing, "choose_printer", closed)
    ctrl_p(qtbot, window.ui.navList)
    assert closed.asked == [total]
    assert page.print_job is None and not closed.path.exists()
    assert page.ui.status.text() == "Not printed."

    # On another page, Ctrl+P does not print the Documents page's PDF.
    window.go_to(ROW["Claims"])
    ctrl_p(qtbot, window.ui.navList)
    assert closed.asked == [total]


def test_pages_and_copies_the_printer_cannot_make_itself(qtbot: QtBot) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("2-3,5"))
    assert pages_chosen(printer, 4) == [2, 3]  # page 5 is not in a 4-page PDF
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()  # a PDF file makes no copies itself
    printer.setCollateCopies(True)
    assert pages_chosen(printer, 4) == [2, 3, 2, 3]
    printer.setCollateCopies(False)
    assert pages_chosen(printer, 4) == [2, 2, 3, 3]
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setCopyCount(1)
    assert pages_chosen(printer, 3) == [1, 2, 3]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_chosen(printer, 3) == [3, 2, 1]


def test_cancel_stops_printing_and_no_printer_is_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = make_pages(6)
    said: list[str] = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(printing, "choose_printer", ToFile(tmp_path / "x.pdf"))
    job = PdfPrintJob(window, data, 6, "Six pages", show_progress=False)
    job.said.connect(said.append)
    # The first page is painted, then the member presses Cancel.
    job._relay.page.connect(lambda _p: job.cancel() if job.painted == 1 else None)
    assert job.start()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    job.wait()
    assert said[0] == NO_PRINTER
    assert said[-1] == "Printing cancelled: pages already sent may still print."
    assert job.painted == 1


def make_pages(count: int) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    for n in range(count):
        canvas.drawString(72, 720, f"Page {n + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_print_button_has_a_name_and_ctrl_p_shortcut(
    qtbot: QtBot,
    window: MainWindow,
    draft: str,  # noqa: F811
) -> None:
    dialog = open_pdf(qtbot, window, draft)
    button = dialog.ui.printButton
    assert button.accessibleName() == "Print the PDF"
    assert button.text() == "&Print…"
    assert "Ctrl+P" in button.toolTip()
    assert button.mapTo(dialog, QPoint(0, 0)).x() >= 0
