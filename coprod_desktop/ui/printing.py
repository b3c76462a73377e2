"""Printing a PDF the app made: Qt's print dialog, then each page painted onto the printer.

Why pages as images: Qt cannot print a PDF itself (its PDF module is in the 60 MB add-ons
wheel, and it has no PDF-to-printer path either); PDFium, which the preview already uses,
renders each page to an image at the printer's resolution (at most PRINT_DPI_MAX: an A4 page
at 300 dpi is 26 MB, at 1200 dpi 400 MB, and 300 dpi is as sharp as a laser prints body text),
and QPainter scales it onto the printer's page. That works the same with every printer Qt
knows on Windows, macOS and Linux (CUPS), and with "Print to File (PDF)".

Threads: PDFium renders in a worker thread; QPainter paints onto the QPrinter only on the GUI
thread (a QPrinter is a paint device of the GUI thread; Qt does not promise painting onto one
from another thread is safe). The worker stays at most two pages ahead of the painter so a
long portfolio never holds more than a few page images in memory. Progress shows in a dialog
whose Cancel stops both at the next page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QAbstractButton, QProgressDialog, QWidget

from coprod_desktop.ui.pdf_view import PDFIUM_LOCK, documents_folder, safe_file_name

#: The most dots per inch a page is rendered at (see the module's docstring).
PRINT_DPI_MAX = 300
#: How many rendered pages may wait for the painter.
AHEAD = 2

NO_PRINTER = "No printer is set up on this computer: you can still print to a PDF file."


def add_print_shortcut(widget: QWidget, button: QAbstractButton) -> QShortcut:
    """Ctrl+P (the system's Print key) presses `button` while `widget` is shown in the active
    window, wherever the focus is in it (Qt leaves out a hidden page's shortcuts)."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), widget)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: button.click() if button.isEnabled() else None)
    return shortcut


def pages_chosen(printer: QPrinter, page_count: int) -> list[int]:
    """The page numbers (from 1) the member chose in the dialog, in print order, copies
    included when the printer cannot make copies itself."""
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        pages = [n for n in range(1, page_count + 1) if ranges.contains(n)]
    else:
        pages = list(range(1, page_count + 1))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:  # "Reverse" in the dialog
        pages.reverse()
    copies = printer.copyCount()
    if copies <= 1 or printer.supportsMultipleCopies():
        return pages
    if printer.collateCopies():
        return pages * copies
    return [n for n in pages for _ in range(copies)]


def print_dpi(printer: QPrinter) -> int:
    return max(72, min(printer.resolution(), PRINT_DPI_MAX))


def choose_printer(parent: QWidget, printer: QPrinter, page_count: int) -> bool:
    """Qt's print dialog (printer, pages, copies, two-sided where the printer offers it).
    True when the member pressed Print. Tests replace this function."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print")
    dialog.setMinMax(1, max(page_count, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


@dataclass(frozen=True)
class PrintPage:
    """One page rendered for the printer, as plain bytes (safe across threads): RGB, or one
    grey byte a pixel when the member chose to print in greyscale; rows `stride` bytes apart."""

    number: int  # from 1
    width: int
    height: int
    stride: int
    grey: bool
    pixels: bytes


class _Relay(QObject):
    """Lives on the GUI thread: the worker's pages and failures reach the painter through it."""

    page = Signal(object)
    failed = Signal(str)


def render_for_print(
    data: bytes,
    pages: list[int],
    dpi: int,
    deliver: Callable[[PrintPage], None],
    stop: threading.Event,
    room: threading.Semaphore,
    *,
    grey: bool = False,
) -> None:
    """Render `pages` at `dpi`, one at a time, handing each to `deliver`. Runs in a worker;
    waits for `room` before each page and stops when `stop` is set. PDFium's bitmap goes
    straight to bytes (no image library in between: at 300 dpi that halves the time)."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
    try:
        for number in pages:
            while not room.acquire(timeout=0.1):
                if stop.is_set():
                    return
            if stop.is_set():
                return
            with PDFIUM_LOCK:
                page = document[number - 1]
                bitmap = page.render(scale=dpi / 72, grayscale=grey, rev_byteorder=True)
                rendered = PrintPage(
                    number,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    bitmap.n_channels == 1,
                    bytes(bitmap.buffer),
                )
                bitmap.close()
                page.close()
            deliver(rendered)
    finally:
        with PDFIUM_LOCK:
            document.close()


class PdfPrintJob(QObject):
    """Prints one PDF: asks where with Qt's dialog, then renders and paints page by page.

    `said` carries each sentence for the caller's status line (no printer set up, printed,
    cancelled, failed); `finished` fires once the job is over, whatever the outcome."""

    said = Signal(str)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        data: bytes,
        page_count: int,
        title: str,
        *,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.data = data
        self.page_count = page_count
        self.title = title
        self.show_progress = show_progress
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.painter: QPainter | None = None
        self.progress: QProgressDialog | None = None
        self.pages: list[int] = []
        self.painted = 0
        self.done = False
        self._stop = threading.Event()
        self._room = threading.Semaphore(AHEAD)
        self._relay = _Relay(self)
        self._relay.page.connect(self._paint)
        self._relay.failed.connect(self._failed)
        self._worker: threading.Thread | None = None

    # -- asking -------------------------------------------------------------------------------
    def start(self) -> bool:
        """Open the print dialog and, when the member presses Print, start printing.
        False when the member closed the dialog (nothing printed)."""
        printer = self.printer
        printer.setDocName(self.title)
        printer.setFullPage(True)  # the PDF already has its margins
        printer.setFromTo(0, 0)
        if not QPrinterInfo.availablePrinters():
            self.said.emit(NO_PRINTER)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            name = safe_file_name(f"{self.title} printed") + ".pdf"
            printer.setOutputFileName(str(documents_folder() / name))
        if not choose_printer(self.parent_widget, printer, self.page_count):
            self.said.emit("Not printed.")
            self._end()
            return False
        self.pages = pages_chosen(printer, self.page_count)
        if not self.pages:
            self.said.emit(f"Not printed: the PDF has pages 1 to {self.page_count} only.")
            self._end()
            return False
        if self.show_progress:
            self.progress = QProgressDialog(
                "Sending the pages to the printer…",
                "Cancel",
                0,
                len(self.pages),
                self.parent_widget,
            )
            self.progress.setWindowTitle("Printing")
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(0)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.canceled.connect(self.cancel)
            self.progress.setValue(0)
        data, pages, dpi = self.data, list(self.pages), print_dpi(printer)
        relay, stop, room = self._relay, self._stop, self._room
        grey = printer.colorMode() == QPrinter.ColorMode.GrayScale

        def work() -> None:
            try:
                render_for_print(data, pages, dpi, relay.page.emit, stop, room, grey=grey)
            except Exception as exc:  # PDFium's own errors: said in a sentence, not a crash
                relay.failed.emit(str(exc) or type(exc).__name__)

        self._worker = threading.Thread(target=work, name="coprod-print", daemon=True)
        self._worker.start()
        return True

    # -- painting (GUI thread) ----------------------------------------------------------------
    def _paint(self, page: PrintPage) -> None:
        if self.done:
            return
        printer = self.printer
        if self.painter is None:
            self.painter = QPainter()
            if not self.painter.begin(printer):
                self.painter = None
                self._stop.set()
                self._finish(
                    "Not printed: the printer could not be started. "
                    "Check it is switched on and try again."
                )
                return
        elif not printer.newPage():
            self._stop.set()
            self._finish("Printing stopped: the printer refused the next page.")
            return
        form = QImage.Format.Format_Grayscale8 if page.grey else QImage.Format.Format_RGB888
        image = QImage(page.pixels, page.width, page.height, page.stride, form)
        paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        scale = min(paper.width() / page.width, paper.height() / page.height)
        width, height = page.width * scale, page.height * scale
        target = QRectF(
            paper.x() + (paper.width() - width) / 2,
            paper.y() + (paper.height() - height) / 2,
            width,
            height,
        )
        self.painter.drawImage(target, image)
        self.painted += 1
        self._room.release()
        if self.progress is not None:
            self.progress.setLabelText(
                f"Sending page {self.painted} of {len(self.pages)} to the printer…"
            )
            self.progress.setValue(self.painted)
        if self.painted == len(self.pages):
            count = "1 page" if self.painted == 1 else f"{self.painted} pages"
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
                self._finish(f"Printed {count} to {printer.outputFileName()}.")
            else:
                self._finish(f"Sent {count} to {printer.printerName()}.")

    def cancel(self) -> None:
        """Stop rendering and painting; what the printer already has may still come out."""
        if self.done:
            return
        self._stop.set()
        if self.painter is not None:
            self.printer.abort()
        self._finish(
            "Printing cancelled"
            + (": pages already sent may still print." if self.painted else ": nothing was sent.")
        )

    def _failed(self, reason: str) -> None:
        self._finish(f"Not printed: the PDF could not be drawn for the printer ({reason}).")

    def _finish(self, sentence: str) -> None:
        if self.done:
            return
        self._stop.set()
        if self.painter is not None and self.painter.isActive():
            self.painter.end()
        self.painter = None
        self.said.emit(sentence)
        self._end()

    def _end(self) -> None:
        self.done = True
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.finished.emit()

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the worker has stopped (closing the window, tests)."""
        if self._worker is not None:
            self._worker.join(timeout)


def print_pdf(
    parent: QWidget,
    data: bytes,
    page_count: int,
    title: str,
    say: Callable[[str], None],
    on_finished: Callable[[], None],
) -> PdfPrintJob | None:
    """Print `data` (a PDF of `page_count` pages called `title`) from `parent`, telling the
    member each step through `say` and calling `on_finished` when the job is over. Returns
    the job while it is still printing, None when it ended in the dialog."""
    job = PdfPrintJob(parent, data, page_count, title)
    job.said.connect(say)
    job.finished.connect(on_finished)
    job.finished.connect(job.deleteLater)
    job.start()
    return None if job.done else job


__all__ = [
    "NO_PRINTER",
    "PdfPrintJob",
    "add_print_shortcut",
    "choose_printer",
    "pages_chosen",
    "print_pdf",
]
