"""The `coprod` command: a thin layer over the same services the window uses."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn


def main(argv: Sequence[str] | None = None) -> int:
    from coprod_desktop import collector

    collector.tune()
    from coprod_desktop.cli.parser import build_parser
    from coprod_desktop.cli.records_commands import hoist_records_option

    parser = build_parser()
    args = parser.parse_args(hoist_records_option(list(sys.argv[1:] if argv is None else argv)))
    from coprod_desktop.cli import exit_codes

    before = exit_codes.writes_committed()
    with exit_codes.watched_stdout() as watched:
        try:
            return _run(parser, args)
        except (OSError, *exit_codes.database_errors()) as exc:
            # output lost, a folder the OS would not let us use, or a disk error SQLite
            # raised where no unit of work could turn it into a sentence
            changed = exit_codes.writes_committed() > before or (
                watched.failed and args.command in exit_codes.CHANGES_FILES_ITSELF
            )
            code, sentence = exit_codes.output_failure(exc, watched, changed)
            if sentence:
                _tell(sentence)
            return code


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from coprod_desktop.cli.records_commands import apply_records_option
    from coprod_desktop.core.domain.errors import DataWillNotOpen, UserError

    try:
        apply_records_option(parser, args)  # --records NAME: whose records, by name
        from coprod_desktop.cli.commands import run

        return run(args)
    except UserError as exc:
        message = exc.message
        if isinstance(exc, DataWillNotOpen):
            from coprod_desktop.cli.backup_commands import restore_hint

            message = f"{message} {restore_hint(exc, args.data_dir)}".rstrip()
        _tell(message)
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("coprod: stopped; nothing half-saved.\n")
        return 1


def _tell(sentence: str) -> None:
    """One sentence on stderr; a stderr that cannot be written changes no exit code."""
    import contextlib

    with contextlib.suppress(OSError):
        sys.stderr.write(f"coprod: {sentence}\n")


def entry() -> NoReturn:
    """The installed `coprod` program: run the command, then end the process at once.

    Why not return to the interpreter: by then the command has closed and synced every file
    it wrote and closed the records (`commands.run`), so what is left is Python freeing its
    objects one by one and unloading its modules, work the operating system does in one
    step when the process ends. After a portfolio of 1,000 rows that was a tenth of a
    second. Output is flushed and exit handlers run first, so nothing is lost.
    """
    leave(main())


def leave(code: int) -> NoReturn:
    """Flush output, run the exit handlers, and end the process with `code`."""
    import atexit
    import contextlib
    import os
    import threading

    # As the interpreter would: let any thread still at work finish before the end.
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe means the reader has gone: there is nobody left to tell.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    atexit._run_exitfuncs()  # what `sys.exit` would have run (logging, thread pools...)
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    entry()
