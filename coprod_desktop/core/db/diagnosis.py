"""What a records file that will not open *is*, told in one true sentence.

Why this exists: the probe of issue 17 found one sentence ("damaged or needs a passphrase …
restore the latest backup") given for six different states, and following its advice threw
away the newest records. Each state here has its own sentence, and only a file that is really
damaged is a `DataWillNotOpen` with `damaged=True` (the only one the window and the command
offer to restore). The others say what to do instead and leave everything as it is:

- a file whose write-ahead log (`-wal`) completes it (an interrupted checkpoint on a full disk
  leaves the main file shorter than its header): not a failure at all, SQLite opens it and
  folds the log back in once there is room;
- encrypted (it has no plain SQLite header) while its key file is missing or unreadable;
- a full disk (even reading needs a few bytes for the shared-memory file beside the log);
- an input/output error that may pass (a removed or failing disk): try again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from coprod_desktop.core.domain.errors import DataWillNotOpen, StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_HEADER_BYTES = 32
# Below this much free space a failed read is put down to the full disk, not the file.
LOW_SPACE_BYTES = 1 << 20

DAMAGED = (
    "The data file is damaged: SQLite cannot read its records. It has not been changed, and "
    "a backup can put your records back."
)
NEWER = (
    "This data was saved by a newer version of Coprod Desktop. Install the newer version "
    "to open it; the file has not been changed."
)
KEY_FILE_MISSING = (
    "Your records are protected by a passphrase, but their key file (keyring.json) is missing "
    "from the data folder: put back the copy kept in the backups folder or with a backup "
    "(backups/keyring.json); nothing was changed."
)
NEEDS_PASSPHRASE = (
    "The data file is protected: it needs a passphrase (--passphrase-file FILE or "
    "COPROD_PASSPHRASE) to open your records; nothing was changed."
)
DISK_FULL = (
    "Your records cannot be opened because the disk is full: free some space and try again; "
    "nothing was changed."
)
TRANSIENT_IO = (
    "The disk could not be read or written just now (an input/output error): try again, and "
    "if it keeps happening check the disk or its cable; nothing was changed."
)


def check_folder(root: Path) -> None:
    """A data folder that cannot be one, said plainly before anything tries to use it: a link
    to a folder that is not there, or a file where the folder should be."""
    if root.is_symlink() and not root.exists():
        raise StorageError(
            f"The data folder {root} is a link to {os.readlink(root)}, which does not exist: "
            "connect the drive it is on, or choose another folder with --data-dir."
        )
    if root.exists() and not root.is_dir():
        raise StorageError(
            f"The data folder {root} is a file, not a folder: choose a folder with --data-dir."
        )


def damaged() -> DataWillNotOpen:
    return DataWillNotOpen(DAMAGED, damaged=True)


def wal_completes(db_file: Path) -> bool:
    """A log beside the file that holds at least one frame: SQLite reads pages from it first,
    so a main file left short by an interrupted checkpoint is still whole."""
    wal = db_file.with_name(db_file.name + "-wal")
    try:
        return wal.stat().st_size > WAL_HEADER_BYTES
    except OSError:
        return False


def looks_encrypted(db_file: Path) -> bool:
    """An SQLCipher file: no plain header, a whole number of pages, bytes with no pattern.

    Random damage to a plain file keeps most of its header or its text; an encrypted page is
    indistinguishable from random bytes, so many distinct byte values in the first page is
    the tell (a text file or a run of zeros has few)."""
    try:
        size = db_file.stat().st_size
        with open(db_file, "rb") as fh:
            first = fh.read(4096)
    except OSError:
        return False
    if first.startswith(SQLITE_MAGIC) or size < 1024 or size % 512:
        return False
    return len(set(first)) > 200


def disk_is_low(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def explain(db_file: Path, exc: BaseException | None, *, keyed: bool = False) -> StorageError:
    """The one sentence for a file that did not open with `exc` (or failed its check).

    `keyed`: it was opened with the folder's data key (the passphrase was right), so an
    unreadable file is damaged, not locked."""
    text = str(exc or "").lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(DISK_FULL)
    if isinstance(exc, PermissionError) or (db_file.exists() and not os.access(db_file, os.R_OK)):
        return StorageError(
            f"The data file {db_file} cannot be read by you: check its permissions and the "
            "data folder's; nothing was changed."
        )
    if "disk i/o error" in text or "unable to open" in text or isinstance(exc, OSError):
        if disk_is_low(db_file.parent):
            return StorageError(DISK_FULL)
        if "unable to open" not in text:
            return StorageError(TRANSIENT_IO)
    if not keyed and looks_encrypted(db_file):
        if (db_file.parent / "keyring.json").exists():
            return StorageError(NEEDS_PASSPHRASE)
        return StorageError(KEY_FILE_MISSING)
    if not keyed and reads_now(db_file):
        # It read whole a moment later: the failure was the disk's, not the file's.
        return StorageError(TRANSIENT_IO)
    return damaged()


def reads_now(db_file: Path) -> bool:
    """A second, fresh look: does the file open and pass SQLite's quick check now?

    Only asked on the way to calling a file damaged, so a read error that has passed is never
    reported as damage (and never leads to a restore that would lose newer records)."""
    try:
        with closing(sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)) as conn:
            row = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == "ok"


def quick_check(db_file: Path) -> None:
    """Open a file SQLite must recover from its log and check it; `damaged()` if it fails.

    Opened read-write so SQLite may replay the log; nothing is written unless it can be (a
    checkpoint on a still-full disk simply leaves the log in place)."""
    try:
        with closing(sqlite3.connect(str(db_file))) as conn:
            row = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise explain(db_file, exc) from exc
    if row is None or row[0] != "ok":
        raise damaged()


def check_header(db_file: Path) -> None:
    """Refuse a file shorter than its own header says it is (cut short by a copy or a crash
    of the disk), before anything reads past the end and reports it as merely 'malformed'.

    The header's page count is trusted only when SQLite marks it valid (the change counter
    equals the version-valid-for number). A log (-wal) with frames is different: an
    interrupted checkpoint leaves exactly this shape, and the log still holds every page, so
    the file is opened and checked instead of refused.
    """
    try:
        with open(db_file, "rb") as fh:
            header = fh.read(100)
        size = db_file.stat().st_size
    except FileNotFoundError:
        return
    except OSError as exc:
        raise explain(db_file, exc) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        if size == 0:
            return  # a new, empty file: created on first use
        raise explain(db_file, None)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = pages > 0 and header[24:28] == header[92:96]
    if valid and size < pages * page_size:
        if not wal_completes(db_file):
            raise damaged()
        quick_check(db_file)
