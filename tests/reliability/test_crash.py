"""kill -9 a process writing records at random moments.

Figure (shared/quality.md): 0 acknowledged records lost; `PRAGMA integrity_check` ok every
round; 0 half-saved claims. Default 20 rounds; COPROD_RELIABILITY_FULL=1 runs 200.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, child_env, count

WRITER = Path(__file__).resolve().parent / "writer.py"


@dataclass
class Acks:
    activities: list[int] = field(default_factory=list)
    claims: dict[str, int] = field(default_factory=dict)
    pid: int | None = None
    status: int | None = None
    errors: list[str] = field(default_factory=list)


class ForkServer:
    """The writer script, imported once; each round forks a fresh writing child."""

    def __init__(self, data: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(data)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=child_env(),
            cwd=ROOT,
        )
        assert self.proc.stdout is not None
        self.out = self.proc.stdout
        self.buffer = b""

    def lines(self, deadline: float | None) -> Iterator[str]:
        """Lines as they come, until the deadline (None: until the round's R line)."""
        fd = self.out.fileno()
        while True:
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                yield line.decode()
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                return
            chunk = os.read(fd, 65536)
            if not chunk:
                raise AssertionError("the writer fork server died")
            self.buffer += chunk

    def round(self, seed: int, kill_after: float | None, limit: int | None = None) -> Acks:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"go {seed}{'' if limit is None else f' {limit}'}\n".encode())
        self.proc.stdin.flush()
        acks = Acks()
        start = None
        for line in self.lines(None if kill_after is None else time.monotonic() + 60):
            if self._take(line, acks):
                return acks
            if acks.pid is not None and start is None:
                start = time.monotonic()
                break
        assert acks.pid is not None, f"the writer did not start: {acks.errors}"
        if kill_after is not None:
            for line in self.lines(start + kill_after):  # type: ignore[operator]
                if self._take(line, acks):
                    return acks
            os.kill(acks.pid, signal.SIGKILL)
        for line in self.lines(None):
            if self._take(line, acks):
                return acks
        raise AssertionError("unreachable")

    @staticmethod
    def _take(line: str, acks: Acks) -> bool:
        kind, _, rest = line.partition(" ")
        if kind == "P":
            acks.pid = int(rest)
        elif kind == "A":
            acks.activities.append(int(rest))
        elif kind == "C":
            number, lines = rest.split()
            acks.claims[number] = int(lines)
        elif kind == "E":
            acks.errors.append(rest)
        elif kind == "R":
            acks.status = int(rest)
            return True
        return False

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ForkServer]:
    srv = ForkServer(tmp_path / "data")
    yield srv
    srv.close()


def check_database(db: Path) -> tuple[bool, set[int], dict[str, int], list[str]]:
    """(integrity ok, activity ids, claim → line count, half-saved claims found)."""
    with closing(sqlite3.connect(db)) as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = {row[0] for row in conn.execute("SELECT id FROM activities")}
        claims = dict(
            conn.execute(
                "SELECT c.number, COUNT(l.id) FROM claims c "
                "LEFT JOIN claim_lines l ON l.claim_id = c.id GROUP BY c.id"
            ).fetchall()
        )
        half = [number for number, lines in claims.items() if lines == 0]
        # a claimed activity whose claim is gone, or a line whose activity vanished
        orphans = conn.execute(
            "SELECT COUNT(*) FROM claim_lines l LEFT JOIN activities a ON a.id = l.activity_id "
            "WHERE l.activity_id IS NOT NULL AND a.id IS NULL"
        ).fetchone()[0]
        half += ["orphan line"] * orphans
    return ok, ids, claims, half


def test_kill_9_while_writing_loses_nothing_acknowledged(
    server: ForkServer, tmp_path: Path
) -> None:
    rounds = count(20, 200)
    rng = random.Random(20261122)
    db = tmp_path / "data" / "coprod.sqlite3"
    acknowledged: set[int] = set()
    claims: dict[str, int] = {}
    lost = integrity_ok = half_saved = killed = 0
    for seed in range(rounds):
        acks = server.round(seed, kill_after=rng.uniform(0.0, 0.35))
        assert not acks.errors, acks.errors
        killed += os.WIFSIGNALED(acks.status or 0)
        acknowledged.update(acks.activities)
        claims.update(acks.claims)
        ok, ids, found_claims, half = check_database(db)
        integrity_ok += ok
        lost += len(acknowledged - ids)
        lost += sum(1 for n, lines in claims.items() if found_claims.get(n) != lines)
        half_saved += len(half)
    print(
        f"\nkill -9 while writing: rounds {rounds}, killed mid-run {killed}, acknowledged "
        f"activities {len(acknowledged)}, claims {len(claims)}, lost {lost}, integrity ok "
        f"{integrity_ok}/{rounds}, half-saved claims {half_saved}"
    )
    assert lost == 0
    assert integrity_ok == rounds
    assert half_saved == 0
    assert killed >= rounds * 0.8  # the kills really landed while it was writing
    assert len(acknowledged) > rounds  # and it really was writing
