"""Write a file so that a crash leaves either the old file or the new one, never half of each."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from coprod_desktop.core.domain.errors import StorageError

# fsync waits on the disk and releases the GIL; this many at once lets the file system commit
# them together. More threads than this only fought over the GIL here (2 cores).
_SYNC_THREADS = 8


def _storage_error(path: Path, exc: OSError) -> StorageError:
    if exc.errno in (28, 27):  # ENOSPC, EFBIG
        return StorageError(
            f"Not saved: the disk is full while writing {path.name}. Free some space and try again."
        )
    return StorageError(f"Not saved: {path.name} could not be written ({exc.strerror}).")


def write_atomic(path: Path, data: bytes, *, private: bool = True) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if private and os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _storage_error(path, exc) from exc


def _sync(item: tuple[Path, Path]) -> None:
    """fsync the folder `item[0]`; a failure names `item[1]`, a file the member saved in it."""
    folder, named = item
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _storage_error(named, exc) from exc


def _write_temporary(path: Path, data: bytes, made: list[Path]) -> None:
    """Write `data` to a new private temporary file beside `path` and wait until it is on disk.

    Plain `os` calls, not `tempfile` and a file object: this runs thousands of times in a few
    threads, and every line of Python is a wait for the GIL (file objects also ask the kernel
    whether the file is a terminal and where it is positioned).
    """
    tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, 0o600)  # private from the start: 0600 at most, after umask
        made.append(tmp)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _storage_error(path, exc) from exc


def _write_share(share: list[tuple[Path, bytes, list[Path]]]) -> None:
    for path, data, made in share:
        _write_temporary(path, data, made)


def write_many_atomic(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write many private (0600) files, each whole or not at all, all on disk before this returns.

    Why not `write_atomic` in a loop: it waits for the disk once per file, one after another,
    which for the ~2,000 receipts of a full JSON import was 1.5 s of a 5 s import. Here the
    files are written to temporary files beside their targets and synced by a few threads at
    once (creating and syncing a file wait on the disk and release the GIL, and the file system
    commits concurrent syncs in shared journal transactions); only when every one is on disk
    is each renamed into place, and then the folders are synced so the new names are on disk
    too (on POSIX; Windows cannot open a folder to sync it). The guarantee is the one
    `write_atomic` gives each file: a crash leaves a target either as it was or whole.

    Any failure removes every temporary file. A failure before the renames leaves no target
    touched; one while renaming or syncing the folders (rare: the data is already on disk) may
    leave some targets in place, each whole: the caller knows which targets it asked for and
    can take them back.
    """
    if not files:
        return
    # One list per file: a thread appends only to its own, so no lock is needed.
    made: list[list[Path]] = [[] for _ in files]
    folders: dict[Path, Path] = {}  # each folder, and a file in it to name in a message
    for target, _ in files:
        folders.setdefault(target.parent, target)
    path = files[0][0]
    try:
        for folder, named in folders.items():
            path = named
            folder.mkdir(parents=True, exist_ok=True)
        # Each thread takes every n-th file: no queue to wait on per file, and a thread stops
        # at its first failure (a full disk fails them all quickly).
        work = [(target, data, out) for (target, data), out in zip(files, made, strict=True)]
        threads = min(_SYNC_THREADS, len(work))
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(_write_share, [work[i::threads] for i in range(threads)]))
        for (path, _), (tmp,) in zip(files, made, strict=True):
            os.replace(tmp, path)
        if os.name == "posix":
            with ThreadPoolExecutor(min(_SYNC_THREADS, len(folders))) as pool:
                list(pool.map(_sync, folders.items()))
    except OSError as exc:
        _remove(made)
        raise _storage_error(path, exc) from exc
    except BaseException:
        _remove(made)
        raise


def _remove(made: list[list[Path]]) -> None:
    for tmps in made:
        for tmp in tmps:
            tmp.unlink(missing_ok=True)


def wipe(path: Path) -> None:
    """Overwrite a file with zeros, sync, then delete it (a plaintext scrap of protected
    records must not linger in free space). Lives here, below the services, so the backup
    key helpers can use it without importing the encryption service (issue 17)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            block = b"\0" * (1024 * 1024)
            left = size
            while left > 0:
                step = min(left, len(block))
                handle.write(block[:step])
                left -= step
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass  # still deleted below; a file we cannot open for writing we cannot overwrite
    path.unlink(missing_ok=True)
