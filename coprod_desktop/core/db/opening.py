"""Open (creating or migrating as needed) the database in a data folder."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from coprod_desktop.core.db.diagnosis import check_folder, check_header
from coprod_desktop.core.db.engine import Database, PragmaHook, make_private
from coprod_desktop.core.db.migrate import (
    current_revision,
    needs_migration,
    upgrade,
)
from coprod_desktop.core.domain.errors import DataWillNotOpen, StorageError
from coprod_desktop.core.io.backup_files import backup_file, latest_backup, parse_name
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
    check_folder(paths.root)
    try:
        ensure_private_dir(paths.root)
    except OSError as exc:
        raise StorageError(
            f"The data folder {paths.root} cannot be created ({exc.strerror}). "
            "Choose another folder with --data-dir."
        ) from exc
    try:
        if key is None:  # an encrypted file has no plain header to check
            check_header(paths.database)
        revision = current_revision(paths.database, key)
        needs = needs_migration(revision)
        if revision is not None:
            check_own_schema(paths.database, revision, key)
    except DataWillNotOpen as exc:
        # The file is left exactly as it is; only a damaged one is offered the latest backup.
        if exc.damaged:
            exc.latest_backup = latest_backup(paths.backups)
            named = parse_name(exc.latest_backup) if exc.latest_backup else None
            exc.backup_taken = named[1] if named else None
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


def check_own_schema(db_file: Path, revision: str, key: bytes | None) -> None:
    """The records file holds only what this version's migrations make (issue 17): a data
    folder copied from elsewhere, or a file another program changed, could carry a trigger
    that acts at the next save. Such a file is not opened (it counts as damaged: the member
    is offered the latest backup); it is left exactly as it is."""
    from coprod_desktop.core.db.schema_check import check_file_schema

    try:
        different = check_file_schema(db_file, revision, key)
    except Exception as exc:  # it opened a moment ago: say what the disk or file is doing
        from coprod_desktop.core.db.diagnosis import explain

        raise explain(db_file, exc, keyed=key is not None) from exc
    if different is not None:
        raise DataWillNotOpen(
            f"The data file holds {different}, which Coprod Desktop never makes: another "
            "program has changed it, so it is not opened. It has not been changed.",
            damaged=True,
        )


def backup_copy(
    db_file: Path, backups_dir: Path, label: str, now: datetime, key: bytes | None = None
) -> Path:
    """An online, consistent, checked copy of the database (safe while another process writes).

    The copying itself lives in `core.io.backup_files` (one way to take a backup, one name
    scheme).
    An encrypted database is copied with the same key (SQLCipher's export), so the copy is
    never plaintext.
    """
    if key is not None:
        from coprod_desktop.core.db.cipher import export_database

        backups_dir.mkdir(parents=True, exist_ok=True)
        target = backups_dir / f"{label}-{now:%Y%m%d-%H%M%S}.sqlite3"
        export_database(db_file, target, src_key=key, dst_key=key)
        return target
    return backup_file(db_file, backups_dir, label, now)
