"""Import a spreadsheet (CSV): choose the file, say which column holds what, check, import.

The columns step has one drop-down per column of the member's file, prefilled by
`csv_import.suggest_mapping`; every change re-runs the preview off the GUI thread, so the
table of records to create and the list of refused rows (each with its reason) always match
what Import would do. Import stays off while nothing valid would be created, and while rows
are refused unless the member ticked "skip the refused ones".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from coprod_desktop.core.io import csv_import
from coprod_desktop.core.io.import_common import Outcome
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.common import fill_combo, fit_to_screen, select_data, value
from coprod_desktop.ui.dialogs.import_base import (
    ACTIVITY_HEADINGS,
    EXPENSE_HEADINGS,
    ImportDialogBase,
)
from coprod_desktop.ui.forms.ui_dialog_import_csv import Ui_ImportCsvDialog
from coprod_desktop.ui.tasks import TaskRunner

LEAVE_OUT = "(leave this column out)"
LEFT_OUT = "-"  # the drop-down's value for "leave out" (Qt turns an empty string into None)


class ImportCsvDialog(ImportDialogBase):
    """After Import, `outcome` says what was saved."""

    file_filter = "Spreadsheet saved as CSV (*.csv *.txt);;All files (*)"
    choose_title = "Choose the spreadsheet (saved as CSV)"

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        parent: QWidget | None = None,
        kind: csv_import.Kind = "activities",
    ) -> None:
        super().__init__(runner, parent)
        self.services = services
        self.ui = Ui_ImportCsvDialog()
        self.ui.setupUi(self)
        self.setup_common()
        ui = self.ui
        self.headers: tuple[str, ...] = ()
        self.column_combos: dict[str, QComboBox] = {}
        fill_combo(ui.kind, [("Activities", "activities"), ("Expenses", "expenses")], keep=kind)
        orgs = services.organisations.list()
        fill_combo(
            ui.organisation,
            [("None: every row names its organisation", None)]
            + [(f"{o.name} ({o.code})", o.id) for o in orgs],
        )
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.organisation.currentIndexChanged.connect(self.refresh_preview)
        ui.createOrgs.toggled.connect(self.refresh_preview)
        ui.skipRefused.toggled.connect(self.update_import_button)
        ui.columnsBox.setEnabled(False)
        # one line: a wrapped label in this grid was given one row's height and lost its end
        self.ui.organisationLabel.setWordWrap(False)
        fit_to_screen(self, chars=110)
        ui.chooseButton.setFocus()

    def kind(self) -> csv_import.Kind:
        return value(self.ui.kind)  # type: ignore[no-any-return]

    def headings(self) -> Sequence[str]:
        return ACTIVITY_HEADINGS if self.kind() == "activities" else EXPENSE_HEADINGS

    # -- the columns step -------------------------------------------------------------------
    def file_read(self, data: bytes) -> None:
        try:
            sheet = csv_import.read_sheet(data)
        except Exception:
            self.headers = ()
            self._build_columns()
            return  # the preview reports the same refusal in a sentence
        self.headers = sheet.headers
        self._build_columns()

    def _kind_changed(self) -> None:
        self._build_columns()
        self.refresh_preview()

    def _build_columns(self) -> None:
        form = self.ui.columnsForm
        while form.rowCount():
            form.removeRow(0)
        self.column_combos.clear()
        fields = csv_import.fields_for(self.kind())
        guessed = csv_import.suggest_mapping(self.headers, self.kind())
        choices: list[tuple[str, Any]] = [(LEAVE_OUT, LEFT_OUT)]
        choices += [(label, name) for name, label in fields.items()]
        for header in self.headers:
            combo = QComboBox(self.ui.columnsHolder)
            fill_combo(combo, choices, keep=guessed.get(header) or LEFT_OUT)
            combo.setAccessibleName(f"What the column '{header}' holds")
            label = QLabel(f"{header}:", self.ui.columnsHolder)
            label.setBuddy(combo)
            label.setWordWrap(True)
            form.addRow(label, combo)
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.column_combos[header] = combo
        self.ui.columnsBox.setEnabled(bool(self.headers))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Tall enough to show up to six columns without scrolling, in the current font."""
        form = self.ui.columnsForm
        row = QComboBox().sizeHint().height() + max(form.verticalSpacing(), 6)
        margins = form.contentsMargins()
        shown = min(max(len(self.headers), 2), 6)
        frame = 2 * self.ui.columnsScroll.frameWidth() + margins.top() + margins.bottom()
        self.ui.columnsScroll.setMinimumHeight(shown * row + frame)

    def mapping(self) -> dict[str, str]:
        return {
            header: "" if value(combo) in (LEFT_OUT, None) else value(combo)
            for header, combo in self.column_combos.items()
        }

    def set_column(self, header: str, field_name: str) -> None:
        """Choose what a column holds (as picking it in its drop-down does)."""
        combo = self.column_combos[header]
        select_data(combo, field_name or LEFT_OUT)

    def options(self) -> csv_import.Options:
        ui = self.ui
        return csv_import.Options(
            kind=self.kind(),
            mapping=self.mapping(),
            organisation_id=value(ui.organisation),
            create_organisations=ui.createOrgs.isChecked(),
            skip_refused=ui.skipRefused.isChecked(),
        )

    # -- the work, off the GUI thread -------------------------------------------------------
    def run_preview(self) -> csv_import.Preview:
        data, options = self.data, self.options()
        assert data is not None
        return csv_import.preview(self.services, data, options, self.progress)

    def extra_lines(self, result: Any) -> list[str]:
        return [f"New organisation to add: {name}" for name in result.new_organisations]

    def run_commit(self) -> Outcome:
        data, options = self.data, self.options()
        assert data is not None
        return csv_import.commit(self.services, data, options, self.progress)


def open_file(dialog: ImportCsvDialog, path: str | Path) -> None:
    """Start the dialog on a file (drag and drop, tests)."""
    dialog.load_file(Path(path))


__all__ = ["ImportCsvDialog", "open_file"]
