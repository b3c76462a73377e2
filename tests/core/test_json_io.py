"""Full JSON export/import: byte-identical round trips, all-or-nothing refusals."""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.io import json_io
from coprod_desktop.core.io.json_io import export_json, import_json
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.core.services.demo import make_demo
from tests.conftest import TODAY

_TABLES = (
    m.ProfileRow,
    m.SettingRow,
    m.OrganisationRow,
    m.AttachmentRow,
    m.AgreementRow,
    m.TermsRow,
    m.ActivityRow,
    m.ExpenseRow,
    m.ExpenseReceiptRow,
    m.ClaimRow,
    m.ClaimLineRow,
    m.ClaimStatusRow,
    m.PaymentRow,
    m.AllocationRow,
    m.TrainingRow,
    m.FeedbackRow,
)


def row_counts(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in _TABLES
        }


def store_files(services: Services) -> set[Path]:
    root = services.paths.attachments
    return set(root.rglob("*")) if root.exists() else set()


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo data set (scale 1, with receipts) made once for the module's tests."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    sv = open_services(folder, FixedClock(TODAY))
    try:
        make_demo(sv, scale=1, seed=1)
    finally:
        sv.close()
    return folder


@pytest.fixture(scope="module")
def demo_export(demo_folder: Path) -> bytes:
    sv = open_services(demo_folder, FixedClock(TODAY))
    try:
        return export_json(sv)
    finally:
        sv.close()


