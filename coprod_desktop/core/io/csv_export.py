"""The member's records as four CSV files for their own spreadsheets.

`export_csv(services, folder)` writes activities.csv, expenses.csv, claims.csv and
payments.csv. Choices, and why:

* UTF-8 with a byte-order mark: without it Excel on Windows reads the file as Windows-1252 and
  turns "Siân" and Arabic or Bengali names into mojibake;
* dates are ISO (2026-03-14), not UK day/month/year: Excel and LibreOffice in any locale read ISO
  as the right date, whereas 03/04/2026 is read as 4 March by a US-locale spreadsheet and cannot
  be told apart once read; ISO also sorts correctly as text;
* money is a plain number with two decimals (`12.50`), no £ and no thousands comma, so the
  spreadsheet can add it up;
* every cell passes through `safe_cell`, so a title such as `=HYPERLINK(...)` typed (or imported)
  by anyone is shown as text and never run as a formula;
* the headings are ones `csv_import.suggest_mapping` recognises, so an exported activities.csv
  or expenses.csv can be imported again;
* private notes are left out unless the member asks for them: a CSV is easily shared;
* each file is written with `write_atomic`, so a crash leaves the old file or the new one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.io.safe_write import write_atomic
from coprod_desktop.core.reports.csv_safety import safe_cell

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services

FILES = ("activities.csv", "expenses.csv", "claims.csv", "payments.csv")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Money):
        return safe_cell(str(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return safe_cell(str(value).replace("\x00", ""))


def render(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """CSV bytes: BOM, CRLF line ends (what Excel writes), every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_cell(h) for h in header])
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def activities_csv(services: Services, *, include_private_notes: bool = False) -> bytes:
    header = [
        "ID",
        "Date",
        "Organisation code",
        "Organisation",
        "Title",
        "Kind",
        "Preparation minutes",
        "Contact minutes",
        "Travel minutes",
        "Follow-up minutes",
        "Total minutes",
        "Remote",
        "Described as",
        "My judgement",
        "Fee",
        "Fee status",
        "Value of time",
        "Claim",
        "Draft",
        "Impact",
        "Feedback",
        "Skills",
        "Themes",
        "In portfolio",
    ]
    if include_private_notes:
        header.append("Private notes")
    rows = []
    for item in sorted(services.activities.list(), key=lambda i: (i.activity.date, i.activity.id)):
        a = item.activity
        row: list[object] = [
            a.id,
            a.date,
            item.organisation_code,
            item.organisation_name,
            a.title,
            a.kind.label,
            a.prep_minutes,
            a.contact_minutes,
            a.travel_minutes,
            a.followup_minutes,
            a.total_minutes,
            a.remote,
            a.described_level,
            a.judged_level.value if a.judged_level else "",
            item.fee,
            item.fee_status,
            item.value,
            item.claim_number,
            a.draft,
            a.impact,
            a.feedback,
            a.skills,
            a.themes,
            a.in_portfolio,
        ]
        if include_private_notes:
            row.append(a.private_notes)
        rows.append(row)
    return render(header, rows)


def expenses_csv(services: Services) -> bytes:
    header = [
        "ID",
        "Date",
        "Organisation code",
        "Organisation",
        "Category",
        "Amount",
        "Miles",
        "Vehicle",
        "Passengers",
        "Description",
        "Claimable",
        "HMRC approved",
        "Working",
        "Activity ID",
        "Receipts",
        "Reimbursable",
        "Claim",
    ]
    rows = []
    for item in sorted(services.expenses.list(), key=lambda i: (i.expense.date, i.expense.id)):
        e = item.expense
        rows.append(
            [
                e.id,
                e.date,
                item.organisation_code,
                item.organisation_name,
                e.category.label,
                e.amount,
                format(e.miles, "f") if e.miles is not None else "",
                e.vehicle.value if e.miles is not None else "",
                e.passengers if e.miles is not None else "",
                e.description,
                item.amount,
                item.approved,
                item.breakdown,
                e.activity_id,
                len(e.receipt_ids),
                e.reimbursable,
                item.claim_number,
            ]
        )
    return render(header, rows)


def claims_csv(services: Services) -> bytes:
    header = [
        "Number",
        "Organisation code",
        "Organisation",
        "Status",
        "Created",
        "Period from",
        "Period to",
        "Submitted",
        "Fee total",
        "Expense total",
        "Total",
        "Paid",
        "Outstanding",
        "Promised days",
        "Due date",
        "Overdue",
        "Days late",
        "Days to pay",
        "Paid in full on",
    ]
    rows = []
    for item in sorted(services.claims.list(), key=lambda i: (i.claim.created_on, i.claim.id)):
        c = item.claim
        rows.append(
            [
                c.number,
                item.organisation_code,
                item.organisation_name,
                c.status.label,
                c.created_on,
                c.period_start,
                c.period_end,
                c.submitted_on,
                c.fee_total,
                c.expense_total,
                c.total,
                item.paid,
                item.outstanding,
                item.promised_days,
                item.due_date,
                item.overdue,
                item.days_late,
                item.days_to_pay,
                item.completed_on,
            ]
        )
    return render(header, rows)


def payments_csv(services: Services) -> bytes:
    header = [
        "ID",
        "Date",
        "Amount",
        "Method",
        "Reference",
        "Organisation code",
        "Fee part",
        "Expense part",
        "Claims",
    ]
    codes = {o.id: o.code for o in services.organisations.list()}
    numbers = {item.claim.id: item.claim.number for item in services.claims.list()}
    rows = []
    for p in sorted(services.payments.list(), key=lambda p: (p.date, p.id)):
        fee = sum((a.fee_amount for a in p.allocations), Money.zero())
        expense = sum((a.expense_amount for a in p.allocations), Money.zero())
        claims = "; ".join(
            f"{numbers.get(a.claim_id, a.claim_id)}: {a.fee_amount + a.expense_amount}"
            for a in p.allocations
        )
        rows.append(
            [
                p.id,
                p.date,
                p.amount,
                p.method.value,
                p.reference,
                codes.get(p.organisation_id, "") if p.organisation_id else "",
                fee if p.allocations else "",
                expense if p.allocations else "",
                claims,
            ]
        )
    return render(header, rows)


def export_csv(
    services: Services,
    folder: str | Path,
    *,
    include_private_notes: bool = False,
    progress: Progress = no_progress,
) -> list[Path]:
    """Write the four files into `folder` (made if missing; its parent must exist)."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise UserError(f"'{folder}' is a file, not a folder: give a folder name.", "folder")
    if not target.parent.exists():
        raise UserError(
            f"The folder that should hold '{target.name}' does not exist: check the path.",
            "folder",
        )
    makers = (
        lambda: activities_csv(services, include_private_notes=include_private_notes),
        lambda: expenses_csv(services),
        lambda: claims_csv(services),
        lambda: payments_csv(services),
    )
    contents = []
    for done, make in enumerate(makers):
        progress(done, len(makers) * 2)
        contents.append(make())
    written = []
    for done, (name, data) in enumerate(zip(FILES, contents, strict=True)):
        progress(len(makers) + done, len(makers) * 2)
        path = target / name
        write_atomic(path, data)
        written.append(path)
    progress(len(makers) * 2, len(makers) * 2)
    return written
