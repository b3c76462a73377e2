"""What the spreadsheet and calendar import dialogs share: choosing a file, a preview that runs
off the GUI thread, the table of records to create, the list of refused rows, and Import.

Reading and checking a big file takes seconds, so every service call goes through the window's
`TaskRunner` (keyed, so a newer preview replaces an older one still running). The preview and
the import take a progress callback that raises `Cancelled` once the member presses Cancel:
the import runs in one transaction, so a cancelled import saves nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.formatting import miles
from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.core.domain.progress import Cancelled
from coprod_desktop.core.domain.records import Activity, Expense
from coprod_desktop.core.io.import_common import Outcome, Planned, Refused
from coprod_desktop.ui.dialogs.common import show_date
from coprod_desktop.ui.tasks import TaskRunner

SHOWN_ROWS = 1000  # a table of 100,000 rows helps nobody; the summary gives the count


def planned_cells(p: Planned) -> list[str]:
    """One table row for a record that will be created."""
    rec = p.record
    if isinstance(rec, Activity):
        time = format_minutes(rec.total_minutes) if rec.total_minutes else "no time yet"
        return [str(p.row), show_date(rec.date), p.organisation, rec.title, time, p.note]
    assert isinstance(rec, Expense)
    what = miles(rec.miles) if rec.miles is not None else rec.amount.display()  # type: ignore[union-attr]
    return [
        str(p.row),
        show_date(rec.date),
        p.organisation,
        rec.category.label,
        what,
        rec.description,
    ]


ACTIVITY_HEADINGS = ("Row", "Date", "Organisation", "Title", "Time", "Note")
EXPENSE_HEADINGS = ("Row", "Date", "Organisation", "Category", "Amount", "Description")


class ImportDialogBase(QDialog):
    """Subclasses set `self.ui` (with fileName, chooseButton, summary, previewTable,
    refusedList, buttonBox) and implement `run_preview` / `run_commit`."""

    file_filter = "All files (*)"
    choose_title = "Choose a file"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data: bytes | None = None
        self.path: Path | None = None
        self.preview_result: Any = None
        self.outcome: Outcome | None = None
        self._cancel = False
        self._busy = False

    # -- set-up the subclass calls ---------------------------------------------------------
    def setup_common(self) -> None:
        ui = self.ui  # type: ignore[attr-defined]
        self.import_button: QPushButton = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("&Import")
        self.import_button.setAccessibleName("Import the records shown")
        self.import_button.setEnabled(False)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel the import")
        ui.buttonBox.accepted.connect(self.start_import)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseButton.clicked.connect(self.choose_file)
        table: QTableWidget = ui.previewTable
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setAccessibleName("Column headings of the records to create")
        table.horizontalHeader().setStretchLastSection(True)
        self.file_box: QLineEdit = ui.fileName
        ui.previewSplit.setStretchFactor(0, 3)  # the records to create get most of the room
        ui.previewSplit.setStretchFactor(1, 1)

    def headings(self) -> Sequence[str]:
        return ACTIVITY_HEADINGS

    # -- choosing and reading the file -----------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.choose_title, "", self.file_filter)
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read the file off the GUI thread, then preview it."""
        from coprod_desktop.core.io.csv_import import read_file

        self.path = path
        self.file_box.setText(str(path))
        self._set_summary("Reading the file…")
        self.runner.run(lambda: read_file(path), self._file_read, self._failed, key=self._key())

    def _file_read(self, data: bytes) -> None:
        self.data = data
        self.file_read(data)
        self.refresh_preview()

    def file_read(self, data: bytes) -> None:
        """Hook: the file's bytes have arrived (the spreadsheet dialog reads its headings)."""

    # -- preview ----------------------------------------------------------------------------
    def _key(self) -> str:
        return f"import-{id(self)}"

    def progress(self, done: int, total: int) -> None:
        """Runs on the pool thread: only reads a flag, never touches a widget."""
        if self._cancel:
            raise Cancelled

    def refresh_preview(self) -> None:
        if self.data is None:
            return
        self.import_button.setEnabled(False)
        self._set_summary("Checking every row…")
        work = self.run_preview
        self.runner.run(work, self._previewed, self._failed, key=self._key())

    def run_preview(self) -> Any:  # pragma: no cover - subclasses define it
        raise NotImplementedError

    def _previewed(self, result: Any) -> None:
        self.preview_result = result
        self.show_preview(result.planned, result.refused, self.extra_lines(result))
        summary = result.summary()
        if len(result.planned) > SHOWN_ROWS:
            summary += f" The table shows the first {SHOWN_ROWS:,}."
        self._set_summary(summary)
        self.update_import_button()

    def extra_lines(self, result: Any) -> list[str]:
        return []

    def update_import_button(self) -> None:
        result = self.preview_result
        ok = bool(result is not None and result.planned and not self._busy)
        if ok and result.refused and not self.skip_refused():
            ok = False
        self.import_button.setEnabled(ok)
        if result is not None and result.refused and not self.skip_refused() and result.planned:
            self.import_button.setToolTip(
                "Some rows are refused: fix them in the file, or tick 'skip the refused ones'."
            )
        else:
            self.import_button.setToolTip("")

    def skip_refused(self) -> bool:
        return bool(self.ui.skipRefused.isChecked())  # type: ignore[attr-defined]

    def show_preview(
        self, planned: Sequence[Planned], refused: Sequence[Refused], extra: Sequence[str]
    ) -> None:
        ui = self.ui  # type: ignore[attr-defined]
        table: QTableWidget = ui.previewTable
        headings = list(self.headings())
        table.setUpdatesEnabled(False)
        table.clear()
        table.setColumnCount(len(headings))
        table.setHorizontalHeaderLabels(headings)
        shown = planned[:SHOWN_ROWS]
        table.setRowCount(len(shown))
        for r, p in enumerate(shown):
            for c, text in enumerate(planned_cells(p)):
                table.setItem(r, c, QTableWidgetItem(text))
        header = table.horizontalHeader()
        for c in range(len(headings) - 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        table.setUpdatesEnabled(True)
        listing: QListWidget = ui.refusedList
        listing.clear()
        for r in refused:
            listing.addItem(QListWidgetItem(f"⚠ {r.message}"))
        for line in extra:
            listing.addItem(QListWidgetItem(line))
        ui.refusedLabel.setText(f"&Refused, with the reason ({len(refused)}):")

    # -- import -----------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.data is None or self._busy:
            return
        self._busy = True
        self.import_button.setEnabled(False)
        self._set_summary("Importing…")
        self.runner.run(self.run_commit, self._imported, self._import_failed)

    def run_commit(self) -> Outcome:  # pragma: no cover - subclasses define it
        raise NotImplementedError

    def _imported(self, outcome: Outcome) -> None:
        self._busy = False
        self.outcome = outcome
        self._set_summary(str(outcome))
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self._busy = False
        self._failed(error)

    def reject(self) -> None:
        self._cancel = True  # a running preview or import stops at its next step, saving nothing
        super().reject()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if not isinstance(error, UserError):
            raise error
        self.preview_result = None
        self.show_preview([], [], [])
        self._set_summary(f"⚠ {error.message}")
        self.update_import_button()

    def _set_summary(self, text: str) -> None:
        label = self.ui.summary  # type: ignore[attr-defined]
        label.setText(text)
        label.setAccessibleDescription(text)
