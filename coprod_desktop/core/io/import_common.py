"""What the spreadsheet and calendar imports share: refused rows, organisations, one transaction.

Both imports work the same way so the member learns one thing: a *preview* says which records
will be created and which rows are refused (each with one plain sentence naming the row, the
column and the fix); *commit* does the same work again inside ONE write transaction and either
saves every record or none. Refused rows mean nothing is saved unless the member chose to import
the good rows and skip the refused ones.

A preview that may create organisations runs in a write transaction that is always rolled back,
so the records it shows went through exactly the checks a commit makes (the services' own
`validate`, which look the organisation up in the same session) and nothing is left behind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.organisations import OrganisationService

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Refused:
    """One row (or calendar event) that will not be imported, and why, in one sentence."""

    row: int  # spreadsheet row number (the header is row 1), or the event's place in the file
    column: str  # the member's own column heading, or the calendar property
    message: str  # "Row 7, Date: 31/02/2025 is not a date; write it as 31/01/2025 or ..."

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class Planned:
    """A record that will be created, with the organisation's name for showing it."""

    row: int
    record: object  # an Activity or an Expense, not yet saved (id None)
    organisation: str  # "Nottingham University Hospitals (NUH)"
    note: str = ""  # e.g. "recurring: occurrence 3 of 500 shown"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a commit saved."""

    created_ids: tuple[int, ...]
    refused: tuple[Refused, ...]
    organisations_created: tuple[str, ...]
    noun: str  # "activities", "expenses", "draft activities"
    noun_one: str  # "activity", "expense", "draft activity"
    skipped_duplicates: int = 0
    unit: str = "row"  # what was refused: spreadsheet rows or calendar events

    def __str__(self) -> str:
        """The one line the command prints."""
        n = len(self.created_ids)
        noun = self.noun_one if n == 1 else self.noun
        text = f"Imported {n} {noun}"
        if n:
            first, last = self.created_ids[0], self.created_ids[-1]
            text += f" (ids {first}–{last})" if n > 1 else f" (id {first})"
        extras = []
        if self.organisations_created:
            extras.append(_count(len(self.organisations_created), "organisation", "added"))
        if self.refused:
            extras.append(_count(len(self.refused), f"refused {self.unit}", "skipped"))
        if self.skipped_duplicates:
            extras.append(f"left out {self.skipped_duplicates} already imported")
        return text + ("; " + ", ".join(extras) if extras else "") + "."


def _count(n: int, noun: str, verb: str) -> str:
    return f"{verb} {n} {noun}{'' if n == 1 else 's'}"


def refusal_summary(refused: tuple[Refused, ...] | list[Refused], unit: str = "row") -> str:
    """One sentence for a commit that saved nothing: how many were refused and the first one."""
    n = len(refused)
    plural = unit if n == 1 else unit + "s"
    verb = "was" if n == 1 else "were"
    them = "it" if n == 1 else "them"
    return (
        f"{n} {plural} {verb} refused; nothing was imported (fix {them}, or choose to skip the "
        f"refused {plural}). {refused[0].message}"
    )


class _RollBack(Exception):
    """Raised to end a preview's transaction without saving anything."""


def run_preview(ctx: Context, work: Callable[[Session], T], *, may_write: bool) -> T:
    """Run `work` in a read transaction, or in a write transaction that is always rolled back
    when it may create rows (new organisations) that later checks must see."""
    if not may_write:
        with ctx.db.read() as s:
            return work(s)
    holder: list[T] = []
    try:
        with ctx.db.write() as s:
            holder.append(work(s))
            raise _RollBack
    except _RollBack:
        pass
    return holder[0]


# -- organisations ----------------------------------------------------------------------------


_SHORT_FORMS = {"uni": "university", "univ": "university", "&": "and", "hosp": "hospital"}


def _key(text: str) -> str:
    """A name as compared: case, punctuation, a leading "the" and common short forms ignored,
    so "Uni of Nottingham" finds "The University of Nottingham"."""
    words = re.sub(r"[^0-9a-z&]+", " ", text.casefold()).split()
    words = [_SHORT_FORMS.get(w, w) for w in words]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


