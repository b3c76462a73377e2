"""Import a member's own spreadsheet of activities or expenses (saved as CSV).

Members arrive with years of records in Excel or LibreOffice: UK dates, "£1,234.50", hours
written as "1:30" or "1.5", organisations by name. This reads such a file as it is:

* the text is UTF-8 (with or without the byte-order mark Excel adds), or Windows-1252 (what
  "CSV" means in older Excel on Windows); comma, semicolon or tab separated, sniffed; the first
  row is the headings;
* `suggest_mapping` guesses which column holds what from the headings; the member confirms or
  changes it (`--map COLUMN=FIELD` on the command line, a drop-down per column in the window);
* `preview` says which records will be created and which rows are refused, each refusal one
  plain sentence naming the row (as the spreadsheet numbers it: the headings are row 1), the
  column and the fix; `commit` does it all again in ONE transaction, all or nothing.

Every record goes through the same `validate` the forms use (ActivityService / ExpenseService):
this module only turns cells into values, it never decides what a valid record is. A cell that
starts like a formula (`=`, `+`, `-`, `@`) is kept as literal text in a text field; nothing here
evaluates anything, and every CSV the app writes passes cells through `safe_cell`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ActivityKind, ExpenseCategory, Vehicle
from coprod_desktop.core.domain.money import Money, parse_decimal
from coprod_desktop.core.domain.parsing import MONTH_NUMBERS, check_minutes, parse_uk_date
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.domain.records import Activity, Expense
from coprod_desktop.core.io.csv_shape import MAX_COLUMNS, check_row, check_width
from coprod_desktop.core.io.import_common import (
    Organisations,
    Outcome,
    Planned,
    Refused,
    agreement_picker,
    insert_rows,
    refusal_summary,
    run_preview,
    sentence_after,
)
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.activities import ActivityService
from coprod_desktop.core.services.expenses import ExpenseService

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services

Kind = Literal["activities", "expenses"]
T = TypeVar("T")
MAX_BYTES = 20 * 1024 * 1024  # twenty years of a very active member is under 5 MB
MAX_ROWS = 100_000
IGNORE = ""  # the field for a column the member leaves out

#: field -> what the member sees in the mapping step. Minutes and hours are separate fields
#: because a bare "2" means two hours under a heading "Hours" and two minutes under "Minutes".
ACTIVITY_FIELDS: dict[str, str] = {
    "date": "Date",
    "organisation": "Organisation (code or name)",
    "title": "Title",
    "kind": "Kind of activity",
    "prep": "Preparation (minutes)",
    "prep_hours": "Preparation (hours)",
    "contact": "Contact time (minutes)",
    "contact_hours": "Contact time (hours)",
    "travel": "Travel time (minutes)",
    "travel_hours": "Travel time (hours)",
    "followup": "Follow-up (minutes)",
    "followup_hours": "Follow-up (hours)",
    "described": "How the organisation described it",
    "impact": "Impact",
    "feedback": "Feedback",
    "skills": "Skills",
    "notes": "Private notes",
}
EXPENSE_FIELDS: dict[str, str] = {
    "date": "Date",
    "organisation": "Organisation (code or name)",
    "category": "Category",
    "amount": "Amount (£)",
    "miles": "Miles",
    "vehicle": "Vehicle",
    "passengers": "Passengers",
    "description": "Description",
}

# Heading patterns, tried in order; the first field not yet taken wins. Specific before general
# ("Prep time" is preparation, not contact time).
_H = r"(?:hours?|hrs?)\b"
_ACTIVITY_GUESSES: tuple[tuple[str, str], ...] = (
    (IGNORE, r"\b(miles|mileage|distance|£|cost|amount)\b"),  # expenses, in an activities sheet
    ("date", r"\b(date|day|when)\b"),
    ("organisation", r"\b(org|orgs|organi[sz]ations?|trust|client|company|funder|body|who for)\b"),
    ("prep_hours", rf"\b(prep|preparation|reading)\b.*{_H}|{_H}.*\b(prep|preparation)\b"),
    ("prep", r"\b(prep|preparation|reading)\b"),
    ("travel_hours", rf"\btravel.*{_H}|{_H}.*\btravel\b"),
    ("travel", r"\b(travel|journey)\b"),
    ("followup_hours", rf"\b(follow|after).*{_H}"),
    ("followup", r"\b(follow|followup|after)\b"),
    ("described", r"\b(described|their label|their description|level)\b"),
    ("kind", r"\b(kind|type|category|format)\b"),
    ("title", r"\b(title|activity|description|what|event|meeting|subject|summary|name)\b"),
    ("contact_hours", rf"\b{_H}"),
    ("contact", r"\b(duration|time|contact|length|minutes|mins)\b"),
    ("impact", r"\b(impact|outcome|changed)\b"),
    ("feedback", r"\b(feedback|testimonial)\b"),
    ("skills", r"\b(skills?)\b"),
    ("notes", r"\b(notes?|comments?|remarks?)\b"),
)
_EXPENSE_GUESSES: tuple[tuple[str, str], ...] = (
    ("date", r"\b(date|day|when)\b"),
    ("organisation", r"\b(org|orgs|organi[sz]ations?|trust|client|company|funder|who for)\b"),
    ("miles", r"\b(miles|mileage|distance)\b"),
    ("passengers", r"\b(passengers?)\b"),
    ("vehicle", r"\b(vehicle|car type|transport mode)\b"),
    ("amount", r"£|\b(amount|cost|price|total|value|spent|gbp|paid|sum)\b"),
    ("category", r"\b(category|type|kind|expense)\b"),
    ("description", r"\b(description|details|what|item|notes?|title|purpose|comments?)\b"),
)


def fields_for(kind: Kind) -> dict[str, str]:
    return ACTIVITY_FIELDS if kind == "activities" else EXPENSE_FIELDS


def _norm(heading: str) -> str:
    return re.sub(r"[^0-9a-z£]+", " ", heading.casefold()).strip()


def suggest_mapping(headers: Sequence[str], kind: Kind) -> dict[str, str]:
    """A field for each heading (or IGNORE), from the words members use for their columns."""
    guesses = _ACTIVITY_GUESSES if kind == "activities" else _EXPENSE_GUESSES
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    for header in headers:
        text = _norm(header)
        chosen = IGNORE
        for name, pattern in guesses:
            if name not in taken and re.search(pattern, text):
                chosen = name
                break
        if chosen:
            taken.add(chosen)
        mapping[header] = chosen
    return mapping


# -- reading the file -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sheet:
    """The file's headings and data rows, as text."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row number, cells)
    encoding: str
    delimiter: str


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 (BOM or not), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; those become U+FFFD rather than refusing the file.
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(text: str) -> str:
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in (",", ";", "\t")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def read_sheet(data: bytes) -> Sheet:
    """The headings and rows of a CSV file, or a plain refusal when it is not one we can read."""
    if len(data) > MAX_BYTES:
        raise UserError(
            f"The file is {len(data) / 1024 / 1024:.0f} MB, over the 20 MB a spreadsheet import "
            "takes: split it into smaller files (for example one per year).",
            "file",
        )
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(
            "The file is not text: save the spreadsheet as 'CSV (comma delimited)' and choose "
            "that file.",
            "file",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(
            "The file is saved as UTF-16 text: save it again as 'CSV UTF-8 (comma delimited)'.",
            "file",
        )
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise UserError(
            "The file is an Excel workbook, not CSV: in Excel choose File, Save As, "
            "'CSV UTF-8 (comma delimited)', and import that file.",
            "file",
        )
    text, encoding = decode(data)
    text = text.replace("\x00", "")
    check_width(text)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    csv.field_size_limit(1_100_000)
    rows: list[tuple[int, tuple[str, ...]]] = []
    headers: tuple[str, ...] | None = None
    try:
        last_line = 0
        for number, cells in enumerate(reader, start=1):
            first_line, last_line = last_line + 1, reader.line_num
            if headers is None:
                if not any(c.strip() for c in cells):
                    continue
                headers = _unique_headers(cells)
                continue
            if not any(c.strip() for c in cells):
                continue
            check_row(first_line, last_line, cells, len(headers), delimiter)
            if len(rows) >= MAX_ROWS:
                raise UserError(
                    f"The file has more than {MAX_ROWS:,} rows: split it into smaller files "
                    "(for example one per year).",
                    "file",
                )
            rows.append((number, tuple(cells)))
    except csv.Error as exc:
        raise UserError(
            f"The file cannot be read as CSV near row {reader.line_num} ({exc}): save it again "
            "from the spreadsheet as CSV.",
            "file",
        ) from None
    if headers is None:
        raise UserError("The file is empty: choose the CSV file with your records.", "file")
    return Sheet(headers, tuple(rows), encoding, delimiter)


def _unique_headers(cells: Sequence[str]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    out = []
    for i, cell in enumerate(cells, start=1):
        name = cell.strip().lstrip("\ufeff") or f"Column {i}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return tuple(out)


# -- cells to values ---------------------------------------------------------------------------


class _Cell(Exception):
    """A cell that cannot be read; the message reads on from "Row 7, Date: "."""


_MONTHS = MONTH_NUMBERS  # the one table of month names (core.domain.parsing)
_DAY_NAMES = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
_DATE_WORDS = re.compile(
    rf"^(?:{_DAY_NAMES})?(\d{{1,2}})(?:st|nd|rd|th)?[\s\-/]+([a-z]+)\.?,?[\s\-/]+(\d{{2}}|\d{{4}})$"
)
_DATE_WORDS_US = re.compile(
    rf"^(?:{_DAY_NAMES})?([a-z]+)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$"
)


def parse_sheet_date(text: str) -> date:
    """Dates as UK spreadsheets write them: 31/01/2025, 31/1/25, 31-01-2025, 31.01.2025,
    1 Feb 2025, 1st February 2025, Sat 1 Feb 2025, 01-Feb-25, 2025-01-31 (also with a time)."""
    raw = text.strip()
    fix = f"{raw[:40]} is not a date; write it as 31/01/2025 or 2025-01-31."
    if not raw:
        raise _Cell("the cell is empty; write the date, like 31/01/2025 or 2025-01-31.")
    iso_time = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$", raw)
    if iso_time:
        raw = iso_time.group(1)
    uk_time = re.match(r"^(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s+\d{1,2}:\d{2}(?::\d{2})?$", raw)
    if uk_time:
        raw = uk_time.group(1)
    lowered = raw.casefold()
    for pattern, order in ((_DATE_WORDS, "dmy"), (_DATE_WORDS_US, "mdy")):
        found = pattern.match(lowered)
        if found:
            a, b, c = found.groups()
            day_text, month_text = (a, b) if order == "dmy" else (b, a)
            month = _MONTHS.get(month_text)
            if month is None:
                raise _Cell(fix)
            year = int(c) + (2000 if len(c) == 2 else 0)
            try:
                return date(year, month, int(day_text))
            except ValueError:
                raise _Cell(fix) from None
    try:
        return parse_uk_date(raw, "date")
    except UserError:
        raise _Cell(fix) from None


def parse_sheet_money(text: str) -> Money | None:
    """£1,234.50, 1234.5, 12, "12.50 GBP"; an amount in brackets is negative and refused."""
    raw = text.strip()
    if not raw:
        return None
    if raw.startswith("(") and raw.endswith(")"):
        raise _Cell(
            f"{raw[:40]} is a negative amount (a refund?); write the amount you spent, "
            "like 12.50, and leave refunds out."
        )
    cleaned = re.sub(r"(?i)\s*(gbp|£)\s*", "", raw) if "£" in raw or "gbp" in raw.lower() else raw
    if cleaned.startswith("-") or cleaned.endswith("-"):
        raise _Cell(
            f"{raw[:40]} is a negative amount; write the amount you spent, like 12.50, and leave "
            "refunds out."
        )
    try:
        return Money.parse(cleaned.strip(), "amount")
    except UserError:
        raise _Cell(f"{raw[:40]} is not an amount of money; write it like 12.50.") from None


_WORDS_DURATION = re.compile(
    r"^(?:(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)(?![a-z])\.?)?\s*,?\s*(?:and\s+)?"
    r"(?:(\d+)\s*(?:m|min|mins|minute|minutes)(?![a-z])\.?)?$"
)


def parse_sheet_minutes(text: str, *, hours: bool, label: str) -> int:
    """`90`, `1h30m`, `1:30`, `1:30:00`, `1.5 hours`, `45 mins`; a bare number is hours when
    the column holds hours, minutes otherwise. An empty cell is no time."""
    raw = text.strip().casefold()
    if not raw:
        return 0
    minutes: Decimal | None = None
    fix = (
        f"{text.strip()[:40]} is not a length of time; write minutes (90), hours and minutes "
        "(1h30m or 1:30) or hours (1.5 hours)."
    )
    number = re.match(r"^\d+(?:[.,]\d+)?$", raw)
    clock = re.match(r"^(\d{1,3}):(\d{2})(?::(\d{2}))?$", raw)
    if number:
        value = Decimal(raw.replace(",", "."))
        if hours:
            minutes = value * 60
        elif value != value.to_integral_value():
            raise _Cell(
                f"{text.strip()[:40]} is not whole minutes; write 90, 1h30m or 1:30, or map "
                "this column to hours."
            )
        else:
            minutes = value
    elif clock:
        h, mm, _ss = clock.groups()
        if int(mm) >= 60:
            raise _Cell(fix)
        minutes = Decimal(int(h) * 60 + int(mm))
    else:
        words = _WORDS_DURATION.match(raw)
        if not words or not any(words.groups()):
            raise _Cell(fix)
        h_text, m_text = words.groups()
        try:
            minutes = Decimal(h_text or 0) * 60 + Decimal(m_text or 0)
        except InvalidOperation:
            raise _Cell(fix) from None
    whole = int(minutes.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    try:
        check_minutes(whole, "minutes", label)
    except UserError as err:
        raise _Cell(f"{text.strip()[:40]}: {err.message[0].lower()}{err.message[1:]}") from None
    return whole


_KIND_WORDS: tuple[tuple[str, ActivityKind], ...] = (
    (r"interview|panel|recruit", ActivityKind.INTERVIEW_PANEL),
    (r"teach|lecture|seminar|tutorial|students", ActivityKind.TEACHING),
    (r"review|reading|comment on|feedback on", ActivityKind.DOCUMENT_REVIEW),
    (r"advisory|steering|committee|board|oversight|reference group", ActivityKind.ADVISORY_GROUP),
    (r"co.?design|workshop|co.?production", ActivityKind.CO_DESIGN_WORKSHOP),
    (r"conference|talk|present|speak|keynote", ActivityKind.CONFERENCE_TALK),
    (r"training|course|induction", ActivityKind.TRAINING_RECEIVED),
    (r"meeting|call|focus group", ActivityKind.MEETING),
)
_CATEGORY_WORDS: tuple[tuple[str, ExpenseCategory], ...] = (
    (r"mileage|miles|\bcar\b|driv", ExpenseCategory.MILEAGE),
    (r"park", ExpenseCategory.PARKING),
    (r"taxi|cab|uber", ExpenseCategory.TAXI),
    (
        r"train|rail|bus|tram|tube|metro|coach|ferry|public|fare|ticket",
        ExpenseCategory.PUBLIC_TRANSPORT,
    ),
    (r"child", ExpenseCategory.CHILDCARE),
    (r"care|carer|respite", ExpenseCategory.CARE_COVER),
    (r"hotel|accommodation|b&b|bnb|lodging|overnight", ExpenseCategory.ACCOMMODATION),
    (r"phone|internet|data|broadband|mobile", ExpenseCategory.PHONE_INTERNET),
    (
        r"food|lunch|meal|dinner|breakfast|subsistence|refreshment|snack|drink",
        ExpenseCategory.SUBSISTENCE,
    ),
)


def _from_words(text: str, enum: type, words: tuple[tuple[str, object], ...]) -> object | None:
    lowered = text.strip().casefold()
    if not lowered:
        return None
    for member in enum:
        if lowered in (member.value, member.label.casefold()):
            return member
    for pattern, member in words:
        if re.search(pattern, lowered):
            return member
    return None


def _vehicle(text: str) -> Vehicle:
    lowered = text.strip().casefold()
    if not lowered or re.search(r"car|van", lowered):
        return Vehicle.CAR
    if re.search(r"motor|moped|scooter", lowered):
        return Vehicle.MOTORCYCLE
    if re.search(r"bike|bicycle|cycle", lowered):
        return Vehicle.BICYCLE
    raise _Cell(f"{text.strip()[:40]} is not a vehicle; write car, motorcycle or bicycle.")


# -- preview and commit ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Options:
    """The member's choices for one import."""

    kind: Kind
    mapping: Mapping[str, str]  # heading -> field (IGNORE to leave the column out)
    organisation_id: int | None = None  # for rows with no organisation column or an empty cell
    create_organisations: bool = False  # add organisations the file names that are not known
    skip_refused: bool = False  # import the good rows even if some are refused


@dataclass(frozen=True, slots=True)
class Preview:
    """What an import would do: records to create and rows refused, in the file's order."""

    kind: Kind
    headers: tuple[str, ...]
    planned: tuple[Planned, ...]
    refused: tuple[Refused, ...]
    new_organisations: tuple[str, ...] = ()
    rows_read: int = 0
    encoding: str = "utf-8"
    delimiter: str = ","

    @property
    def can_import(self) -> bool:
        return bool(self.planned)

    def summary(self) -> str:
        """One line for people: what would be created and how many rows are refused."""
        text = f"{len(self.planned)} {self.kind} to import"
        if self.refused:
            n = len(self.refused)
            text += f", {n} row{'' if n == 1 else 's'} refused"
        if self.new_organisations:
            n = len(self.new_organisations)
            text += f", {n} organisation{'' if n == 1 else 's'} to add"
        return text + "."


@dataclass
class _Result:
    planned: list[Planned] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    new_organisations: list[str] = field(default_factory=list)


def _check_mapping(sheet: Sheet, options: Options) -> dict[str, int]:
    """field -> column index; a plain refusal for a mapping that cannot work."""
    known = fields_for(options.kind)
    where: dict[str, int] = {}
    for header, field_name in options.mapping.items():
        if header not in sheet.headers:
            raise UserError(
                f"The file has no column '{header[:40]}': the columns are "
                f"{', '.join(sheet.headers[:12])}.",
                "map",
            )
        if not field_name:  # IGNORE
            continue
        if field_name not in known:
            raise UserError(
                f"'{field_name[:30]}' is not something a column can hold for {options.kind}: "
                f"choose one of {', '.join(known)}.",
                "map",
            )
        if field_name in where:
            raise UserError(
                f"Two columns are set to hold the {known[field_name].lower()}: choose one.", "map"
            )
        where[field_name] = sheet.headers.index(header)
    if "date" not in where:
        raise UserError("Choose which column holds the date.", "map")
    if "organisation" not in where and options.organisation_id is None:
        raise UserError(
            "Choose which column holds the organisation, or one organisation for every row.",
            "organisation",
        )
    if options.kind == "activities" and "title" not in where:
        raise UserError("Choose which column holds the title of each activity.", "map")
    if options.kind == "expenses" and not {"amount", "miles"} & set(where):
        raise UserError("Choose which column holds the amount (or the miles).", "map")
    return where


def _plan(
    s: Session,
    services: Services,
    sheet: Sheet,
    options: Options,
    progress: Progress,
) -> _Result:
    where = _check_mapping(sheet, options)
    headers = sheet.headers
    orgs = Organisations(s, services.ctx, create_missing=options.create_organisations)
    if options.organisation_id is not None and options.organisation_id not in orgs.by_id:
        raise UserError("The organisation chosen for every row no longer exists.", "organisation")
    pick = agreement_picker(s)
    check_activity = ActivityService(services.ctx).validate
    check_expense = ExpenseService(services.ctx).validate
    result = _Result()
    total = len(sheet.rows)
    field_column = {name: headers[i] for name, i in where.items()}

    for done, (number, cells) in enumerate(sheet.rows):
        if done % 500 == 0:
            progress(done, total)

        def cell(name: str, cells: tuple[str, ...] = cells) -> str:
            i = where.get(name)
            return cells[i] if i is not None and i < len(cells) else ""

        column = ""
        try:
            column = field_column["date"]
            on = parse_sheet_date(cell("date"))
            column = field_column.get("organisation", "Organisation")
            org_text = cell("organisation").strip()
            if org_text:
                org = orgs.resolve(org_text)
            elif options.organisation_id is not None:
                org = orgs.by_id[options.organisation_id]
            else:
                raise _Cell("the cell is empty; write the organisation's code or name.")
            assert org.id is not None
            if options.kind == "activities":
                record: object = _activity(cell, field_column, on, org.id, pick)
                column = ""
                record = check_activity(record, s)  # type: ignore[arg-type]
            else:
                record = _expense(cell, field_column, on, org.id)
                column = ""
                record = check_expense(record, s)  # type: ignore[arg-type]
        except _Cell as bad:
            result.refused.append(Refused(number, column, f"Row {number}, {column}: {bad}"))
            continue
        except _ColumnError as bad:
            result.refused.append(
                Refused(number, bad.column, f"Row {number}, {bad.column}: {bad.text}")
            )
            continue
        except UserError as err:
            name = column or _column_for(err.field, field_column)
            message = sentence_after(f"Row {number}, {name}: ", err)
            result.refused.append(Refused(number, name, message))
            continue
        result.planned.append(Planned(number, record, orgs.label(org.id)))
    progress(total, total)
    result.new_organisations = [f"{o.name} ({o.code})" for o in orgs.created]
    return result


class _ColumnError(Exception):
    def __init__(self, column: str, text: str) -> None:
        super().__init__(text)
        self.column = column
        self.text = text


def _column_for(field_name: str | None, field_column: Mapping[str, str]) -> str:
    """The member's heading for a record field a service complained about."""
    aliases = {
        "title": "title",
        "prep_minutes": "prep",
        "contact_minutes": "contact",
        "travel_minutes": "travel",
        "followup_minutes": "followup",
        "described level": "described",
        "private notes": "notes",
        "amount": "amount",
        "miles": "miles",
        "passengers": "passengers",
        "description": "description",
        "organisation": "organisation",
        "date": "date",
    }
    key = aliases.get(field_name or "", field_name or "")
    for candidate in (key, f"{key}_hours"):
        if candidate in field_column:
            return field_column[candidate]
    return (field_name or "row").replace("_", " ").capitalize()


CellFn = Callable[[str], str]
Picker = Callable[[int, date], "int | None"]


def _read(
    cell: CellFn, field_column: Mapping[str, str], name: str, reader: Callable[[str], T]
) -> T:
    """Read one mapped cell with `reader`, naming the member's column when it fails."""
    try:
        return reader(cell(name))
    except _Cell as bad:
        raise _ColumnError(field_column.get(name, name), str(bad)) from None


def _activity(
    cell: CellFn, field_column: Mapping[str, str], on: date, org_id: int, pick: Picker
) -> Activity:
    parts: dict[str, int] = {}
    for part, label in (
        ("prep", "preparation time"),
        ("contact", "contact time"),
        ("travel", "travel time"),
        ("followup", "follow-up time"),
    ):
        total = 0
        for name, hours in ((part, False), (f"{part}_hours", True)):
            if name in field_column:
                total += _read(
                    cell,
                    field_column,
                    name,
                    lambda t, h=hours, lb=label: parse_sheet_minutes(t, hours=h, label=lb),
                )
        parts[f"{part}_minutes"] = total
    kind_text = cell("kind")
    kind = _from_words(kind_text, ActivityKind, _KIND_WORDS) or ActivityKind.OTHER
    if not kind_text.strip():
        kind = ActivityKind.MEETING
    names = ("title", "described", "impact", "feedback", "skills", "notes")
    text = {name: cell(name) for name in names}
    return Activity(
        organisation_id=org_id,
        date=on,
        title=text["title"],
        kind=kind,  # type: ignore[arg-type]
        agreement_id=pick(org_id, on),
        described_level=text["described"],
        impact=text["impact"],
        feedback=text["feedback"],
        skills=text["skills"],
        private_notes=text["notes"],
        **parts,
    )


def _expense(cell: CellFn, field_column: Mapping[str, str], on: date, org_id: int) -> Expense:
    amount = _read(cell, field_column, "amount", parse_sheet_money)
    miles_text = cell("miles").strip()
    miles: Decimal | None = None
    if miles_text:
        try:
            miles = parse_decimal(
                re.sub(r"(?i)\s*(miles|mi)\s*$", "", miles_text), "miles", places=2
            )
        except UserError:
            raise _ColumnError(
                field_column["miles"], f"{miles_text[:40]} is not a distance; write it like 12.5."
            ) from None
    category_text = cell("category")
    category = _from_words(category_text, ExpenseCategory, _CATEGORY_WORDS)
    description = cell("description")
    if category is None:
        category = (
            ExpenseCategory.MILEAGE
            if miles is not None and amount is None
            else (ExpenseCategory.OTHER)
        )
        if category_text.strip() and not description.strip():
            description = category_text.strip()
    vehicle = _read(cell, field_column, "vehicle", _vehicle)
    passengers = 0
    passengers_text = cell("passengers").strip()
    if passengers_text:
        if not passengers_text.isdigit() or len(passengers_text) > 2:
            raise _ColumnError(
                field_column["passengers"],
                f"{passengers_text[:20]} is not a whole number of passengers; write 0 to 8.",
            )
        passengers = int(passengers_text)
    return Expense(
        organisation_id=org_id,
        date=on,
        category=category,  # type: ignore[arg-type]
        amount=amount,  # type: ignore[arg-type]
        miles=miles,
        vehicle=vehicle,  # type: ignore[arg-type]
        passengers=passengers,
        description=description,
    )


def preview(
    services: Services,
    data: bytes,
    options: Options,
    progress: Progress = no_progress,
) -> Preview:
    """What importing `data` with `options` would create, and each refused row. Saves nothing."""
    sheet = read_sheet(data)
    result = run_preview(
        services.ctx,
        lambda s: _plan(s, services, sheet, options, progress),
        may_write=options.create_organisations,
    )
    return Preview(
        kind=options.kind,
        headers=sheet.headers,
        planned=tuple(result.planned),
        refused=tuple(result.refused),
        new_organisations=tuple(result.new_organisations),
        rows_read=len(sheet.rows),
        encoding=sheet.encoding,
        delimiter=sheet.delimiter,
    )


def commit(
    services: Services,
    data: bytes,
    options: Options,
    progress: Progress = no_progress,
) -> Outcome:
    """Import in ONE transaction. Any refused row means nothing is saved (a UserError that
    names the first refusal) unless `options.skip_refused`; a cancel saves nothing."""
    sheet = read_sheet(data)
    with services.db.write() as s:
        result = _plan(s, services, sheet, options, progress)
        if result.refused and not options.skip_refused:
            raise UserError(refusal_summary(result.refused), result.refused[0].column)
        if not result.planned:
            raise UserError(
                "No row could be imported: every row was refused. " + result.refused[0].message
                if result.refused
                else "The file has headings but no rows to import.",
                "file",
            )
        progress(len(sheet.rows), len(sheet.rows))
        if options.kind == "activities":
            model: type[m.Base] = m.ActivityRow
            rows = [convert.activity_fields(p.record) for p in result.planned]  # type: ignore[arg-type]
        else:
            model = m.ExpenseRow
            rows = [convert.expense_fields(p.record) for p in result.planned]  # type: ignore[arg-type]
        ids = insert_rows(s, model, rows)
    return Outcome(
        created_ids=ids,
        refused=tuple(result.refused),
        organisations_created=tuple(result.new_organisations),
        noun=options.kind,
        noun_one="activity" if options.kind == "activities" else "expense",
    )


def read_file(path: str | Path) -> bytes:
    """The bytes of a file the member chose, refusing a huge one before reading it."""
    from coprod_desktop.core.io.bounded_read import read_regular_file

    return read_regular_file(path, "file", MAX_BYTES, "import")


__all__ = [
    "ACTIVITY_FIELDS",
    "EXPENSE_FIELDS",
    "IGNORE",
    "MAX_BYTES",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "Options",
    "Preview",
    "commit",
    "fields_for",
    "parse_sheet_date",
    "parse_sheet_minutes",
    "parse_sheet_money",
    "preview",
    "read_sheet",
    "suggest_mapping",
]
