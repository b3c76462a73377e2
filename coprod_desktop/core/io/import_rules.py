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
    for row in rows:
        who = f"{rule[0] if rule else _label(table)} {row.get('id', '')}".strip()
        if rule is not None:  # the form's own sentence first, then the limits every field has
            label, to_record, check = rule
            try:
                is_dict = label in ("Agreement", "Expense")
                check(to_record(row if is_dict else SimpleNamespace(**row)))
            except UserError as exc:
                raise UserError(f"{who}: {exc.message}", exc.field) from None
        _limits(row, who)


def _label(table: str) -> str:
    return table.replace("_", " ").rstrip("s").capitalize()


def _limits(row: dict[str, Any], who: str) -> None:
    for name, value in row.items():
        if type(value) is str:
            if len(value) > MAX_TEXT:
                raise UserError(
                    f"{who}: the {name.replace('_', ' ')} is too long ({len(value):,} "
                    f"characters): a form takes up to {MAX_TEXT:,}.",
                    name,
                )
        elif type(value) is int:
            if name.endswith("_minutes") and not 0 <= value <= 7 * 24 * 60:
                raise UserError(
                    f"{who}: the {name.replace('_', ' ')} {value} must be 0 to a week of minutes.",
                    name,
                )
        elif isinstance(value, Money) and abs(value.pence) > _LARGEST_PENCE:
            raise UserError(
                f"{who}: the {name.replace('_', ' ')} is over £1,000,000: check the figure.", name
            )
