"""Putting a backup in place of the records: check it whole, keep what is there, swap.

See `io.backups` for why each step is the way it is. This module works on files only (the
caller holds the instance lock and has no connection open); `io.backups.restore_backup` and
`BackupService.restore` are the entry points that take the lock and reopen the records.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path

from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.io.backup_files import (
    REQUIRED_TABLES,
    STATE_FILE,
    SUFFIX,
    RestoreResult,
    _connect_with,
    _db_errors,
    _free_name,
    _storage_error,
    _write_state,
    take_copy,
)
from coprod_desktop.paths import DataPaths


class SealedPassphraseNeeded(UserError):
    """The backup is sealed under a passphrase of its own, and none was given."""

    def __init__(self, backup: Path, how: str = "type that passphrase") -> None:
        super().__init__(
            f"The backup {backup.name} is sealed with the passphrase chosen when it was taken: "
            f"{how} to restore it; nothing was changed.",
            "backup_passphrase",
        )


def _not_a_backup(path: Path, why: str) -> UserError:
    return UserError(
        f"{path.name} cannot be restored: {why}. Choose a backup from the backups folder.",
        "backup file",
    )


def check_restorable(staged: Path, original: Path, key: bytes | None = None) -> None:
    """Refuse a file that is not a healthy Coprod Desktop database of a schema we can open.

    `key` opens `staged` when it is encrypted (it has been converted to the folder's key).
    """
    from coprod_desktop.core.db.migrate import KNOWN_REVISIONS
    from coprod_desktop.core.db.schema_check import check_schema

    try:
        with closing(_connect_with(key)(str(staged))) as conn:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables.issuperset(REQUIRED_TABLES):
                raise _not_a_backup(original, "it is not a Coprod Desktop database")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            check = conn.execute("PRAGMA integrity_check").fetchone()
            conn.execute("PRAGMA journal_mode=DELETE")
            if revision is not None and revision[0] in KNOWN_REVISIONS:
                different = check_schema(conn, revision[0])
            else:
                different = None
    except _db_errors() as exc:
        raise _not_a_backup(original, "it is not a database, or it is damaged") from exc
    if check is None or check[0] != "ok":
        raise _not_a_backup(original, "it is damaged (it fails SQLite's integrity check)")
    if revision is None or revision[0] not in KNOWN_REVISIONS:
        raise _not_a_backup(
            original, "it was saved by a newer version of Coprod Desktop; install that version"
        )
    if different is not None:
        # A trigger, view, index or column no version of the app makes: it could act on the
        # records at the next save (issue 17), so nothing of it comes in.
        raise _not_a_backup(original, f"its structure is not Coprod Desktop's own ({different})")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep_current(paths: DataPaths, now: datetime, key: bytes | None = None) -> Path | None:
    """Copy the current records aside as a "before-restore" backup, even if they are damaged.

    A healthy file is copied with the backup API (an encrypted one with its key, so the copy
    is encrypted too); a file that cannot be read is copied byte for byte (with its -wal and
    -shm), so the member can still take it to someone who can help.
    """
    db = paths.database
    if not db.exists():
        return None
    try:
        if key is None:
            source = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        else:
            from coprod_desktop.core.db.cipher import connect as keyed

            source = keyed(db, key, read_only=True)
        with closing(source):
            path, digest = take_copy(
                source, paths.backups, "before-restore", now, connect=_connect_with(key)
            )
        _write_state(paths.backups, path, digest)
        return path
    except StorageError as exc:
        if "disk is full" in exc.message:
            raise StorageError(
                "Not restored: the copy of your current records, kept before every restore, "
                "could not be made because the disk is full. Free some space and try again; "
                "nothing was changed."
            ) from exc
        if "read-only" in exc.message:
            raise StorageError(
                "Not restored: the copy of your current records, kept before every restore, "
                "could not be made because the backups folder is read-only; nothing was changed."
            ) from exc
    except _db_errors():
        pass  # cannot even be opened: copied byte for byte below
    target = _free_name(paths.backups, "before-restore-damaged", now)
    try:
        for suffix in ("-wal", "-shm", ""):
            part = db.with_name(db.name + suffix)
            if part.exists():
                shutil.copyfile(part, target.with_name(target.name + suffix))
    except OSError as exc:
        raise _storage_error(exc, "The copy of your current records") from exc
    return target


def _stage(
    paths: DataPaths,
    backup: Path,
    key: bytes | None,
    backup_passphrase: str | None,
    also_try: str | None,
) -> tuple[Path, str | None]:
    """A checked copy of `backup` in the data folder, in the folder's form (its key, or plain).

    Returns (staged file, conversion: None, "protected", "rekeyed" or "plain"). The backup is only
    read; on any failure nothing is left behind (a plaintext scrap in a protected folder is
    overwritten before it goes).
    """
    from coprod_desktop.core.io.backup_keys import discard, key_for_backup
    from coprod_desktop.core.io.sealed import is_sealed_file, unseal_file

    staged = paths.root / f".restoring-{os.getpid()}{SUFFIX}"
    converted = paths.root / f".restoring-{os.getpid()}-converted{SUFFIX}"
    plain_inside_protected = False
    try:
        if is_sealed_file(backup):
            # Sealed from a plain copy: unsealed only here, inside the data folder.
            if not backup_passphrase:
                raise SealedPassphraseNeeded(backup)
            plain_inside_protected = key is not None
            unseal_file(backup, staged, backup_passphrase, what=f"backup {backup.name}")
            backup_passphrase = None  # it opened the seal; the copy inside is plain
        else:
            try:
                shutil.copyfile(backup, staged)
            except OSError as exc:
                raise _storage_error(exc, "The restore") from exc
        source_key = key_for_backup(staged, backup, key, backup_passphrase, also_try=also_try)
        plain_inside_protected = source_key is None and key is not None
        conversion = None
        if source_key != key:
            from coprod_desktop.core.db.cipher import export_database

            # The export checks every table's row count in the converted copy.
            try:
                export_database(staged, converted, src_key=source_key, dst_key=key)
            except StorageError as exc:
                raise _not_a_backup(backup, "it is not a database, or it is damaged") from exc
            discard(staged, plaintext=plain_inside_protected)
            os.replace(converted, staged)
            if key is None:
                conversion = "plain"
            else:
                conversion = "protected" if source_key is None else "rekeyed"
        check_restorable(staged, backup, key)
        return staged, conversion
    except BaseException:
        for leftover in (staged, converted, staged.with_name(staged.name + "-journal")):
            discard(leftover, plaintext=plain_inside_protected)
        raise


def restore_files(
    paths: DataPaths,
    backup: Path,
    now: datetime,
    *,
    key: bytes | None = None,
    backup_passphrase: str | None = None,
    also_try: str | None = None,
) -> RestoreResult:
    """Put `backup` in place of the records file. The caller must hold the instance lock and
    have no connection open.

    `key` is the folder's data key (None when protection is off); a protected folder refuses to
    restore without it, so a plain file never lands among encrypted ones. `backup_passphrase`
    (or quietly `also_try`) opens a backup taken under another key, with its key file; for a
    passphrase-sealed backup it is the passphrase of the seal (`SealedPassphraseNeeded` when
    it is missing, a plain `WrongPassphrase` when it does not open it).
    Until the final rename, a failure leaves the folder exactly as it was.
    """
    from coprod_desktop.core.io import keys

    backup = Path(backup)
    if backup.exists() and not backup.is_file():
        raise UserError(
            f"{backup} is not an ordinary file (a folder, a device or a pipe): choose a backup "
            "file.",
            "backup file",
        )
    if not backup.is_file():
        raise UserError(f"There is no file at {backup}. Choose a backup file.", "backup file")
    if key is None and keys.is_on(paths.root):
        raise keys.PassphraseNeeded()
    staged, conversion = _stage(paths, backup, key, backup_passphrase, also_try)
    db = paths.database
    pid = os.getpid()
    kept: Path | None = None
    swapped = False
    aside: list[tuple[Path, Path]] = []
    state = paths.backups / STATE_FILE
    try:
        state_before: bytes | None = state.read_bytes()
    except OSError:
        state_before = None
    try:
        kept = _keep_current(paths, now, key)
        try:
            with open(staged, "rb+") as fh:
                os.fsync(fh.fileno())
            # The old log must not meet the new file (SQLite would replay it onto the restored
            # records): it is moved aside, and put back if the swap does not happen.
            for suffix in ("-wal", "-shm"):
                part = db.with_name(db.name + suffix)
                if part.exists():
                    hold = paths.root / f".restoring-{pid}{suffix}"
                    os.replace(part, hold)
                    aside.append((hold, part))
            os.replace(staged, db)
            swapped = True
            _fsync_dir(paths.root)
        except OSError as exc:
            raise _storage_error(exc, "The restore") from exc
    except BaseException:
        if not swapped:
            for hold, part in reversed(aside):
                with suppress(OSError):
                    os.replace(hold, part)
            if kept is not None:  # the copy of what is still in place: not needed after all
                for suffix in ("", "-wal", "-shm"):
                    with suppress(OSError):
                        kept.with_name(kept.name + suffix).unlink()
                with suppress(OSError):
                    if state_before is None:
                        state.unlink()
                    else:
                        state.write_bytes(state_before)
        raise
    finally:
        for leftover in (staged, staged.with_name(staged.name + "-journal")):
            with suppress(FileNotFoundError):
                leftover.unlink()
    for hold, _part in aside:  # their content is in the before-restore copy
        with suppress(OSError):
            hold.unlink()
    if os.name == "posix":
        with suppress(OSError):
            os.chmod(db, 0o600)
    return RestoreResult(kept, conversion)
