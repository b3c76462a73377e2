"""The database file: safety pragmas, private permissions, migrations from every past schema."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.core.db.migrate import SCHEMA_HEAD, alembic_head, current_revision
from coprod_desktop.core.domain.errors import StorageError
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schemas"


def test_pragmas_protect_acknowledged_writes(services: Services) -> None:
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_and_files_are_private(services: Services) -> None:
    root = services.paths.root
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE(services.paths.database.stat().st_mode) == 0o600


def test_schema_head_constant_matches_alembic() -> None:
    assert alembic_head() == SCHEMA_HEAD


def test_every_stored_schema_opens_and_migrates(tmp_path: Path) -> None:
    stored = sorted(FIXTURES.glob("v*.sqlite3"))
    assert stored, "a stored database of every past schema version belongs in tests/fixtures"
    for path in stored:
        folder = tmp_path / path.stem
        folder.mkdir()
        shutil.copy(path, folder / "coprod.sqlite3")
        sv = open_services(folder, FixedClock(date(2026, 11, 22)))
        try:
            assert current_revision(folder / "coprod.sqlite3") == SCHEMA_HEAD
            orgs = sv.organisations.list()
            assert [o.code for o in orgs] == ["FIX"]
            assert len(sv.activities.list()) == 1
            assert sv.claims.list()[0].claim.total.pence == 5000
        finally:
            sv.close()


def test_file_that_is_not_a_database_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "coprod.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    before = db.read_bytes()
    with pytest.raises(StorageError) as err:
        open_services(folder, FixedClock(date(2026, 11, 22)))
    assert "backup" in err.value.message
    assert db.read_bytes() == before


def test_newer_schema_is_refused_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    sv = open_services(folder, FixedClock(date(2026, 11, 22)))
    sv.close()
    db = folder / "coprod.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StorageError) as err:
        open_services(folder, FixedClock(date(2026, 11, 22)))
    assert "newer version" in err.value.message
    assert db.read_bytes() == before


def _schema(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Each table's columns (name, type, not-null, default) and its indexes, as SQLite has them."""
    with sqlite3.connect(database) as conn:
        tables = [
            t
            for (t,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'alembic%'"
            )
        ]
        found: dict[str, list[tuple[object, ...]]] = {}
        for table in tables:
            cols = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            found[table] = sorted((c[1], c[2].upper(), c[3], c[5]) for c in cols)
            found[table + " indexes"] = sorted(
                (row[1], row[2]) for row in conn.execute(f'PRAGMA index_list("{table}")')
            )
    return found


def test_migrated_schema_has_every_column_a_new_file_has(tmp_path: Path) -> None:
    # A file migrated from the oldest schema must hold what a new file holds: every table,
    # column and index of the models, so no feature works on new records only.
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(FIXTURES / "v0001.sqlite3", old / "coprod.sqlite3")
    open_services(old, FixedClock(date(2026, 11, 22))).close()
    new = tmp_path / "new"
    open_services(new, FixedClock(date(2026, 11, 22))).close()
    migrated, fresh = _schema(old / "coprod.sqlite3"), _schema(new / "coprod.sqlite3")
    assert set(migrated) == set(fresh)
    for table, columns in fresh.items():
        if table.endswith(" indexes"):
            assert [n for n, _ in migrated[table]] == [n for n, _ in columns], table
        else:
            assert [c[:3] for c in migrated[table]] == [c[:3] for c in columns], table
