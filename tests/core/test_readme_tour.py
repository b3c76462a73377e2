"""The README's `coprod` tour runs as pasted: line by line, in an empty folder, on any day.

Why a test: a tour that once worked goes stale as commands change (an option renamed, an id
that is no longer 1, a date that fell into the future), and a newcomer's first paste fails.
Each line runs in one bash session (so `cd`, `export` and `ACT=$(...)` carry on to the next
line), with the virtual environment's `bin` on PATH as after `source .venv/bin/activate`, and
every line must exit 0.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def tour_lines() -> list[str]:
    """The lines of the first `sh` block under the README's "The `coprod` command" heading."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## The `coprod` command") :]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None, "the README's coprod section has no sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def checked_script(lines: list[str]) -> str:
    """The tour with a check after each line that names the line that failed, and stops."""
    out = []
    for number, line in enumerate(lines, start=1):
        out.append(line)
        out.append(
            f'__rc=$?; if [ "$__rc" -ne 0 ]; then echo "TOUR LINE {number} EXITED $__rc" >&2; '
            f"exit 99; fi"
        )
    out.append('echo "TOUR DONE"')
    return "\n".join(out) + "\n"


@pytest.mark.skipif(shutil.which("bash") is None, reason="the tour is a bash session")
@pytest.mark.skipif(not (BIN / "coprod").exists(), reason="coprod is not installed beside Python")
def test_readme_tour_runs_line_by_line_in_an_empty_folder(tmp_path: Path) -> None:
    lines = tour_lines()
    assert len(lines) >= 30  # the tour, not a stub of it
    assert any(line.startswith("CLAIM=$(coprod claim create") for line in lines)
    env = {k: v for k, v in os.environ.items() if not k.startswith("COPROD_")}
    env.update(
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        COPROD_DATA_DIR=str(tmp_path / "default-data"),
        HOME=str(tmp_path / "home"),
    )
    folder = tmp_path / "empty"
    folder.mkdir()
    done = subprocess.run(
        ["bash", "-c", checked_script(lines)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    failed = re.search(r"TOUR LINE (\d+) EXITED (\d+)", done.stderr)
    where = f"line {failed.group(1)}: {lines[int(failed.group(1)) - 1]}" if failed else ""
    assert done.returncode == 0 and "TOUR DONE" in done.stdout, f"{where}\n{done.stderr[-3000:]}"
    assert "Traceback" not in done.stderr
    made = folder / "coprod-tour"
    for name in ("claim.pdf", "portfolio.pdf", "evidence.pdf", "group.pdf", "my-terms.pdf"):
        assert (made / name).read_bytes().startswith(b"%PDF-"), name
    claim = PdfReader(made / "claim.pdf")
    assert len(claim.pages) >= 2  # the claim, then the receipt photo the tour made
    assert "NUH-2026-001" in claim.pages[0].extract_text()
    assert json.loads((made / "mine.json").read_text())  # the advocate's bundle
    assert "NUH-2026-001" in done.stdout  # the claim number it printed
    assert not (tmp_path / "default-data").exists()  # its records stayed in their own folder
