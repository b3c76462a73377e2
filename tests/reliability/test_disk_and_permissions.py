"""A full disk during a save, and a read-only data folder: a plain message, nothing changed.

The full disk is made with RLIMIT_FSIZE in a child process (no file may grow past the limit,
which is what a full disk looks like to SQLite); the read-only folder is used by the `nobody`
user when the tests run as root (root ignores permissions; where `nobody` cannot reach the code,
by root with every capability dropped), else by this user after chmod.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.reliability.helpers import ROOT, child_env, hash_tree

pytestmark = pytest.mark.skipif(os.name != "posix", reason="resource limits and uids are POSIX")

DISK_FULL = """
import resource, signal, sqlite3, sys
from datetime import date
from coprod_desktop.core.domain.errors import StorageError
from coprod_desktop.core.domain.records import Activity
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock

def rows():
    conn = sqlite3.connect(sys.argv[1] + "/coprod.sqlite3")
    try:
        return conn.execute("SELECT COUNT(*) FROM activities").fetchone()[0]
    finally:
        conn.close()

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
sv = open_services(sys.argv[1], FixedClock(date(2026, 11, 22)))
org = sv.organisations.list()[0]
big = Activity(
    organisation_id=org.id, date=date(2026, 11, 2), title="Long notes", impact="w" * 400_000
)
before = rows()
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, hard))
try:
    sv.activities.create(big)
    print("SAVED-WHILE-FULL")
except StorageError as exc:
    print("MESSAGE", exc.message)
print("ROWS", before, rows())
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space is back
sv.activities.create(big)
print("ROWS-AFTER", rows())
sv.close()
"""


def test_disk_full_during_a_save(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sv = open_services(data, FixedClock(date(2026, 11, 22)))
    org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    sv.activities.create(Activity(organisation_id=org.id, date=date(2026, 11, 1), title="Panel"))  # type: ignore[arg-type]
    sv.close()
    result = subprocess.run(
        [sys.executable, "-c", DISK_FULL, str(data)],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    print(f"\ndisk full: {lines}")
    assert lines["MESSAGE"].startswith("Not saved: the disk")
    before, after = lines["ROWS"].split()
    assert before == after == "1"
    assert lines["ROWS-AFTER"] == "2"
    assert "Traceback" not in result.stderr


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs of our own: a disk that really fills up (needs root to mount)."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here ({done.stderr!r}); the RLIMIT test covers it")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_really_full_disk_during_a_save(small_disk: Path) -> None:
    from coprod_desktop.core.domain.errors import StorageError

    data = small_disk / "data"
    sv = open_services(data, FixedClock(date(2026, 11, 22)))
    try:
        org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
        sv.activities.create(
            Activity(organisation_id=org.id, date=date(2026, 11, 1), title="Panel")  # type: ignore[arg-type]
        )
        filler = small_disk / "filler"
        free = shutil.disk_usage(small_disk).free
        filler.write_bytes(b"\0" * (free - 48 * 1024))
        big = Activity(
            organisation_id=org.id,  # type: ignore[arg-type]
            date=date(2026, 11, 2),
            title="Long notes",
            impact="w" * 400_000,
        )
        before = len(sv.activities.list())
        with pytest.raises(StorageError) as err:
            sv.activities.create(big)
        after = len(sv.activities.list())
        filler.unlink()  # space is back
        sv.activities.create(big)
        again = len(sv.activities.list())
    finally:
        sv.close()
    print(f"\nreal full disk (tmpfs): message {err.value.message!r}; rows {before} -> {after}")
    assert err.value.message.startswith("Not saved: the disk is full.")
    assert before == after == 1
    assert again == 2


def as_reader(data: Path) -> tuple[list[str], dict[str, str], object]:
    """How to run the command as someone who cannot write the folder: (command, env, preexec).

    Not root: this user, after the chmod. Root ignores permissions, so: the `nobody` user when
    it can run this Python and reach the code; when it cannot (a checkout under /root, which
    only root may enter), root itself with every capability dropped (`setpriv`) and the folder
    given to `nobody`, so the kernel refuses the writes exactly as it would another user's.
    """
    env = child_env(COPROD_TODAY="2026-11-22", HOME="/nonexistent")
    if os.geteuid() != 0:
        return [sys.executable], env, None
    python = Path(sys.executable).resolve()
    # `nobody` cannot run an interpreter kept under /root: use the system Python of the same
    # version with this environment's packages on the path.
    system = Path(f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}")
    nobody_env = dict(env)
    if str(python).startswith("/root") and system.exists():
        site = [p for p in sys.path if p.endswith("site-packages") and ".venv" in p]
        nobody_env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *site])
        python = system

    def drop() -> None:
        os.setgid(65534)
        os.setgroups([])
        os.setuid(65534)

    probe = subprocess.run(
        [str(python), "-c", "import coprod_desktop.cli.commands"],
        capture_output=True,
        env=nobody_env,
        cwd="/",
        preexec_fn=drop,
        timeout=120,
        check=False,
    )
    if probe.returncode == 0:
        return [str(python)], nobody_env, drop
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip(
            "running as root from a folder the nobody user cannot reach, and setpriv "
            "(util-linux) is missing to run the command without root's powers"
        )
    for path in [data, *data.rglob("*")]:
        os.chown(path, 65534, 65534, follow_symlinks=False)
    no_powers = [setpriv, "--bounding-set=-all", "--inh-caps=-all", "--no-new-privs"]
    return [*no_powers, sys.executable], env, None


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A data folder outside root's private temp area, so another user can reach it."""
    base = Path(tempfile.mkdtemp(prefix="coprod-readonly-", dir="/tmp"))
    os.chmod(base, 0o755)
    try:
        yield base / "data"
    finally:
        for path in [base, *base.rglob("*")]:
            if path.is_dir():
                os.chmod(path, 0o755)
        shutil.rmtree(base)


def test_read_only_data_folder(shared_folder: Path) -> None:
    data = shared_folder
    sv = open_services(data, FixedClock(date(2026, 11, 22)))
    org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    sv.activities.create(Activity(organisation_id=org.id, date=date(2026, 11, 1), title="Panel"))  # type: ignore[arg-type]
    sv.backups.back_up_now()
    sv.close()
    # Readable by everyone, writable by no one but root (who is not running the command).
    for path in [data, *data.rglob("*")]:
        os.chmod(path, 0o555 if path.is_dir() else 0o444)
    before = hash_tree(data)
    python, env, drop = as_reader(data)
    outcomes = []
    for args in (
        ["activity", "add", "--org", "RIV", "--date", "2026-11-02", "--title", "New"],
        ["org", "add", "--name", "Another", "--code", "ANO"],
        ["backup"],
        ["restore", str(next((data / "backups").glob("manual-*")))],
        ["list", "activities"],
    ):
        result = subprocess.run(
            [*python, "-m", "coprod_desktop.cli", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd="/",
            preexec_fn=drop,  # type: ignore[arg-type]
            timeout=120,
        )
        outcomes.append((args[0], result.returncode, result.stderr.strip()))
        assert "Traceback" not in result.stderr, result.stderr
        if args[0] != "list":
            assert result.returncode == 1, (args, result.stdout, result.stderr)
            assert "read-only" in result.stderr or "cannot be opened" in result.stderr
            assert result.stderr.count("\n") == 1  # one sentence
    after = hash_tree(data)
    changed = [n for n in before.keys() | after.keys() if before.get(n) != after.get(n)]
    print(f"\nread-only folder: {outcomes}; files changed {len(changed)}")
    assert changed == []
    assert not stat.S_IMODE(data.stat().st_mode) & 0o222
