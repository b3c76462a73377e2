"""Shared by the reliability tests: full-count switch, file hashes, running the command."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FULL = os.environ.get("COPROD_RELIABILITY_FULL") == "1"


def count(default: int, full: int) -> int:
    """A figure's round count: the quick default, or the full count the quality table names."""
    return full if FULL else default


def hash_tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative name → sha256): "0 bytes changed" is equality."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


def coprod(data: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run the `coprod` command in its own process, as a member would."""
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop.cli", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=child_env(COPROD_TODAY="2026-11-22"),
        timeout=120,
        **kwargs,  # type: ignore[arg-type]
    )


def coprod_here(data: Path, *args: str) -> tuple[int, str, str]:
    """Run the `coprod` command in this process (quicker): (exit code, stdout, stderr)."""
    import contextlib
    import io

    from coprod_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    old = os.environ.get("COPROD_TODAY")
    os.environ["COPROD_TODAY"] = "2026-11-22"
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--data-dir", str(data), *args])
    finally:
        if old is None:
            del os.environ["COPROD_TODAY"]
        else:
            os.environ["COPROD_TODAY"] = old
    return code, out.getvalue(), err.getvalue()


def strace_works(strace: str | None) -> bool:
    """strace is installed and may trace here (a container can forbid ptrace)."""
    if strace is None:
        return False
    done = subprocess.run(
        [strace, "-qq", "-o", os.devnull, "-e", "trace=none", "true"], capture_output=True
    )
    return done.returncode == 0
