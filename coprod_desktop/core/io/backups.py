"""Backups of the member's records, and putting one back.

Why each piece is the way it is:
- Copies are taken with SQLite's online backup API from an open connection, in one step, so a
  copy is a consistent snapshot even while another connection or process is writing (in WAL
  mode a reader never blocks the writer). `copy_database` takes any open DB-API connection, so
  an encrypted (SQLCipher) connection can be copied the same way.
- Every copy is checked with `PRAGMA integrity_check` before it counts; a copy that fails is
  removed at once (it could only mean the records file itself is damaged, and the earlier good
  copies must not be pruned in its favour).
- Automatic copies are taken when the window starts (only if the records changed since the
  last copy: the content hash of the new copy is compared with the last one's) and when it
  closes. They are named `<reason>-<YYYYmmdd-HHMMSS>.sqlite3` from the injected clock, so
  retention can be tested on a fake calendar.
- Retention keeps the newest copy of each of the 7 most recent days, 5 most recent weeks and
  12 most recent months that have a copy (rules applied independently, the union kept); copies
  taken before a migration or a restore are never pruned.
- `restore` checks the chosen file is a Coprod Desktop database of a schema this version can
  open, copies the current file (and its -wal) to a "before-restore" backup first, then swaps
  the file in with a rename. Nothing is lost at any step: until that rename the current file,
  its log and the backups folder are exactly as they were (the log is moved aside, not
  deleted, and put back if the rename fails).
- When the records are protected by a passphrase, a backup is converted to the folder's key as
  it is now (or to a plain file when protection is off) before the swap; restoring never turns
  protection on or off and never touches the key file or the receipts (see `backup_keys`).
- A passphrase-sealed backup (`coprod backup --encrypt`) is a plain copy of the records sealed
  with AES-256-GCM under a passphrase the member chose (`sealed.seal_file`), so it opens on its
  own with just that passphrase, whatever became of the folder's key. The plain copy it is
  sealed from exists only inside the data folder, under a hidden name, and is removed (wiped
  when the records are encrypted) before the command ends. In the backups folder it is named
  `sealed-<stamp>.sealed`: the name says what it is, the folder's own SQLite tools and the
  encryption switch leave it alone, and retention never prunes it (it is the member's own copy,
  and it must not take the place of the day's ordinary backup). Restoring one unseals it into
  the data folder and goes through the ordinary restore from there.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.io.backup_files import (  # re-exported: the names callers know
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    KEPT_ALWAYS,
    REQUIRED_TABLES,
    SEALED_REASON,
    SEALED_SUFFIX,
    STATE_FILE,
    SUFFIX,
    BackupInfo,
    Connect,
    RestoreResult,
    _connect_with,
    _db_errors,
    _free_name,
    _storage_error,
    backup_file,
    check_file,
    check_out,
    content_hash,
    copy_database,
    copy_to,
    keep_set,
    last_content_hash,
    latest_backup,
    list_backups,
    parse_name,
    prune,
    take_backup,
    take_copy,
)
from coprod_desktop.core.io.restore import (  # re-exported: the names callers know
    SealedPassphraseNeeded,
    check_restorable,
    restore_files,
)
from coprod_desktop.paths import DataPaths

if TYPE_CHECKING:
    from coprod_desktop.core.io.instance_lock import InstanceLock
    from coprod_desktop.core.services.context import Context

__all__ = [
    "KEEP_DAILY",
    "KEEP_MONTHLY",
    "KEEP_WEEKLY",
    "KEPT_ALWAYS",
    "REQUIRED_TABLES",
    "SEALED_REASON",
    "SEALED_SUFFIX",
    "STATE_FILE",
    "SUFFIX",
    "BackupInfo",
    "BackupService",
    "Connect",
    "RestoreResult",
    "SealedPassphraseNeeded",
    "backup_file",
    "backup_folder_now",
    "check_file",
    "check_out",
    "check_restorable",
    "content_hash",
    "copy_database",
    "copy_to",
    "keep_set",
    "last_content_hash",
    "latest_backup",
    "list_backups",
    "parse_name",
    "prune",
    "restore_backup",
    "restore_files",
    "take_backup",
    "take_copy",
]


def restore_backup(
    paths: DataPaths,
    backup: Path,
    now: datetime,
    *,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> RestoreResult:
    """Restore before the services open (e.g. when the records file will not open).

    Takes the instance lock for the few moments it needs, so a copy of the app that has the
    records open is never pulled from under. When the folder is protected, `passphrase` unlocks
    its key file first (a wrong one changes nothing); it is also tried on a backup taken under
    another key before `backup_passphrase` is asked for.
    """
    from coprod_desktop.core.io.instance_lock import InstanceLock
    from coprod_desktop.core.services.encryption import unlock_folder

    paths.root.mkdir(parents=True, exist_ok=True)
    with InstanceLock(paths.lock, now):
        key = unlock_folder(paths, passphrase)
        return restore_files(
            paths, backup, now, key=key, backup_passphrase=backup_passphrase, also_try=passphrase
        )


def backup_folder_now(
    paths: DataPaths, reason: str, now: datetime, *, out: Path | None = None
) -> Path:
    """A backup of a data folder whose services are not open (the command's fallback)."""
    with closing(sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)) as source:
        if out is None:
            info = take_backup(source, paths.backups, reason, now)
            assert info is not None
            return info.path
        return copy_to(source, out)


