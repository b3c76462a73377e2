"""The claim as a PDF: preview it, choose what it shows, save it, open it in a PDF viewer,
or print it (Print…, Ctrl+P: see `ui.printing`).

The PDF is the core's (`services.claim_documents.pdf`): a submitted claim with the default
options gives back exactly the PDF kept when it was sent. Making it and rendering the preview
run off the GUI thread; while they run the buttons wait, and a newer request replaces an older.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QStyle, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ClaimStatus
from coprod_desktop.ui.dialogs.common import ERROR_SIGN, finish_form, fit_to_screen
from coprod_desktop.ui.forms.ui_dialog_claim_pdf import Ui_ClaimPdfDialog
from coprod_desktop.ui.pdf_view import (
    Rendered,
    open_in_viewer_sentence,
    render_pages,
    save_as_sentence,
    show_pages,
)
from coprod_desktop.ui.printing import PdfPrintJob, add_print_shortcut, print_pdf

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services
    from coprod_desktop.ui.tasks import TaskRunner


class ClaimPdfDialog(QDialog):
    """`pdf` holds the bytes shown (None while making them, or when they could not be made)."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        claim_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.number = claim_number
        self.pdf: bytes | None = None
        self.page_count = 0
        self.print_job: PdfPrintJob | None = None
        self._shown_once = False
        self.ui = Ui_ClaimPdfDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Claim {claim_number} as a PDF")
        item = services.claims.item(claim_number)
        if item.claim.status is not ClaimStatus.DRAFT:
            ui.keptNote.setText(
                "With no box ticked this is the PDF kept when the claim was submitted, "
                "exactly as it was sent."
            )
        else:
            ui.keptNote.hide()
        ui.unmasked.setEnabled(False)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        ui.buttonBox.rejected.connect(self.reject)
        ui.showBank.toggled.connect(self._bank_shown)
        for box in (ui.showBank, ui.unmasked, ui.largePrint):
            box.toggled.connect(self.refresh)
        ui.saveAs.clicked.connect(self.save_as)
        ui.openViewer.clicked.connect(self.open_viewer)
        ui.printButton.clicked.connect(self.print_pdf)
        add_print_shortcut(self, ui.printButton)
        self.finished.connect(self._stop_printing)
        finish_form(self)
        fit_to_screen(self, chars=100)
        self._tall_enough_for_a_page()
        self.refresh()

    def _tall_enough_for_a_page(self) -> None:
        """The preview is the point of this dialog: most of the screen's height, so a whole
        page (or most of one) is readable without scrolling."""
        screen = self.screen()
        if screen is not None:
            avail = screen.availableGeometry()
            self.resize(self.width(), max(self.height(), int(avail.height() * 0.85)))

    def showEvent(self, event: QShowEvent) -> None:
        """Once shown, the preview's real width is known: pages are drawn again to fill it
        when it is clearly wider than the first guess (a big window, large text)."""
        super().showEvent(event)
        wide = self.ui.pagesArea.viewport().width() - 24 - self._scroll_bar_width()
        if not self._shown_once and wide > getattr(self, "_rendered_width", 0) + 48:
            self.refresh()
        self._shown_once = True

    def _scroll_bar_width(self) -> int:
        """Room for the pages' own scroll bar, which appears once they are drawn."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

    def _bank_shown(self, shown: bool) -> None:
        self.ui.unmasked.setEnabled(shown)
        if not shown:
            self.ui.unmasked.setChecked(False)

    # -- making the PDF and its preview -------------------------------------------------------
    def refresh(self) -> None:
        ui = self.ui
        self.pdf = None
        self._ready(False)
        self._say("Making the PDF…")
        number = self.number
        options = {
            "show_bank_details": ui.showBank.isChecked(),
            "mask_bank": not ui.unmasked.isChecked(),
            "large_print": ui.largePrint.isChecked(),
        }
        # a page as wide as the preview, and never smaller than 60 characters of the member's
        # text: at 200% text the page is drawn larger too
        readable = 60 * self.fontMetrics().averageCharWidth()
        room = ui.pagesArea.viewport().width() - 24 - self._scroll_bar_width()
        width = max(room, 720, readable)
        self._rendered_width = width
        make = self.services.claim_documents.pdf

        def work() -> tuple[bytes, Rendered]:
            data = make(number, **options)
            return data, render_pages(data, width)

        self.runner.run(work, self._made, self._refused, key=f"claim-pdf-{id(self)}")

    def _made(self, result: tuple[bytes, Rendered]) -> None:
        data, rendered = result
        self.pdf = data
        self.page_count = rendered.page_count
        show_pages(self.ui.pagesLayout, rendered)
        pages = "page" if rendered.page_count == 1 else "pages"
        self._say(f"Claim {self.number}: {rendered.page_count} {pages}, receipts included.")
        self._ready(True)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self._say(f"{ERROR_SIGN} {error.message}")

    def _ready(self, ready: bool) -> None:
        self.ui.saveAs.setEnabled(ready)
        self.ui.openViewer.setEnabled(ready)
        self.ui.printButton.setEnabled(ready and self.print_job is None)

    def _say(self, text: str) -> None:
        self.ui.status.setText(text)
        self.ui.status.setAccessibleName(text or "PDF status")

    # -- where it goes ----------------------------------------------------------------------
    def save_as(self) -> None:
        if self.pdf is not None:
            said = save_as_sentence(self, self.pdf, f"{self.number}.pdf", self.services.preferences)
            if said is not None:
                self._say(said)

    def open_viewer(self) -> None:
        if self.pdf is not None:
            folder = self.services.paths.documents
            self._say(open_in_viewer_sentence(self.pdf, f"{self.number}.pdf", folder))

    def print_pdf(self) -> None:
        if self.pdf is None or self.print_job is not None:
            return
        self.ui.printButton.setEnabled(False)
        title = f"Claim {self.number}"
        self.print_job = print_pdf(self, self.pdf, self.page_count, title, self._say, self._printed)

    def _stop_printing(self) -> None:
        """The dialog closes: a print still running stops first (its worker must not outlive
        the dialog it reports to)."""
        job = self.print_job
        if job is not None:
            job.cancel()
            job.wait()

    def _printed(self) -> None:
        self.print_job = None
        self.ui.printButton.setEnabled(self.pdf is not None)


__all__ = ["ClaimPdfDialog"]
