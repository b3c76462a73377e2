"""Full-fidelity JSON export and import: every record, with its id, and every attached file.

Why a format of our own and not a database copy: the member can read it, keep it for years, and
move it between machines and versions. The promise is *round-trip exactness*: export, import into
an empty data folder, export again gives byte-identical output. That is why:

* records are sorted by id and keys are sorted, with one fixed layout (`dumps`);
* ids are kept, so links between records (an expense's activity, a claim line's expense) survive;
* money is text with two decimals (`"14.00"`), never a float; dates are ISO text; distances and
  hours are exact decimal text;
* attachments carry their content (base64) so the file alone is a complete copy.

Import is all-or-nothing: the whole document is checked first (shape, every field, every link),
files are put in the store, then every row is written in ONE write transaction. Any problem is a
`UserError` naming the record and the field, and nothing is left half-imported. Rows are written
with one `executemany` per table (`_insert_many`) because per-row ORM flushes are far too slow
for fifteen years of records.

Speed matters (a heavy data set, ~75,000 records and ~2,000 receipts, must export and import
within seconds), so the hot paths are written for it: `dumps` lets the C encoder write each
record, field checks take plain values without a call, and receipts are synced to disk together
(`write_many_atomic`) rather than one after another.

The field list is derived from the SQLAlchemy models, so a new column is exported and checked
without touching this file; a new table needs a line in `_TABLES`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import gc
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Table, func, insert, select, text
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.db.migrate import KNOWN_REVISIONS, SCHEMA_HEAD
from coprod_desktop.core.db.types import DecimalText, PenceType
from coprod_desktop.core.domain import kinds
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.io.attachments import sniff_media_type
from coprod_desktop.core.io.json_text import parse

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services

FORMAT_NAME = "coprod-desktop"
FORMAT_VERSION = 1

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$")
_MONEY = re.compile(r"^-?\d{1,12}\.\d{2}$")
_DECIMAL = re.compile(r"^-?\d{1,12}(\.\d{1,6})?$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


# -- the tables and how they nest -------------------------------------------------------------


@dataclass(frozen=True)
class _Child:
    """A table written inside its parent's record (terms inside an agreement...)."""

    key: str  # the key in the parent's record
    model: type[m.Base]
    parent_column: str  # left out of the child record: the parent implies it
    label: str  # for messages: "Claim 4, line 17"


@dataclass(frozen=True)
class _Top:
    key: str  # the document key
    model: type[m.Base]
    label: str  # "Activity" in "Activity 12: the date ..."
    children: tuple[_Child, ...] = ()


# Listed in the order rows must be inserted so every link points to a row already there.
_TABLES: tuple[_Top, ...] = (
    _Top("attachments", m.AttachmentRow, "Attachment"),
    _Top("organisations", m.OrganisationRow, "Organisation"),
    _Top(
        "agreements",
        m.AgreementRow,
        "Agreement",
        (_Child("terms", m.TermsRow, "agreement_id", "terms"),),
    ),
    _Top("activities", m.ActivityRow, "Activity"),
    _Top("expenses", m.ExpenseRow, "Expense"),
    _Top(
        "claims",
        m.ClaimRow,
        "Claim",
        (
            _Child("lines", m.ClaimLineRow, "claim_id", "line"),
            _Child("history", m.ClaimStatusRow, "claim_id", "status change"),
            _Child("chasers", m.ClaimChaserRow, "claim_id", "chaser"),
        ),
    ),
    _Top(
        "payments",
        m.PaymentRow,
        "Payment",
        (_Child("allocations", m.AllocationRow, "payment_id", "allocation"),),
    ),
    _Top("training", m.TrainingRow, "Training record"),
    _Top("feedback", m.FeedbackRow, "Feedback"),
    _Top("inbox_receipts", m.InboxReceiptRow, "Inbox receipt"),
)

# Columns and nested lists added after the first schema, with the value an export made before
# them stands for, so that an older export still imports whole (and re-exports with them).
_ADDED_LATER: dict[tuple[str, str], Any] = {
    ("activities", "highlight"): False,
    ("activities", "attended_as"): "self",
    ("terms", "source_kind"): "",
}
_ADDED_LATER_LISTS: frozenset[str] = frozenset({"chasers"})
_ADDED_LATER_SECTIONS: frozenset[str] = frozenset({"inbox_receipts"})