def stored_values(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every value of every table exactly as SQLite holds it, with its storage class."""
    with contextlib.closing(sqlite3.connect(database)) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            shown = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
            found[table] = conn.execute(f'SELECT {shown} FROM "{table}" ORDER BY rowid').fetchall()
    return found


@pytest.fixture
def other(tmp_path: Path, clock: FixedClock) -> Iterator[Services]:
    sv = open_services(tmp_path / "other", clock)
    yield sv
    sv.close()


def test_round_trip_is_byte_identical(demo_export: bytes, services: Services) -> None:
    result = import_json(services, demo_export)
    assert result.counts["activities"] > 50  # a typical year of sample records
    assert result.counts["attachments"] > 10
    assert export_json(services) == demo_export


def test_import_stores_exactly_what_the_app_stores(
    demo_folder: Path, demo_export: bytes, services: Services
) -> None:
    # Rows go to the driver directly; each value must still be stored as the app stores it
    # (pence as integers, dates and times as the same text, true/false as 1/0).
    import_json(services, demo_export)
    assert stored_values(services.paths.database) == stored_values(
        demo_folder / services.paths.database.name
    )


def test_export_shape(demo_export: bytes) -> None:
    doc = json.loads(demo_export)
    assert doc["format"] == "coprod-desktop"
    assert doc["version"] == 1
    assert doc["exported_schema"] == "0002"
    for key in ("activities", "expenses", "claims", "payments", "attachments", "agreements"):
        ids = [rec["id"] for rec in doc[key]]
        assert ids == sorted(ids), key
    expense = next(e for e in doc["expenses"] if e["receipts"])
    assert all(len(sha) == 64 for sha in expense["receipts"])
    mileage = next(e for e in doc["expenses"] if e["category"] == "mileage")
    assert isinstance(mileage["miles"], str) and mileage["amount"] is None
    agreement = next(a for a in doc["agreements"] if len(a["terms"]) > 1)
    assert [t["classification"] for t in agreement["terms"]] == ["paid", "voluntary"]
    claim = next(c for c in doc["claims"] if c["lines"])
    assert all(isinstance(ln["amount"], str) and "." in ln["amount"] for ln in claim["lines"])
    payment = next(p for p in doc["payments"] if p["allocations"])
    assert isinstance(payment["allocations"][0]["fee_amount"], str)
    attachment = doc["attachments"][0]
    assert attachment["content_base64"] and attachment["media_type"] in ("image/png", "image/jpeg")


def test_import_into_non_empty_folder_is_refused(demo_export: bytes, services: Services) -> None:
    services.organisations.create(Organisation(name="Mine", code="MINE"))
    before = row_counts(services)
    files = store_files(services)
    with pytest.raises(UserError, match="already has records"):
        import_json(services, demo_export)
    assert row_counts(services) == before
    assert store_files(services) == files


def _broken(demo_export: bytes, change: Any) -> bytes:
    doc = json.loads(demo_export)
    change(doc)
    return json.dumps(doc).encode()


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(path: tuple[Any, ...]) -> Any:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set(("activities", 11, "date"), "2026-13-01"), r"Activity 12: the date '2026-13-01'"),
        (_set(("version",), 2), "format version '2'"),
        (_set(("expenses", 1, "amount"), 14.0), r"Expense 2: the amount 14.0 must be written"),
        (_delete(("activities", 0, "title")), "Activity 1: the field 'title' is missing"),
        (
            _set(("activities", 4, "organisation_id"), 99),
            "Activity 5: it points to organisation 99, which is not in the file",
        ),
        (_set(("claims", 0, "status"), "lost"), "Claim 1: the status 'lost' is not one of"),
        (
            _set(("attachments", 0, "content_base64"), "iVBORw0KGgo="),
            "Attachment 1: the file content does not match its sha256",
        ),
        (_set(("format",), "other-app"), "not a Coprod Desktop export"),
        # The fast path for plain values must refuse exactly what the converters refuse.
        (_set(("activities", 0, "prep_minutes"), 2**62 + 1), "Activity 1: the prep minutes .* too"),
        (_set(("activities", 0, "prep_minutes"), True), "prep minutes 'True' is not a whole"),
        (_set(("activities", 0, "prep_minutes"), "30"), "prep minutes '30' is not a whole"),
        (_set(("activities", 0, "remote"), 1), "Activity 1: the remote '1' must be true or false"),
        (_set(("activities", 0, "title"), 7), "Activity 1: the title '7' must be text"),
        (_set(("activities", 0, "title"), None), "Activity 1: the title is empty but must be"),
        (_set(("activities", 0, "kind"), "Meeting"), "Activity 1: the kind 'Meeting' is not one"),
        (_set(("activities", 0, "colour"), "red"), "Activity 1: the field 'colour' is not one"),
        (_set(("activities", 2, "date"), "2026-02-30"), r"Activity 3: the date '2026-02-30'"),
    ],
)
def test_malformed_documents_change_nothing(
    demo_export: bytes, services: Services, change: Any, expected: str
) -> None:
    data = _broken(demo_export, change)
    before = row_counts(services)
    files = store_files(services)
    with pytest.raises(UserError, match=expected) as caught:
        import_json(services, data)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    assert row_counts(services) == before
    assert store_files(services) == files
    assert gc.isenabled()  # paused for the import only, back on after a refusal too


def test_failure_while_writing_rows_takes_the_new_files_back(
    demo_export: bytes, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The receipts are on disk before the rows go in; a failure after that (here the claim
    # lines) rolls the rows back and removes every file this import added.
    real = json_io._insert_many

    def failing(s: Any, table: Any, rows: Any) -> None:
        if table.name == "claim_lines":
            raise StorageError("Not saved: the disk is full. Free some space and try again.")
        real(s, table, rows)

    monkeypatch.setattr(json_io, "_insert_many", failing)
    before = row_counts(services)
    files = store_files(services)
    with pytest.raises(StorageError, match="disk is full"):
        import_json(services, demo_export)
    assert row_counts(services) == before
    assert store_files(services) == files


def test_a_full_disk_while_storing_receipts_changes_nothing(
    demo_export: bytes, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = 0
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        nonlocal synced
        synced += 1
        if synced == 20:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    before = row_counts(services)
    files = store_files(services)
    with pytest.raises(StorageError, match="disk is full"):
        import_json(services, demo_export)
    assert row_counts(services) == before
    assert store_files(services) == files  # no receipt and no temporary file left behind
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert import_json(services, demo_export).counts["attachments"] > 10  # space is back


def test_layout_is_one_record_a_line_and_any_json_layout_imports(
    demo_export: bytes, services: Services
) -> None:
    lines = demo_export.decode("utf-8").splitlines()
    doc = json.loads(demo_export)
    assert lines[0] == "{" and lines[-1] == "}"
    # A section name per line, then each record of a list on its own line.
    assert len(lines) == 2 + len(doc) + sum(
        len(v) + 1 for v in doc.values() if isinstance(v, list) and v
    )
    first = doc["activities"][0]
    assert (
        lines[lines.index('"activities": [') + 1]
        == json.dumps(first, ensure_ascii=False, sort_keys=True) + ","
    )
    # Files made by earlier versions (indented) and by other tools (compact) import the same.
    indented = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode()
    import_json(services, indented)
    assert export_json(services) == demo_export


def test_failure_inside_the_transaction_leaves_nothing(
    demo_export: bytes, services: Services
) -> None:
    # Two live claims of the same expense: found by the checks before anything is written.
    doc = json.loads(demo_export)
    lines = [ln for c in doc["claims"] if c["status"] != "void" for ln in c["lines"]]
    expense_lines = [ln for ln in lines if ln["expense_id"] is not None]
    expense_lines[1]["expense_id"] = expense_lines[0]["expense_id"]
    before = row_counts(services)
    with pytest.raises(UserError, match="only one claim"):
        import_json(services, json.dumps(doc).encode())
    assert row_counts(services) == before


def test_not_json_is_a_plain_error(services: Services) -> None:
    with pytest.raises(UserError, match="not valid JSON"):
        import_json(services, b"{not json")


def test_empty_folder_exports_and_imports(services: Services, other: Services) -> None:
    data = export_json(services)
    assert import_json(other, data).total == 0
    assert export_json(other) == data


def test_an_export_of_the_first_schema_still_imports(
    demo_export: bytes, services: Services
) -> None:
    # An export made before schema 0002 has no highlight, attended-as, source kind, chasers or
    # inbox: it imports whole, with the values those stand for, and re-exports with them.
    doc = json.loads(demo_export)
    doc["exported_schema"] = "0001"
    del doc["inbox_receipts"]
    for activity in doc["activities"]:
        del activity["highlight"], activity["attended_as"]
    for agreement in doc["agreements"]:
        for terms in agreement["terms"]:
            del terms["source_kind"]
    for claim in doc["claims"]:
        del claim["chasers"]
    result = import_json(services, json.dumps(doc).encode())
    assert result.counts["activities"] == len(doc["activities"])
    again = json.loads(export_json(services))
    assert {a["attended_as"] for a in again["activities"]} == {"self"}
    assert again["claims"][0]["chasers"] == []
