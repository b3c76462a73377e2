"""Opening the member's database safely.

SQLite is set up so that an acknowledged save survives a crash or power cut: write-ahead log,
`synchronous=FULL`, foreign keys enforced, `secure_delete` so deleted text does not linger, and
every write transaction started with `BEGIN IMMEDIATE` so two writers never interleave.
Storage failures (disk full, read-only folder, busy) become a StorageError with a plain sentence.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from coprod_desktop.core.domain.errors import Conflict, StorageError

BUSY_TIMEOUT_MS = 5000

PragmaHook = Callable[[sqlite3.Connection], None]


def storage_error_for(exc: BaseException) -> StorageError | None:
    """Turn a low-level SQLite failure into one plain sentence, or None if it is not one."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "database or disk is full" in text or "file too large" in text:
        return StorageError(
            "Not saved: the disk is full. Free some space and try again; nothing was changed."
        )
    if "disk i/o error" in text:
        # e.g. a file-size limit, or a failing or removed disk: SQLite rolled the save back
        return StorageError(
            "Not saved: the disk could not be written (it may be full or failing). Free some "
            "space and try again; nothing was changed."
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            "Not saved: the data folder is read-only. Check you can write to it; "
            "nothing was changed."
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            "Not saved: the data is busy in another copy of the app. Close it and try again."
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return StorageError(
            "The data file is damaged: SQLite cannot read its records. It has not been "
            "changed; 'coprod backup list' shows the backups you could restore."
        )
    if "unable to open" in text:
        return StorageError(
            "The data file cannot be opened: check the data folder exists and you can use it."
        )
    if isinstance(getattr(exc, "orig", exc), OSError):
        return StorageError(f"Not saved: {getattr(exc, 'orig', exc)}. Nothing was changed.")
    return None


class Database:
    """One database file, with a read path and an IMMEDIATE-write path.

    With a `key` (the 32-byte data key) the file is an SQLCipher database: the same pragmas,
    WAL and units of work, every page encrypted (see `cipher.py`).
    """

    # Write transactions committed in this process: the command's exit code says "nothing
    # changed" (1) only when this did not move (see cli/exit_codes.py).
    writes_committed = 0

    def __init__(
        self, path: Path, *, connect_hook: PragmaHook | None = None, key: bytes | None = None
    ) -> None:
        self.path = path
        self.key = key
        self.connect_hook = connect_hook
        self._deleted = threading.local()  # did this thread's write delete anything?
        connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        if key is None:
            self.engine: Engine = create_engine(f"sqlite:///{path}", connect_args=connect_args)
        else:
            from coprod_desktop.core.db.cipher import make_engine

            self.engine = make_engine(path, key, connect_args)
        event.listen(self.engine, "connect", self._on_connect)
        event.listen(self.engine, "begin", self._on_begin)
        event.listen(self.engine, "before_cursor_execute", self._note_delete)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(coprod_write=True), expire_on_commit=False
        )

    # -- connection set-up ----------------------------------------------------------------
    def _on_connect(self, dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Take BEGIN out of pysqlite's hands so we choose DEFERRED or IMMEDIATE ourselves.
        dbapi_conn.isolation_level = None
        if self.connect_hook is not None:
            self.connect_hook(dbapi_conn)
        cur = dbapi_conn.cursor()
        try:
            for pragma in (
                f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
                "PRAGMA journal_mode=WAL",
                "PRAGMA synchronous=FULL",
                "PRAGMA foreign_keys=ON",
                "PRAGMA secure_delete=ON",
            ):
                cur.execute(pragma)
        except Exception as exc:
            # SQLAlchemy does not wrap what a connect handler raises, so a disk error here
            # (the first read of the file) would surface as a traceback (issue 17, finding 9).
            if type(exc).__name__ not in ("OperationalError", "DatabaseError"):
                raise
            raise self._explain(exc) from exc
        finally:
            cur.close()

    @staticmethod
    def _on_begin(conn: Any) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("coprod_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    def _note_delete(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip()[:6].upper() == "DELETE":
            self._deleted.flag = True

    # -- units of work --------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._reader() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise self._explain(exc) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: all of it is saved, or none of it.

        After a write that deleted rows, the log is folded into the main file and emptied
        (`secure_delete` has already zeroed the freed space there), so deleted text is gone
        from every file on disk by the time the delete is acknowledged.
        """
        self._deleted.flag = False
        try:
            with self._writer() as session, session.begin():
                yield session
        except IntegrityError as exc:
            raise Conflict(
                "Not saved: that would break a link between records "
                "(for example something claimed twice). Nothing was changed."
            ) from exc
        except DBAPIError as exc:
            raise self._explain(exc, writing=True) from exc
        Database.writes_committed += 1
        if getattr(self._deleted, "flag", False):
            self._deleted.flag = False
            # saved all the same if this fails; the log is emptied at the next checkpoint or close
            with suppress(DBAPIError):
                self.checkpoint()

    def _explain(self, exc: BaseException, *, writing: bool = False) -> BaseException:
        """The sentence for a failed read or write. "Damaged" only if the file still fails a
        fresh look: a read error that has passed is the disk's, not the file's (issue 17)."""
        error = storage_error_for(exc)
        if error is None:
            return exc
        if not writing and "disk i/o error" in str(getattr(exc, "orig", exc)).lower():
            from coprod_desktop.core.db.diagnosis import TRANSIENT_IO

            return StorageError(TRANSIENT_IO)  # a read: nothing was being saved
        if error.message.startswith("The data file is damaged"):
            from coprod_desktop.core.db.diagnosis import explain

            verdict = explain(self.path, exc, keyed=self.key is not None)
            # still damaged: the sentence that points to the backups list (no backup is
            # looked up here); anything else (a passing disk error) says what it is
            return error if getattr(verdict, "damaged", False) else verdict
        return error

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file (so deleted text leaves the log too)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        self.engine.dispose()

    def reopened(self, key: bytes | None) -> Database:
        """A new Database on the same file with another key (after encryption is switched)."""
        return Database(self.path, connect_hook=self.connect_hook, key=key)


def make_private(path: Path) -> None:
    """0600 on POSIX: the file holds bank details and private notes."""
    if os.name == "posix" and path.exists():
        with suppress(PermissionError):  # not ours: opening reports read-only plainly
            os.chmod(path, 0o600)
