"""Reliability fixtures: a quick disk for the tests that write thousands of times."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def quick_disk(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs folder when we may mount one (root), else the usual temporary folder.

    Every save here is fsync'd (synchronous=FULL); on a disk shared by eight busy jobs that
    costs ~50 ms a save, which would make two years of daily starts take minutes. What these
    tests check (backup content, retention, restores) does not depend on the disk's speed.
    """
    folder = tmp_path / "quick"
    folder.mkdir()
    mounted = (
        os.name == "posix"
        and os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=256m", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )
    try:
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its lowest cost, and no passphrase left in the environment: the tests
    check what protection does, not how long a real key derivation takes."""
    from coprod_desktop.core.io import keys
    from tests.reliability.test_encryption import CHEAP

    monkeypatch.setattr(keys, "DEFAULT_KDF", CHEAP)
    for name in ("COPROD_PASSPHRASE", "COPROD_NEW_PASSPHRASE", "COPROD_BACKUP_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
