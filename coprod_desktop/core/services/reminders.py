"""Reminders of what is due: claims overdue or due soon, work not yet claimed, a benefit limit
near, agreements with no terms in force, drafts waiting to be confirmed.

Shown when the window opens and by `coprod reminders`. Each reminder names the record it is
about (`target`), so the window can lead the member straight to it. Each kind can be snoozed
until a date or turned off; those choices live in the records' own settings, so they travel
with the records and never with the window.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ClaimStatus, parse_enum
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.views import BenefitsWarning
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.claims import ClaimService
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.ledger import Ledger, reference_rate

SETTINGS_KEY = "reminders"
DUE_SOON_DAYS = 7
DEFAULT_UNCLAIMED_DAYS = 30


class ReminderKind(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due-soon"
    UNCLAIMED = "unclaimed"
    LIMIT = "benefit-limit"
    NO_TERMS = "no-terms"
    DRAFTS = "drafts"

    @property
    def label(self) -> str:
        return {
            "overdue": "Claims overdue",
            "due-soon": "Claims due within a week",
            "unclaimed": "Work not yet claimed",
            "benefit-limit": "A benefit limit near",
            "no-terms": "Agreements with no terms in force",
            "drafts": "Drafts to confirm",
        }[self.value]


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    message: str
    #: what it leads to: ("claim", number), ("organisation", id), ("agreement", id),
    #: ("activity", id) or ("benefits", "") — plain data the window turns into a page
    target: tuple[str, str | int]
    on: date | None = None  # the date it is about (due date, oldest unclaimed day...)


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    off: frozenset[ReminderKind] = frozenset()
    snoozed_until: dict[ReminderKind, date] = field(default_factory=dict)
    unclaimed_days: int = DEFAULT_UNCLAIMED_DAYS
    on_open: bool = True  # the window shows them when the records open

    def shows(self, kind: ReminderKind, today: date) -> bool:
        if kind in self.off:
            return False
        until = self.snoozed_until.get(kind)
        return until is None or today > until


@dataclass(slots=True)
class _Unclaimed:
    """One organisation's unclaimed work, added up while reading."""

    oldest: date
    activities: int = 0
    expenses: int = 0
    amount: Money = field(default_factory=Money.zero)

    def add(self, on: date, amount: Money, *, activity: bool) -> None:
        self.oldest = min(self.oldest, on)
        self.amount += amount
        if activity:
            self.activities += 1
        else:
            self.expenses += 1


def parse_kind(text: str) -> ReminderKind:
    return ReminderKind(parse_enum(ReminderKind, text, "reminder kind"))


