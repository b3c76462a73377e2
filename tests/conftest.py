"""Fixtures every test shares: a fresh data folder per test and a fixed clock.

Qt runs offscreen so the window tests work on a machine with no screen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# a 1366×768 laptop screen, the smallest a member is likely to have: dialogs that fit here fit
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    "offscreen:configfile="
    + str(Path(__file__).parent.resolve() / "fixtures/offscreen-1366x768.json"),
)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock

TODAY = date(2026, 11, 22)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path, clock: FixedClock) -> Iterator[Services]:
    sv = open_services(data_dir, clock)
    yield sv
    sv.close()


@pytest.fixture(autouse=True)
def private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real list of record sets or the real default data folder.

    platformdirs follows the XDG variables on Linux, so pointing them at a fresh folder keeps
    `record-sets.json` (user config) and new record sets (user data) inside the test.
    """
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("COPROD_RECORDS", raising=False)
