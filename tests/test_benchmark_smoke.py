"""The benchmark still runs: `python -m benchmarks --quick` gives a whole table of numbers.

No timing is asserted here (timings belong to the benchmark, read by people): this only keeps
the script working as the app changes, as CI does. It takes ~30 s on a quiet two-core machine,
most of it building the scale-1 demo data.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Every figure of shared/quality.md, by the start of its name in the table.
FIGURES = (
    "build: coprod demo",
    "first paint, after a bare QMainWindow's",
    "start to dashboard with real totals",
    "filter ",
    "claim PDF, 40 lines + 10 receipt photos",
    "portfolio PDF, ",
    "evidence pack, whole data set",
    "group evidence from 200 bundles",
    "JSON export + import, whole data set",
    "window peak memory",
)


def _command_exists(*words: str) -> bool:
    coprod = Path(sys.executable).parent / "coprod"
    done = subprocess.run(
        [str(coprod), *words, "--help"], capture_output=True, timeout=120, check=False
    )
    return done.returncode == 0


@pytest.mark.skipif(sys.platform != "linux", reason="the benchmark reads Linux process figures")
def test_quick_benchmark_gives_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    rows = json.loads(out.read_text())["rows"]
    names = [row["figure"] for row in rows]
    for start in FIGURES:
        assert any(name.startswith(start) for name in names), (start, names)
    built = {
        "portfolio PDF, ": _command_exists("report", "portfolio"),
        "evidence pack": _command_exists("report", "evidence"),
    }
    for row in rows:
        waiting = next((ok for start, ok in built.items() if row["figure"].startswith(start)), True)
        if not waiting:  # the command is not in this build yet: the row says so
            assert row["verdict"] == "not built yet", row
            continue
        assert isinstance(row["measured"], (int, float)) and row["measured"] > 0, row
        assert row["verdict"] in ("ok", "over", "reference"), row
        if row["target"] is not None:
            assert row["ratio"] == pytest.approx(row["measured"] / row["target"]), row
    # the printed table has a line per figure, with its verdict
    table = done.stdout.splitlines()
    for name in names:
        assert any(line.startswith(name) for line in table), (name, done.stdout)
    # the memory figure is the child's own peak, in megabytes: a window is tens of MB at least
    memory = next(row for row in rows if row["figure"].startswith("window peak memory"))
    assert memory["unit"] == "MB" and memory["measured"] > 20
