"""Settings: the member's name and reference rate, the dated figures the rules use, text size,
high contrast, and where the data lives.

Dated figures: the member adds an entry ("from 6 April 2027 the ESA limit is £X") and it is
stored with `services.profile.save_locale_overrides`; the shipped figures stay underneath, and
removing the member's entry brings the shipped one back.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Profile
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.forms.ui_page_settings import Ui_SettingsPage
from coprod_desktop.ui.models import Column, RecordTableModel, short_date
from coprod_desktop.ui.pages.base import date_to_qdate, qdate_to_date, setup_table
from coprod_desktop.ui.theme import Appearance
from coprod_desktop.ui.widgets.benefit_watch_box import BenefitWatchBox

if TYPE_CHECKING:
    from datetime import date

    from coprod_desktop.core.services import Services
    from coprod_desktop.core.services.benefit_watch import BenefitWatch

FIGURE_LABELS: dict[str, str] = {
    "mileage_car_high": "Car or van mileage rate, up to the threshold (per mile)",
    "mileage_car_low": "Car or van mileage rate, above the threshold (per mile)",
    "mileage_car_threshold": "Car miles a tax year at the higher rate",
    "mileage_motorcycle": "Motorcycle mileage rate (per mile)",
    "mileage_bicycle": "Bicycle mileage rate (per mile)",
    "mileage_passenger": "Passenger rate (per passenger per mile)",
    "trading_allowance": "Trading allowance (a tax year)",
    "esa_weekly_limit": "ESA permitted work: earnings limit a week",
    "esa_weekly_hours": "ESA permitted work: hours a week",
    "uc_work_allowance_housing": "Universal Credit work allowance, with housing costs (a month)",
    "uc_work_allowance_no_housing": "Universal Credit work allowance, no housing costs (a month)",
    "uc_taper": "Universal Credit taper (a fraction, e.g. 0.55)",
    "ca_weekly_limit": "Carer's Allowance: earnings limit a week, after deductions",
    "ca_pension_share": "Carer's Allowance: share of pension contributions taken off (0.5)",
    "ca_care_cost_cap_share": "Carer's Allowance: care costs taken off, at most this share of net",
}


@dataclass(frozen=True)
class FigureRow:
    key: str
    effective_from: date
    value: str
    note: str
    mine: bool


class FiguresModel(RecordTableModel[FigureRow]):
    FIGURE, FROM, VALUE, NOTE, SOURCE = range(5)
    COLUMNS: ClassVar = (
        Column("Figure", lambda r: FIGURE_LABELS.get(r.key, r.key), lambda r: r.key),
        Column("From", lambda r: short_date(r.effective_from), lambda r: r.effective_from),
        Column("Value", lambda r: r.value, lambda r: r.value, right=True),
        Column("Note", lambda r: r.note, lambda r: r.note.casefold(), stretch=True),
        Column("Whose", lambda r: "Yours" if r.mine else "The app's", lambda r: r.mine),
    )

    def search_text(self, item: FigureRow) -> str:
        return FIGURE_LABELS.get(item.key, item.key)


@dataclass(frozen=True)
class SettingsData:
    profile: Profile
    overrides: dict[str, list[dict[str, Any]]]
    rows: list[FigureRow]
    data_folder: str
    watch: BenefitWatch | None = None


class SettingsPage(QWidget):
    title = "Settings"

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.setAccessibleName(self.title)
        self.stale = True
        self.data: SettingsData | None = None
        self.figures = FiguresModel(self)
        ui = self.ui
        ui.figuresView.setModel(self.figures)
        setup_table(ui.figuresView)
        ui.figuresView.setMinimumHeight(220)
        for key, label in FIGURE_LABELS.items():
            ui.figureCombo.addItem(label, key)
        ui.figureDate.setDate(date_to_qdate(ctx.today()))
        for label in (ui.profileError, ui.figureError):
            label.setProperty("role", "error")
            label.setVisible(False)
        ui.saveProfileButton.clicked.connect(self.save_profile)
        ui.addFigureButton.clicked.connect(self.add_figure)
        ui.removeFigureButton.clicked.connect(self.remove_figure)
        ui.openFolderButton.clicked.connect(self.open_folder)
        # Which limits are watched (several at once) is the watch box's: the profile's single
        # choice is superseded, so its combo is not shown (left in the form to keep merges of
        # the concurrent layout work on page_settings.ui simple).
        ui.benefitsLabel.setVisible(False)
        ui.benefitsCombo.setVisible(False)
        self.watch_box = BenefitWatchBox(ui.content)
        ui.contentLayout.insertWidget(ui.contentLayout.indexOf(ui.youBox) + 1, self.watch_box)
        chain = [ui.saveProfileButton, *self.watch_box.focus_chain(), ui.fontSpin]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.watch_box.kinds_changed.connect(self._benefits_changed)
        self.watch_box.save_requested.connect(self.save_watch)
        ui.figuresView.selectionModel().selectionChanged.connect(self._figure_selected)
        self._figure_selected()
        appearance = ctx.appearance()
        ui.fontSpin.setValue(appearance.font_percent)
        ui.contrastCheck.setChecked(appearance.high_contrast)
        ui.fontSpin.valueChanged.connect(self._appearance_changed)
        ui.contrastCheck.toggled.connect(self._appearance_changed)
        if ctx.paths is not None:
            ui.dataPathValue.setText(str(ctx.paths.root))
        from coprod_desktop.ui.dialogs.encryption import EncryptionPanel

        self.encryption = EncryptionPanel(ctx, ui.content)
        ui.contentLayout.insertWidget(ui.contentLayout.indexOf(ui.dataBox) + 1, self.encryption)
        from coprod_desktop.ui.pages.backups_panel import BackupsPanel

        self.backups = BackupsPanel(ctx, ui.content)
        ui.contentLayout.addWidget(self.backups)
        ctx.changed.connect(self._record_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keep the control that has keyboard focus in view inside the scrolling page."""
        if new is not None and self.ui.content.isAncestorOf(new):
            self.ui.scroll.ensureWidgetVisible(new)

    # -- loading ---------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _record_changed(self, kind: str) -> None:
        if kind == "profile":
            self.stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        self.stale = False
        self.ctx.runner.run(lambda: self.load(services), self.loaded, key="page:settings")

    @staticmethod
    def load(services: Services) -> SettingsData:
        overrides = services.profile.locale_overrides()
        pack = services.ctx.pack()
        mine = {(key, entry.get("from")) for key, entries in overrides.items() for entry in entries}
        rows = [
            FigureRow(
                key,
                entry.effective_from,
                pack.format_rate(entry.value)
                if isinstance(entry.value, Money)
                else str(entry.value),
                entry.note,
                (key, entry.effective_from.isoformat()) in mine,
            )
            for key in FIGURE_LABELS
            for entry in pack.entries(key)
        ]
        return SettingsData(
            services.profile.get(),
            overrides,
            rows,
            str(services.paths.root),
            services.benefit_watch.get(),
        )

    def loaded(self, data: SettingsData) -> None:
        self.data = data
        ui = self.ui
        profile = data.profile
        ui.nameEdit.setText(profile.name)
        ui.rateEdit.setText(str(profile.reference_rate) if profile.reference_rate else "")
        if data.watch is not None:
            self.watch_box.show_watch(data.watch)
        ui.ucDaySpin.setValue(profile.uc_period_start_day)
        ui.ucHousingCheck.setChecked(profile.uc_housing_costs)
        self._benefits_changed()
        self.figures.set_items(data.rows)
        ui.dataPathValue.setText(data.data_folder)

    # -- about you -------------------------------------------------------------------------------
    guard_what = "your details on the Settings page"

    def has_unsaved_changes(self) -> bool:
        """Details typed under "About you" and not saved (asked about when the window closes)."""
        if self.data is None:
            return False
        ui, profile = self.ui, self.data.profile
        rate = str(profile.reference_rate) if profile.reference_rate else ""
        return (
            ui.nameEdit.text() != profile.name
            or ui.rateEdit.text().strip() != rate
            or ui.benefitsCombo.currentData() != profile.benefits_kind
            or ui.ucDaySpin.value() != profile.uc_period_start_day
            or ui.ucHousingCheck.isChecked() != profile.uc_housing_costs
        )

    def save_unsaved_changes(self) -> bool:
        return self.save_profile()

    def _benefits_changed(self, *_args: Any) -> None:
        uc = self.watch_box.checks["uc"].isChecked()
        for widget in (self.ui.ucDayLabel, self.ui.ucDaySpin, self.ui.ucHousingCheck):
            widget.setEnabled(uc)

    def save_profile(self) -> bool:
        services = self.ctx.services
        if services is None:
            return False
        ui = self.ui
        try:
            rate_text = ui.rateEdit.text().strip()
            rate = Money.parse(rate_text, "reference rate") if rate_text else Money.zero()
            current = self.data.profile if self.data else services.profile.get()
            profile = replace(
                current,
                name=ui.nameEdit.text(),
                reference_rate=rate,
                uc_period_start_day=ui.ucDaySpin.value(),
                uc_housing_costs=ui.ucHousingCheck.isChecked(),
            )
            services.profile.save(profile)
        except UserError as exc:
            self._error(ui.profileError, exc.message)
            return False
        self._error(ui.profileError, "")
        self.ctx.report("Your details are saved.")
        self.ctx.changed.emit("profile")
        return True

    def save_watch(self, watch: BenefitWatch) -> bool:
        services = self.ctx.services
        if services is None:
            return False
        try:
            saved = services.benefit_watch.save(watch)
        except UserError as exc:
            self.watch_box.show_error(exc.message)
            return False
        self.watch_box.show_watch(saved)
        self.ctx.report("The benefit limits you watch are saved; the dashboard shows each one.")
        self.ctx.changed.emit("profile")
        return True

    # -- dated figures ---------------------------------------------------------------------------
    def _figure_selected(self, *_args: Any) -> None:
        row = self._selected_figure()
        self.ui.removeFigureButton.setEnabled(row is not None and row.mine)

    def _selected_figure(self) -> FigureRow | None:
        rows = self.ui.figuresView.selectionModel().selectedRows()
        return self.figures.item_at(rows[0].row()) if rows else None

    def add_figure(self) -> bool:
        ui = self.ui
        if ui.figureDate.problem():  # not a real date: say so by the figure, add nothing
            self._error(ui.figureError, ui.figureDate.problem())
            return False
        key = ui.figureCombo.currentData()
        value = ui.figureValue.text().strip().lstrip("£")
        if not value:
            self._error(ui.figureError, "Give the value of the figure, like 0.45.")
            return False
        entry = {"from": qdate_to_date(ui.figureDate.date()).isoformat(), "value": value}
        if ui.figureNote.text().strip():
            entry["note"] = ui.figureNote.text().strip()
        overrides = copy.deepcopy(self.data.overrides) if self.data else {}
        entries = [e for e in overrides.get(key, []) if e.get("from") != entry["from"]]
        overrides[key] = [*entries, entry]
        if self._save_overrides(overrides):
            ui.figureValue.clear()
            ui.figureNote.clear()
            return True
        return False

    def remove_figure(self) -> bool:
        row = self._selected_figure()
        if row is None or not row.mine or self.data is None:
            return False
        overrides = copy.deepcopy(self.data.overrides)
        when = row.effective_from.isoformat()
        overrides[row.key] = [e for e in overrides.get(row.key, []) if e.get("from") != when]
        if not overrides[row.key]:
            del overrides[row.key]
        return self._save_overrides(overrides)

    def _save_overrides(self, overrides: dict[str, list[dict[str, Any]]]) -> bool:
        services = self.ctx.services
        if services is None:
            return False
        try:
            services.profile.save_locale_overrides(overrides)
        except UserError as exc:
            self._error(self.ui.figureError, exc.message)
            return False
        self._error(self.ui.figureError, "")
        self.ctx.report("The figures are saved; every fee and total now uses them.")
        self.ctx.changed.emit("profile")
        return True

    # -- display and data folder -----------------------------------------------------------------
    def _appearance_changed(self, *_args: Any) -> None:
        self.ctx.set_appearance(
            Appearance(self.ui.fontSpin.value(), self.ui.contrastCheck.isChecked())
        )

    def open_folder(self) -> None:
        if self.ctx.paths is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.root)))

    @staticmethod
    def _error(label: Any, text: str) -> None:
        label.setText(f"⚠ {text}" if text else "")
        label.setVisible(bool(text))
