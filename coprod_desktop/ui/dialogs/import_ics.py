"""Import meeting invites (.ics) as draft activities, with a preview first.

The organisation is the member's choice, or guessed from each invite's organiser email; the
preview lists the drafts that would be created (repeating meetings expanded, with a note when
a long series was cut), the events refused with their reason, and those left out because they
are cancelled or already imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from coprod_desktop.core.io import ics_import
from coprod_desktop.core.io.import_common import Outcome
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.common import fill_combo, fit_to_screen, value
from coprod_desktop.ui.dialogs.import_base import ACTIVITY_HEADINGS, ImportDialogBase
from coprod_desktop.ui.forms.ui_dialog_import_ics import Ui_ImportIcsDialog
from coprod_desktop.ui.tasks import TaskRunner


class ImportIcsDialog(ImportDialogBase):
    """After Import, `outcome.created_ids` are the new drafts."""

    file_filter = "Calendar files (*.ics *.ical *.ifb);;All files (*)"
    choose_title = "Choose the calendar file (.ics)"

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.services = services
        self.ui = Ui_ImportIcsDialog()
        self.ui.setupUi(self)
        self.setup_common()
        ui = self.ui
        fill_combo(
            ui.organisation,
            [("Guess from the organiser's email", None)]
            + [(f"{o.name} ({o.code})", o.id) for o in services.organisations.list()],
        )
        ui.organisation.currentIndexChanged.connect(self.refresh_preview)
        ui.skipRefused.toggled.connect(self.update_import_button)
        ui.createdLabel.setText("Draft activities to &create:")
        ui.organisationRow.setStretch(1, 1)
        fit_to_screen(self, chars=100)
        ui.chooseButton.setFocus()

    def headings(self) -> Sequence[str]:
        return ("Event", *ACTIVITY_HEADINGS[1:])

    def run_preview(self) -> ics_import.IcsPreview:
        data, org = self.data, value(self.ui.organisation)
        assert data is not None
        return ics_import.preview(self.services, data, org, self.progress)

    def extra_lines(self, result: Any) -> list[str]:
        return [f"Left out: {line}" for line in result.left_out]

    def run_commit(self) -> Outcome:
        data, org = self.data, value(self.ui.organisation)
        assert data is not None
        return ics_import.commit(
            self.services, data, org, skip_refused=self.skip_refused(), progress=self.progress
        )


__all__ = ["ImportIcsDialog"]
