"""Command groups kept in their own modules, so each area of the app owns its words.

Each module listed in `MODULES` defines `add_parsers(groups: Groups) -> None` and a `HANDLERS`
dict keyed like `commands.HANDLERS` ((command, action) → handler(services, args)). The parser
and `commands.run` both walk this list, so adding an area never means editing a shared table.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

MODULES: tuple[str, ...] = (
    "data_commands",
    "report_commands",
    "evidence_commands",
    "security_commands",
    "backup_commands",
    "paid_commands",
    "records_commands",
    "benefit_commands",
    "profile_commands",
)


@dataclass(frozen=True)
class Groups:
    """The sub-command collections an area may add to."""

    top: Any  # argparse._SubParsersAction for `coprod COMMAND`
    report: Any  # `coprod report ...`
    export: Any  # `coprod export ...`
    import_: Any  # `coprod import ...`
    claim: Any = None  # `coprod claim ...`


Handler = Callable[[Any, argparse.Namespace], None]


def modules() -> Iterator[ModuleType]:
    for name in MODULES:
        yield importlib.import_module(f"coprod_desktop.cli.{name}")


def add_all(groups: Groups) -> None:
    for module in modules():
        module.add_parsers(groups)


def find_handler(key: tuple[str, str | None]) -> Handler | None:
    for module in modules():
        handler = module.HANDLERS.get(key)
        if handler is not None:
            return handler
    return None