# -- the service ----------------------------------------------------------------------------------
class BackupService:
    """Backups of the open records: list, take (now or if changed), restore."""

    def __init__(self, ctx: Context, lock: Callable[[], InstanceLock | None] = lambda: None):
        self.ctx = ctx
        self._lock = lock

    @property
    def folder(self) -> Path:
        return self.ctx.paths.backups

    def _connect(self) -> Connect:
        """How a copy is opened: with the data key when encryption is on, so a backup of an
        encrypted database is encrypted too (never a plaintext copy)."""
        return _connect_with(self.ctx.db.key)

    def _take(self, reason: str, *, only_if_changed: bool) -> BackupInfo | None:
        from coprod_desktop.core.io.backup_keys import refresh_backups_copy

        engine = self.ctx.db.engine
        raw = engine.raw_connection()  # goes through the connect hook (e.g. a passphrase)
        try:
            info = take_backup(
                raw.driver_connection,
                self.folder,
                reason,
                self.ctx.clock.now(),
                only_if_changed=only_if_changed,
                connect=self._connect(),
            )
        finally:
            raw.close()
        # The key goes with the backups (a copy of the backups folder can always be opened).
        refresh_backups_copy(self.ctx.paths.root, self.folder)
        return info

    def back_up_now(self, reason: str = "manual") -> BackupInfo:
        info = self._take(reason, only_if_changed=False)
        assert info is not None
        return info

    def back_up_if_changed(self, reason: str) -> BackupInfo | None:
        """The automatic backup (window start and exit): only when the records changed."""
        return self._take(reason, only_if_changed=True)

    def copy_to(self, out: Path) -> Path:
        """A backup at a place the member chose; a protected one with its key file beside it
        (`FILE.keyring.json`), so it opens with the passphrase of today even after protection
        is turned off and on again, or on another computer."""
        from coprod_desktop.core.io import keys
        from coprod_desktop.core.io.backup_keys import keep_key_with, sidecar

        raw = self.ctx.db.engine.raw_connection()
        try:
            written = copy_to(raw.driver_connection, out, connect=self._connect())
        finally:
            raw.close()
        if self.ctx.db.key is None:  # a key file from an earlier backup of that name: spent
            with suppress(OSError):
                sidecar(written).unlink()
        else:
            try:
                keep_key_with(keys.keyring_path(self.ctx.paths.root), sidecar(written))
            except (OSError, UserError) as exc:
                with suppress(OSError):
                    written.unlink()
                if isinstance(exc, UserError):
                    raise
                raise _storage_error(exc, "The backup") from exc
        return written

    def back_up_sealed(self, passphrase: str, out: Path | None = None) -> Path:
        """A backup sealed under `passphrase` (AES-256-GCM): into the backups folder, or `out`.

        It holds a plain copy of the records, so it opens on its own with just that passphrase
        (no key file, whether or not the records are protected). That plain copy is made with
        the online backup (an encrypted one converted with its key) under a hidden name in the
        data folder, checked, sealed into a file that appears whole, and removed (overwritten
        first when the records are encrypted): unsealed, it never leaves the data folder.
        """
        from coprod_desktop.core.db.cipher import export_database
        from coprod_desktop.core.io import keys
        from coprod_desktop.core.io.backup_keys import discard, sidecar
        from coprod_desktop.core.io.sealed import seal_file

        keys.check_new_passphrase(passphrase)
        if out is not None:
            out = check_out(out)
        root, key = self.ctx.paths.root, self.ctx.db.key
        snapshot = root / f".sealing-{os.getpid()}{SUFFIX}"
        plain = root / f".sealing-{os.getpid()}-plain{SUFFIX}"
        try:
            raw = self.ctx.db.engine.raw_connection()
            try:
                copy_database(raw.driver_connection, snapshot, connect=self._connect())
            finally:
                raw.close()
            if key is None:
                os.replace(snapshot, plain)
            else:
                try:  # the export checks every table's row count in the plain copy
                    export_database(snapshot, plain, src_key=key, dst_key=None)
                except StorageError as exc:
                    raise StorageError(
                        "The backup was not made: the copy of your records did not check out "
                        f"({exc.message}). Your records are unchanged."
                    ) from exc
            problem = check_file(plain)
            if problem is not None:
                raise StorageError(
                    "The backup just taken failed its check, so your records file may be "
                    f"damaged ({problem}). Your earlier backups are kept; restore one of them."
                )
            if out is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                target = _free_name(self.folder, SEALED_REASON, self.ctx.clock.now(), SEALED_SUFFIX)
            else:
                target = out
            seal_file(plain, target, passphrase, kdf=keys.DEFAULT_KDF)
        except (*_db_errors(), OSError) as exc:
            raise _storage_error(exc, "The backup") from exc
        finally:
            for leftover in (snapshot, plain):
                for part in (leftover, leftover.with_name(leftover.name + "-journal")):
                    discard(part, plaintext=key is not None and leftover == plain)
        if out is not None:  # a key file from an earlier backup of that name: not for this one
            with suppress(OSError):
                sidecar(target).unlink()
        return target

    def list(self) -> list[BackupInfo]:
        return list_backups(self.folder)

    def latest(self) -> Path | None:
        return latest_backup(self.folder)

    def restore(self, backup: Path, backup_passphrase: str | None = None) -> RestoreResult:
        """Put a backup in place of the open records and reopen them.

        The database is closed for the swap and opened again with the same key (migrating an
        older backup after its own before-migration copy). `backup_passphrase` opens a backup
        taken under another key (`BackupPassphraseNeeded` says when it is needed).
        """
        from coprod_desktop.core.db.opening import open_database
        from coprod_desktop.core.io.instance_lock import InstanceLock

        ctx = self.ctx
        now = ctx.clock.now()
        held = self._lock()
        temporary = None if held is not None and held.held else InstanceLock(ctx.paths.lock, now)
        hook = ctx.db.connect_hook
        key = ctx.db.key
        if temporary is not None:
            temporary.acquire()
        try:
            ctx.db.dispose()
            try:
                result = restore_files(
                    ctx.paths, backup, now, key=key, backup_passphrase=backup_passphrase
                )
            finally:
                ctx.db = open_database(ctx.paths, now, connect_hook=hook, key=key)
                ctx.forget_pack()
        finally:
            if temporary is not None:
                temporary.release()
        return result
