"""The Documents page: choose a document and its options, make it, preview it, save it.

Each document is the core's (`services.documents`, `services.evidence`): this page only turns
the member's choices into the options those services take. Making a long document and
rendering its preview run off the GUI thread, report progress, and can be cancelled between
steps (the core raises `Cancelled`, and nothing is written). Print… (Ctrl+P) prints the PDF
made (see `ui.printing`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.progress import Cancelled, Progress
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.dialogs.common import ERROR_SIGN
from coprod_desktop.ui.forms.ui_page_documents import Ui_DocumentsPage
from coprod_desktop.ui.pages.base import date_to_qdate, qdate_to_date
from coprod_desktop.ui.pages.documents_group import GroupControls, make_group_pack
from coprod_desktop.ui.pdf_view import (
    Rendered,
    open_in_viewer_sentence,
    render_pages,
    save_as_sentence,
    show_pages,
)
from coprod_desktop.ui.printing import PdfPrintJob, add_print_shortcut, print_pdf
from coprod_desktop.ui.widgets.date_range import RangeNote, problem_label

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services


@dataclass(frozen=True)
class Choices:
    """What the member chose on the page, as plain values."""

    date_from: date | None
    date_to: date | None
    organisation: str | None  # a code
    organisation_name: str
    group_by: str
    tax_year: int
    benefit: str | None  # "esa", "uc", "carers-allowance" or None: the first limit watched
    by_activity_date: bool
    contact_names: bool
    feedback: bool
    training: bool
    large_print: bool
    bundles: tuple[str, ...] = ()  # group pack: the bundle files picked
    group_orgs: tuple[str, ...] = ()  # group pack: organisation codes ticked (none: all)
    form: str = "highlights"  # the portfolio's form: summary, highlights or full
    highlight_limit: int = 40
    show_levels: bool = False


Maker = Callable[["Services", Choices, Progress], bytes]


@dataclass(frozen=True)
class DocumentKind:
    key: str
    label: str
    about: str
    uses: frozenset[str]  # the option rows this document reads
    make: Maker
    file_stem: Callable[[Choices], str]


def _period(c: Choices) -> str:
    parts = []
    if c.date_from:
        parts.append(f"from-{c.date_from.isoformat()}")
    if c.date_to:
        parts.append(f"to-{c.date_to.isoformat()}")
    return "-".join(parts)


def _make_portfolio(sv: Services, c: Choices, progress: Progress) -> bytes:
    from coprod_desktop.core.services.documents import PortfolioOptions

    options = PortfolioOptions(
        date_from=c.date_from,
        date_to=c.date_to,
        organisation=c.organisation,
        group_by="theme" if c.group_by == "theme" else "organisation",
        large_print=c.large_print,
        include_contact_names=c.contact_names,
        include_feedback=c.feedback,
        include_training=c.training,
        form=c.form if c.form in ("summary", "full") else "highlights",
        highlight_limit=c.highlight_limit,
        show_levels=c.show_levels,
    )
    return sv.documents.portfolio_pdf(options, progress)


def _make_terms(sv: Services, c: Choices, progress: Progress) -> bytes:
    from coprod_desktop.core.services.documents import TermsOptions

    progress(0, 1)
    options = TermsOptions(organisation=c.organisation, large_print=c.large_print)
    return sv.documents.terms_pdf(options)


def _make_evidence(sv: Services, c: Choices, progress: Progress) -> bytes:
    from coprod_desktop.core.domain.evidence_views import EvidenceOptions

    options = EvidenceOptions(
        date_from=c.date_from,
        date_to=c.date_to,
        organisation_code=c.organisation,
        large_print=c.large_print,
    )
    return sv.evidence.pdf(options, progress)


def _make_tax_year(sv: Services, c: Choices, progress: Progress) -> bytes:
    progress(0, 1)
    return sv.documents.tax_year_pdf(c.tax_year, large_print=c.large_print)


def _make_benefits(sv: Services, c: Choices, progress: Progress) -> bytes:
    if c.date_from is None or c.date_to is None:
        raise UserError("A benefits summary needs both dates: tick From and To.", "from date")
    progress(0, 1)
    return sv.documents.benefits_pdf(
        c.date_from, c.date_to, c.benefit, c.by_activity_date, large_print=c.large_print
    )


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        "portfolio",
        "Portfolio",
        "Your contributions for CVs, applications and recognition: roles, what you did and "
        "what changed because of it, skills, training, testimonials and hours. Private notes "
        "never appear, nor anything you marked as not for your portfolio.",
        frozenset(
            {
                "from",
                "to",
                "org",
                "group_by",
                "contact_names",
                "feedback",
                "training",
                "large",
                "form",
                "limit",
                "levels",
            }
        ),
        _make_portfolio,
        lambda c: f"Portfolio {_period(c)}".strip(),
    ),
    DocumentKind(
        "terms",
        "My terms of involvement",
        "Your own statement of the terms you ask for before work starts: fee, payable time, "
        "expenses, days to pay, access needs, notice, recognition and ownership. Address it to "
        "one organisation, or to none.",
        frozenset({"org", "large", "my_terms"}),
        _make_terms,
        lambda c: f"My terms {c.organisation or ''}".strip(),
    ),
    DocumentKind(
        "evidence",
        "Evidence pack",
        "For negotiations and advocates: hours paid, declined and unpaid, the value of unpaid "
        "time, how late payments were, changes of terms and what they cost you, and how the "
        "work was described against your own judgement.",
        frozenset({"from", "to", "org", "large"}),
        _make_evidence,
        lambda c: f"Evidence pack {c.organisation or ''} {_period(c)}".strip(),
    ),
    DocumentKind(
        "tax_year",
        "Tax-year summary",
        "Fee income for a tax year (6 April to 5 April), payroll and vouchers apart, the "
        "trading allowance, and mileage against the approved rates.",
        frozenset({"tax_year", "large"}),
        _make_tax_year,
        lambda c: f"Tax year {c.tax_year}",
    ),
    DocumentKind(
        "benefits",
        "Benefits summary",
        "Your earnings in each benefit week or assessment period, against the limits you "
        "set, with every period that crossed one named.",
        frozenset({"from", "to", "benefit", "by_activity_date", "large"}),
        _make_benefits,
        lambda c: f"Benefits summary {_period(c)}".strip(),
    ),
    DocumentKind(
        "group",
        "Group evidence pack",
        "For advocates: members' anonymised bundles become one pack that states the case per "
        "organisation; no member can be picked out. Whole tax years are counted.",
        frozenset({"from", "to", "bundles", "large"}),
        make_group_pack,
        lambda c: f"Group evidence pack {' '.join(c.group_orgs)} {_period(c)}".strip(),
    ),
)


class _ProgressRelay(QObject):
    """Lives on the GUI thread: a pool thread's progress reaches the bar through it."""

    step = Signal(int, int)


