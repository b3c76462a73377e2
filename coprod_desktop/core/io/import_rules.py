"""Every imported record passes the same rules as a typed one (`services.record_rules`).

Why here: the JSON import checks a file's shape and links itself (fast, column by column),
but it used to take any number a column could hold: negative minutes, negative and absurd
amounts, a 50 MB title (issue 17, finding 3). Each row is turned into the record the forms
edit and handed to the same function the forms' service calls; what is stored stays exactly
what the file holds (the check only refuses), so an export imports back byte for byte.
Tables with no form of their own get the limits every field has: text no longer than a form
takes, minutes and amounts in the ranges a form takes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from types import SimpleNamespace
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.services import convert, record_rules
from coprod_desktop.core.services.validate import MAX_TEXT

_LARGEST_PENCE = 100_000_000  # £1,000,000: the largest amount a form takes

# table name → (label, row to record, the record's rules)
_RULES: dict[str, tuple[str, Callable[[Any], Any], Callable[[Any], Any]]] = {
    "organisations": ("Organisation", convert.organisation, record_rules.organisation_content),
    "agreements": (
        "Agreement",
        lambda row: convert.agreement(SimpleNamespace(**row, terms=[])),
        record_rules.agreement_content,
    ),
    "terms": ("Terms", convert.terms, record_rules.terms_content),
    "activities": ("Activity", convert.activity, record_rules.activity_content),
    "expenses": (
        "Expense",
        lambda row: convert.expense(SimpleNamespace(**row, receipts=[])),
        record_rules.expense_content,
    ),
}


def check_rows(table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Refuse the first row a member could not have typed, naming the record and field."""
    rule = _RULES.get(table)
    checked = _checked_fields(table)
    for row in rows:
        who = f"{rule[0] if rule else _label(table)} {row.get('id', '')}".strip()
        if rule is not None:  # the form's own rules cover every field of these records
            label, to_record, check = rule
            try:
                is_dict = label in ("Agreement", "Expense")
                check(to_record(row if is_dict else SimpleNamespace(**row)))
            except UserError as exc:
                raise UserError(f"{who}: {exc.message}", exc.field) from None
        else:
            _limits(row, who, checked)


def _label(table: str) -> str:
    return table.replace("_", " ").rstrip("s").capitalize()


@cache
def _checked_fields(table: str) -> tuple[str, ...]:
    """The fields of a table that can break a limit: text, minutes and amounts.

    Why: a heavy export has tens of thousands of claim lines; looking only at these fields
    (known from the table, not from the first row, where a text may be empty) keeps the
    check to a fraction of the import's time."""
    from sqlalchemy import String

    from coprod_desktop.core.db import models as m
    from coprod_desktop.core.db.types import PenceType

    found = m.Base.metadata.tables.get(table)
    if found is None:  # profile, settings: every field
        return ()
    return tuple(
        column.key
        for column in found.columns
        if isinstance(column.type, String | PenceType) or column.key.endswith("_minutes")
    )


def _limits(row: dict[str, Any], who: str, checked: tuple[str, ...]) -> None:
    """Text no longer than a form takes, minutes and amounts in a form's range."""
    for name in checked or tuple(row):
        value = row.get(name)
        if type(value) is str:
            if len(value) > MAX_TEXT:
                raise UserError(
                    f"{who}: the {name.replace('_', ' ')} is too long ({len(value):,} "
                    f"characters): a form takes up to {MAX_TEXT:,}.",
                    name,
                )
        elif type(value) is int and name.endswith("_minutes"):
            if not 0 <= value <= 7 * 24 * 60:
                raise UserError(
                    f"{who}: the {name.replace('_', ' ')} {value} must be 0 to a week of minutes.",
                    name,
                )
        elif isinstance(value, Money) and abs(value.pence) > _LARGEST_PENCE:
            raise UserError(
                f"{who}: the {name.replace('_', ' ')} is over £1,000,000: check the figure.", name
            )
