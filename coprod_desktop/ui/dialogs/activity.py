"""The activity form: one contribution, its four parts of time, and a live fee preview.

The fee shown is always the core's (`services.activities.fee_preview`), worked out again on
every change, so what the member sees while typing is exactly what a claim will hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFrame, QLineEdit, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import (
    DESCRIBED_LEVELS,
    ActivityKind,
    AttendedAs,
    Basis,
    Level,
    Tri,
)
from coprod_desktop.core.domain.parsing import format_minutes, parse_minutes
from coprod_desktop.core.domain.records import Activity, Agreement, PowerSharing
from coprod_desktop.core.rules.fees import FeeResult, FeeStatus
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.validate import clean_text
from coprod_desktop.ui.dialogs.common import (
    ERROR_SIGN,
    GENERAL,
    RecordDialog,
    enum_choices,
    fill_combo,
    finish_form,
    fit_to_screen,
    from_qdate,
    select_data,
    show_date,
    to_qdate,
    value,
)
from coprod_desktop.ui.forms.ui_dialog_activity import Ui_ActivityDialog

# The app never names the person supported: the choice says only in whose right one took part.
ATTENDED_AS_CHOICES = [
    ("For myself", AttendedAs.SELF),
    ("As a carer", AttendedAs.CARER),
    ("On someone's behalf", AttendedAs.ON_BEHALF),
]

TRI_CHOICES = [("Not answered", None), ("Yes", Tri.YES), ("No", Tri.NO), ("Not sure", Tri.UNSURE)]
CHOOSE_ORGANISATION = "Choose the organisation this activity was for."


#: The repeat choices of a new activity: (every, monthly by) or None.
REPEATS: list[tuple[str, object]] = [
    ("Does not repeat", None),
    ("Every week", ("weekly", "date")),
    ("Every fortnight", ("fortnightly", "date")),
    ("Every month, on the same date", ("monthly", "date")),
    ("Every month, on the same weekday (e.g. 2nd Tuesday)", ("monthly", "weekday")),
]


def fee_sentence(result: FeeResult) -> str:
    """The preview line under the form, in the member's words rather than the rule's."""
    if result.status is FeeStatus.DECLINED:
        return f"Fee: none — declined by me (the terms would pay {result.rate_text})."
    if result.status is FeeStatus.PAID:
        amount = result.amount.display()
        if result.basis is Basis.HOURLY:
            time = format_minutes(result.payable_minutes)
            if result.billed_minutes != result.payable_minutes:
                time += f", paid as {format_minutes(result.billed_minutes)}"
            return f"Fee: {amount} — {time} payable at {result.rate_text}."
        return f"Fee: {amount} — {result.rate_text}."
    if result.basis is None:
        return "Fee: none — no agreement terms are in force on this date."
    if result.basis is Basis.EXPENSES_ONLY:
        return "Fee: none — unpaid: expenses only."
    if result.basis is Basis.UNPAID:
        return "Fee: none — an unpaid role."
    return f"Fee: none yet — no payable time entered ({result.rate_text})."


class ActivityDialog(RecordDialog):
    """Add or edit one activity. `save` is the page's: it stores the record (with undo)."""

    saved: Activity | None = None

    def __init__(
        self,
        services: Services,
        save: Callable[[Activity], Activity],
        record: Activity | None = None,
        parent: QWidget | None = None,
        *,
        save_repeating: Callable[[tuple[Activity, str, date, str]], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._save = save
        self._save_repeating = save_repeating
        self.record = record
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Edit activity" if record else "Add an activity")
        self.setup_buttons(ui.buttonBox, ui.saveHint, ui.formError)
        if record is not None and record.draft:
            # a draft from a meeting invite: checking it and saving it is what confirms it
            self.setWindowTitle("Check and confirm a draft activity (from a meeting invite)")
            save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
            if save is not None:
                save.setText("Save and &confirm")
                save.setAccessibleName("Save and confirm the draft activity")
        self._agreements: dict[int, Agreement] = {}
        self._parts: dict[str, tuple[QLineEdit, str]] = {
            "prep": (ui.prep, "preparation time"),
            "contact": (ui.contact, "contact time"),
            "travel": (ui.travel, "travel time"),
            "followup": (ui.followup, "follow-up time"),
        }
        self._fill_lists()
        self._setup_repeat(record)
        self._load(record)
        self._register()  # after loading, so filling the form in does not count as the
        # member touching every field
        finish_form(self)
        self.revalidate()
        fit_to_screen(self, ui.scrollContents)
        ui.organisation.setFocus()

    # -- setting up -------------------------------------------------------------------------
    def _fill_lists(self) -> None:
        ui = self.ui
        orgs = self.services.organisations.list()
        fill_combo(ui.organisation, [(o.name, o.id) for o in orgs])
        ui.organisation.setPlaceholderText("Choose an organisation")
        fill_combo(ui.kind, enum_choices(ActivityKind))
        fill_combo(ui.attendedAs, ATTENDED_AS_CHOICES)
        fill_combo(
            ui.judgedLevel,
            [("Not judged yet", None)] + [(f"{lv.label} — {lv.arnstein}", lv) for lv in Level],
        )
        fill_combo(ui.describedLevel, [(text.capitalize(), text) for text in DESCRIBED_LEVELS])
        ui.describedLevel.setCurrentIndex(-1)
        ui.describedLevel.lineEdit().setPlaceholderText("Choose or type their words")
        for combo in self._tri_combos():
            fill_combo(combo, TRI_CHOICES)
        ui.privateNotesLabel.setToolTip("Never printed in a claim, portfolio or evidence pack.")
        # the fee is what the member most wants to see while typing: framed and bold, so it
        # reads as the form's answer, not as one more label
        ui.feePreview.setFrameShape(QFrame.Shape.StyledPanel)
        ui.feePreview.setMargin(6)
        font = ui.feePreview.font()
        font.setBold(True)
        ui.feePreview.setFont(font)

    def _tri_combos(self) -> list[QComboBox]:
        ui = self.ui
        return [
            ui.agendaJointly,
            ui.papersInTime,
            ui.presentAtDecision,
            ui.equalSay,
            ui.toldWhatChanged,
        ]

    def fill_from(self, copy: Activity) -> None:
        """Start a new activity from a copy of another (a one-off repeat): every detail but
        the date, which is today's; it is saved as a new activity."""
        self._load(copy)
        self.setWindowTitle("Add an activity (a copy: check the date and times)")
        self.revalidate()

    def _setup_repeat(self, record: Activity | None) -> None:
        """A new activity can be a standing meeting: later meetings are saved as drafts."""
        ui = self.ui
        fill_combo(ui.repeat, REPEATS)
        ui.repeatError.hide()
        new = record is None and self._save_repeating is not None
        for widget in (ui.repeatLabel, ui.repeat, ui.repeatUntilLabel, ui.repeatUntil):
            widget.setVisible(new)
        ui.repeatUntil.setEnabled(False)
        ui.repeat.currentIndexChanged.connect(self._repeat_changed)

    def _repeat_changed(self) -> None:
        ui = self.ui
        repeating = value(ui.repeat) is not None
        ui.repeatUntil.setEnabled(repeating)
        if repeating and not ui.repeatUntil.text().strip():
            first = from_qdate(ui.date.date())
            ui.repeatUntil.setDate(to_qdate(first + timedelta(days=91)))
        ui.repeatError.hide()

    def _register(self) -> None:
        ui, errs = self.ui, self.errors
        errs.add("organisation", ui.organisation, ui.organisationError)
        errs.add("agreement", ui.agreement, ui.agreementError)
        errs.add("date", ui.date, ui.dateError)
        errs.add("title", ui.title, ui.titleError)
        for key, (widget, _label) in self._parts.items():
            error_label = getattr(ui, f"{key}Error")
            errs.add(key, widget, error_label, f"{key}_minutes", f"{key} minutes")
        errs.add("papers", ui.papersDaysAhead, ui.papersError, "papers_days_ahead")
        errs.add("describedLevel", ui.describedLevel, ui.describedLevelError, "described level")
        errs.add("impact", ui.impact, ui.impactError)
        errs.add("feedback", ui.feedback, ui.feedbackError)
        errs.add("skills", ui.skills, ui.skillsError)
        errs.add("themes", ui.themes, ui.themesError)
        errs.add("privateNotes", ui.privateNotes, ui.privateNotesError, "private notes")
        for key in ("agreement", "date", "title", "describedLevel", "impact", "feedback"):
            self.watch(key, errs.widget(key))
        for key in ("skills", "themes", "privateNotes", "prep", "contact", "travel", "followup"):
            self.watch(key, errs.widget(key))
        self.watch("papers", ui.papersDaysAhead)
        for widget in (
            ui.kind,
            ui.remote,
            ui.attendedAs,
            ui.judgedLevel,
            ui.inPortfolio,
            ui.highlight,
            ui.feeDeclined,
        ):
            self.watch(GENERAL, widget)
        for combo in self._tri_combos():
            self.watch(GENERAL, combo)
        ui.organisation.currentIndexChanged.connect(self._organisation_changed)
        ui.date.dateChanged.connect(self._date_changed)

    def _load(self, record: Activity | None) -> None:
        ui = self.ui
        today = self.services.ctx.clock.today()
        if record is None:
            ui.date.setDate(to_qdate(today))
            ui.inPortfolio.setChecked(True)
            ui.papersDaysAhead.setValue(-1)
            if ui.organisation.count() != 1:
                ui.organisation.setCurrentIndex(-1)
            self._fill_agreements(pick_likely=True)
            return
        ui.date.setDate(to_qdate(record.date))
        select_data(ui.organisation, record.organisation_id)
        self._fill_agreements(keep=record.agreement_id)
        ui.title.setText(record.title)
        select_data(ui.kind, record.kind)
        for key, (widget, _label) in self._parts.items():
            minutes = getattr(record, f"{key}_minutes")
            widget.setText(format_minutes(minutes) if minutes else "")
        ui.remote.setChecked(record.remote)
        select_data(ui.attendedAs, record.attended_as)
        ui.describedLevel.setEditText(record.described_level)
        select_data(ui.judgedLevel, record.judged_level)
        power = record.power
        for combo, answer in zip(
            self._tri_combos(),
            (
                power.agenda_set_jointly,
                power.papers_in_time,
                power.present_at_decision,
                power.equal_say,
                power.told_what_changed,
            ),
            strict=True,
        ):
            select_data(combo, answer)
        days = power.papers_days_ahead
        ui.papersDaysAhead.setValue(-1 if days is None else days)
        ui.impact.setPlainText(record.impact)
        ui.feedback.setPlainText(record.feedback)
        ui.skills.setText(record.skills)
        ui.themes.setText(record.themes)
        ui.privateNotes.setPlainText(record.private_notes)
        ui.inPortfolio.setChecked(record.in_portfolio)
        ui.highlight.setChecked(record.highlight)
        ui.feeDeclined.setChecked(record.fee_declined)

    # -- agreements follow the organisation and the date -----------------------------------
    def _fill_agreements(self, keep: int | None = None, *, pick_likely: bool = False) -> None:
        org_id = value(self.ui.organisation)
        found = self.services.agreements.list(org_id) if org_id is not None else []
        self._agreements = {a.id: a for a in found if a.id is not None}
        if pick_likely:
            keep = self._likely_agreement()
        choices: list[tuple[str, int | None]] = [("No agreement", None)]
        choices += [(f"{a.role_title} (from {show_date(a.start)})", a.id) for a in found]
        fill_combo(self.ui.agreement, choices, keep=keep)

    def _likely_agreement(self) -> int | None:
        """The newest agreement running on the activity's date: what the member most often
        means, so a new activity gets the right fee without an extra choice."""
        on = from_qdate(self.ui.date.date())
        running = [
            a for a in self._agreements.values() if a.start <= on and (a.end is None or a.end >= on)
        ]
        return max(running, key=lambda a: a.start).id if running else None

    def _organisation_changed(self) -> None:
        self.errors.touch("organisation")
        self._fill_agreements(pick_likely=True)
        self.revalidate()

    def _date_changed(self) -> None:
        if self.record is None and value(self.ui.agreement) is None:
            select_data(self.ui.agreement, self._likely_agreement())

    # -- reading the form -------------------------------------------------------------------
    def collect(self) -> tuple[Activity | None, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        org_id = value(ui.organisation)
        if org_id is None:
            errors["organisation"] = CHOOSE_ORGANISATION
        try:
            clean_text(ui.title.text(), "title", required=True, limit=500)
        except UserError as error:
            errors["title"] = error.message
        minutes: dict[str, int] = {}
        for key, (widget, label) in self._parts.items():
            text = widget.text().strip()
            try:
                minutes[key] = parse_minutes(text, label) if text else 0
            except UserError as error:
                errors[key] = error.message
        if org_id is None or any(key in errors for key in self._parts):
            self._show_fee(None, errors)
            return None, errors
        days = ui.papersDaysAhead.value()
        activity = Activity(
            organisation_id=org_id,
            date=from_qdate(ui.date.date()),
            title=ui.title.text(),
            kind=value(ui.kind),
            agreement_id=value(ui.agreement),
            prep_minutes=minutes["prep"],
            contact_minutes=minutes["contact"],
            travel_minutes=minutes["travel"],
            followup_minutes=minutes["followup"],
            remote=ui.remote.isChecked(),
            attended_as=value(ui.attendedAs) or AttendedAs.SELF,
            described_level=ui.describedLevel.currentText().strip(),
            judged_level=value(ui.judgedLevel),
            power=PowerSharing(
                agenda_set_jointly=value(ui.agendaJointly),
                papers_in_time=value(ui.papersInTime),
                papers_days_ahead=None if days < 0 else days,
                present_at_decision=value(ui.presentAtDecision),
                equal_say=value(ui.equalSay),
                told_what_changed=value(ui.toldWhatChanged),
            ),
            impact=ui.impact.toPlainText(),
            feedback=ui.feedback.toPlainText(),
            skills=ui.skills.text(),
            themes=ui.themes.text(),
            private_notes=ui.privateNotes.toPlainText(),
            in_portfolio=ui.inPortfolio.isChecked(),
            highlight=ui.highlight.isChecked(),
            fee_declined=ui.feeDeclined.isChecked(),
        )
        if self.record is not None:
            activity = replace(self.record, **_fields_of(activity))
        self._show_fee(activity, errors)
        return activity, errors

    def _show_fee(self, activity: Activity | None, errors: dict[str, str]) -> None:
        ui = self.ui
        if activity is None:
            if "organisation" in errors:
                text = "Fee: choose the organisation to see the fee."
            else:
                text = "Fee: fix the time above to see the fee."
            ui.totalTime.setText("")
        else:
            ui.totalTime.setText(f"Total time: {format_minutes(activity.total_minutes)}")
            try:
                text = fee_sentence(self.services.activities.fee_preview(activity))
            except UserError as error:
                # terms on record the rules refuse: say so rather than show a wrong fee
                text = f"Fee: cannot be worked out — {error.message}"
        ui.feePreview.setText(text)
        ui.feePreview.setAccessibleDescription(text)
        ui.totalTime.setAccessibleName(ui.totalTime.text())

    def store(self, record: Activity) -> Activity:
        """Saving a draft confirms it: from then on it counts in claims and figures (Undo
        makes it a draft again). A new standing meeting saves the first meeting and a draft
        for each later one, as one step Undo takes back."""
        chosen = value(self.ui.repeat) if self.ui.repeat.isVisible() else None
        if chosen is None or self._save_repeating is None:
            return self._save(replace(record, draft=False) if record.draft else record)
        problem = self.ui.repeatUntil.problem()
        if problem:
            self._repeat_problem(problem)
            raise UserError(problem, "until")
        every, by = chosen
        until = from_qdate(self.ui.repeatUntil.date())
        try:
            made = self._save_repeating((record, every, until, by))
        except UserError as error:
            if error.field == "until":
                self._repeat_problem(error.message)
            raise
        return made[0]  # type: ignore[index,no-any-return]

    def _repeat_problem(self, message: str) -> None:
        self.ui.repeatError.setText(f"{ERROR_SIGN} {message}")
        self.ui.repeatError.show()


def _fields_of(activity: Activity) -> dict[str, object]:
    """The fields the form edits; the rest (id, draft) stay as they were on the record."""
    keep = ("id", "draft")
    return {name: getattr(activity, name) for name in activity.__slots__ if name not in keep}


__all__ = ["ActivityDialog", "fee_sentence"]
