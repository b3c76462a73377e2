"""Automatic backups: online while another process writes, 50/50 restores equal to their
source; retention on a fake calendar; taken only when the records changed; deleted text gone."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.io.backups import (
    BackupInfo,
    check_file,
    keep_set,
    list_backups,
    restore_files,
    take_backup,
)
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.paths import DataPaths
from tests.reliability.helpers import FULL
from tests.reliability.test_crash import ForkServer


def activity_ids(db: Path) -> list[int]:
    with closing(sqlite3.connect(db)) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM activities ORDER BY id")]


def test_50_backups_while_another_process_writes(quick_disk: Path) -> None:
    tmp_path = quick_disk
    data = tmp_path / "data"
    server = ForkServer(data)
    taken: list[tuple[Path, set[int]]] = []  # (backup, ids acknowledged before it began)
    acked: list[int] = []
    lock = threading.Lock()

    def writer() -> None:
        for line in server.lines(None):
            kind, _, rest = line.partition(" ")
            if kind == "A":
                with lock:
                    acked.append(int(rest))
            if kind in ("R", "E"):
                assert kind == "R", rest
                return

    try:
        assert server.proc.stdin is not None
        server.proc.stdin.write(b"go 1 150\n")
        server.proc.stdin.flush()
        reader = threading.Thread(target=writer)
        reader.start()
        db = data / "coprod.sqlite3"
        while not acked:
            time.sleep(0.01)
        folder = tmp_path / "backups"
        for n in range(50):
            with lock:
                before = set(acked)
            now = datetime(2026, 11, 22, 12, 0, 0) + timedelta(seconds=n)
            with closing(sqlite3.connect(db)) as source:
                info = take_backup(source, folder, "test", now)
            assert info is not None
            taken.append((info.path, before))
            # keep retention out of it: each is moved aside as soon as it is taken and checked
            info.path.rename(tmp_path / info.path.name)
            taken[-1] = (tmp_path / info.path.name, before)
        reader.join(timeout=120)
    finally:
        server.close()
    final = activity_ids(data / "coprod.sqlite3")
    assert final == sorted(acked)
    during = sum(1 for _path, before in taken if 0 < len(before) < len(final))
    checked = restored = 0
    paths = DataPaths(tmp_path / "restored")
    paths.root.mkdir()
    for path, before in taken:
        assert check_file(path) is None
        checked += 1
        in_backup = activity_ids(path)
        # a consistent snapshot: exactly a prefix of what the writer saved, with nothing
        # acknowledged before the backup began missing
        assert in_backup == final[: len(in_backup)]
        assert before <= set(in_backup)
        restore_files(paths, path, datetime(2026, 11, 23))
        sv = open_services(paths.root, FixedClock(date(2026, 11, 23)))
        try:
            got = sorted(item.activity.id for item in sv.activities.list())
        finally:
            sv.close()
        restored += got == in_backup
    print(
        f"\n50 backups while writing: {during} taken mid-write, integrity ok {checked}/50, "
        f"restored equal to source {restored}/50 (writer saved {len(final)} activities)"
    )
    assert restored == 50
    assert during >= 40


def test_retention_on_daily_starts(quick_disk: Path) -> None:
    """Start the app every day for a year (two with COPROD_RELIABILITY_FULL=1), changing
    something each day; the same backups must be kept either way."""
    first = date(2025, 1, 1) if FULL else date(2026, 1, 1)
    clock = FixedClock(first)
    sv = open_services(quick_disk / "data", clock)
    starts = 0
    try:
        org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
        day = first
        while day <= date(2026, 12, 31):
            clock.day = day
            sv.activities.create(Activity(organisation_id=org.id, date=day, title=f"{day}"))  # type: ignore[arg-type]
            assert sv.backups.back_up_if_changed("start") is not None
            if day.day == 1:  # now and then: a start with nothing changed takes no backup
                assert sv.backups.back_up_if_changed("start") is None
            day += timedelta(days=1)
            starts += 1
        kept = sorted(b.taken_at.date() for b in sv.backups.list())
    finally:
        sv.close()
    daily = [date(2026, 12, d) for d in range(25, 32)]  # the last 7 days
    weekly = [date(2026, 12, 6), date(2026, 12, 13), date(2026, 12, 20)]  # Sundays (+27th, 31st)
    monthly = [date(2026, m + 1, 1) - timedelta(days=1) for m in range(1, 12)]  # Jan–Nov ends
    expected = sorted(set(daily + weekly + monthly))
    print(f"\nretention over {starts} daily starts: kept {len(kept)} (expected {len(expected)})")
    assert kept == expected


def test_copies_before_a_migration_or_restore_are_always_kept(tmp_path: Path) -> None:
    def info(name: str, when: datetime) -> BackupInfo:
        return BackupInfo(tmp_path / name, when, 1, name.rsplit("-", 2)[0])

    start = datetime(2024, 1, 1, 9)
    backups = [
        info(f"start-{start + timedelta(days=d):%Y%m%d-%H%M%S}", start + timedelta(days=d))
        for d in range(400)
    ]
    old = info("before-migration-from-0001-20240101-080000", datetime(2024, 1, 1, 8))
    assert old.path in keep_set([*backups, old])
    assert old.path in keep_set([*backups, old], daily=1, weekly=1, monthly=1)
    newest = keep_set(backups, daily=1, weekly=0, monthly=0)
    assert newest == {backups[-1].path}


def test_deleted_text_is_gone_from_every_file(tmp_path: Path) -> None:
    canary = "Canary-Zq7-unique-title-text"
    clock = FixedClock(date(2026, 11, 21))
    sv = open_services(tmp_path / "data", clock)
    try:
        org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
        for n in range(5):
            sv.activities.create(
                Activity(organisation_id=org.id, date=date(2026, 11, 1), title=f"Keep {n}")
            )  # type: ignore[arg-type]
        doomed = sv.activities.create(
            Activity(
                organisation_id=org.id, date=date(2026, 11, 2), title=canary, impact=canary * 20
            )  # type: ignore[arg-type]
        )
        before = sv.backups.back_up_now()  # yesterday's, so retention keeps it beside today's
        clock.day = date(2026, 11, 22)
        files = [
            sv.paths.database.with_name(sv.paths.database.name + s) for s in ("", "-wal", "-shm")
        ]
        assert any(canary.encode() in p.read_bytes() for p in files if p.exists())
        sv.activities.delete(doomed.id)  # type: ignore[arg-type]
        # acknowledged: from here on, with the records still open, it is nowhere on disk
        found = [p.name for p in files if p.exists() and canary.encode() in p.read_bytes()]
        after = sv.backups.back_up_now()
        in_backup = canary.encode() in after.path.read_bytes()
    finally:
        sv.close()
    print(f"\ndeleted text: found in {found or 'no file'}; in a backup taken after: {in_backup}")
    assert found == []
    assert not in_backup
    assert canary.encode() in before.path.read_bytes()  # the earlier backup still has it
    assert [b.path for b in list_backups(tmp_path / "data" / "backups")] == [
        after.path,
        before.path,
    ]
