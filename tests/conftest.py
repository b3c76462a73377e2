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
