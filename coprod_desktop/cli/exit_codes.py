"""Exit codes that keep their promise: 1 only when nothing changed.

Why this module: a record can be saved and its id then fail to print (stdout on a full device,
a closed pipe). Exiting 1 there told scripts "nothing changed" when something had (issue 17,
finding 6). The command's output goes through `WatchedOutput`, which flushes every write (so a
failure surfaces while we still know what was being printed) and remembers the last text; the
database counts the writes it committed. Together they tell which promise can be kept.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

DONE = 0
NOTHING_CHANGED = 1
USAGE = 2
SAVED_OUTPUT_LOST = 3  # the change is saved; what it printed (its id) could not be written

# Commands that change files without a database write: a restore swaps the file in, a backup
# adds one (exit 3 then says the backup was made and names it).
CHANGES_FILES_ITSELF = frozenset({"restore", "backup"})
_KEEP = 2000  # characters of the last output kept to repeat on stderr


class WatchedOutput(io.TextIOBase):
    """stdout, flushed at every write, remembering what was last asked to be written."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner
        self.last = ""
        self.failed = False

    def write(self, text: str) -> int:
        self.last = (self.last + text)[-_KEEP:]
        try:
            written = self.inner.write(text)
            self.inner.flush()
        except OSError:
            self.failed = True
            raise
        return written

    def flush(self) -> None:
        try:
            self.inner.flush()
        except OSError:
            self.failed = True
            raise

    def isatty(self) -> bool:
        return self.inner.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", "utf-8")

    def fileno(self) -> int:
        return self.inner.fileno()


@contextmanager
def watched_stdout() -> Iterator[WatchedOutput]:
    watched = WatchedOutput(sys.stdout)
    sys.stdout = watched  # type: ignore[assignment]
    try:
        yield watched
    finally:
        if sys.stdout is watched:
            sys.stdout = watched.inner


def writes_committed() -> int:
    """How many write transactions this process has committed (see `Database.write`)."""
    from coprod_desktop.core.db.engine import Database

    return Database.writes_committed


def database_errors() -> tuple[type[BaseException], ...]:
    """SQLite's error classes (and SQLCipher's when it is loaded)."""
    import sqlite3

    found: tuple[type[BaseException], ...] = (sqlite3.Error,)
    cipher = sys.modules.get("sqlcipher3")
    if cipher is not None:
        found += (cipher.Error,)
    return found


def output_failure(
    exc: BaseException, watched: WatchedOutput, changed: bool
) -> tuple[int, str | None]:
    """(exit code, sentence for stderr or None) for an OSError or a raw SQLite error."""
    if not isinstance(exc, OSError):
        from coprod_desktop.core.db.engine import storage_error_for

        known = storage_error_for(exc)
        sentence = known.message if known else f"The records could not be used ({exc})."
        if "disk i/o error" in str(exc).lower():
            from coprod_desktop.core.db.diagnosis import TRANSIENT_IO

            sentence = TRANSIENT_IO
        if changed:
            return SAVED_OUTPUT_LOST, f"Saved, but then: {sentence}"
        return NOTHING_CHANGED, sentence
    reason = exc.strerror or exc.__class__.__name__
    if watched.failed:
        shown = " ".join(watched.last.split())
        if changed:
            return SAVED_OUTPUT_LOST, (
                f"Saved, but its output could not be written ({reason}); "
                f"it was: {shown or '(nothing)'}"
            )
        if isinstance(exc, BrokenPipeError):
            return DONE, None  # the reader has gone (e.g. `| head`): nobody left to tell
        return NOTHING_CHANGED, f"The output could not be written ({reason}); nothing was changed."
    where = f" ({exc.filename})" if exc.filename else ""
    if changed:
        return SAVED_OUTPUT_LOST, f"Saved, but then the disk failed: {reason}{where}."
    return NOTHING_CHANGED, (
        f"The data folder could not be used: {reason}{where}. Check it exists and you can use "
        "it; nothing was changed."
    )
