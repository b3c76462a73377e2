"""The role agreement form, with its history of dated terms.

For a new agreement the form holds its first terms. For a saved one it shows the terms as a
timeline, oldest first, and a change of terms is added as a new dated version, never written
over the old one: a paid role re-classified as voluntary must stay visible as evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.records import Agreement, Terms
from coprod_desktop.core.rules.fees import describe_terms
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.validate import check_range, clean_text
from coprod_desktop.ui.dialogs.common import (
    RecordDialog,
    fill_combo,
    finish_form,
    fit_to_screen,
    from_qdate,
    select_data,
    set_row_visible,
    to_qdate,
    value,
)
from coprod_desktop.ui.dialogs.terms import TermsDialog, TermsEditor
from coprod_desktop.ui.forms.ui_dialog_agreement import Ui_AgreementDialog


def timeline_lines(terms: tuple[Terms, ...]) -> list[str]:
    """One sentence a version, oldest first; a change of classification says what it was."""
    lines = []
    previous: Terms | None = None
    for version in sorted(terms, key=lambda t: t.effective_from):
        text = describe_terms(version)
        label = version.classification.label
        if previous is not None and previous.classification is not version.classification:
            text = text.replace(label, f"{label} (was {previous.classification.label})", 1)
        line = f"From {version.effective_from.isoformat()}: {text}"
        if version.source:
            line += f" — source: {version.source}"
        if version.note:
            line += f". Note: {version.note}"
        lines.append(line)
        previous = version
    return lines


class AgreementDialog(RecordDialog):
    """Add an agreement with its first terms, or edit one and add changes of terms.

    `save` (the page's) stores the agreement itself: a new one with its first terms, or the
    edited title, dates and description. Changes of terms (and corrections of a version) are
    saved at once through `save_terms`, as each is its own dated record: the Agreements page
    passes one that puts the change on the undo stack; without it they go straight to the
    services."""

    saved: Agreement | None = None

    def __init__(
        self,
        services: Services,
        save: Callable[[Agreement], Agreement],
        record: Agreement | None = None,
        parent: QWidget | None = None,
        save_terms: Callable[[Terms], Agreement] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._save = save
        self._save_terms = save_terms or self._save_terms_directly
        self.record = record
        self.ui = Ui_AgreementDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Edit role agreement" if record else "Add a role agreement")
        self.setup_buttons(ui.buttonBox, ui.saveHint, ui.formError)
        orgs = self.services.organisations.list()
        fill_combo(ui.organisation, [(o.name, o.id) for o in orgs])
        ui.organisation.setPlaceholderText("Choose an organisation")
        today = services.ctx.clock.today()
        self.terms_editor: TermsEditor | None = None
        self.terms_dialog: TermsDialog | None = None  # the change of terms being edited
        if record is None:
            ui.start.setDate(to_qdate(today))
            ui.end.setDate(to_qdate(today))
            if ui.organisation.count() != 1:
                ui.organisation.setCurrentIndex(-1)
            ui.historyBox.hide()
            self.terms_editor = TermsEditor(services, ui.firstTermsBox)
            self.terms_editor.set_terms(None, today)
            self.terms_editor.fix_date(today)
            ui.firstTermsLayout.addWidget(self.terms_editor)
            self.setTabOrder(ui.description, self.terms_editor.ui.classification)
        else:
            select_data(ui.organisation, record.organisation_id)
            ui.organisation.setEnabled(False)
            ui.organisation.setToolTip("An agreement stays with its organisation.")
            ui.roleTitle.setText(record.role_title)
            ui.start.setDate(to_qdate(record.start))
            ui.hasEnd.setChecked(record.end is not None)
            ui.end.setDate(to_qdate(record.end or today))
            ui.description.setPlainText(record.description)
            ui.firstTermsBox.hide()
            self._show_timeline(record.terms)
        errs = self.errors
        errs.add("organisation", ui.organisation, ui.organisationError)
        errs.add("role", ui.roleTitle, ui.roleTitleError)
        errs.add("start", ui.start, ui.startError)
        errs.add("end", ui.end, ui.endError)
        errs.add("description", ui.description, ui.descriptionError)
        for key, widget in (
            ("organisation", ui.organisation),
            ("role", ui.roleTitle),
            ("start", ui.start),
            ("end", ui.end),
            ("description", ui.description),
        ):
            self.watch(key, widget)
        self.watch("end", ui.hasEnd)
        ui.hasEnd.toggled.connect(self._end_shown)
        ui.start.dateChanged.connect(self._start_changed)
        ui.addTerms.clicked.connect(self.add_change_of_terms)
        ui.editTerms.clicked.connect(self.correct_selected_terms)
        ui.termsTimeline.itemSelectionChanged.connect(self._timeline_buttons)
        if self.terms_editor is not None:
            self.terms_editor.register(self.errors, self.watch)
        self._end_shown()
        self._timeline_buttons()
        finish_form(self)
        self.revalidate()
        fit_to_screen(self, ui.scrollContents)
        (ui.organisation if record is None else ui.roleTitle).setFocus()

    # -- the terms timeline -----------------------------------------------------------------
    def _show_timeline(self, terms: tuple[Terms, ...]) -> None:
        lst = self.ui.termsTimeline
        lst.clear()
        ordered = sorted(terms, key=lambda t: t.effective_from)
        for version, line in zip(ordered, timeline_lines(terms), strict=True):
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, version)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
            lst.addItem(item)
        if lst.count():
            lst.setCurrentRow(lst.count() - 1)

    def timeline(self) -> list[str]:
        lst = self.ui.termsTimeline
        return [lst.item(i).text() for i in range(lst.count())]

    def _timeline_buttons(self) -> None:
        self.ui.editTerms.setEnabled(bool(self.ui.termsTimeline.selectedItems()))

    def _current_agreement(self) -> Agreement:
        assert self.record is not None and self.record.id is not None
        return self.services.agreements.get(self.record.id)

    def add_change_of_terms(self) -> None:
        """Open the terms as they stand now, dated today, so only what changed is typed."""
        current = self._current_agreement()
        latest = max(current.terms, key=lambda t: t.effective_from)
        draft = replace(
            latest, id=None, effective_from=self.services.ctx.clock.today(), source="", note=""
        )
        agreement_id = current.id
        assert agreement_id is not None
        self._open_terms(
            draft, lambda t: self._save_terms(replace(t, id=None, agreement_id=agreement_id))
        )

    def correct_selected_terms(self) -> None:
        item = self.ui.termsTimeline.currentItem()
        if item is None:
            return
        version: Terms = item.data(Qt.ItemDataRole.UserRole)
        owner = version.agreement_id
        self._open_terms(
            version, lambda t: self._save_terms(replace(t, id=version.id, agreement_id=owner))
        )

    def _save_terms_directly(self, terms: Terms) -> Agreement:
        if terms.id is None:
            assert terms.agreement_id is not None
            return self.services.agreements.add_terms(terms.agreement_id, terms)
        return self.services.agreements.update_terms(terms)

    def _open_terms(self, terms: Terms, save: Callable[[Terms], Agreement]) -> None:
        """Window-modal but not blocking (like the pages' dialogs), so a screen reader and a
        test can drive it; the timeline refreshes when it is saved."""
        dialog = TermsDialog(self.services, save, terms, self)
        self.terms_dialog = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and isinstance(dialog.saved, Agreement):
                if self.record is not None:
                    self.record = replace(self.record, terms=dialog.saved.terms)
                self._show_timeline(dialog.saved.terms)
            self.terms_dialog = None
            dialog.deleteLater()
            self.ui.termsTimeline.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    # -- the agreement itself ---------------------------------------------------------------
    def _end_shown(self) -> None:
        set_row_visible(self.ui.roleBoxForm, self.ui.end, self.ui.hasEnd.isChecked())

    def _start_changed(self) -> None:
        if self.terms_editor is not None:
            self.terms_editor.fix_date(from_qdate(self.ui.start.date()))

    def collect(self) -> tuple[Agreement | None, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        org_id = value(ui.organisation)
        if org_id is None:
            errors["organisation"] = "Choose the organisation this agreement is with."
        try:
            clean_text(ui.roleTitle.text(), "role title", required=True, limit=300)
        except UserError as error:
            errors["role"] = error.message
        start = from_qdate(ui.start.date())
        end: date | None = from_qdate(ui.end.date()) if ui.hasEnd.isChecked() else None
        try:
            check_range(start, end, "start date", "end date")
        except UserError as error:
            errors["end"] = error.message
        terms: tuple[Terms, ...] = self.record.terms if self.record else ()
        if self.terms_editor is not None:
            first, terms_errors = self.terms_editor.collect()
            errors.update(terms_errors)
            terms = (first,) if first is not None else ()
        if org_id is None or (self.terms_editor is not None and not terms):
            return None, errors
        agreement = Agreement(
            organisation_id=org_id,
            role_title=ui.roleTitle.text(),
            start=start,
            end=end,
            description=ui.description.toPlainText(),
            terms=terms,
        )
        if self.record is not None:
            agreement = replace(
                self.record,
                role_title=agreement.role_title,
                start=start,
                end=end,
                description=agreement.description,
            )
        return agreement, errors

    def store(self, record: Agreement) -> Agreement:
        return self._save(record)


__all__ = ["AgreementDialog", "timeline_lines"]
