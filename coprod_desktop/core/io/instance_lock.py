"""One copy of Coprod Desktop at a time on one data folder.

Two copies writing the same records would not corrupt SQLite, but they would each show the
member a picture the other is changing underneath (undo, claim numbers, restores). So the first
copy holds an OS lock on `coprod.lock` in the data folder for its whole life, and writes its
process id, host and start time into it so a second copy can say who has the records open.

The OS lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) is released by the OS when
the process ends, however it ends; so a lock file left behind by a crash is simply taken over:
its text is only a note, the OS lock is the truth.
"""

from __future__ import annotations

import errno
import json
import os
import socket
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from coprod_desktop.core.domain.errors import StorageError
from coprod_desktop.paths import DataPaths

# Windows locks are mandatory byte ranges: lock a byte past the note so a refused copy can still
# read who holds the records.
_WINDOWS_LOCK_BYTE = 1 << 16


class AlreadyOpen(StorageError):
    """The data folder is held by another running copy of the app; nothing was written."""

    def __init__(self, holder: LockHolder | None) -> None:
        pid = f" (process {holder.pid})" if holder and holder.pid else ""
        where = f" on {holder.host}" if holder and holder.host != socket.gethostname() else ""
        super().__init__(
            f"Your records are open in another copy of Coprod Desktop{pid}{where}. Close that "
            "copy and try again; nothing was changed here."
        )
        self.holder = holder


@dataclass(frozen=True)
class LockHolder:
    """What the lock file says about the copy that holds (or last held) it."""

    pid: int
    host: str
    started: str


def read_holder(lock_path: Path) -> LockHolder | None:
    """The note in a lock file, or None if there is none or it cannot be read."""
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8") or "{}")
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["started"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _try_os_lock(handle: IO[bytes]) -> bool:
    """Take the OS lock without waiting; False if another process holds it."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(_WINDOWS_LOCK_BYTE)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _os_unlock(handle: IO[bytes]) -> None:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        with suppress(OSError):
            handle.seek(_WINDOWS_LOCK_BYTE)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class InstanceLock:
    """The data folder's lock, held from `acquire()` until `release()` (or process end)."""

    def __init__(self, lock_path: Path, now: datetime) -> None:
        self.path = lock_path
        self.now = now
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise AlreadyOpen. The file is never truncated before we hold it."""
        if self._handle is not None:
            return self
        # Created if missing (private to the member) and never truncated before we hold the
        # lock, so a refused copy leaves the holder's note (and every other byte) as it was.
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            handle = os.fdopen(fd, "r+b")
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise
            raise StorageError(
                f"The data folder {self.path.parent} is read-only for you, so your records "
                "cannot be opened for changes. Check you can write to it; nothing was changed."
            ) from exc
        if not _try_os_lock(handle):
            handle.close()
            raise AlreadyOpen(read_holder(self.path))
        note = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": self.now.isoformat(timespec="seconds"),
        }
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(note).encode("utf-8"))
            handle.flush()
        except OSError:
            pass  # the note is a courtesy (a full disk must not stop the member opening records)
        self._handle = handle
        return self

    def release(self) -> None:
        """Let another copy open the records. The file stays: deleting it would race."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            _os_unlock(handle)
        finally:
            handle.close()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def take_for_opening(paths: DataPaths, now: datetime, *, keep: bool) -> InstanceLock | None:
    """The lock for opening a data folder (see `open_services`).

    keep=True: the lock, or AlreadyOpen / a read-only StorageError. keep=False (reading only):
    the lock if it is free (the caller lets it go once open), else None when the records can be
    read without it (they exist and need no creating or migrating), else AlreadyOpen.
    """
    from coprod_desktop.core.db.diagnosis import check_folder
    from coprod_desktop.core.db.migrate import current_revision, needs_migration
    from coprod_desktop.paths import ensure_private_dir

    check_folder(paths.root)
    with suppress(OSError):  # opening the database reports a folder it cannot create, plainly
        ensure_private_dir(paths.root)
    lock = InstanceLock(paths.lock, now)
    try:
        return lock.acquire()
    except AlreadyOpen as exc:
        if keep:
            raise
        refusal = exc
    except StorageError:
        if keep:
            raise
        return None  # a read-only folder: reading may still work, and it writes nothing
    try:
        readable = paths.database.exists() and not needs_migration(current_revision(paths.database))
    except StorageError:
        readable = True  # let opening say plainly what is wrong with the file
    if readable:
        return None
    raise refusal
