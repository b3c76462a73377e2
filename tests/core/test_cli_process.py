"""The `coprod` program as a process: it ends at once after the command (see `cli.entry`),
so these check that nothing is lost on the way out: every byte of a large output, the exit
code, the error sentence, and the records written."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.cli import main


def coprod(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COPROD_TODAY": "2026-10-20"}
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop.cli", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_large_output_arrives_whole_and_the_records_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("COPROD_TODAY", "2026-10-20")
    assert main(["--data-dir", str(data), "init", "--name", "Sam", "--reference-rate", "20"]) == 0
    assert main(["--data-dir", str(data), "org", "add", "--name", "Riverside", "--code", "RT"]) == 0
    title = "Carers' forum " + "with a long description " * 18
    for day in range(1, 29):
        args = ["activity", "add", "--org", "RT", "--date", f"2026-02-{day:02d}", "--title", title]
        assert main(["--data-dir", str(data), *args, "--contact", "1h"]) == 0
    # Written by the process, which then ends at once: the change must be on disk.
    added = coprod(data, "activity", "add", "--org", "RT", "--date", "2026-03-01", "--title", "Z")
    assert added.returncode == 0, added.stderr
    listed = coprod(data, "list", "activities", "--json")
    assert listed.returncode == 0
    items = json.loads(listed.stdout)  # the whole document, well past one output buffer
    assert len(items) == 29 and len(listed.stdout) > 28 * len(title)
    with sqlite3.connect(data / "coprod.sqlite3") as conn:
        assert conn.execute("select count(*) from activities").fetchone() == (29,)


def test_a_mistake_gives_its_sentence_and_exit_code_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    coprod(data, "init", "--name", "Sam Okafor", "--reference-rate", "20.00")
    shown = coprod(data, "org", "show", "NOPE")
    assert shown.returncode == 1
    assert shown.stderr.startswith("coprod: ") and "NOPE" in shown.stderr
    assert shown.stdout == ""
