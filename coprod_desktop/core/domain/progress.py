"""Progress and cancelling for long jobs (documents, imports, exports, backups).

A long job calls `progress(done, total)` between steps. The window's implementation raises
`Cancelled` when the member has pressed Cancel, so the job stops at a safe point and writes
nothing; the command line passes `no_progress`.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The member cancelled a long job. Raised only between steps: nothing has been written."""


def no_progress(done: int, total: int) -> None:
    """The progress callback for callers that show none."""
