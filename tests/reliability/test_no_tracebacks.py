"""Issue 17, finding 9: a sentence, never a traceback, for a disk that fails a read (an I/O
error injected at the reads of `backup` and `list`), a data folder that is a dangling link,
and a data folder whose parent the member cannot read. A read error that passes is never
called damage."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.reliability.helpers import FULL, child_env, coprod_here, strace_works
from tests.reliability.test_disk_and_permissions import as_reader

STRACE = shutil.which("strace")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("reads") / "data"
    for args in (
        ("org", "add", "--name", "Riverside Trust", "--code", "RIV"),
        ("activity", "add", "--org", "RIV", "--date", "2026-11-01", "--title", "Panel"),
    ):
        assert coprod_here(data, *args)[0] == 0
    return data


@pytest.mark.skipif(
    not strace_works(STRACE), reason="strace is not installed or may not trace here (ptrace)"
)
@pytest.mark.parametrize("args", [("backup",), ("list", "activities")])
def test_read_errors_are_sentences_and_never_called_damage(
    records: Path, args: tuple[str, ...]
) -> None:
    # only the reads of the records file and its log (-P): not the loader's own reads
    db = records / "coprod.sqlite3"
    points = range(1, 41) if FULL else (1, 3, 6, 10, 15)
    said = set()
    for n in points:
        done = subprocess.run(
            [STRACE, "-f", "-qq", "-o", "/dev/null", "-e", "trace=pread64", "-P", str(db),
             "-P", f"{db}-wal",
             "-e", f"inject=pread64:error=EIO:when={n}",
             sys.executable, "-m", "coprod_desktop.cli", "--data-dir", str(records), *args],
            capture_output=True, text=True, env=child_env(COPROD_TODAY="2026-11-22"), timeout=120,
        )  # fmt: skip
        where = f"{args} with EIO at read {n}: {done.stderr!r}"
        assert "Traceback" not in done.stderr, where
        assert done.returncode in (0, 1), where
        assert "damaged" not in done.stderr, where  # the file is whole: the disk failed
        if done.returncode:
            said.add(done.stderr.strip())
    print(f"\nread errors in {args}: {len(list(points))} injected, sentences {sorted(said)}")
    assert coprod_here(records, "list", "activities")[0] == 0


def test_a_dangling_link_as_the_data_folder(tmp_path: Path) -> None:
    link = tmp_path / "data"
    link.symlink_to(tmp_path / "unplugged-drive" / "coprod")
    for args in (("list", "orgs"), ("org", "add", "--name", "R", "--code", "RIV")):
        code, _out, err = coprod_here(link, *args)
        assert code == 1 and "Traceback" not in err
        assert "is a link to" in err and "which does not exist" in err
    assert not (tmp_path / "unplugged-drive").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root to drop to nobody")
def test_a_parent_folder_the_member_cannot_read() -> None:
    base = Path(tempfile.mkdtemp(prefix="coprod-locked-", dir="/tmp"))
    try:
        (base / "inner").mkdir()
        python, env, drop = as_reader(base / "inner")
        if drop is None and os.geteuid() == 0:
            os.chown(base, 65534, 65534)  # root without its powers is not this folder's owner
        os.chmod(base, 0o700)  # its owner's alone: the reader cannot pass through it
        done = subprocess.run(
            [*python, "-m", "coprod_desktop.cli", "--data-dir", str(base / "inner" / "data"),
             "list", "orgs"],
            capture_output=True, text=True, env=env, preexec_fn=drop, timeout=120,  # type: ignore[arg-type]
        )  # fmt: skip
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert done.stderr.startswith("coprod: ") and done.stderr.count("\n") == 1
    finally:
        shutil.rmtree(base)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root to drop to nobody")
def test_a_records_file_the_member_cannot_read_is_not_called_damaged() -> None:
    base = Path(tempfile.mkdtemp(prefix="coprod-unreadable-", dir="/tmp"))
    try:
        data = base / "data"
        assert coprod_here(data, "org", "add", "--name", "R", "--code", "RIV")[0] == 0
        os.chmod(base, 0o755)
        os.chmod(data, 0o777)  # the folder may be used; the file is not theirs to read
        os.chmod(data / "coprod.sqlite3", 0o000)
        python, env, drop = as_reader(data)
        done = subprocess.run(
            [*python, "-m", "coprod_desktop.cli", "--data-dir", str(data), "list", "orgs"],
            capture_output=True, text=True, env=env, preexec_fn=drop, timeout=120,  # type: ignore[arg-type]
        )  # fmt: skip
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "damaged" not in done.stderr and "restore" not in done.stderr, done.stderr
        assert "cannot be read by you" in done.stderr or "read-only" in done.stderr, done.stderr
    finally:
        shutil.rmtree(base)
