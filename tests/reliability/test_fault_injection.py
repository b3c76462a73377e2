"""Faults injected at the writes of a save (issue 17, build item 8): ENOSPC and EIO.

Each command runs in its own process under `strace -e inject=SYSCALL:error=E:when=N`, which
makes the N-th call of that system call fail as a full or failing disk would. For every fault:
the command says one true sentence (or succeeds), no traceback, the records are as before
(the command said nothing changed) or the new record is there (it said done, or exit 3),
`PRAGMA integrity_check` is ok, the next command opens the records (no lock-out) and the next
write works once the fault is gone.

By default a sample of the injection points runs (two database writes and the printing of the
id), to stay within the suite's time; `COPROD_RELIABILITY_FULL=1` (or
`COPROD_FULL_RELIABILITY=1`) injects at every write, sync and output call.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.reliability.helpers import FULL, child_env, coprod_here, strace_works

EVERYTHING = FULL or os.environ.get("COPROD_FULL_RELIABILITY") == "1"
STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(
    not strace_works(STRACE), reason="strace is not installed or may not trace here (ptrace)"
)


def count(db: Path, table: str, where: str = "1") -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


def integrity(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


@dataclass
class Case:
    """One command to fault: its arguments, how to tell "saved" from "nothing changed"."""

    args: tuple[str, ...]
    measure: Callable[[Path], int]  # a figure the command changes by `saved_delta` when done
    saved_delta: int = 1
    setup_extra: Callable[[Path, Path], None] | None = None


@dataclass
class Tally:
    faults: Counter[str] = field(default_factory=Counter)
    sentences: Counter[str] = field(default_factory=Counter)
    lost: int = 0
    lockouts: int = 0
    tracebacks: int = 0


TALLY = Tally()
NEXT = ("activity", "add", "--org", "RIV", "--date", "2026-11-04", "--title", "Next")


def run_faulted(data: Path, args: tuple[str, ...], inject: str) -> subprocess.CompletedProcess[str]:
    """Run the command with one fault: a syscall made to fail under strace, or (OUTPUT_FULL)
    stdout on /dev/full, the same ENOSPC at the printing of the id without strace's cost."""
    command = [sys.executable, "-m", "coprod_desktop.cli", "--data-dir", str(data), *args]
    env = child_env(COPROD_TODAY="2026-11-22")
    if inject == OUTPUT_FULL:
        with open("/dev/full", "w") as full:
            return subprocess.run(
                command, stdout=full, stderr=subprocess.PIPE, text=True, env=env, timeout=120
            )
    syscall = inject.split(":", 1)[0]
    command = [STRACE, "-f", "-qq", "-o", "/dev/null", "-e", f"trace={syscall}",
               "-e", f"inject={inject}", *command]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def calls(data: Path, args: tuple[str, ...], syscalls: tuple[str, ...]) -> dict[str, int]:
    """How many times the command makes each system call (a fault-free run, traced)."""
    log = data.parent / "strace.log"
    command = [STRACE, "-f", "-qq", "-o", str(log), "-e", f"trace={','.join(syscalls)}"]
    command += [sys.executable, "-m", "coprod_desktop.cli", "--data-dir", str(data), *args]
    env = child_env(COPROD_TODAY="2026-11-22")
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    text = log.read_text()
    return {name: len(re.findall(rf"\b{name}\(", text)) for name in syscalls}


OUTPUT_FULL = "stdout=/dev/full"
# The sample: the first database write (ENOSPC), one inside the save or its checkpoint (EIO)
# and the printing of the id. Fixed points, so no traced counting run is needed.
SAMPLE = ("pwrite64:error=ENOSPC:when=1", "pwrite64:error=EIO:when=20", OUTPUT_FULL)


def points(found: dict[str, int]) -> list[str]:
    """Every write, sync and output call of the command (EVERYTHING), from a traced count."""
    chosen = [
        f"pwrite64:error={e}:when={n}"
        for n in range(1, found["pwrite64"] + 1)
        for e in ("ENOSPC", "EIO")
    ]
    chosen += [f"write:error=ENOSPC:when={n}" for n in range(1, found["write"] + 1)]
    chosen += [f"fdatasync:error=EIO:when={n}" for n in range(1, found["fdatasync"] + 1)]
    return chosen


