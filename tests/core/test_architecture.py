"""The layers point one way: the core never reaches Qt or the window (import-linter contract)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_neither_qt_nor_ui() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command;"
            "sys.exit(lint_imports_command())",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout
    for contract in (
        "The core knows nothing of Qt or the window KEPT",
        # issue 17: opening a data folder and the backup keys import no circle
        "Opening a data folder: each layer uses only the ones below it KEPT",
        "The backup key helpers never use the encryption service KEPT",
    ):
        assert contract in result.stdout
