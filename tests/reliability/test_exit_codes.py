"""Issue 17, finding 6: exit 1 only when nothing changed.

A record saved whose id cannot be printed (stdout on a full device, a reader that has gone)
exits 3, documented, with the id on stderr; a read whose output is lost exits 1 and changed
nothing.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.reliability.helpers import child_env, coprod, coprod_here

ADD = ("activity", "add", "--org", "RIV", "--date", "2026-11-01", "--title", "Panel")


def rows(data: Path) -> list[tuple[int, str]]:
    with closing(sqlite3.connect(data / "coprod.sqlite3")) as conn:
        return conn.execute("SELECT id, title FROM activities ORDER BY id").fetchall()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert coprod_here(folder, "org", "add", "--name", "R", "--code", "RIV")[0] == 0
    return folder


def run_into(data: Path, stdout: object, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop.cli", "--data-dir", str(data), *args],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(COPROD_TODAY="2026-11-22"),
        timeout=120,
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_saved_but_id_not_printed_exits_3_with_the_id_on_stderr(data: Path) -> None:
    with open("/dev/full", "w") as full:
        done = run_into(data, full, *ADD)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert rows(data) == [(1, "Panel")]
    assert done.stderr.strip() == (
        "coprod: Saved, but its output could not be written (No space left on device); it was: 1"
    )


def test_saved_but_the_reader_has_gone_exits_3(data: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # nobody will read what it prints
    with os.fdopen(write, "w") as closed:
        done = run_into(data, closed, *ADD)
    assert done.returncode == 3, done.stderr
    assert "it was: 1" in done.stderr and "Traceback" not in done.stderr
    assert rows(data) == [(1, "Panel")]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_read_whose_output_is_lost_exits_1_and_changes_nothing(data: Path) -> None:
    before = (data / "coprod.sqlite3").read_bytes()
    with open("/dev/full", "w") as full:
        done = run_into(data, full, "list", "orgs")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "coprod: The output could not be written (No space left on device); nothing was changed."
    )
    assert (data / "coprod.sqlite3").read_bytes() == before


def test_help_and_readme_document_exit_3(tmp_path: Path) -> None:
    shown = coprod(tmp_path / "data", "--help").stdout
    assert "3 saved, but its output (the new id) could not be written" in " ".join(shown.split())
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "`3` saved, but its output (the new id) could not be written" in " ".join(readme.split())