class ReminderService:
    def __init__(
        self,
        ctx: Context,
        claims: ClaimService,
        benefit_warnings: Callable[[date], Sequence[BenefitsWarning]],
    ) -> None:
        """`benefit_warnings(today)` gives the current benefit warnings (the summaries
        service's), so the benefit rules stay in one place."""
        self.ctx = ctx
        self.claims = claims
        self._benefit_warnings = benefit_warnings

    # -- settings ---------------------------------------------------------------------------
    def settings(self) -> ReminderSettings:
        with self.ctx.db.read() as s:
            row = s.get(m.SettingRow, SETTINGS_KEY)
            raw = row.value if row else "{}"
        try:
            data = json.loads(raw)
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        off = frozenset(k for k in ReminderKind if k.value in data.get("off", []))
        snoozed: dict[ReminderKind, date] = {}
        for key, value in (data.get("snoozed") or {}).items():
            try:
                snoozed[ReminderKind(key)] = date.fromisoformat(value)
            except (ValueError, TypeError):
                continue
        days = data.get("unclaimed_days", DEFAULT_UNCLAIMED_DAYS)
        if not isinstance(days, int) or not 1 <= days <= 365:
            days = DEFAULT_UNCLAIMED_DAYS
        return ReminderSettings(off, snoozed, days, data.get("on_open", True) is not False)

    def _save(self, settings: ReminderSettings) -> ReminderSettings:
        text = json.dumps(
            {
                "off": sorted(k.value for k in settings.off),
                "snoozed": {
                    k.value: v.isoformat() for k, v in sorted(settings.snoozed_until.items())
                },
                "unclaimed_days": settings.unclaimed_days,
                "on_open": settings.on_open,
            },
            sort_keys=True,
        )
        with self.ctx.db.write() as s:
            row = s.get(m.SettingRow, SETTINGS_KEY)
            if row is None:
                s.add(m.SettingRow(key=SETTINGS_KEY, value=text))
            else:
                row.value = text
        return settings

    def snooze(self, kind: ReminderKind, days: int = 7) -> ReminderSettings:
        """Hide a kind of reminder for `days` days from today."""
        if not 1 <= days <= 365:
            raise UserError("Snooze for between 1 and 365 days.", "days")
        current = self.settings()
        snoozed = dict(current.snoozed_until)
        snoozed[kind] = self.ctx.clock.today() + timedelta(days=days)
        return self._save(replace(current, snoozed_until=snoozed))

    def turn(self, kind: ReminderKind, *, on: bool) -> ReminderSettings:
        current = self.settings()
        off = set(current.off)
        snoozed = dict(current.snoozed_until)
        if on:
            off.discard(kind)
            snoozed.pop(kind, None)
        else:
            off.add(kind)
        return self._save(replace(current, off=frozenset(off), snoozed_until=snoozed))

    def set_unclaimed_days(self, days: int) -> ReminderSettings:
        if not 1 <= days <= 365:
            raise UserError(
                "The days before unclaimed work is mentioned must be between 1 and 365.", "days"
            )
        return self._save(replace(self.settings(), unclaimed_days=days))

    def set_on_open(self, on: bool) -> ReminderSettings:
        """Whether the window shows the reminders when these records open."""
        return self._save(replace(self.settings(), on_open=bool(on)))

    # -- the reminders ----------------------------------------------------------------------
    def due(self, *, include_hidden: bool = False) -> list[Reminder]:
        """What needs the member's attention today, most pressing first."""
        today = self.ctx.clock.today()
        settings = self.settings()

        def wanted(kind: ReminderKind) -> bool:
            return include_hidden or settings.shows(kind, today)

        out: list[Reminder] = []
        if wanted(ReminderKind.OVERDUE) or wanted(ReminderKind.DUE_SOON):
            out += self._claims(today, wanted)
        if wanted(ReminderKind.UNCLAIMED):
            out += self._unclaimed(today, settings.unclaimed_days)
        if wanted(ReminderKind.LIMIT):
            for warning in self._benefit_warnings(today):
                out.append(
                    Reminder(
                        ReminderKind.LIMIT,
                        warning.message,
                        ("benefits", warning.kind),
                        warning.period_start,
                    )
                )
        if wanted(ReminderKind.NO_TERMS):
            out += self._no_terms(today)
        if wanted(ReminderKind.DRAFTS):
            out += self._drafts(today)
        return out

    def _claims(self, today: date, wanted: Callable[[ReminderKind], bool]) -> list[Reminder]:
        out = []
        items = sorted(self.claims.open_items(), key=lambda i: i.due_date or today)
        for item in items:
            c = item.claim
            if item.due_date is None or item.outstanding.pence <= 0:
                continue
            chased = f"; chased {len(c.chasers)} times" if len(c.chasers) > 1 else ""
            if len(c.chasers) == 1:
                chased = f"; chased on {c.chasers[0].sent_on:%d %b %Y}"
            if item.overdue and wanted(ReminderKind.OVERDUE):
                out.append(
                    Reminder(
                        ReminderKind.OVERDUE,
                        f"Claim {c.number} to {item.organisation_name} is "
                        f"{item.days_late} days late: {item.outstanding.display()} outstanding, "
                        f"due {item.due_date:%d %b %Y}{chased}.",
                        ("claim", c.number),
                        item.due_date,
                    )
                )
            elif (
                not item.overdue
                and c.status is not ClaimStatus.DISPUTED
                and today <= item.due_date <= today + timedelta(days=DUE_SOON_DAYS)
                and wanted(ReminderKind.DUE_SOON)
            ):
                days = (item.due_date - today).days
                when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
                out.append(
                    Reminder(
                        ReminderKind.DUE_SOON,
                        f"Claim {c.number} to {item.organisation_name} is due {when} "
                        f"({item.due_date:%d %b %Y}): {item.outstanding.display()} outstanding.",
                        ("claim", c.number),
                        item.due_date,
                    )
                )
        overdue = [r for r in out if r.kind is ReminderKind.OVERDUE]
        return overdue + [r for r in out if r.kind is not ReminderKind.OVERDUE]

    def _unclaimed(self, today: date, days: int) -> list[Reminder]:
        """Per organisation: confirmed work with a fee, and reimbursable expenses, dated more
        than `days` days ago and in no live claim."""
        cutoff = today - timedelta(days=days)
        per_org: dict[int, _Unclaimed] = {}
        with self.ctx.db.read() as s:
            # Only unclaimed rows are read: over fifteen years nearly everything is claimed.
            def live_lines(column: Any) -> Any:
                return select(column).where(m.ClaimLineRow.live == 1, column.is_not(None))

            ledger = Ledger(s, self.ctx.pack(), reference_rate(s), journeys_through=cutoff)
            for row in s.scalars(
                select(m.ActivityRow).where(
                    m.ActivityRow.date < cutoff,
                    m.ActivityRow.draft.is_(False),
                    m.ActivityRow.id.not_in(live_lines(m.ClaimLineRow.activity_id)),
                )
            ):
                fee = ledger.fee(convert.activity(row)).amount
                if fee.pence > 0:
                    per_org.setdefault(row.organisation_id, _Unclaimed(row.date)).add(
                        row.date, fee, activity=True
                    )
            for row in s.scalars(
                select(m.ExpenseRow).where(
                    m.ExpenseRow.date < cutoff,
                    m.ExpenseRow.reimbursable.is_(True),
                    m.ExpenseRow.id.not_in(live_lines(m.ClaimLineRow.expense_id)),
                )
            ):
                amount = ledger.expense(convert.expense(row)).amount
                if amount.pence > 0:
                    per_org.setdefault(row.organisation_id, _Unclaimed(row.date)).add(
                        row.date, amount, activity=False
                    )
            names = {o.id: o.name for o in s.scalars(select(m.OrganisationRow))}
        out = []
        for org_id, u in sorted(per_org.items(), key=lambda kv: kv[1].oldest):
            parts = []
            if u.activities:
                parts.append(f"{u.activities} activit{'y' if u.activities == 1 else 'ies'}")
            if u.expenses:
                parts.append(f"{u.expenses} expense{'' if u.expenses == 1 else 's'}")
            one = u.activities + u.expenses == 1
            out.append(
                Reminder(
                    ReminderKind.UNCLAIMED,
                    f"{' and '.join(parts)} for {names.get(org_id, '')} "
                    f"({u.amount.display()}), the oldest from {u.oldest:%d %b %Y}, "
                    f"{'is' if one else 'are'} not in a claim yet.",
                    ("organisation", org_id),
                    u.oldest,
                )
            )
        return out

    def _no_terms(self, today: date) -> list[Reminder]:
        out = []
        with self.ctx.db.read() as s:
            for row in s.scalars(select(m.AgreementRow).order_by(m.AgreementRow.start)):
                if row.end is not None and row.end < today:
                    continue
                if row.start > today:
                    continue
                in_force = s.scalar(
                    select(m.TermsRow.id).where(
                        m.TermsRow.agreement_id == row.id, m.TermsRow.effective_from <= today
                    )
                )
                if in_force is None:
                    org = s.get(m.OrganisationRow, row.organisation_id)
                    out.append(
                        Reminder(
                            ReminderKind.NO_TERMS,
                            f"The agreement '{row.role_title}' with "
                            f"{org.name if org else ''} has no terms in force today: add its "
                            "terms so its fees can be worked out.",
                            ("agreement", row.id),
                            row.start,
                        )
                    )
        return out

    def _drafts(self, today: date) -> list[Reminder]:
        with self.ctx.db.read() as s:
            rows = s.execute(
                select(m.ActivityRow.id, m.ActivityRow.date)
                .where(m.ActivityRow.draft.is_(True), m.ActivityRow.date <= today)
                .order_by(m.ActivityRow.date)
            ).all()
        if not rows:
            return []
        n = len(rows)
        return [
            Reminder(
                ReminderKind.DRAFTS,
                f"{n} draft activit{'y' if n == 1 else 'ies'} (from invites or repeats) dated "
                f"today or earlier {'is' if n == 1 else 'are'} waiting to be confirmed: check "
                "the minutes and confirm.",
                ("activity", rows[0][0]),
                rows[0][1],
            )
        ]
