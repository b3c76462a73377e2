"""A records file that will not open: never deleted or overwritten; the latest backup offered."""

from __future__ import annotations

import os
import random
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.core.domain.errors import DataWillNotOpen
from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.reliability.helpers import coprod_here

CLOCK = FixedClock(date(2026, 11, 22))


def damage_header(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[:100] = random.Random(1).randbytes(100)
    db.write_bytes(bytes(data))


def truncate(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.truncate(size // 2)


def text_file(db: Path) -> None:
    db.write_text("Dear diary, today I went to the panel meeting.\n" * 50, encoding="utf-8")


def newer_schema(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


def revision(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(path)) as conn:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.DatabaseError:
        return None


@pytest.fixture
def records(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder with records and a backup, then more records after the backup."""
    data = tmp_path / "data"
    sv = open_services(data, CLOCK)
    org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    for n in range(40):  # enough pages that half the file is a real loss
        sv.activities.create(
            Activity(
                organisation_id=org.id,
                date=date(2026, 10, 1),
                title=f"Meeting {n}",
                impact="i" * 2000,
            )  # type: ignore[arg-type]
        )
    backup = sv.backups.back_up_now("exit").path
    sv.close()
    return data, backup


@pytest.mark.parametrize("damage", [damage_header, truncate, text_file])
def test_file_that_will_not_open_is_kept_and_the_latest_backup_offered(
    records: tuple[Path, Path], damage: object
) -> None:
    data, backup = records
    db = data / "coprod.sqlite3"
    damage(db)  # type: ignore[operator]
    before = db.read_bytes()
    with pytest.raises(DataWillNotOpen) as err:
        open_services(data, CLOCK)
    assert err.value.latest_backup == backup
    assert db.read_bytes() == before
    code, _out, stderr = coprod_here(data, "list", "activities")
    assert code == 1 and "Traceback" not in stderr
    assert str(backup) in stderr and f'restore "{backup}"' in stderr
    # it says what the backup lacks: its date, and that later changes are not in it
    assert "taken 2026-11-22 12:00; changes made after then are not in it" in stderr
    code, _out, stderr = coprod_here(
        data, "activity", "add", "--org", "RIV", "--date", "2026-11-01", "--title", "x"
    )
    assert code == 1 and str(backup) in stderr
    assert db.read_bytes() == before
    # The member restores the offered backup; the damaged file is kept beside the backups.
    code, _out, stderr = coprod_here(data, "restore", str(backup))
    assert code == 0, stderr
    sv = open_services(data, CLOCK)
    try:
        assert len(sv.activities.list()) == 40
    finally:
        sv.close()
    kept_copies = [p for p in (data / "backups").iterdir() if p.name.startswith("before-restore")]
    # byte for byte if SQLite could not read it; an online copy if it could (the newer schema)
    assert any(p.read_bytes() == before or revision(p) == "9999" for p in kept_copies)
    name = damage.__name__  # type: ignore[attr-defined]
    print(f"\ncorrupt file ({name}): original unchanged, latest backup offered, restored 40/40")


def test_no_backup_yet_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    text_file(data / "coprod.sqlite3")
    with pytest.raises(DataWillNotOpen) as err:
        open_services(data, CLOCK)
    assert err.value.latest_backup is None
    code, _out, stderr = coprod_here(data, "list", "activities")
    assert code == 1 and "There is no backup" in stderr
    assert os.path.getsize(data / "coprod.sqlite3") > 0


def test_newer_schema_is_not_offered_a_restore(records: tuple[Path, Path]) -> None:
    """Restoring over records saved by a newer version would lose everything since the
    backup: the member is told to install that version instead (issue 17, finding 1)."""
    data, _backup = records
    db = data / "coprod.sqlite3"
    newer_schema(db)
    before = db.read_bytes()
    with pytest.raises(DataWillNotOpen) as err:
        open_services(data, CLOCK)
    assert not err.value.damaged and err.value.latest_backup is None
    code, _out, stderr = coprod_here(data, "list", "activities")
    assert code == 1 and "newer version" in stderr and "restore" not in stderr
    assert db.read_bytes() == before
