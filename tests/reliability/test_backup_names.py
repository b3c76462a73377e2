"""Issue 17, finding 7: backup names never collide, whatever the clock.

With the clock pinned (every backup in the same second) the fourth backup used to reuse a
number below one still there, was pruned as "older", and ended in FileNotFoundError.
"""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.core.io.backups import list_backups
from tests.reliability.helpers import coprod_here


def test_backups_in_the_same_second_each_stay_and_are_the_newest(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert coprod_here(data, "org", "add", "--name", "R", "--code", "RIV")[0] == 0
    taken = []
    for n in range(8):
        add = ("activity", "add", "--org", "RIV", "--date", "2026-11-01", "--title", f"A{n}")
        assert coprod_here(data, *add)[0] == 0
        code, out, err = coprod_here(data, "backup")
        assert code == 0, err
        path = Path(out.strip())
        assert path.is_file()
        assert path not in taken
        taken.append(path)
        assert list_backups(data / "backups")[0].path == path  # the newest is the one just taken
    assert "Traceback" not in err


def test_a_clock_set_back_never_prunes_the_copy_just_taken(tmp_path: Path) -> None:

    data = tmp_path / "data"
    assert coprod_here(data, "org", "add", "--name", "R", "--code", "RIV")[0] == 0
    assert coprod_here(data, "backup")[0] == 0  # 2026-11-22 (the pinned day)
    import sqlite3
    from contextlib import closing
    from datetime import datetime

    from coprod_desktop.core.io.backups import take_backup

    with closing(sqlite3.connect(data / "coprod.sqlite3")) as conn:
        earlier = take_backup(conn, data / "backups", "manual", datetime(2026, 11, 22, 11, 0))
    assert earlier is not None and earlier.path.is_file()
