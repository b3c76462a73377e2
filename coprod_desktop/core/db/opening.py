"""Open (creating or migrating as needed) the database in a data folder."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from coprod_desktop.core.db.engine import Database, PragmaHook, make_private
from coprod_desktop.core.db.migrate import (
    UNREADABLE,
    backup_copy,
    current_revision,
    needs_migration,
    upgrade,
)
from coprod_desktop.core.domain.errors import DataWillNotOpen, StorageError
from coprod_desktop.paths import DataPaths, ensure_private_dir


def open_database(
    paths: DataPaths,
    now: datetime,
    *,
    connect_hook: PragmaHook | None = None,
    key: bytes | None = None,
) -> Database:
    """Open the member's database, creating it on first use and migrating after a backup.

    `key` is the data key when encryption is on (the database is then an SQLCipher file).
    """
    if os.name == "posix":
        os.umask(0o077)  # new files (database, log, attachments, PDFs) private to the member
    try:
        ensure_private_dir(paths.root)
    except OSError as exc:
        raise StorageError(
            f"The data folder {paths.root} cannot be created ({exc.strerror}). "
            "Choose another folder with --data-dir."
        ) from exc
    try:
        if key is None:  # an encrypted file has no plain header to check
            check_not_truncated(paths.database)
        revision = current_revision(paths.database, key)
        needs = needs_migration(revision)
    except DataWillNotOpen as exc:
        # The file is left exactly as it is; the member is offered the latest backup.
        from coprod_desktop.core.io.backups import latest_backup

        exc.latest_backup = latest_backup(paths.backups)
        raise
    database = Database(paths.database, connect_hook=connect_hook, key=key)
    if needs:
        if revision is not None:
            backup_copy(
                paths.database, paths.backups, f"before-migration-from-{revision}", now, key
            )
        try:
            upgrade(database.engine)
        except Exception as exc:
            database.dispose()
            from coprod_desktop.core.db.engine import storage_error_for

            raise storage_error_for(exc) or exc from exc
    for suffix in ("", "-wal", "-shm"):
        make_private(paths.database.with_name(paths.database.name + suffix))
    return database


def check_not_truncated(db_file: Path) -> None:
    """Refuse a file shorter than its own header says it is (cut short by a copy or a crash
    of the disk), before anything reads past the end and reports it as merely 'malformed'.

    The header's page count is trusted only when SQLite marks it valid (the change counter
    equals the version-valid-for number); a log (-wal) can only add pages, never make the
    main file legitimately shorter than its header.
    """
    try:
        with open(db_file, "rb") as fh:
            header = fh.read(100)
        size = db_file.stat().st_size
    except FileNotFoundError:
        return
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        if size == 0:
            return  # a new, empty file: created on first use
        raise DataWillNotOpen(UNREADABLE)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = pages > 0 and header[24:28] == header[92:96]
    if valid and size < pages * page_size:
        raise DataWillNotOpen(UNREADABLE)
