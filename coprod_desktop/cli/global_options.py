"""Options that belong to the whole `coprod` command, accepted after the command words too.

A member who pastes `coprod demo --data-dir DIR` means what `coprod --data-dir DIR demo` does;
argparse only knows an option where it was declared, so every command parser also gets the
global options, with a default that leaves the value given before the command untouched.
"""

from __future__ import annotations

import argparse

from coprod_desktop import __version__

#: (flags, keyword arguments) of each option the whole command shares.
GLOBAL_OPTIONS: tuple[tuple[tuple[str, ...], dict[str, str]], ...] = (
    (("--data-dir",), {"metavar": "DIR", "help": "the data folder to use"}),
    (
        ("--passphrase-file",),
        {
            "metavar": "FILE",
            "help": "the passphrase of encrypted records, first line (or COPROD_PASSPHRASE, "
            "or asked)",
        },
    ),
)


def add_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"coprod {__version__}")


def spread_global_options(parser: argparse.ArgumentParser) -> None:
    """Give every command parser under `parser` the global options (declared once, at the top)."""
    for sub in _command_parsers(parser):
        taken = set(sub._option_string_actions)
        for flags, kwargs in GLOBAL_OPTIONS:
            if not taken.intersection(flags):
                sub.add_argument(*flags, default=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]


def _command_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found.append(sub)
                found.extend(_command_parsers(sub))
    return found
