"""Contributions: the meetings, panels, teaching and reviews the member took part in."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import Conflict, NotFound, UserError
from coprod_desktop.core.domain.records import Activity
from coprod_desktop.core.domain.views import ActivityFilter, ActivityItem
from coprod_desktop.core.rules.fees import FeeResult
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.ledger import Ledger, reference_rate
from coprod_desktop.core.services.record_rules import activity_content
from coprod_desktop.core.services.validate import check_date


@dataclass(frozen=True, slots=True)
class DeletedActivity:
    """What undo needs to put a deleted activity back exactly: it and the expenses linked to it."""

    activity: Activity
    linked_expense_ids: tuple[int, ...]


def live_claim_numbers(s: Session, column: object) -> dict[int, str]:
    """Which activity (or expense) ids sit in a claim that is not void, and its number."""
    rows = s.execute(
        select(column, m.ClaimRow.number)  # type: ignore[call-overload]
        .join(m.ClaimRow, m.ClaimRow.id == m.ClaimLineRow.claim_id)
        .where(m.ClaimLineRow.live == 1, column.isnot(None))  # type: ignore[attr-defined]
    )
    return {ident: number for ident, number in rows}


class ActivityService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def validate(self, activity: Activity, s: Session) -> Activity:
        """The record's own rules (`record_rules`, shared with every importer), then its links."""
        activity = activity_content(activity)
        if s.get(m.OrganisationRow, activity.organisation_id) is None:
            raise NotFound("Choose the organisation this activity was for.", "organisation")
        if activity.agreement_id is not None:
            agreement = s.get(m.AgreementRow, activity.agreement_id)
            if agreement is None:
                raise NotFound(
                    "The chosen agreement no longer exists: choose another.", "agreement"
                )
            if agreement.organisation_id != activity.organisation_id:
                raise UserError(
                    "The agreement belongs to another organisation: choose one of this "
                    "organisation's agreements, or none.",
                    "agreement",
                )
        return activity

    def _ledger(self, s: Session) -> Ledger:
        return Ledger(s, self.ctx.pack(), reference_rate(s))

    # -- reading ----------------------------------------------------------------------------
    def get(self, activity_id: int) -> Activity:
        with self.ctx.db.read() as s:
            row = s.get(m.ActivityRow, activity_id)
            if row is None:
                raise NotFound(f"There is no activity number {activity_id}.", "activity")
            return convert.activity(row)

    def fee_preview(self, activity: Activity) -> FeeResult:
        """The fee this activity would earn as it stands (for the form's live preview)."""
        with self.ctx.db.read() as s:
            return self._ledger(s).fee(activity)

    def list(self, flt: ActivityFilter | None = None) -> list[ActivityItem]:
        flt = flt or ActivityFilter()
        with self.ctx.db.read() as s:
            query = select(m.ActivityRow, m.OrganisationRow.name, m.OrganisationRow.code).join(
                m.OrganisationRow, m.OrganisationRow.id == m.ActivityRow.organisation_id
            )
            if flt.organisation_id is not None:
                query = query.where(m.ActivityRow.organisation_id == flt.organisation_id)
            if flt.date_from is not None:
                query = query.where(m.ActivityRow.date >= flt.date_from)
            if flt.date_to is not None:
                query = query.where(m.ActivityRow.date <= flt.date_to)
            query = query.order_by(m.ActivityRow.date.desc(), m.ActivityRow.id.desc())
            ledger = self._ledger(s)
            claimed = live_claim_numbers(s, m.ClaimLineRow.activity_id)
            items = []
            needle = flt.search.casefold().strip()
            for row, org_name, org_code in s.execute(query):
                activity = convert.activity(row)
                if needle and not _matches(activity, org_name, needle):
                    continue
                fee = ledger.fee(activity)
                item = ActivityItem(
                    activity=activity,
                    organisation_name=org_name,
                    organisation_code=org_code,
                    fee=fee.amount,
                    fee_status=fee.status.value,
                    payable_minutes=fee.payable_minutes,
                    value=ledger.value(activity),
                    claim_number=claimed.get(row.id),
                )
                if flt.fee_status and item.fee_status != flt.fee_status:
                    continue
                if flt.unclaimed_only and item.claim_number:
                    continue
                items.append(item)
            return items

    # -- changing ---------------------------------------------------------------------------
    def create(self, activity: Activity) -> Activity:
        with self.ctx.db.write() as s:
            activity = self.validate(activity, s)
            row = m.ActivityRow(**convert.activity_fields(activity))
            if activity.id is not None:
                row.id = activity.id
            s.add(row)
            s.flush()
            return convert.activity(row)

    def create_repeating(
        self,
        activity: Activity,
        every: str,
        until: date,
        monthly_by: str = "date",
    ) -> list[Activity]:
        """A standing meeting: the activity as given, and a draft for each later meeting up to
        `until`. Drafts count nowhere until confirmed, because each meeting's minutes may
        differ from the first's. All are saved together or none is."""
        from coprod_desktop.core.domain.kinds import parse_enum
        from coprod_desktop.core.rules.repeats import Every, MonthlyBy, repeat_dates

        how = Every(parse_enum(Every, every, "repeat"))
        by = MonthlyBy(parse_enum(MonthlyBy, monthly_by, "monthly repeat"))
        check_date(until, "repeat's end date")
        dates = repeat_dates(activity.date, how, until, by)
        made: list[Activity] = []
        with self.ctx.db.write() as s:
            first = self.validate(activity, s)
            for on, draft in [(first.date, first.draft), *((d, True) for d in dates)]:
                row = m.ActivityRow(
                    **convert.activity_fields(replace(first, id=None, date=on, draft=draft))
                )
                s.add(row)
                s.flush()
                made.append(convert.activity(row))
        return made

    def copy(self, activity_id: int, on: date | None = None) -> Activity:
        """A one-off repeat: the activity's details for a new date (today unless given), as a
        new record, never linked to any claim."""
        original = self.get(activity_id)
        return replace(original, id=None, date=on or self.ctx.clock.today(), draft=False)

    def update(self, activity: Activity) -> Activity:
        if activity.id is None:
            raise NotFound("That activity has not been saved yet.", "activity")
        with self.ctx.db.write() as s:
            row = s.get(m.ActivityRow, activity.id)
            if row is None:
                raise NotFound(f"There is no activity number {activity.id}.", "activity")
            activity = self.validate(activity, s)
            claimed = live_claim_numbers(s, m.ClaimLineRow.activity_id).get(activity.id)
            if claimed and _fee_relevant_change(convert.activity(row), activity):
                raise Conflict(
                    f"This activity's fee is in claim {claimed}: void that claim before changing "
                    "its date, time, organisation, agreement or declined fee.",
                    "activity",
                )
            for key, value in convert.activity_fields(activity).items():
                setattr(row, key, value)
            s.flush()
            return convert.activity(row)

    def confirm(self, activity_id: int) -> Activity:
        """A draft (e.g. from a calendar invite) becomes a real activity: from now on it counts
        in claims and figures. Confirming one that is not a draft changes nothing."""
        with self.ctx.db.write() as s:
            row = s.get(m.ActivityRow, activity_id)
            if row is None:
                raise NotFound(f"There is no activity number {activity_id}.", "activity")
            if row.draft:
                self.validate(convert.activity(row), s)
                row.draft = False
                s.flush()
            return convert.activity(row)

    def delete(self, activity_id: int) -> DeletedActivity:
        with self.ctx.db.write() as s:
            row = s.get(m.ActivityRow, activity_id)
            if row is None:
                raise NotFound(f"There is no activity number {activity_id}.", "activity")
            claimed = live_claim_numbers(s, m.ClaimLineRow.activity_id).get(activity_id)
            if claimed:
                raise Conflict(
                    f"This activity is in claim {claimed}: void that claim first, then delete it.",
                    "activity",
                )
            linked = tuple(
                s.scalars(select(m.ExpenseRow.id).where(m.ExpenseRow.activity_id == activity_id))
            )
            snapshot = DeletedActivity(convert.activity(row), linked)
            s.delete(row)
            return snapshot

    def restore(self, deleted: DeletedActivity) -> Activity:
        with self.ctx.db.write() as s:
            activity = self.validate(deleted.activity, s)
            row = m.ActivityRow(**convert.activity_fields(activity))
            row.id = activity.id  # type: ignore[assignment]
            s.add(row)
            s.flush()
            for exp_id in deleted.linked_expense_ids:
                exp = s.get(m.ExpenseRow, exp_id)
                if exp is not None and exp.activity_id is None:
                    exp.activity_id = row.id
            return convert.activity(row)


def _matches(activity: Activity, org_name: str, needle: str) -> bool:
    return any(
        needle in text.casefold()
        for text in (
            activity.title,
            org_name,
            activity.skills,
            activity.themes,
            activity.kind.value,
        )
    )


def _fee_relevant_change(old: Activity, new: Activity) -> bool:
    keys = (
        "date",
        "organisation_id",
        "agreement_id",
        "prep_minutes",
        "contact_minutes",
        "travel_minutes",
        "followup_minutes",
        "fee_declined",
    )
    return any(getattr(old, k) != getattr(new, k) for k in keys)
