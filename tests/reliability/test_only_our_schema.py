"""Issue 17, finding 2: a crafted backup cannot plant a trigger (or view, index, column).

A restore compares the whole schema of the backup (tables, columns, indexes, triggers, views,
the SQL of each) with what this version's migrations make for that revision, and refuses any
difference with one sentence, changing nothing.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from coprod_desktop.core.db import schema_check
from coprod_desktop.core.db.migrate import KNOWN_REVISIONS, upgrade
from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.reliability.helpers import ROOT, coprod_here, hash_tree

CLOCK = FixedClock(date(2026, 11, 22))

PLANTS = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON activities BEGIN "
    "DELETE FROM activities WHERE id <> NEW.id; END",
    "view": "CREATE VIEW everything AS SELECT * FROM activities",
    "index": "CREATE INDEX ix_spy ON activities (title)",
    "column": "ALTER TABLE activities ADD COLUMN payload TEXT",
    "table": "CREATE TABLE extra (x TEXT)",
    "changed index": "DROP INDEX ix_activities_date",
}


@pytest.fixture
def folder_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    sv = open_services(data, CLOCK)
    org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    for n in range(3):
        sv.activities.create(
            Activity(organisation_id=org.id, date=date(2026, 11, 1), title=f"A{n}")  # type: ignore[arg-type]
        )
    backup = sv.backups.back_up_now("manual").path
    sv.close()
    return data, backup


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_a_crafted_backup_is_refused_and_changes_nothing(
    folder_and_backup: tuple[Path, Path], tmp_path: Path, plant: str
) -> None:
    data, backup = folder_and_backup
    crafted = tmp_path / "crafted.sqlite3"
    shutil.copyfile(backup, crafted)
    with closing(sqlite3.connect(crafted)) as conn:
        if plant == "changed index":
            conn.execute("DROP INDEX IF EXISTS ix_activities_date")
            conn.execute("CREATE INDEX ix_activities_date ON activities (title)")
        else:
            conn.execute(PLANTS[plant])
        conn.commit()
    before = hash_tree(data)
    code, _out, err = coprod_here(data, "restore", str(crafted))
    assert code == 1, err
    assert "Traceback" not in err
    assert "cannot be restored: its structure is not Coprod Desktop's own" in err
    assert err.count("\n") == 1  # one sentence, one line
    assert hash_tree(data) == before
    # the next save keeps every other record (no trigger came in)
    code, _out, err = coprod_here(
        data, "activity", "add", "--org", "RIV", "--date", "2026-11-02", "--title", "next"
    )
    assert code == 0, err
    sv = open_services(data, CLOCK)
    try:
        assert len(sv.activities.list()) == 4
    finally:
        sv.close()


def test_the_app_s_own_backups_and_older_files_pass(folder_and_backup: tuple[Path, Path]) -> None:
    _data, backup = folder_and_backup
    with closing(sqlite3.connect(backup)) as conn:
        assert schema_check.check_schema(conn, "0002") is None
    fixture = ROOT / "tests" / "fixtures" / "schemas" / "v0001.sqlite3"
    with closing(sqlite3.connect(fixture)) as conn:
        assert schema_check.check_schema(conn, "0001") is None
    with closing(sqlite3.connect(fixture)) as conn:
        assert schema_check.check_schema(conn, "0002") == "no column 'activities.attended_as'"


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_stored_references_equal_a_fresh_migration(revision: str) -> None:
    """The stored reference has not drifted from what the migrations make (rebuilt twice:
    Alembic's batch mode orders constraints differently from run to run)."""
    for _ in range(2):
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "fresh.sqlite3"
            engine = create_engine(f"sqlite:///{db}")
            upgrade(engine, revision)
            engine.dispose()
            with closing(sqlite3.connect(db)) as conn:
                assert schema_check.schema_of(conn) == schema_check.reference(revision)


def test_a_planted_trigger_in_the_records_file_itself_is_not_opened(
    folder_and_backup: tuple[Path, Path],
) -> None:
    """A data folder copied from elsewhere (or a file another program changed) is checked the
    same way when it is opened: the trigger never runs, the member is offered the backup."""
    data, backup = folder_and_backup
    db = data / "coprod.sqlite3"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(PLANTS["trigger"])
        conn.commit()
    before = db.read_bytes()
    code, _out, err = coprod_here(
        data, "activity", "add", "--org", "RIV", "--date", "2026-11-02", "--title", "next"
    )
    assert code == 1 and "Traceback" not in err
    assert "an extra trigger 'wipe', which Coprod Desktop never makes" in err
    assert f'restore "{backup}"' in err
    assert db.read_bytes() == before
    assert count_activities(db) == 3
    code, _out, err = coprod_here(data, "restore", str(backup))
    assert code == 0, err
    assert coprod_here(data, "list", "activities")[0] == 0


def count_activities(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT count(*) FROM activities").fetchone()[0]
