"""Issue 17, finding 1: opening says what is true, and never leads to losing newer records.

Each state a records file can be in when it does not open plainly gets its own sentence, and
only a damaged file is offered a restore. The nearly-full-disk case is the real one: a save on
a small tmpfs whose checkpoint is cut short leaves the main file shorter than its header with
the log (-wal) holding the rest; the saved record must be there at the next command.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.core.db import diagnosis
from coprod_desktop.core.domain.errors import DataWillNotOpen, StorageError, UserError
from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.services import encryption, open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.reliability.helpers import coprod_here
from tests.reliability.test_encryption import CHEAP

CLOCK = FixedClock(date(2026, 11, 22))
PASS = "correct horse battery"


def count_rows(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT count(*) FROM activities").fetchone()[0]


def integrity(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.fixture
def mount_point(tmp_path: Path) -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    yield mount
    subprocess.run(["umount", str(mount)], check=False, capture_output=True)


def mount(folder: Path, size: str) -> None:
    subprocess.run(["umount", str(folder)], check=False, capture_output=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    assert done.returncode == 0, done.stderr


def short_with_log(db: Path) -> bool:
    """The shape an interrupted checkpoint leaves: shorter than the header, a log beside."""
    header = db.read_bytes()[:100]
    pages = int.from_bytes(header[28:32], "big")
    page = int.from_bytes(header[16:18], "big")
    return db.stat().st_size < pages * page and diagnosis.wal_completes(db)


def test_a_save_on_a_nearly_full_disk_never_locks_the_member_out(mount_point: Path) -> None:
    """Each run: a 120 KB impact saved with less and less room. Whatever happens, a save that
    printed its id is there at the next command, and a refused one changed nothing."""
    impact = "w" * 120_000
    outcomes = {"saved": 0, "refused": 0, "short file + log": 0}
    for spare in range(260_000, 150_000, -20_000):
        mount(mount_point, "3m")
        data = mount_point / "data"
        for args in (("init", "--name", "X"), ("org", "add", "--name", "R", "--code", "RIV")):
            assert coprod_here(data, *args)[0] == 0
        db = data / "coprod.sqlite3"
        before = count_rows(db)
        filler = mount_point / "filler"
        filler.write_bytes(b"\0" * (shutil.disk_usage(mount_point).free - spare))
        code, out, err = coprod_here(
            data, "activity", "add", "--org", "RIV", "--date", "2026-11-02", "--title", "Big",
            "--impact", impact,
        )  # fmt: skip
        assert "Traceback" not in err
        if short_with_log(db):
            outcomes["short file + log"] += 1
        # still full: the records open (the log completes the file)
        listed = coprod_here(data, "list", "activities", "--json")
        assert listed[0] == 0, listed[2]
        filler.unlink()  # space is back
        if code == 0:
            outcomes["saved"] += 1
            assert out.strip().isdigit()
            code2, shown, err2 = coprod_here(data, "activity", "show", out.strip(), "--json")
            assert code2 == 0, err2
            assert impact in shown
        else:
            outcomes["refused"] += 1
            assert code == 1 and err.startswith("coprod: Not saved: the disk is full.")
            assert count_rows(db) == before
        assert integrity(db) == "ok"
        again = coprod_here(data, "activity", "add", "--org", "RIV", "--date", "2026-11-03",
                            "--title", "Next")  # fmt: skip
        assert again[0] == 0, again[2]
    print(f"\nnearly full disk: {outcomes}; lock-outs 0")
    assert outcomes["short file + log"] >= 1  # the case of the issue was met, and opened
    assert outcomes["saved"] >= 1 and outcomes["refused"] >= 1


def test_an_import_on_a_nearly_full_disk_never_locks_the_member_out(
    mount_point: Path, tmp_path: Path
) -> None:
    """The same for `import json` (the probe's second case): all of it or none of it, and
    the records open afterwards either way."""
    source = tmp_path / "source"
    for args in (
        ("org", "add", "--name", "R", "--code", "RIV"),
        ("activity", "add", "--org", "RIV", "--date", "2026-11-02", "--title", "Big",
         "--impact", "w" * 120_000),
        ("export", "json", str(tmp_path / "export.json")),
    ):  # fmt: skip
        assert coprod_here(source, *args)[0] == 0
    outcomes = {"imported": 0, "refused": 0}
    for spare in range(300_000, 140_000, -40_000):
        mount(mount_point, "3m")
        data = mount_point / "data"
        assert coprod_here(data, "list", "orgs")[0] == 0
        filler = mount_point / "filler"
        filler.write_bytes(b"\0" * (shutil.disk_usage(mount_point).free - spare))
        code, _out, err = coprod_here(data, "import", "json", str(tmp_path / "export.json"))
        assert "Traceback" not in err and code in (0, 1), err
        assert coprod_here(data, "list", "activities")[0] == 0  # opens, still full
        filler.unlink()
        db = data / "coprod.sqlite3"
        assert integrity(db) == "ok"
        if code == 0:
            outcomes["imported"] += 1
            assert count_rows(db) == 1
        else:
            outcomes["refused"] += 1
            assert count_rows(db) == 0 and "disk" in err
        again = coprod_here(data, "import", "json", str(tmp_path / "export.json"))
        assert again[0] == (1 if code == 0 else 0), again[2]  # done once, or now done
    print(f"\nimport on a nearly full disk: {outcomes}; lock-outs 0")
    assert outcomes["imported"] >= 1 and outcomes["refused"] >= 1


def test_a_read_on_a_disk_with_no_room_says_the_disk_is_full(mount_point: Path) -> None:
    mount(mount_point, "2m")
    data = mount_point / "data"
    assert coprod_here(data, "org", "add", "--name", "R", "--code", "RIV")[0] == 0
    db = data / "coprod.sqlite3"
    before = db.read_bytes()
    filler = mount_point / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:  # every last byte
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    code, _out, err = coprod_here(data, "list", "orgs")
    print(f"\nread with 0 bytes free: exit {code}, {err.strip()!r}")
    filler.unlink()
    # reading needs room for the log's index: the disk is named, not the file
    assert code == 1 and err.strip() == f"coprod: {diagnosis.DISK_FULL}"
    assert db.read_bytes() == before
    assert coprod_here(data, "list", "orgs")[0] == 0


@pytest.fixture
def protected(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    sv = open_services(data, CLOCK)
    org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    sv.activities.create(Activity(organisation_id=org.id, date=date(2026, 11, 1), title="A"))  # type: ignore[arg-type]
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    sv.close()
    return data


def test_a_deleted_key_file_is_named_not_called_damage(
    protected: Path, cheap_kdf: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    (protected / "keyring.json").unlink()
    before = (protected / "coprod.sqlite3").read_bytes()
    with pytest.raises(StorageError) as err:
        open_services(protected, CLOCK)
    assert err.value.message == diagnosis.KEY_FILE_MISSING
    assert not isinstance(err.value, DataWillNotOpen)
    code, _out, stderr = coprod_here(protected, "list", "activities")
    assert code == 1 and "key file" in stderr and "restore" not in stderr
    assert (protected / "coprod.sqlite3").read_bytes() == before


def test_a_damaged_wrapped_key_is_not_a_wrong_passphrase(protected: Path, cheap_kdf: None) -> None:
    import json

    ring = protected / "keyring.json"
    doc = json.loads(ring.read_text())
    wrapped = doc["passphrase"]["wrapped"]
    doc["passphrase"]["wrapped"] = ("B" if wrapped[0] != "B" else "C") + wrapped[1:]
    ring.write_text(json.dumps(doc))
    with pytest.raises(UserError) as err:
        open_services(protected, CLOCK, passphrase=PASS)
    assert "key file" in err.value.message and "damaged" in err.value.message
    assert "passphrase does not" not in err.value.message


def test_a_transient_io_error_is_not_called_damage(tmp_path: Path) -> None:
    err = diagnosis.explain(tmp_path / "coprod.sqlite3", sqlite3.OperationalError("disk I/O error"))
    assert err.message == diagnosis.TRANSIENT_IO and not isinstance(err, DataWillNotOpen)