# Vocabulary columns: the words must be ones the app knows.
_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("terms", "basis"): kinds.Basis,
    ("terms", "classification"): kinds.Classification,
    ("terms", "payment_method"): kinds.PaymentMethod,
    ("activities", "kind"): kinds.ActivityKind,
    ("activities", "judged_level"): kinds.Level,
    ("activities", "ps_agenda_set_jointly"): kinds.Tri,
    ("activities", "ps_papers_in_time"): kinds.Tri,
    ("activities", "ps_present_at_decision"): kinds.Tri,
    ("activities", "ps_equal_say"): kinds.Tri,
    ("activities", "ps_told_what_changed"): kinds.Tri,
    ("expenses", "category"): kinds.ExpenseCategory,
    ("expenses", "vehicle"): kinds.Vehicle,
    ("claims", "status"): kinds.ClaimStatus,
    ("claim_lines", "kind"): kinds.LineKind,
    ("claim_status_history", "status"): kinds.ClaimStatus,
    ("payments", "method"): kinds.PaymentMethod,
    ("activities", "attended_as"): kinds.AttendedAs,
    ("terms", "source_kind"): kinds.SourceKind,
    ("claim_chasers", "method"): kinds.ChaserMethod,
    ("inbox_receipts", "status"): kinds.InboxStatus,
}

_EXPENSE_RECEIPTS_KEY = "receipts"  # list of sha256, in the order the receipts are numbered


@dataclass(frozen=True)
class ImportResult:
    """How many records of each kind were imported (document keys, plus nested ones)."""

    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __str__(self) -> str:
        """One line for the command to print: what was imported."""
        shown = ", ".join(f"{n} {key}" for key, n in self.counts.items() if n)
        return f"Imported: {shown or 'nothing (the file was empty)'}."


# -- column kinds -----------------------------------------------------------------------------


def _kind(column: Any) -> str:
    t = column.type
    if isinstance(t, PenceType):
        return "money"
    if isinstance(t, DecimalText):
        return "decimal"
    if isinstance(t, DateTime):
        return "datetime"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    return "str"


# How a stored value (never None) of each kind appears in the document. Kinds missing here
# (int, str) are already what JSON wants and are copied as they are.
_TO_JSON: dict[str, Callable[[Any], Any]] = {
    "money": str,  # Money.__str__: "14.00"
    "decimal": lambda value: format(value, "f"),
    "date": lambda value: value.isoformat(),
    "datetime": lambda value: value.isoformat(),
    "bool": bool,
}


def _columns(table: Table, skip: str | None = None) -> list[tuple[str, str, bool]]:
    """(name, kind, nullable) for each column of a table, except the parent link."""
    return [(c.name, _kind(c), bool(c.nullable)) for c in table.columns if c.name != skip]


def _table(model: type[m.Base]) -> Table:
    return model.__table__  # type: ignore[return-value]


# -- export -----------------------------------------------------------------------------------


def _records_of(
    s: Session, model: type[m.Base], skip: str | None = None
) -> tuple[list[Any], list[dict[str, Any]]]:
    """Every row in id order as a record without the `skip` column, and that column's values.

    Worked a column at a time: only the columns whose stored value differs from its JSON form
    are converted (a heavy data set has ~75,000 rows of ~25 columns; a call for every value
    was a third of the export's own time), and the transposes run in C.
    """
    table = _table(model)
    names = [c.name for c in table.columns]
    kinds = {name: kind for name, kind, _ in _columns(table)}
    rows = s.execute(select(table).order_by(*table.primary_key.columns)).all()
    if not rows:
        return [], []
    columns: list[Any] = list(zip(*rows, strict=True))
    kept: list[Any] = []
    kept_names: list[str] = []
    parents: list[Any] = []
    for name, column in zip(names, columns, strict=True):
        if name == skip:
            parents = list(column)
            continue
        convert = _TO_JSON.get(kinds[name])
        if convert is not None:
            column = [None if value is None else convert(value) for value in column]
        kept.append(column)
        kept_names.append(name)
    records = [dict(zip(kept_names, values, strict=True)) for values in zip(*kept, strict=True)]
    return parents, records


def _rows(s: Session, model: type[m.Base]) -> list[dict[str, Any]]:
    return _records_of(s, model)[1]


def _grouped(s: Session, child: _Child) -> dict[int, list[dict[str, Any]]]:
    groups: dict[int, list[dict[str, Any]]] = {}
    for parent, rec in zip(*_records_of(s, child.model, child.parent_column), strict=True):
        groups.setdefault(parent, []).append(rec)
    return groups


def _schema_revision(s: Session) -> str:
    try:
        found = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # a database made without Alembic (tests building tables directly)
        found = None
    return str(found or SCHEMA_HEAD)


