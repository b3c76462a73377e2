"""The claim as CSV, for finance teams who key claims into their own systems."""

from __future__ import annotations

import csv
import io

from coprod_desktop.core.reports.claim_data import ClaimDocument
from coprod_desktop.core.reports.csv_safety import safe_cell
from coprod_desktop.core.reports.text import clean_text

HEADER = ("kind", "date", "description", "time or category", "basis", "rate", "receipt", "amount")


def _text(value: object) -> str:
    return safe_cell(clean_text(value))


def render_claim_csv(doc: ClaimDocument) -> bytes:
    """One row per fee and expense line, then total rows; UTF-8 with a byte-order mark so
    Excel reads accents and other scripts correctly. Amounts are plain numbers (`62.50`,
    `-3.05`) so the spreadsheet can sum them; every text cell is formula-guarded."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for fee in doc.fee_lines:
        writer.writerow(
            (
                "fee",
                fee.date.isoformat(),
                _text(fee.activity),
                _text(fee.time_text),
                _text(fee.basis_text),
                _text(fee.rate_text),
                "",
                str(fee.amount),
            )
        )
    for expense in doc.expense_lines:
        writer.writerow(
            (
                "expense",
                expense.date.isoformat(),
                _text(expense.description),
                _text(expense.category),
                "",
                "",
                _text(" ".join(expense.receipt_refs)),
                str(expense.amount),
            )
        )
    writer.writerow(("total fees", "", "", "", "", "", "", str(doc.fee_total)))
    writer.writerow(("total expenses", "", "", "", "", "", "", str(doc.expense_total)))
    writer.writerow(("total", "", "", "", "", "", "", str(doc.total)))
    return out.getvalue().encode("utf-8-sig")