class Organisations:
    """Finds organisations by code or name as a member writes them, and (when allowed) adds
    the missing ones inside the import's own transaction."""

    def __init__(self, s: Session, ctx: Context, *, create_missing: bool) -> None:
        self.s = s
        self.service = OrganisationService(ctx)
        self.create_missing = create_missing
        self.by_code: dict[str, Organisation] = {}
        self.by_name: dict[str, Organisation] = {}
        self.by_id: dict[int, Organisation] = {}
        self.created: list[Organisation] = []
        for row in s.scalars(select(m.OrganisationRow)):
            self._remember(convert.organisation(row))

    def _remember(self, org: Organisation) -> None:
        self.by_code[org.code.upper()] = org
        self.by_name[_key(org.name)] = org
        assert org.id is not None
        self.by_id[org.id] = org

    def label(self, org_id: int) -> str:
        org = self.by_id[org_id]
        return f"{org.name} ({org.code})"

    def codes_hint(self) -> str:
        codes = sorted(self.by_code)[:5]
        return ", ".join(codes) + (", ..." if len(self.by_code) > 5 else "")

    def find(self, text: str) -> Organisation | None:
        raw = text.strip()
        return self.by_code.get(raw.upper()) or self.by_name.get(_key(raw))

    def resolve(self, text: str) -> Organisation:
        """The organisation a cell names; raises a UserError (the fix) when it is unknown."""
        found = self.find(text)
        if found is not None:
            return found
        shown = text.strip()[:60]
        if not self.create_missing:
            known = self.codes_hint()
            choices = f"write one of your codes ({known}), " if known else ""
            raise UserError(
                f"'{shown}' is not one of your organisations; add it first, {choices}or choose "
                "to create missing organisations.",
                "organisation",
            )
        org = self.service.validate(
            Organisation(name=shown, code=self._free_code(shown), promised_days=30)
        )
        row = m.OrganisationRow(**convert.organisation_fields(org))
        self.s.add(row)
        self.s.flush()
        org = replace(org, id=row.id)
        self._remember(org)
        self.created.append(org)
        return org

    def _free_code(self, name: str) -> str:
        words = re.findall(r"[A-Za-z0-9]+", name)
        initials = "".join(w[0] for w in words).upper()
        letters = "".join(words).upper()
        base = initials if len(initials) >= 2 else (letters[:4] or "ORG")
        base = (base + "XX")[: max(2, min(len(base), 8))]
        code, n = base, 1
        while code in self.by_code:
            n += 1
            code = f"{base[:8]}{n}"
        return code


def agreement_picker(s: Session) -> Callable[[int, date], int | None]:
    """The organisation's agreement in force on a date when there is exactly one (the same rule
    `coprod activity add` uses when no --agreement is given): then the fee follows its terms."""
    spans: dict[int, list[tuple[int, date, date | None]]] = {}
    for ident, org_id, start, end in s.execute(
        select(
            m.AgreementRow.id,
            m.AgreementRow.organisation_id,
            m.AgreementRow.start,
            m.AgreementRow.end,
        )
    ):
        spans.setdefault(org_id, []).append((ident, start, end))

    def pick(org_id: int, on: date) -> int | None:
        live = [
            ident
            for ident, start, end in spans.get(org_id, [])
            if start <= on and (end is None or on <= end)
        ]
        return live[0] if len(live) == 1 else None

    return pick


def sentence_after(prefix: str, err: UserError) -> str:
    """`Row 4, Title: ` + the service's sentence, with its first word lowered to read on."""
    text = err.message
    if text.startswith(("The ", "A ", "An ")):
        text = text[0].lower() + text[1:]
    return prefix + text


def insert_rows(s: Session, model: type[m.Base], rows: list[dict[str, object]]) -> tuple[int, ...]:
    """Bulk insert (per-row ORM flushes are far too slow for 100,000 rows); ids in file order."""
    ids: list[int] = []
    for start in range(0, len(rows), 2000):
        chunk = rows[start : start + 2000]
        found = s.scalars(
            insert(model).returning(model.id, sort_by_parameter_order=True),  # type: ignore[attr-defined]
            chunk,
        )
        ids.extend(found)
    return tuple(ids)