class DocumentsPage(QWidget):
    title = "Documents"
    hint = (
        "Make a PDF from your records: choose a document and what it covers, then Make PDF. "
        "Nothing leaves this computer unless you save or send the file yourself."
    )

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf: bytes | None = None
        self.page_count = 0
        self.print_job: PdfPrintJob | None = None
        self.made_for: DocumentKind | None = None
        self.choices_made: Choices | None = None
        self._cancel = threading.Event()
        self._job = 0
        self.my_terms_dialog: Any = None
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.heading.setText(self.title)
        ui.heading.setStyleSheet("font-size: 150%; font-weight: 600;")
        ui.hintLabel.setText(self.hint)
        self._relay = _ProgressRelay(self)
        self._relay.step.connect(self._progress_shown)
        for kind in KINDS:
            item = QListWidgetItem(kind.label)
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            ui.documentList.addItem(item)
        ui.documentList.setMaximumWidth(ui.documentList.sizeHintForColumn(0) * 2 + 40)
        ui.groupByCombo.addItem("Organisation", "organisation")
        ui.groupByCombo.addItem("Kind of work (theme)", "theme")
        ui.benefitCombo.addItem("The first one I watch (Settings)", None)
        # The portfolio's form: highlights first, the one a panel reads in minutes.
        ui.formCombo.addItem("Highlights", "highlights")
        ui.formCombo.addItem("Summary (one page)", "summary")
        ui.formCombo.addItem("Full listing", "full")
        ui.formCombo.currentIndexChanged.connect(self._form_chosen)
        self._form_chosen(0)
        ui.benefitCombo.addItem("ESA permitted work", "esa")
        ui.benefitCombo.addItem("Universal Credit", "uc")
        ui.benefitCombo.addItem("Carer's Allowance", "carers-allowance")
        today = ctx.today()
        ui.fromDate.setDate(date_to_qdate(date(today.year, 1, 1)))
        ui.toDate.setDate(date_to_qdate(today))
        ui.fromDate.setEnabled(False)
        ui.toDate.setEnabled(False)
        ui.fromCheck.toggled.connect(ui.fromDate.setEnabled)
        ui.toCheck.toggled.connect(ui.toDate.setEnabled)
        ui.includeFeedback.setChecked(True)
        ui.includeTraining.setChecked(True)
        ui.documentList.currentRowChanged.connect(self._kind_chosen)
        ui.makeButton.clicked.connect(self.make)
        self.range_label = problem_label(ui.optionsBox, "rangeProblem")
        grid = ui.optionsForm
        grid.addWidget(self.range_label, grid.rowCount(), 0, 1, -1)
        self.range_note = RangeNote(
            ui.fromDate, ui.toDate, self.range_label, ui.fromCheck, ui.toCheck
        )
        ui.cancelButton.clicked.connect(self.cancel)
        ui.saveAs.clicked.connect(self.save_as)
        ui.openViewer.clicked.connect(self.open_viewer)
        ui.printButton.clicked.connect(self.print_pdf)
        add_print_shortcut(self, ui.printButton)
        ui.editMyTerms.clicked.connect(self.edit_my_terms)
        ctx.changed.connect(self._records_changed)
        self.group = GroupControls(self)
        self._busy(False)
        self._have_pdf(False)
        ui.documentList.setCurrentRow(0)

    # -- choices --------------------------------------------------------------------------
    def kind(self) -> DocumentKind:
        return KINDS[max(self.ui.documentList.currentRow(), 0)]

    def _form_chosen(self, _index: int) -> None:
        """The limit is the highlights form's; grouping is the full listing's."""
        form = self.ui.formCombo.currentData()
        self.ui.highlightLimit.setEnabled(form == "highlights")
        self.ui.limitLabel.setEnabled(form == "highlights")
        self.ui.groupByCombo.setEnabled(form == "full")
        self.ui.groupByLabel.setEnabled(form == "full")

    def _kind_chosen(self, _row: int) -> None:
        ui = self.ui
        kind = self.kind()
        ui.documentAbout.setText(kind.about)
        ui.documentAbout.setAccessibleName(kind.about)
        uses = kind.uses
        rows = {
            "from": (ui.fromCheck, ui.fromDate),
            "to": (ui.toCheck, ui.toDate),
            "org": (ui.orgLabel, ui.orgCombo),
            "group_by": (ui.groupByLabel, ui.groupByCombo),
            "tax_year": (ui.taxYearLabel, ui.taxYearCombo),
            "benefit": (ui.benefitLabel, ui.benefitCombo),
            "by_activity_date": (ui.byActivityDate,),
            "contact_names": (ui.contactNames,),
            "feedback": (ui.includeFeedback,),
            "training": (ui.includeTraining,),
            "large": (ui.largePrint,),
            "form": (ui.formLabel, ui.formCombo),
            "limit": (ui.limitLabel, ui.highlightLimit),
            "levels": (ui.showLevels,),
            "my_terms": (ui.editMyTerms,),
            "bundles": (ui.pickBundles, ui.bundlesChosen, ui.groupOrgLabel, ui.groupOrgList),
        }
        ui.exportBundle.setVisible(kind.key == "evidence")
        if "bundles" in uses:
            self.group.fit_list()
        for key, widgets in rows.items():
            for widget in widgets:
                widget.setVisible(key in uses)
        needs_dates = kind.key == "benefits"
        for check in (ui.fromCheck, ui.toCheck):
            if needs_dates:
                check.setChecked(True)
            check.setEnabled(not needs_dates)
        first = ui.orgCombo.itemText(0) if ui.orgCombo.count() else ""
        wanted = "Not addressed to anyone" if kind.key == "terms" else "All organisations"
        if first and first != wanted:
            ui.orgCombo.setItemText(0, wanted)
        self._say("")

    def load_organisations(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        combo = self.ui.orgCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(
            "Not addressed to anyone" if self.kind().key == "terms" else "All organisations", None
        )
        for org in services.organisations.list():
            combo.addItem(org.name, org.code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        years = self.ui.taxYearCombo
        chosen_year = years.currentData()
        years.clear()
        for year, label in services.summaries.tax_years():
            years.addItem(label, year)
        years.setCurrentIndex(max(years.findData(chosen_year), 0))

    def _records_changed(self, kind: str) -> None:
        if kind in ("organisation", "profile"):
            self.stale = True
            if self.isVisible():
                self.refresh()

    def choices(self) -> Choices:
        ui = self.ui
        return Choices(
            date_from=qdate_to_date(ui.fromDate.date()) if ui.fromCheck.isChecked() else None,
            date_to=qdate_to_date(ui.toDate.date()) if ui.toCheck.isChecked() else None,
            organisation=ui.orgCombo.currentData(),
            organisation_name=ui.orgCombo.currentText(),
            group_by=ui.groupByCombo.currentData() or "organisation",
            tax_year=ui.taxYearCombo.currentData() or 0,
            benefit=ui.benefitCombo.currentData(),
            by_activity_date=ui.byActivityDate.isChecked(),
            contact_names=ui.contactNames.isChecked(),
            feedback=ui.includeFeedback.isChecked(),
            training=ui.includeTraining.isChecked(),
            large_print=ui.largePrint.isChecked(),
            bundles=self.group.paths,
            group_orgs=self.group.chosen_orgs(),
            form=ui.formCombo.currentData() or "highlights",
            highlight_limit=ui.highlightLimit.value(),
            show_levels=ui.showLevels.isChecked(),
        )

    # -- making ---------------------------------------------------------------------------
    def make(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        problem = self.range_note.message()
        if problem:  # the sentence is by the dates already; say it where Make's answers go
            self._say(f"{ERROR_SIGN} {problem}")
            self.ui.fromDate.setFocus()
            return
        kind = self.kind()
        choices = self.choices()
        self._cancel.clear()
        self._job += 1
        job = self._job
        self.pdf = None
        self._have_pdf(False)
        self._busy(True)
        self._say(f"Making the {kind.label.lower()}…")
        width = max(self.ui.pagesArea.viewport().width() - 24, 640)
        cancel = self._cancel
        relay = self._relay

        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled
            relay.step.emit(done, total)

        def work() -> tuple[bytes, Rendered]:
            data = kind.make(services, choices, progress)
            if cancel.is_set():
                raise Cancelled
            return data, render_pages(data, width, progress)

        self.ctx.runner.run(
            work,
            lambda result: self._made(job, kind, choices, result),
            lambda error: self._failed(job, error),
            key="documents-page",
        )

    def cancel(self) -> None:
        self._cancel.set()
        self._say("Cancelling…")

    def _made(self, job: int, kind: DocumentKind, choices: Choices, result: Any) -> None:
        if job != self._job:
            return
        data, rendered = result
        self.pdf, self.made_for, self.choices_made = data, kind, choices
        self.page_count = rendered.page_count
        show_pages(self.ui.pagesLayout, rendered)
        self._busy(False)
        self._have_pdf(True)
        pages = "page" if rendered.page_count == 1 else "pages"
        self._say(
            f"{kind.label}: {rendered.page_count} {pages}. Save it, print it or open it in "
            "your viewer."
        )

    def _failed(self, job: int, error: BaseException) -> None:
        if job != self._job:
            return
        self._busy(False)
        if isinstance(error, Cancelled):
            self._say("Cancelled: no PDF was made and nothing was saved.")
            return
        if not isinstance(error, UserError):
            raise error
        self._say(f"{ERROR_SIGN} {error.message}")

    def _progress_shown(self, done: int, total: int) -> None:
        bar = self.ui.progressBar
        bar.setMaximum(max(total, 1))
        bar.setValue(min(done, max(total, 1)))

    def _busy(self, busy: bool) -> None:
        ui = self.ui
        ui.makeButton.setEnabled(not busy)
        ui.cancelButton.setEnabled(busy)
        ui.progressBar.setVisible(busy)
        ui.progressBar.setValue(0)

    def _have_pdf(self, have: bool) -> None:
        self.ui.saveAs.setEnabled(have)
        self.ui.openViewer.setEnabled(have)
        self.ui.printButton.setEnabled(have and self.print_job is None)

    def _say(self, text: str) -> None:
        self.ui.status.setText(text)
        self.ui.status.setAccessibleName(text or "Document status")

    # -- where it goes --------------------------------------------------------------------
    def _file_name(self) -> str:
        assert self.made_for is not None and self.choices_made is not None
        return f"{self.made_for.file_stem(self.choices_made)}.pdf"

    def save_as(self) -> None:
        if self.pdf is not None:
            services = self.ctx.services
            preferences = services.preferences if services is not None else None
            said = save_as_sentence(self, self.pdf, self._file_name(), preferences)
            if said is not None:
                self._say(said)

    def open_viewer(self) -> None:
        services = self.ctx.services
        if self.pdf is not None and services is not None:
            folder = services.paths.documents
            self._say(open_in_viewer_sentence(self.pdf, self._file_name(), folder))

    def print_pdf(self) -> None:
        if self.pdf is None or self.made_for is None or self.print_job is not None:
            return
        self.ui.printButton.setEnabled(False)
        title = self._file_name().removesuffix(".pdf")
        self.print_job = print_pdf(self, self.pdf, self.page_count, title, self._say, self._printed)

    def _printed(self) -> None:
        self.print_job = None
        self.ui.printButton.setEnabled(self.pdf is not None)

    def edit_my_terms(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        from coprod_desktop.ui.dialogs.my_terms import MyTermsDialog

        dialog = MyTermsDialog(services, parent=self)
        self.my_terms_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "my_terms_dialog", None))
        dialog.open()

    # -- the window's page protocol ------------------------------------------------------
    stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.services is None:
            return
        self.stale = False
        self.load_organisations()