def export_document(services: Services) -> dict[str, Any]:
    """Every record in one consistent read, as plain JSON-ready data."""
    store = services.ctx.store
    with services.db.read() as s:
        doc: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_schema": _schema_revision(s),
        }
        profiles = _rows(s, m.ProfileRow)
        doc["profile"] = profiles[0] if profiles else None
        doc["settings"] = {
            key: value for key, value in s.execute(select(m.SettingRow.key, m.SettingRow.value))
        }
        sha_by_id: dict[int, str] = {
            ident: sha
            for ident, sha in s.execute(select(m.AttachmentRow.id, m.AttachmentRow.sha256))
        }
        receipts: dict[int, list[str]] = {}
        for expense_id, attachment_id in s.execute(
            select(m.ExpenseReceiptRow.expense_id, m.ExpenseReceiptRow.attachment_id).order_by(
                m.ExpenseReceiptRow.expense_id, m.ExpenseReceiptRow.position
            )
        ):
            receipts.setdefault(expense_id, []).append(sha_by_id[attachment_id])
        for top in _TABLES:
            records = _rows(s, top.model)
            for child in top.children:
                groups = _grouped(s, child)
                for rec in records:
                    rec[child.key] = groups.get(rec["id"], [])
            if top.model is m.ExpenseRow:
                for rec in records:
                    rec[_EXPENSE_RECEIPTS_KEY] = receipts.get(rec["id"], [])
            doc[top.key] = records
    # File contents are read after the transaction: the store is content-addressed, so a file
    # named by a row never changes under us.
    for rec in doc["attachments"]:
        content = store.read(rec["sha256"])
        rec["content_base64"] = base64.b64encode(content).decode("ascii")
    return doc


# One encoder for every record: no `indent`, so `json` uses its C encoder (an indented layout
# runs the pure-Python one, which took two thirds of a heavy export's time).
_RECORD = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def dumps(doc: dict[str, Any]) -> bytes:
    """The one layout every export uses; byte-identical round trips depend on it.

    Sections in key order, one per line, and each record of a list on a line of its own (keys
    sorted): a member can still read and diff the file record by record, and each record is
    written by the C encoder. The layout is not part of the format: import reads any JSON.
    """
    encode = _RECORD.encode
    sections = []
    for key in sorted(doc):
        value = doc[key]
        if isinstance(value, list) and value:
            body = "[\n" + ",\n".join(map(encode, value)) + "\n]"
        else:
            body = encode(value)
        sections.append(f"{encode(key)}: {body}")
    return ("{\n" + ",\n".join(sections) + "\n}\n").encode("utf-8")


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one export or import, then restore it.

    Why: a heavy document is millions of small dicts, lists and strings, none in a reference
    cycle (plain counting frees them all), and while it is built the collector keeps walking
    every one of them again: measured, a quarter of an export's and import's own CPU time.
    The pause is process-wide, but lasts only the seconds of the job, and is undone even when
    the job fails.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def export_json(services: Services) -> bytes:
    """The whole data folder as one versioned JSON document (UTF-8 bytes)."""
    with _cycle_collector_paused():
        return dumps(export_document(services))


def export_json_file(services: Services, path: str | Path) -> int:
    """Write the export safely (temporary file, then rename); returns the bytes written."""
    from coprod_desktop.core.io.safe_write import write_atomic

    data = export_json(services)
    write_atomic(Path(path), data)
    return len(data)


# -- checking a document ----------------------------------------------------------------------


_MISSING = object()
_LARGEST = 2**62  # larger whole numbers are refused (as_int)

# A field's fast path: values of exactly this type (and in `allowed`, when given) are taken as
# they are, with no call; anything else goes through the field's converter, which either
# accepts it or says exactly what is wrong. The converters alone made checking a heavy export
# cost more than a second, and nine values in ten are plain whole numbers and text.
_Field = tuple[str, type | None, Any, Callable[[Any, str], Any], bool]