def prepare(root: Path) -> tuple[Path, Path]:
    """A data folder with an organisation, an activity, an unclaimed expense and a backup
    (taken before a second activity), and a JSON export of it for the import."""
    data = root / "template"
    for args in (
        ("org", "add", "--name", "Riverside Trust", "--code", "RIV"),
        ("activity", "add", "--org", "RIV", "--date", "2026-11-01", "--title", "First"),
        ("expense", "add", "--org", "RIV", "--date", "2026-11-01", "--category", "parking",
         "--amount", "4.50"),
        ("backup", "--out", str(root / "backup.sqlite3")),
        ("activity", "add", "--org", "RIV", "--date", "2026-11-02", "--title", "Second"),
        ("export", "json", str(root / "export.json")),
    ):  # fmt: skip
        code, _out, err = coprod_here(data, *args)
        assert code == 0, (args, err)
    return data, root


def folder_for(command: str, template: Path, root: Path, n: int) -> Path:
    target = root / f"run-{command.replace(' ', '-')}-{n}"
    if command == "import json":
        assert coprod_here(target, "list", "orgs")[0] == 0  # empty records to import into
    else:
        shutil.copytree(template, target)
    return target


CASES: dict[str, Case] = {
    "activity add": Case(
        (
            "activity",
            "add",
            "--org",
            "RIV",
            "--date",
            "2026-11-03",
            "--title",
            "Injected",
            "--impact",
            "i" * 20_000,
        ),
        lambda d: count(d / "coprod.sqlite3", "activities", "title = 'Injected'"),
    ),
    "claim create": Case(
        ("claim", "create", "--org", "RIV"), lambda d: count(d / "coprod.sqlite3", "claims")
    ),
    "backup": Case(
        ("backup",),
        lambda d: (
            sum(
                1
                for p in (d / "backups").glob("manual-*.sqlite3")
                if integrity(p) == "ok" and count(p, "activities") == 2
            )
            if (d / "backups").is_dir()
            else 0
        ),
    ),
    "import json": Case(
        ("import", "json", "EXPORT"), lambda d: count(d / "coprod.sqlite3", "activities"), 2
    ),
    "restore": Case(
        ("restore", "BACKUP"),
        lambda d: 2 - count(d / "coprod.sqlite3", "activities"),  # 2 now, 1 in the backup
    ),
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return prepare(tmp_path_factory.mktemp("faults"))


@pytest.mark.parametrize("command", list(CASES))
def test_faults_at_the_writes_of_a_save(world: tuple[Path, Path], command: str) -> None:
    template, root = world
    case = CASES[command]
    files = {"EXPORT": str(root / "export.json"), "BACKUP": str(root / "backup.sqlite3")}
    args = tuple(files.get(a, a) for a in case.args)
    probe = folder_for(command, template, root, 0) if EVERYTHING else template
    found = calls(probe, args, ("pwrite64", "write", "fdatasync")) if EVERYTHING else {}
    for n, inject in enumerate(points(found) if EVERYTHING else SAMPLE, start=1):
        data = folder_for(command, template, root, n)
        db = data / "coprod.sqlite3"
        before = case.measure(data)
        done = run_faulted(data, args, inject)
        TALLY.faults[command] += 1
        where = f"{command} with {inject}: exit {done.returncode}, {done.stderr.strip()!r}"
        if "Traceback" in done.stderr:
            TALLY.tracebacks += 1
        assert "Traceback" not in done.stderr, where
        assert done.returncode in (0, 1, 3), where
        if done.returncode:
            lines = done.stderr.strip().splitlines()
            assert lines and lines[-1].startswith("coprod: "), where
            TALLY.sentences[f"{command}: {lines[-1][len('coprod: ') :][:70]}"] += 1
        # no lock-out: the records open
        opened = coprod_here(data, "list", "activities")
        if opened[0] != 0:
            TALLY.lockouts += 1
        assert opened[0] == 0, f"{where}; then: {opened[2]!r}"
        after = case.measure(data)
        if done.returncode in (0, 3):  # it said saved: the record must be there
            if after != before + case.saved_delta:
                TALLY.lost += 1
            assert after == before + case.saved_delta, where
        else:  # it said nothing changed
            assert after == before, where
        assert integrity(db) == "ok", where
        # the next write works once the fault is gone (an import not done is simply run again)
        if command == "import json" and done.returncode == 1:
            code, _out, err = coprod_here(data, *args)
        else:
            code, _out, err = coprod_here(data, *NEXT)
        assert code == 0, f"{where}; next write: {err!r}"
    print(
        f"\nfault injection, {command}: {TALLY.faults[command]} faults (syscalls seen {found});"
        f" sentences { {k: n for k, n in TALLY.sentences.items() if k.startswith(command)} };"
        f" so far: lost {TALLY.lost}, lock-outs {TALLY.lockouts},"
        f" tracebacks {TALLY.tracebacks}"
    )
    (root / "figures.json").write_text(json.dumps({**TALLY.faults, "lost": TALLY.lost}))
