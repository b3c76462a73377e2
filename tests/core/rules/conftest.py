"""Shared fixtures for the rules tests: the shipped UK pack and small record builders."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

# Let `pytest tests/core/rules` run from a checkout that is not pip-installed.
_ROOT = Path(__file__).resolve().parents[3]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from coprod_desktop.core.domain.kinds import Basis  # noqa: E402
from coprod_desktop.core.domain.records import Activity, Terms  # noqa: E402
from coprod_desktop.core.rules.locale import LocalePack, load_locale  # noqa: E402


@pytest.fixture(scope="session")
def uk() -> LocalePack:
    return load_locale("uk")


def make_activity(**kwargs: Any) -> Activity:
    fields: dict[str, Any] = {"organisation_id": 1, "date": date(2025, 6, 2), "title": "Panel"}
    fields.update(kwargs)
    return Activity(**fields)


def make_terms(basis: Basis = Basis.HOURLY, **kwargs: Any) -> Terms:
    fields: dict[str, Any] = {"effective_from": date(2025, 1, 1), "basis": basis}
    fields.update(kwargs)
    return Terms(**fields)


@pytest.fixture(scope="session")
def activity() -> Callable[..., Activity]:
    return make_activity


@pytest.fixture(scope="session")
def terms() -> Callable[..., Terms]:
    return make_terms
