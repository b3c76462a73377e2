"""`coprod --version`, and the options of the whole command given after the command words.

A newcomer pastes `coprod demo --data-dir DIR` as readily as `coprod --data-dir DIR demo`; both
must mean the same folder, for every command, and the one given later wins as it reads.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from coprod_desktop import __version__
from coprod_desktop.cli import main
from coprod_desktop.cli.global_options import _command_parsers
from coprod_desktop.cli.parser import build_parser


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"coprod {__version__}"


def test_data_dir_after_the_command_is_the_same_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    after, before = tmp_path / "after", tmp_path / "before"
    assert main(["init", "--name", "Sam Okafor", "--data-dir", str(after)]) == 0
    assert (
        main(["org", "add", "--name", "Riverside", "--code", "RIV", "--data-dir", str(after)]) == 0
    )
    assert main(["--data-dir", str(after), "list", "orgs", "--json"]) == 0
    assert '"RIV"' in capsys.readouterr().out
    assert not before.exists()
    # Before the command, and not given after it: the folder before the command still counts.
    assert main(["--data-dir", str(before), "init", "--name", "Grace"]) == 0
    assert (before / "coprod.sqlite3").exists()


def test_every_command_takes_the_global_options_and_keeps_the_earlier_value() -> None:
    parser = build_parser()
    leaves = [p for p in _command_parsers(parser) if not _has_subcommands(p)]
    assert len(leaves) > 40
    for leaf in leaves:
        assert "--data-dir" in leaf._option_string_actions, leaf.prog
        assert "--passphrase-file" in leaf._option_string_actions, leaf.prog
    args = parser.parse_args(["--data-dir", "A", "list", "orgs"])
    assert args.data_dir == "A"
    args = parser.parse_args(["--data-dir", "A", "list", "orgs", "--data-dir", "B"])
    assert args.data_dir == "B"
    args = parser.parse_args(["demo", "--data-dir", "C", "--passphrase-file", "p.txt"])
    assert (args.data_dir, args.passphrase_file) == ("C", "p.txt")


def _has_subcommands(parser: argparse.ArgumentParser) -> bool:
    return any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)
