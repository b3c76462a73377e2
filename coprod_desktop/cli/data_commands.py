"""`coprod export csv`, `coprod import csv`, `coprod import ics` and `coprod confirm`.

Imports print one line on success ("Imported 12 activities (ids 5–16)."); `--preview` prints
what would be created and each refused row, and saves nothing. Without `--skip-refused`, any
refused row means nothing is imported: one sentence on stderr (how many, and the first refused
row with its fix) and exit 1, like every other user error.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coprod_desktop.cli.extensions import Groups
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.parsing import format_minutes, parse_int
from coprod_desktop.core.domain.records import Activity, Expense
from coprod_desktop.core.io.import_common import Planned, Refused
from coprod_desktop.core.services import Services


def out(text: object) -> None:
    sys.stdout.write(f"{text}\n")


def add_parsers(groups: Groups) -> None:
    p = groups.export.add_parser(
        "csv", help="activities, expenses, claims and payments as CSV files in a folder"
    )
    p.add_argument("dir", metavar="DIR")
    p.add_argument(
        "--with-private-notes", action="store_true", help="include private notes (left out)"
    )

    p = groups.import_.add_parser("csv", help="activities or expenses from your own spreadsheet")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", required=True, choices=["activities", "expenses"])
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="which field a column holds (FIELD 'ignore' leaves it out); the rest are guessed "
        "from the headings. Activity fields: date, organisation, title, kind, prep, "
        "prep_hours, contact, contact_hours, travel, travel_hours, followup, followup_hours, "
        "described, impact, feedback, skills, notes. Expense fields: date, organisation, "
        "category, amount, miles, vehicle, passengers, description",
    )
    p.add_argument("--org", metavar="CODE", help="the organisation for rows that name none")
    p.add_argument(
        "--create-orgs", action="store_true", help="add organisations the file names that are new"
    )
    p.add_argument(
        "--skip-refused",
        action="store_true",
        help="import the good rows and skip the refused ones (default: refuse the whole file)",
    )
    p.add_argument("--preview", action="store_true", help="show what would happen; save nothing")

    p = groups.import_.add_parser("ics", help="meeting invites (.ics) become draft activities")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--org", metavar="CODE", help="the organisation (default: by organiser email)")
    p.add_argument("--skip-refused", action="store_true", help="import the events that can be")
    p.add_argument("--preview", action="store_true", help="show what would happen; save nothing")

    p = groups.top.add_parser("confirm", help="confirm draft activities (from calendar invites)")
    p.add_argument("ids", nargs="+", metavar="ID")


def _mapping(headers: tuple[str, ...], kind: str, given: list[str]) -> dict[str, str]:
    from coprod_desktop.core.io.csv_import import IGNORE, suggest_mapping

    mapping = suggest_mapping(headers, kind)  # type: ignore[arg-type]
    chosen: dict[str, str] = {}
    for item in given:
        column, sep, field_name = item.rpartition("=")
        if not sep or not column.strip():
            raise UserError(
                f"--map '{item[:40]}' must be COLUMN=FIELD, for example "
                '--map "Hours=contact_hours".',
                "--map",
            )
        column = column.strip()
        match = next((h for h in headers if h.casefold() == column.casefold()), column)
        field_name = field_name.strip().lower()
        chosen[match] = IGNORE if field_name in ("", "ignore", "none", "-") else field_name
    # A field the member gave explicitly is taken away from the column that guessed it.
    for header, field_name in list(mapping.items()):
        if header not in chosen and field_name and field_name in chosen.values():
            mapping[header] = IGNORE
    mapping.update(chosen)
    return mapping


def _describe(p: Planned) -> str:
    rec = p.record
    if isinstance(rec, Activity):
        time = format_minutes(rec.total_minutes)
        return f"{rec.date}  {p.organisation}  {rec.title}  {time}  ({rec.kind.label})"
    assert isinstance(rec, Expense)
    what = f"{rec.miles} miles" if rec.miles is not None else rec.amount.display()  # type: ignore[union-attr]
    return f"{rec.date}  {p.organisation}  {rec.category.label}  {what}  {rec.description}"


def _print_preview(
    summary: str, planned: tuple[Planned, ...], refused: tuple[Refused, ...], extra: tuple[str, ...]
) -> None:
    out(summary)
    for p in planned:
        note = f"  [{p.note}]" if p.note else ""
        out(f"  create (row {p.row}): {_describe(p)}{note}")
    for r in refused:
        out(f"  refused: {r.message}")
    for line in extra:
        out(f"  {line}")


def cmd_export_csv(sv: Services, a: argparse.Namespace) -> None:
    from coprod_desktop.core.io.csv_export import export_csv

    for path in export_csv(sv, a.dir, include_private_notes=a.with_private_notes):
        out(path)


def cmd_import_csv(sv: Services, a: argparse.Namespace) -> None:
    from coprod_desktop.core.io import csv_import

    data = csv_import.read_file(a.file)
    sheet = csv_import.read_sheet(data)
    options = csv_import.Options(
        kind=a.kind,
        mapping=_mapping(sheet.headers, a.kind, a.map),
        organisation_id=sv.organisations.by_code(a.org).id if a.org else None,
        create_organisations=a.create_orgs,
        skip_refused=a.skip_refused,
    )
    if a.preview:
        pv = csv_import.preview(sv, data, options)
        mapped = ", ".join(f"{h} → {f}" for h, f in options.mapping.items() if f)
        extra = tuple(f"new organisation: {name}" for name in pv.new_organisations)
        _print_preview(pv.summary() + f" Columns: {mapped}.", pv.planned, pv.refused, extra)
        return
    out(csv_import.commit(sv, data, options))


def cmd_import_ics(sv: Services, a: argparse.Namespace) -> None:
    from coprod_desktop.core.io import csv_import, ics_import

    data = csv_import.read_file(a.file)
    org_id = sv.organisations.by_code(a.org).id if a.org else None
    if a.preview:
        pv = ics_import.preview(sv, data, org_id)
        _print_preview(
            pv.summary(), pv.planned, pv.refused, tuple(f"left out: {t}" for t in pv.left_out)
        )
        return
    outcome = ics_import.commit(sv, data, org_id, skip_refused=a.skip_refused)
    for ident in outcome.created_ids:
        out(ident)


def cmd_confirm(sv: Services, a: argparse.Namespace) -> None:
    ids = [parse_int(text, "ID", minimum=1, maximum=10**9) for text in a.ids]
    for ident in ids:
        sv.activities.get(ident)  # every id must exist before any is confirmed
    for ident in ids:
        out(sv.activities.confirm(ident).id)


HANDLERS: dict[tuple[str, str | None], Any] = {
    ("export", "csv"): cmd_export_csv,
    ("import", "csv"): cmd_import_csv,
    ("import", "ics"): cmd_import_ics,
    ("confirm", None): cmd_confirm,
}
