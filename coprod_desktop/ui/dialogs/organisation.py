"""The organisation form: who the member works with, and where their claims go."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.validate import check_code, clean_text
from coprod_desktop.ui.dialogs.common import RecordDialog, finish_form, fit_to_screen
from coprod_desktop.ui.forms.ui_dialog_organisation import Ui_OrganisationDialog


class OrganisationDialog(RecordDialog):
    """Add or edit an organisation. `save` is the page's: it stores the record (with undo)."""

    saved: Organisation | None = None

    def __init__(
        self,
        services: Services,
        save: Callable[[Organisation], Organisation],
        record: Organisation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._save = save
        self.record = record
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Edit organisation" if record else "Add an organisation")
        self.setup_buttons(ui.buttonBox, ui.saveHint, ui.formError)
        if record is not None:
            ui.name.setText(record.name)
            ui.code.setText(record.code)
            ui.department.setText(record.department)
            ui.contactName.setText(record.contact_name)
            ui.email.setText(record.email)
            ui.address.setPlainText(record.address)
            ui.promisedDays.setValue(record.promised_days)
            ui.notes.setPlainText(record.notes)
        errs = self.errors
        errs.add("name", ui.name, ui.nameError)
        errs.add("code", ui.code, ui.codeError)
        errs.add("department", ui.department, ui.departmentError)
        errs.add("contact", ui.contactName, ui.contactNameError, "contact_name")
        errs.add("email", ui.email, ui.emailError)
        errs.add("address", ui.address, ui.addressError)
        errs.add("promised_days", ui.promisedDays, ui.promisedDaysError)
        errs.add("notes", ui.notes, ui.notesError)
        for key in ("name", "code", "department", "contact", "email", "address", "notes"):
            self.watch(key, errs.widget(key))
        self.watch("promised_days", ui.promisedDays)
        finish_form(self)
        self.revalidate()
        fit_to_screen(self, ui.scrollContents)
        ui.name.setFocus()

    def collect(self) -> tuple[Organisation | None, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        checks = (
            ("name", lambda: clean_text(ui.name.text(), "name", required=True, limit=300)),
            ("code", lambda: check_code(ui.code.text())),
            ("department", lambda: clean_text(ui.department.text(), "department", limit=300)),
            ("contact", lambda: clean_text(ui.contactName.text(), "contact name", limit=300)),
            ("email", lambda: clean_text(ui.email.text(), "email", limit=300)),
            ("address", lambda: clean_text(ui.address.toPlainText(), "address", limit=2000)),
        )
        for key, check in checks:
            try:
                check()
            except UserError as error:
                errors[key] = error.message
        org = Organisation(
            name=ui.name.text(),
            code=ui.code.text().strip().upper(),
            department=ui.department.text(),
            contact_name=ui.contactName.text(),
            email=ui.email.text(),
            address=ui.address.toPlainText(),
            promised_days=ui.promisedDays.value(),
            notes=ui.notes.toPlainText(),
            id=self.record.id if self.record else None,
        )
        return org, errors

    def store(self, record: Organisation) -> Organisation:
        return self._save(record)


__all__ = ["OrganisationDialog"]
