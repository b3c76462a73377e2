"""The expense form: an amount, or for mileage a distance whose amount the core works out live,
and the receipts, added by file picker or dropped onto the list, shown as thumbnails.

Receipts are checked (type, size, pixel count) the moment they are added, so a member hears
about a wrong file while they still have it in hand, not at Save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QIcon,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QStyle, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ExpenseCategory, Vehicle
from coprod_desktop.core.domain.money import Money, parse_decimal
from coprod_desktop.core.domain.records import Expense
from coprod_desktop.core.domain.views import ActivityFilter
from coprod_desktop.core.io.attachments import MAX_BYTES, check_content, clean_name
from coprod_desktop.core.io.bounded_read import read_regular_file
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.expenses import NewFile
from coprod_desktop.core.services.validate import check_amount
from coprod_desktop.ui.dialogs.common import (
    GENERAL,
    RecordDialog,
    enum_choices,
    fill_combo,
    finish_form,
    fit_to_screen,
    from_qdate,
    select_data,
    set_row_visible,
    show_date,
    to_qdate,
    value,
)
from coprod_desktop.ui.dialogs.receipts_list import THUMB, DropFilter, Receipt, thumbnail
from coprod_desktop.ui.forms.ui_dialog_expense import Ui_ExpenseDialog

RECEIPT_FILTER = "Receipts (*.png *.jpg *.jpeg *.pdf *.PNG *.JPG *.JPEG *.PDF)"
VEHICLE_LABELS = {
    Vehicle.CAR: "Car or van",
    Vehicle.MOTORCYCLE: "Motorcycle",
    Vehicle.BICYCLE: "Bicycle",
}
RECENT_ACTIVITIES = 300  # the activity list offers the newest; older ones are rarely meant
CHOOSE_ORGANISATION = "Choose the organisation this expense is for."


class ExpenseDialog(RecordDialog):
    """Add or edit one expense. `save(expense, new_files)` is the page's: it stores both."""

    saved: Expense | None = None

    def __init__(
        self,
        services: Services,
        save: Callable[[Expense, list[NewFile]], Expense],
        record: Expense | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._save = save
        self.record = record
        self.ui = Ui_ExpenseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Edit expense" if record else "Add an expense")
        self.setup_buttons(ui.buttonBox, ui.saveHint, ui.formError)
        self._doc_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        ui.receipts.setIconSize(THUMB)
        # room under each thumbnail for about 18 characters on two lines, in the member's
        # font, so a receipt's name stays readable at 200%
        metrics = ui.receipts.fontMetrics()
        ui.receipts.setGridSize(
            QSize(
                max(THUMB.width() + 24, 18 * metrics.averageCharWidth()),
                THUMB.height() + 3 * metrics.lineSpacing(),
            )
        )
        ui.receipts.setMinimumHeight(THUMB.height() + 4 * metrics.lineSpacing())
        self._drop = DropFilter(self.add_files, self)
        ui.receipts.viewport().setAcceptDrops(True)
        ui.receipts.viewport().installEventFilter(self._drop)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            ui.receipts,
            self.remove_selected_receipts,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        ui.addReceipt.clicked.connect(self.pick_files)
        ui.removeReceipt.clicked.connect(self.remove_selected_receipts)
        ui.receipts.itemSelectionChanged.connect(self._receipt_buttons)
        self._fill_lists()
        self._load(record)
        self._register()
        finish_form(self)
        self._category_changed()
        self._receipt_buttons()
        fit_to_screen(self, ui.scrollContents)
        ui.organisation.setFocus()

    # -- setting up -------------------------------------------------------------------------
    def _fill_lists(self) -> None:
        ui = self.ui
        orgs = self.services.organisations.list()
        fill_combo(ui.organisation, [(o.name, o.id) for o in orgs])
        ui.organisation.setPlaceholderText("Choose an organisation")
        fill_combo(ui.category, enum_choices(ExpenseCategory))
        fill_combo(ui.vehicle, [(VEHICLE_LABELS[v], v) for v in Vehicle])

    def _register(self) -> None:
        ui, errs = self.ui, self.errors
        errs.add("organisation", ui.organisation, ui.organisationError)
        errs.add("activity", ui.activity, ui.activityError)
        errs.add("date", ui.date, ui.dateError)
        errs.add("amount", ui.amount, ui.amountError)
        errs.add("miles", ui.miles, ui.milesError)
        errs.add("passengers", ui.passengers, ui.passengersError)
        errs.add("description", ui.description, ui.descriptionError)
        errs.add("receipt", ui.receipts, ui.receiptError, "attachment")
        for key in ("activity", "date", "amount", "miles", "passengers", "description"):
            self.watch(key, errs.widget(key))
        for widget in (ui.category, ui.vehicle, ui.reimbursable):
            self.watch(GENERAL, widget)
        ui.organisation.currentIndexChanged.connect(self._organisation_changed)
        ui.activity.currentIndexChanged.connect(self._activity_changed)
        ui.category.currentIndexChanged.connect(self._category_changed)

    def _load(self, record: Expense | None) -> None:
        ui = self.ui
        if record is None:
            ui.date.setDate(to_qdate(self.services.ctx.clock.today()))
            ui.reimbursable.setChecked(True)
            if ui.organisation.count() != 1:
                ui.organisation.setCurrentIndex(-1)
            self._fill_activities(None)
            select_data(ui.category, ExpenseCategory.MILEAGE)
            return
        select_data(ui.organisation, record.organisation_id)
        self._fill_activities(record.activity_id)
        ui.date.setDate(to_qdate(record.date))
        select_data(ui.category, record.category)
        if record.amount is not None:
            ui.amount.setText(str(record.amount))
        if record.miles is not None:
            ui.miles.setText(f"{record.miles.normalize():f}")
        select_data(ui.vehicle, record.vehicle)
        ui.passengers.setValue(record.passengers)
        ui.description.setText(record.description)
        ui.reimbursable.setChecked(record.reimbursable)
        if record.id is not None:
            for att in self.services.expenses.attachments(record.id):
                try:
                    icon = thumbnail(
                        self.services.ctx.store.read(att.sha256), att.media_type, self._doc_icon
                    )
                    name = att.original_name
                except UserError:
                    icon, name = self._doc_icon, f"{att.original_name} (file missing)"
                self._add_item(Receipt(name, attachment_id=att.id), icon)

    def _fill_activities(self, keep: int | None) -> None:
        org_id = value(self.ui.organisation)
        choices: list[tuple[str, int | None]] = [("No activity", None)]
        if org_id is not None:
            items = self.services.activities.list(ActivityFilter(organisation_id=org_id))
            shown = items[:RECENT_ACTIVITIES]
            if keep is not None and all(i.activity.id != keep for i in shown):
                shown += [i for i in items if i.activity.id == keep]
            choices += [
                (f"{show_date(i.activity.date)} {i.activity.title}", i.activity.id) for i in shown
            ]
        fill_combo(self.ui.activity, choices, keep=keep)

    def _organisation_changed(self) -> None:
        self.errors.touch("organisation")
        self._fill_activities(None)
        self.revalidate()

    def _activity_changed(self) -> None:
        """A new expense for an activity is nearly always on that day: follow its date."""
        activity_id = value(self.ui.activity)
        if self.record is None and activity_id is not None:
            self.ui.date.setDate(to_qdate(self.services.activities.get(activity_id).date))

    def _category_changed(self) -> None:
        ui = self.ui
        mileage = value(ui.category) is ExpenseCategory.MILEAGE
        form = ui.expenseBoxForm
        set_row_visible(form, ui.amount, not mileage)
        for widget in (ui.miles, ui.vehicle, ui.passengers):
            set_row_visible(form, widget, mileage)
        self.revalidate()

    # -- receipts ---------------------------------------------------------------------------
    def pick_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, "Add receipts", str(Path.home()), RECEIPT_FILTER
        )
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Check and add files as new receipts; the first refusal is said under the list."""
        self.errors.touch("receipt")
        problem: str | None = None
        for path in paths:
            try:
                # an ordinary file only, its size counted while read (a pipe never hangs)
                data = read_regular_file(path, "receipt", MAX_BYTES, "receipt")
                media_type = check_content(data, path.name)
            except UserError as error:
                problem = problem or error.message
                continue
            except OSError:
                problem = problem or f"The file '{clean_name(path.name)}' could not be read."
                continue
            name = clean_name(path.name)
            self._add_item(
                Receipt(name, new_file=NewFile(name, data)),
                thumbnail(data, media_type, self._doc_icon),
            )
        self.revalidate()
        if problem:
            # said under the list, but it does not hold Save back: the refused file is simply
            # not added, and what is in the list can still be saved
            self.errors.set_service_error(UserError(problem, "receipt"))

    def _add_item(self, receipt: Receipt, icon: QIcon) -> None:
        item = QListWidgetItem(icon, receipt.name)
        item.setData(Qt.ItemDataRole.UserRole, receipt)
        item.setToolTip(receipt.name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"Receipt {receipt.name}")
        self.ui.receipts.addItem(item)
        self._receipt_buttons()

    def remove_selected_receipts(self) -> None:
        for item in self.ui.receipts.selectedItems():
            self.ui.receipts.takeItem(self.ui.receipts.row(item))
        self.errors.touch("receipt")
        self.revalidate()
        self._receipt_buttons()

    def receipts(self) -> list[Receipt]:
        lst = self.ui.receipts
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]

    def extra_state(self) -> object:
        """Receipts added or removed are changes too (the list is not a field the form reads)."""
        return [(r.name, r.attachment_id) for r in self.receipts()]

    def _receipt_buttons(self) -> None:
        self.ui.removeReceipt.setEnabled(bool(self.ui.receipts.selectedItems()))

    # -- reading the form -------------------------------------------------------------------
    def collect(self) -> tuple[Expense | None, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        org_id = value(ui.organisation)
        if org_id is None:
            errors["organisation"] = CHOOSE_ORGANISATION
        category = value(ui.category)
        amount: Money | None = None
        miles: Decimal | None = None
        if category is ExpenseCategory.MILEAGE:
            text = ui.miles.text().strip()
            try:
                if not text:
                    raise UserError(
                        "The miles are missing: give the distance, for example 12.5.", "miles"
                    )
                miles = parse_decimal(text, "miles", minimum=Decimal(0))
            except UserError as error:
                errors["miles"] = error.message
        else:
            text = ui.amount.text().strip()
            try:
                amount = Money.parse(text, "amount") if text else None
                check_amount(amount, "amount", required=True)
            except UserError as error:
                errors["amount"] = error.message
        if org_id is None or "miles" in errors or "amount" in errors:
            self._show_figure(None)
            return None, errors
        kept = tuple(r.attachment_id for r in self.receipts() if r.attachment_id is not None)
        expense = Expense(
            organisation_id=org_id,
            date=from_qdate(ui.date.date()),
            category=category,
            amount=amount,
            miles=miles,
            vehicle=value(ui.vehicle),
            passengers=ui.passengers.value() if miles is not None else 0,
            activity_id=value(ui.activity),
            description=ui.description.text(),
            reimbursable=ui.reimbursable.isChecked(),
            receipt_ids=kept,
        )
        if self.record is not None:
            expense = replace(
                self.record, **{k: getattr(expense, k) for k in expense.__slots__ if k != "id"}
            )
        self._show_figure(expense)
        return expense, errors

    def _show_figure(self, expense: Expense | None) -> None:
        label = self.ui.figure
        text = ""
        if expense is not None and (expense.miles or expense.amount is not None):
            try:
                fig = self.services.expenses.figure(expense)
            except UserError as error:
                text = f"Amount: cannot be worked out — {error.message}"
            else:
                if expense.category is ExpenseCategory.MILEAGE:
                    text = f"Amount: {fig.breakdown} = {fig.amount.display()}"
                    if fig.approved is not None and fig.approved != fig.amount:
                        text += f" (HMRC approved amount {fig.approved.display()})"
                elif expense.amount is not None and fig.amount != expense.amount:
                    text = f"They will be asked for {fig.amount.display()} under their terms."
        elif expense is None and value(self.ui.category) is ExpenseCategory.MILEAGE:
            text = "Amount: type the miles to see the amount."
        label.setText(text)
        label.setAccessibleName(text or "Amount worked out")
        label.setVisible(bool(text))

    def store(self, record: Expense) -> Expense:
        files = [r.new_file for r in self.receipts() if r.new_file is not None]
        return self._save(record, files)


__all__ = ["ExpenseDialog", "Receipt", "thumbnail"]