class _Checker:
    """Turns document records into row dicts, refusing anything not exactly right.

    Every message names the record ("Activity 12") and the field, in one plain sentence."""

    def __init__(self) -> None:
        self.converters: dict[tuple[Any, ...], tuple[list[_Field], frozenset[str]]] = {}

    def fields(
        self, table: Table, skip: str | None = None, extra: tuple[str, ...] = ()
    ) -> tuple[list[_Field], frozenset[str]]:
        """The table's fields (name, fast type, allowed, converter, nullable) and every key a
        record may have."""
        key = (table.name, skip, extra)
        if key not in self.converters:
            out: list[_Field] = []
            for name, kind, nullable in _columns(table, skip):
                enum = _ENUMS.get((table.name, name))
                plain: type | None = {"int": int, "bool": bool, "str": str}.get(kind)
                allowed: Any = None
                if kind == "int":
                    allowed = range(-_LARGEST, _LARGEST + 1)  # `in` is a constant-time test
                elif enum is not None:
                    allowed = frozenset(enum._value2member_map_)
                out.append((name, plain, allowed, _converter(kind, enum), nullable))
            known = frozenset(name for name, *_ in out) | frozenset(extra)
            self.converters[key] = (out, known)
        return self.converters[key]

    def record(
        self,
        rec: Any,
        table: Table,
        who: str,
        *,
        skip: str | None = None,
        extra: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        if not isinstance(rec, dict):
            raise UserError(f"{who}: the record is not a JSON object.", "record")
        fields, known = self.fields(table, skip, extra)
        if not known.issuperset(rec):
            unknown = sorted(set(rec) - known)
            raise UserError(
                f"{who}: the field '{str(unknown[0])[:40]}' is not one this version knows: "
                "the file may come from a newer version of Coprod Desktop.",
                unknown[0],
            )
        row: dict[str, Any] = {}
        for name, plain, allowed, convert, nullable in fields:
            value = rec.get(name, _MISSING)
            if type(value) is plain and (allowed is None or value in allowed):
                row[name] = value
                continue
            if value is _MISSING:
                later = _ADDED_LATER.get((table.name, name), _MISSING)
                if later is not _MISSING:
                    row[name] = later
                    continue
                raise UserError(f"{who}: the field '{name}' is missing.", name)
            if value is None:
                if not nullable:
                    raise UserError(f"{who}: the {_human(name)} is empty but must be given.", name)
                row[name] = None
                continue
            try:
                row[name] = convert(value, name)
            except _Bad as bad:
                raise UserError(f"{who}: {bad.message}", name) from None
        return row


class _Bad(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _human(name: str) -> str:
    return name.replace("ps_", "").replace("_id", "").replace("_", " ")


def _shown(value: Any) -> str:
    return str(value)[:40]


def _converter(kind: str, enum: type[StrEnum] | None) -> Callable[[Any, str], Any]:
    def as_int(value: Any, name: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad(f"the {_human(name)} '{_shown(value)}' is not a whole number.")
        if abs(value) > _LARGEST:
            raise _Bad(f"the {_human(name)} {value} is too large.")
        return value

    def as_bool(value: Any, name: str) -> bool:
        if not isinstance(value, bool):
            raise _Bad(f"the {_human(name)} '{_shown(value)}' must be true or false.")
        return value

    def as_str(value: Any, name: str) -> str:
        if not isinstance(value, str):
            raise _Bad(f"the {_human(name)} '{_shown(value)}' must be text in quotes.")
        if enum is not None and value not in enum._value2member_map_:
            choices = ", ".join(member.value for member in enum)
            raise _Bad(f"the {_human(name)} '{_shown(value)}' is not one of: {choices}.")
        return value

    def as_money(value: Any, name: str) -> Money:
        if not isinstance(value, str):
            raise _Bad(
                f"the {_human(name)} {_shown(value)} must be written as text with two "
                'decimals, like "14.00" (never a bare number).'
            )
        if not _MONEY.match(value):
            raise _Bad(
                f"the {_human(name)} '{_shown(value)}' is not an amount: write it like \"14.00\"."
            )
        negative = value.startswith("-")
        pounds, pence = value.lstrip("-").split(".")
        amount = int(pounds) * 100 + int(pence)
        return Money(-amount if negative else amount)

    def as_decimal(value: Any, name: str) -> Decimal:
        if not isinstance(value, str) or not _DECIMAL.match(value):
            raise _Bad(
                f"the {_human(name)} '{_shown(value)}' must be a number written as text, "
                'like "12.5".'
            )
        try:
            return Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern already excludes these
            raise _Bad(f"the {_human(name)} '{_shown(value)}' is not a number.") from None

    def as_date(value: Any, name: str) -> date:
        if isinstance(value, str) and _DATE.match(value):
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                parsed = None
            if parsed is not None:
                if not 1950 <= parsed.year <= 2100:
                    raise _Bad(
                        f"the {_human(name)} {value} is outside the years 1950 to 2100: "
                        "check the year."
                    )
                return parsed
        raise _Bad(f"the {_human(name)} '{_shown(value)}' is not a date: write it like 2026-11-22.")

    def as_datetime(value: Any, name: str) -> datetime:
        if isinstance(value, str) and _DATETIME.match(value):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        raise _Bad(
            f"the {_human(name)} '{_shown(value)}' is not a date and time: write it like "
            "2026-11-22T12:00:00."
        )

    if kind in ("int", "bool", "str"):
        return {"int": as_int, "bool": as_bool, "str": as_str}[kind]
    parse = {"money": as_money, "decimal": as_decimal, "date": as_date, "datetime": as_datetime}[
        kind
    ]
    # The same text comes back thousands of times in a column (a day, a fee), and what these
    # make is immutable (Money, Decimal, date, datetime): parse each distinct text once. Only
    # accepted values are remembered, so a bad one is still refused with its own message.
    seen: dict[str, Any] = {}

    def remembered(value: Any, name: str) -> Any:
        if type(value) is not str:
            return parse(value, name)
        found = seen.get(value)
        if found is None:
            found = seen[value] = parse(value, name)
        return found

    return remembered


@dataclass
class _Plan:
    """Everything an import will write, already checked: rows per table, in insert order."""

    profile: dict[str, Any] | None = None
    settings: list[dict[str, Any]] = field(default_factory=list)
    rows: list[tuple[Table, list[dict[str, Any]]]] = field(default_factory=list)
    files: list[tuple[str, str, bytes]] = field(default_factory=list)  # sha, name, content
    counts: dict[str, int] = field(default_factory=dict)


def _records(doc: dict[str, Any], key: str) -> list[Any]:
    if key in _ADDED_LATER_SECTIONS and key not in doc:
        return []
    value = doc.get(key)
    if not isinstance(value, list):
        raise UserError(
            f"The file has no list of {key}: it is not a complete Coprod Desktop export.", key
        )
    return value


def _unique_ids(rows: list[dict[str, Any]], label: str) -> set[int]:
    seen: set[int] = set()
    for row in rows:
        if row["id"] in seen:
            raise UserError(f"{label} {row['id']}: the id is used twice in the file.", "id")
        seen.add(row["id"])
    return seen


def _link(
    value: int | None, ids: set[int], who: str, field_name: str, what: str, *, required: bool
) -> None:
    if value is None:
        if required:
            raise UserError(f"{who}: the {what} is missing.", field_name)
        return
    if value not in ids:
        raise UserError(
            f"{who}: it points to {what} {value}, which is not in the file.", field_name
        )


def check_document(doc: Any) -> _Plan:
    """Check a parsed document completely and turn it into rows; raises UserError."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise UserError(
            "The file is not a Coprod Desktop export (its format is not 'coprod-desktop'): "
            "choose a file made with 'coprod export json'.",
            "format",
        )
    version = doc.get("version")
    if isinstance(version, bool) or version != FORMAT_VERSION:
        raise UserError(
            f"The file's format version '{_shown(version)}' is not one this version reads "
            f"(it reads version {FORMAT_VERSION}): install the newer Coprod Desktop that made it.",
            "version",
        )
    schema = doc.get("exported_schema")
    if schema not in KNOWN_REVISIONS:
        raise UserError(
            f"The file was exported from data schema '{_shown(schema)}', which this version "
            "does not know: install the newer Coprod Desktop that made it.",
            "exported_schema",
        )
    expected = {"format", "version", "exported_schema", "profile", "settings"}
    expected |= {top.key for top in _TABLES}
    unknown = sorted(set(doc) - expected)
    if unknown:
        raise UserError(
            f"The file has a section '{_shown(unknown[0])}' this version does not know: install "
            "the newer Coprod Desktop that made it.",
            unknown[0],
        )
    missing = sorted(expected - set(doc) - _ADDED_LATER_SECTIONS)
    if missing:
        raise UserError(
            f"The file has no '{missing[0]}' section: it is not a complete export.", missing[0]
        )

    checker = _Checker()
    plan = _Plan()

    # Profile and settings
    if doc["profile"] is not None:
        plan.profile = checker.record(doc["profile"], _table(m.ProfileRow), "The profile")
        if plan.profile["id"] != 1:
            raise UserError("The profile: its id must be 1.", "id")
    settings = doc["settings"]
    if not isinstance(settings, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in settings.items()
    ):
        raise UserError("The settings must be pairs of names and text.", "settings")
    plan.settings = [{"key": k, "value": v} for k, v in sorted(settings.items())]

    ids: dict[str, set[int]] = {}
    by_key: dict[str, list[dict[str, Any]]] = {}
    child_rows: dict[str, list[dict[str, Any]]] = {}
    receipts: list[dict[str, Any]] = []
    receipt_shas: list[tuple[str, list[Any]]] = []

    for top in _TABLES:
        table = _table(top.model)
        extra = tuple(c.key for c in top.children)
        if top.model is m.AttachmentRow:
            extra += ("content_base64",)
        if top.model is m.ExpenseRow:
            extra += (_EXPENSE_RECEIPTS_KEY,)
        rows: list[dict[str, Any]] = []
        for rec in _records(doc, top.key):
            ident = rec.get("id") if isinstance(rec, dict) else None
            who = f"{top.label} {ident}" if isinstance(ident, int) else f"A record in {top.key}"
            row = checker.record(rec, table, who, extra=extra)
            for child in top.children:
                nested = rec.get(child.key)
                if nested is None and child.key in _ADDED_LATER_LISTS and child.key not in rec:
                    nested = []
                if not isinstance(nested, list):
                    raise UserError(f"{who}: the list of {child.key} is missing.", child.key)
                bucket = child_rows.setdefault(child.key, [])
                for sub in nested:
                    sub_id = sub.get("id") if isinstance(sub, dict) else None
                    sub_who = f"{who}, {child.label} {sub_id}"
                    sub_row = checker.record(
                        sub, _table(child.model), sub_who, skip=child.parent_column
                    )
                    sub_row[child.parent_column] = row["id"]
                    bucket.append(sub_row)
            if top.model is m.AttachmentRow:
                plan.files.append(_check_file(rec, row, who))
            if top.model is m.ExpenseRow:
                shas = rec.get(_EXPENSE_RECEIPTS_KEY)
                if not isinstance(shas, list):
                    raise UserError(f"{who}: the list of receipts is missing.", "receipts")
                receipt_shas.append((who, shas))
                for position, sha in enumerate(shas):
                    receipts.append({"expense_id": row["id"], "sha": sha, "position": position})
            rows.append(row)
        by_key[top.key] = rows
        ids[top.key] = _unique_ids(rows, top.label)
    for child_key, label in (
        ("terms", "Terms"),
        ("lines", "Claim line"),
        ("history", "Claim status change"),
        ("allocations", "Allocation"),
    ):
        _unique_ids(child_rows.get(child_key, []), label)

    # Links between records: each one must point at a record in the file.
    att, org = ids["attachments"], ids["organisations"]
    agr, act, exp = ids["agreements"], ids["activities"], ids["expenses"]
    clm = ids["claims"]
    sha_to_id = {row["sha256"]: row["id"] for row in by_key["attachments"]}
    if len(sha_to_id) != len(by_key["attachments"]):
        raise UserError("Two attachments in the file have the same content.", "sha256")
    if plan.profile is not None:
        _link(
            plan.profile["signature_attachment_id"],
            att,
            "The profile",
            "signature_attachment_id",
            "attachment",
            required=False,
        )
    for row in by_key["agreements"]:
        who = f"Agreement {row['id']}"
        _link(row["organisation_id"], org, who, "organisation_id", "organisation", required=True)
        _link(
            row["document_attachment_id"],
            att,
            who,
            "document_attachment_id",
            "attachment",
            required=False,
        )
    agreement_org = {row["id"]: row["organisation_id"] for row in by_key["agreements"]}
    for row in by_key["activities"]:
        who = f"Activity {row['id']}"
        _link(row["organisation_id"], org, who, "organisation_id", "organisation", required=True)
        _link(row["agreement_id"], agr, who, "agreement_id", "agreement", required=False)
        if (
            row["agreement_id"] is not None
            and agreement_org[row["agreement_id"]] != row["organisation_id"]
        ):
            raise UserError(
                f"{who}: its agreement {row['agreement_id']} belongs to another organisation.",
                "agreement_id",
            )
    for row in by_key["expenses"]:
        who = f"Expense {row['id']}"
        _link(row["organisation_id"], org, who, "organisation_id", "organisation", required=True)
        _link(row["activity_id"], act, who, "activity_id", "activity", required=False)
    for who, shas in receipt_shas:
        if len(set(map(str, shas))) != len(shas):
            raise UserError(f"{who}: the same receipt is listed twice.", "receipts")
        for sha in shas:
            if not isinstance(sha, str) or sha not in sha_to_id:
                raise UserError(
                    f"{who}: the receipt '{_shown(sha)}' is not among the file's attachments.",
                    "receipts",
                )
    for r in receipts:
        r["attachment_id"] = sha_to_id[r.pop("sha")]
    claim_status = {row["id"]: row["status"] for row in by_key["claims"]}
    for row in by_key["claims"]:
        who = f"Claim {row['id']}"
        _link(row["organisation_id"], org, who, "organisation_id", "organisation", required=True)
        _link(row["pdf_attachment_id"], att, who, "pdf_attachment_id", "attachment", required=False)
    numbers = [row["number"] for row in by_key["claims"]]
    if len(set(numbers)) != len(numbers):
        raise UserError("Two claims in the file have the same claim number.", "number")
    codes = [row["code"] for row in by_key["organisations"]]
    if len(set(codes)) != len(codes):
        raise UserError("Two organisations in the file have the same code.", "code")
    live_acts: dict[int, int] = {}
    live_exps: dict[int, int] = {}
    for row in child_rows.get("lines", []):
        who = f"Claim {row['claim_id']}, line {row['id']}"
        _link(row["activity_id"], act, who, "activity_id", "activity", required=False)
        _link(row["expense_id"], exp, who, "expense_id", "expense", required=False)
        void = claim_status[row["claim_id"]] == kinds.ClaimStatus.VOID.value
        if row["live"] not in ((None,) if void else (1,)):
            state = "null for a void claim" if void else "1 for a claim that is not void"
            raise UserError(f"{who}: 'live' must be {state}.", "live")
        for key, seen in (("activity_id", live_acts), ("expense_id", live_exps)):
            target = row[key]
            if row["live"] == 1 and target is not None:
                if target in seen:
                    raise UserError(
                        f"{who}: {key.split('_')[0]} {target} is also in claim {seen[target]}, "
                        "and something can be in only one claim that is not void.",
                        key,
                    )
                seen[target] = row["claim_id"]
    for row in by_key["payments"]:
        who = f"Payment {row['id']}"
        _link(row["organisation_id"], org, who, "organisation_id", "organisation", required=False)
    for row in child_rows.get("allocations", []):
        who = f"Payment {row['payment_id']}, allocation {row['id']}"
        _link(row["claim_id"], clm, who, "claim_id", "claim", required=True)
    for row in by_key["training"]:
        who = f"Training record {row['id']}"
        _link(
            row["certificate_attachment_id"],
            att,
            who,
            "certificate_attachment_id",
            "attachment",
            required=False,
        )
    for row in by_key["feedback"]:
        who = f"Feedback {row['id']}"
        _link(row["organisation_id"], org, who, "organisation_id", "organisation", required=False)
        _link(row["activity_id"], act, who, "activity_id", "activity", required=False)

    # Insert order: parents before children.
    for top in _TABLES:
        plan.rows.append((_table(top.model), by_key[top.key]))
        plan.counts[top.key] = len(by_key[top.key])
        for child in top.children:
            found = child_rows.get(child.key, [])
            plan.rows.append((_table(child.model), found))
            plan.counts[child.key] = len(found)
        if top.model is m.ExpenseRow:
            plan.rows.append((_table(m.ExpenseReceiptRow), receipts))
            plan.counts["receipts"] = len(receipts)
    # The same rules a form applies, record by record (issue 17: nothing that could not be typed).
    from coprod_desktop.core.io.import_rules import check_rows

    for table, table_rows in plan.rows:
        check_rows(table.name, table_rows)
    if plan.profile is not None:
        check_rows("profile", [plan.profile])
    check_rows("settings", plan.settings)
    # The profile may name a signature attachment, so it goes in after the attachments.
    return plan


def _check_file(rec: dict[str, Any], row: dict[str, Any], who: str) -> tuple[str, str, bytes]:
    encoded = rec.get("content_base64")
    if not isinstance(encoded, str):
        raise UserError(f"{who}: the file content is missing.", "content_base64")
    try:
        content = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise UserError(f"{who}: the file content is not valid base64.", "content_base64") from None
    if not _SHA.match(row["sha256"]):
        raise UserError(f"{who}: the sha256 is not a SHA-256 digest.", "sha256")
    if hashlib.sha256(content).hexdigest() != row["sha256"]:
        raise UserError(
            f"{who}: the file content does not match its sha256: the export is damaged.",
            "content_base64",
        )
    if len(content) != row["size"]:
        raise UserError(f"{who}: the size does not match the file content.", "size")
    if sniff_media_type(content) != row["media_type"]:
        raise UserError(f"{who}: the media type does not match the file content.", "media_type")
    return row["sha256"], row["original_name"], content


# -- import -----------------------------------------------------------------------------------

# Tables whose rows mean the folder is in use. The profile and settings do not count: a member
# who ran `coprod init` first can still import, and the file's profile replaces the blank one.
_IN_USE = (
    m.OrganisationRow,
    m.AgreementRow,
    m.ActivityRow,
    m.ExpenseRow,
    m.ClaimRow,
    m.PaymentRow,
    m.TrainingRow,
    m.FeedbackRow,
    m.AttachmentRow,
)


def _in_use(s: Session) -> bool:
    return any(s.scalar(select(func.count()).select_from(model)) for model in _IN_USE)


_NOT_EMPTY = (
    "The data folder already has records: import into a new folder with --data-dir, or "
    "choose an empty data folder, so nothing you have is overwritten."
)


def _insert_many(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert checked rows (every column given) with one `executemany` at the driver.

    `session.execute(insert(table), rows)` spends two thirds of its time in SQLAlchemy's
    per-row parameter handling; here each value goes through its column type's own bind
    processor (the same conversion SQLAlchemy makes: Money to pence, a date to its stored
    text...), so what is stored is unchanged, in about half the time.
    """
    if not rows:
        return
    conn = s.connection()
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=[c.key for c in table.columns])
    order = list(compiled.positiontup or ())
    convert = [
        (i, process)
        for i, name in enumerate(order)
        if (process := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    # Column by column: the driver's order of values, then only the columns that need it
    # converted, then back to one tuple per row (the transposes run in C).
    columns: list[Any] = list(zip(*map(itemgetter(*order), rows), strict=True))
    for i, process in convert:
        columns[i] = [None if value is None else process(value) for value in columns[i]]
    conn.exec_driver_sql(compiled.string, list(zip(*columns, strict=True)))


def import_json(services: Services, data: bytes) -> ImportResult:
    """Import a whole export into an EMPTY data folder, all or nothing."""
    with _cycle_collector_paused():
        return _import_json(services, data)


def _import_json(services: Services, data: bytes) -> ImportResult:
    with services.db.read() as s:
        if _in_use(s):
            raise UserError(_NOT_EMPTY, "data_dir")
    plan = check_document(parse(data))

    store = services.ctx.store
    added: list[Path] = []
    new_folders: list[Path] = []
    try:
        targets = (store.path_for(sha) for sha, _, _ in plan.files)
        added = [path for path in targets if not path.exists()]
        new_folders = sorted({path.parent for path in added if not path.parent.exists()})
        # Checks every content is a real PNG/JPEG/PDF, then writes the new files, all on disk
        # before the rows naming them are committed (one wait for the disk, not one per file).
        stored = store.put_many((content, name) for _, name, content in plan.files)
        for (sha, name, _), put in zip(plan.files, stored, strict=True):
            if put.sha256 != sha:  # pragma: no cover - checked above; a belt to the braces
                raise UserError(f"The attachment '{name}' does not match its sha256.", "sha256")
        with services.db.write() as s:
            if _in_use(s):  # another window may have added records since the first look
                raise UserError(_NOT_EMPTY, "data_dir")
            s.execute(m.SettingRow.__table__.delete())
            s.execute(m.ProfileRow.__table__.delete())
            for table, rows in plan.rows:
                _insert_many(s, table, rows)
                if table.name == "attachments":
                    if plan.profile is not None:
                        _insert_many(s, _table(m.ProfileRow), [plan.profile])
                    _insert_many(s, _table(m.SettingRow), plan.settings)
    except BaseException:
        # Files this import added and no row names: take them back out of the store, and the
        # folders it made for them.
        for path in added:
            with contextlib.suppress(OSError):
                path.unlink()
        for folder in new_folders:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty: never a file someone else put there
        raise
    services.ctx.forget_pack()
    counts = dict(plan.counts)
    counts["profile"] = 1 if plan.profile is not None else 0
    counts["settings"] = len(plan.settings)
    return ImportResult(counts)


def import_json_file(services: Services, path: str | Path) -> ImportResult:
    """Read a file and import it; an unreadable file is a plain UserError. Only an ordinary
    file is read (a pipe or a device never hangs or fills memory), up to `MAX_FILE_BYTES`."""
    from coprod_desktop.core.io.bounded_read import read_regular_file

    return import_json(services, read_regular_file(path, "file", MAX_FILE_BYTES, "export"))


# A whole copy with 15 years of receipts is a few hundred megabytes; more is not one.
MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024


__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportResult",
    "check_document",
    "export_document",
    "export_json",
    "export_json_file",
    "import_json",
    "import_json_file",
]
