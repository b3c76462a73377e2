"""A second copy on the same data is refused and writes nothing; a crashed copy's lock is
taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.core.io.instance_lock import AlreadyOpen, read_holder
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.reliability.helpers import ROOT, child_env, coprod_here, hash_tree

HOLD = """
import sys
from datetime import date
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
sv = open_services(sys.argv[1], FixedClock(date(2026, 11, 22)))
print("open", flush=True)
sys.stdin.readline()
sv.close()
"""


def hold(data: Path) -> subprocess.Popen[str]:
    """Another copy of the app with the records open (in its own process)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


@pytest.fixture
def member(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    for args in (
        ["init", "--name", "Rukhsana"],
        ["org", "add", "--name", "Riverside Trust", "--code", "RIV"],
        ["activity", "add", "--org", "RIV", "--date", "2026-11-01", "--title", "Panel"],
    ):
        assert coprod_here(data, *args)[0] == 0
    return data


def test_second_copy_is_refused_and_writes_nothing(member: Path) -> None:
    holder = hold(member)
    try:
        before = hash_tree(member)
        refused = []
        for args in (
            ["activity", "add", "--org", "RIV", "--date", "2026-11-02", "--title", "Second"],
            ["org", "add", "--name", "Another", "--code", "ANO"],
            ["init", "--name", "Someone else"],
        ):
            code, stdout, stderr = coprod_here(member, *args)
            refused.append(code == 1)
            assert stderr.startswith(
                "coprod: Your records are open in another copy of Coprod Desktop "
                f"(process {holder.pid})"
            ), stderr
            assert "Traceback" not in stderr
            assert stdout == ""
        with pytest.raises(AlreadyOpen):  # the window's way in is refused the same way
            open_services(member, FixedClock(date(2026, 11, 22)))
        after = hash_tree(member)
        changed = [
            name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
        ]
        print(f"\nsecond copy: refused {sum(refused)}/{len(refused)}, files changed {len(changed)}")
        assert all(refused)
        assert changed == []
        # Reading still works beside the open copy: it needs no lock, and saves nothing.
        code, stdout, stderr = coprod_here(member, "list", "activities", "--json")
        assert code == 0, stderr
        assert [a["title"] for a in json.loads(stdout)] == ["Panel"]
    finally:
        holder.communicate("\n", timeout=30)
    # Once the first copy closes, the second copy gets in.
    assert coprod_here(member, "org", "add", "--name", "Another", "--code", "ANO")[0] == 0


def test_lock_left_by_a_crash_is_taken_over(member: Path) -> None:
    holder = hold(member)
    holder.send_signal(signal.SIGKILL)  # a crash: no clean close, the lock file stays
    holder.wait(timeout=30)
    stale = read_holder(member / "coprod.lock")
    assert stale is not None and stale.pid == holder.pid
    code, _out, stderr = coprod_here(
        member, "activity", "add", "--org", "RIV", "--date", "2026-11-03", "--title", "After"
    )
    assert code == 0, stderr
    sv = open_services(member, FixedClock(date(2026, 11, 22)))
    try:
        note = read_holder(member / "coprod.lock")
        assert note is not None and note.pid == os.getpid()
        assert [a.activity.title for a in sv.activities.list()] == ["After", "Panel"]
    finally:
        sv.close()
