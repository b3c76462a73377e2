"""Turning encryption on and off, changing the passphrase, and unlocking a protected folder.

The design (data key, key file, Argon2id, recovery key) is described in `core/io/keys.py`.
This module is about doing each switch **all or nothing**:

1. Every file that must change is converted into a journal folder `.encryption-switch/new/`
   beside the originals (the database with `sqlcipher_export`, each attachment sealed or
   opened, each `*.sqlite3` backup converted the same way as the database) and checked.
   The originals are not touched; the database engine is only disposed, not closed for good.
2. The commit point is one marker file, `.encryption-switch/COMMITTED`, written and synced.
   Before it, any failure (an error, a full disk, Cancel) removes the journal and the original
   files are still the ones in use.
3. After it, each original is moved aside into `.encryption-switch/old/` and its converted copy
   renamed into place; then the old copies are removed, the plaintext ones overwritten first.
   If the process dies in this step, the next opening of the folder finishes it (every step can
   be repeated safely), so a half-switched folder is never used.

Overwriting a file before deleting it is the best an application can do: on SSDs and on
copy-on-write file systems old blocks may survive, which is why whole-disk encryption is still
worth having.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.io import keys
from coprod_desktop.core.io.keys import DEFAULT_KDF, KdfParams, PassphraseNeeded
from coprod_desktop.core.io.safe_write import wipe
from coprod_desktop.paths import DataPaths

if TYPE_CHECKING:
    from coprod_desktop.core.db.engine import Database
    from coprod_desktop.core.services.context import Context


class Services(Protocol):
    """What the switches need of the open services. A protocol, not the `Services` class:
    importing that would make this module (which opening and restoring use) depend on every
    service, and the services on it, a circle (issue 17)."""

    @property
    def ctx(self) -> Context: ...

    @property
    def paths(self) -> DataPaths: ...

    @property
    def db(self) -> Database: ...


JOURNAL = keys.SWITCH_JOURNAL
COMMITTED = keys.SWITCH_COMMITTED
PLAN = "plan.json"


@dataclass(frozen=True, slots=True)
class EncryptionStatus:
    on: bool
    key_file: str
    attachments: int
    backups: int

    def sentence(self) -> str:
        if self.on:
            return (
                "On: your records, attachments and backups are encrypted; a passphrase is "
                "needed to open them."
            )
        return "Off: your records are kept as ordinary files on this computer."


def status(paths: DataPaths) -> EncryptionStatus:
    return EncryptionStatus(
        keys.is_on(paths.root),
        str(keys.keyring_path(paths.root)),
        sum(1 for _ in _files(paths.attachments)),
        sum(1 for _ in _backup_files(paths)),
    )


# -- opening -------------------------------------------------------------------------------
def unlock_folder(paths: DataPaths, passphrase: str | None) -> bytes | None:
    """The data key for the folder, None when encryption is off.

    Finishes a switch that was interrupted after its commit point (or clears one interrupted
    before it). A missing or wrong passphrase raises before any record file is opened.
    """
    finish_interrupted_switch(paths)
    keyring = keys.read_keyring(paths.root)
    if keyring is None:
        return None
    if not passphrase:
        raise PassphraseNeeded()
    return keyring.unlock(passphrase)


# -- the switches --------------------------------------------------------------------------
def turn_on(
    services: Services,
    passphrase: str,
    repeat: str | None = None,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    progress: Progress = no_progress,
) -> str:
    """Encrypt the folder; return the recovery key (to show the member once)."""
    paths = services.paths
    keys.check_new_passphrase(passphrase, repeat)
    if keys.is_on(paths.root):
        raise UserError("Encryption is already on for these records.", "encryption")
    data_key = keys.new_data_key()
    recovery_key = keys.new_recovery_key()
    keyring = keys.Keyring.create(data_key, passphrase, recovery_key, kdf)

    def extra(new: Path) -> None:
        keys.write_keyring(new / keys.KEYRING_NAME, keyring)
        # A copy goes with the backups, so the backups folder alone can always be opened.
        keys.write_keyring(new / paths.backups.relative_to(paths.root) / keys.KEYRING_NAME, keyring)

    _switch(services, None, data_key, extra, direction="on", progress=progress)
    return recovery_key


def turn_off(services: Services, passphrase: str, *, progress: Progress = no_progress) -> None:
    """Decrypt the folder back to ordinary files, after checking the passphrase."""
    paths = services.paths
    keyring = keys.read_keyring(paths.root)
    if keyring is None:
        raise UserError("Encryption is already off for these records.", "encryption")
    data_key = keyring.unlock(passphrase)
    _switch(services, data_key, None, None, direction="off", progress=progress)


def change_passphrase(
    paths: DataPaths,
    current: str,
    new: str,
    repeat: str | None = None,
    *,
    kdf: KdfParams = DEFAULT_KDF,
) -> None:
    """Rewrap the data key under a new passphrase: one atomic write of the key file."""
    keyring = _keyring_or_off(paths)
    data_key = keyring.unlock(current)
    keys.check_new_passphrase(new, repeat)
    keys.write_keyring(keys.keyring_path(paths.root), keyring.with_passphrase(data_key, new, kdf))
    _refresh_backups_copy(paths)


def _refresh_backups_copy(paths: DataPaths) -> None:
    """The key file kept with the backups follows the new passphrase: the old one must not keep
    opening the records from inside the folder. (The data key is unchanged, so every backup
    still opens.)"""
    from coprod_desktop.core.io.backup_keys import refresh_backups_copy

    refresh_backups_copy(paths.root, paths.backups)


def recover(
    paths: DataPaths,
    recovery_key: str,
    new: str,
    repeat: str | None = None,
    *,
    kdf: KdfParams = DEFAULT_KDF,
) -> None:
    """Set a new passphrase with the recovery key (the recovery key keeps working)."""
    finish_interrupted_switch(paths)
    keyring = _keyring_or_off(paths)
    keys.normalise_recovery_key(recovery_key)
    keys.check_new_passphrase(new, repeat)
    data_key = keyring.unlock_with_recovery_key(recovery_key)
    keys.write_keyring(keys.keyring_path(paths.root), keyring.with_passphrase(data_key, new, kdf))
    _refresh_backups_copy(paths)


def _keyring_or_off(paths: DataPaths) -> keys.Keyring:
    keyring = keys.read_keyring(paths.root)
    if keyring is None:
        raise UserError(
            "Encryption is off for these records, so there is no passphrase to change.",
            "encryption",
        )
    return keyring


# -- the machinery -------------------------------------------------------------------------
def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _backup_files(paths: DataPaths) -> Iterator[Path]:
    """Every SQLite backup, wherever the backups module puts it under backups/."""
    if paths.backups.is_dir():
        yield from sorted(p for p in paths.backups.rglob("*.sqlite3") if p.is_file())


def _db_companions(paths: DataPaths) -> list[Path]:
    db = paths.database
    return [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _convert_attachment(src: Path, dst: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    from coprod_desktop.core.io.attachments import AttachmentStore
    from coprod_desktop.core.io.safe_write import write_atomic

    name = src.name
    plain = AttachmentStore(src.parent, old_key).decode(name, src.read_bytes())
    stored = AttachmentStore(dst.parent, new_key).encode(name, plain)
    write_atomic(dst, stored, private=True)
    if AttachmentStore(dst.parent, new_key).decode(name, dst.read_bytes()) != plain:
        raise StorageError(f"The converted copy of {name} does not read back: nothing changed.")


def _convert_backup(src: Path, dst: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    from coprod_desktop.core.db.cipher import export_database, opens_with

    if not opens_with(src, old_key):
        raise UserError(
            f"The backup {src.name} cannot be read, so it cannot be converted: move it out of "
            "the backups folder (or delete it) and try again; nothing was changed.",
            "backups",
        )
    dst.parent.mkdir(parents=True, exist_ok=True)
    export_database(src, dst, src_key=old_key, dst_key=new_key)


def _switch(
    services: Services,
    old_key: bytes | None,
    new_key: bytes | None,
    extra: Callable[[Path], None] | None,
    *,
    direction: str,
    progress: Progress,
) -> None:
    from coprod_desktop.core.db.cipher import export_database
    from coprod_desktop.core.io.attachments import AttachmentStore

    paths = services.paths
    root = paths.root
    journal = root / JOURNAL
    new = journal / "new"
    finish_interrupted_switch(paths)
    attachments = list(_files(paths.attachments))
    backups = list(_backup_files(paths))
    total = 2 + len(attachments) + len(backups)
    done = 0
    db = services.db
    try:
        new.mkdir(parents=True)
        (journal / PLAN).write_text(json.dumps({"direction": direction}))
        progress(done, total)
        db.checkpoint()
        db.dispose()  # the engine stays usable: it reconnects if anything fails below
        export_database(paths.database, new / paths.database.name, src_key=old_key, dst_key=new_key)
        done += 1
        progress(done, total)
        for src in attachments:
            _convert_attachment(src, new / src.relative_to(root), old_key, new_key)
            done += 1
            progress(done, total)
        for src in backups:
            _convert_backup(src, new / src.relative_to(root), old_key, new_key)
            done += 1
            progress(done, total)
        if extra is not None:
            extra(new)
        remove = [p.relative_to(root).as_posix() for p in _db_companions(paths) if p.exists()]
        if direction == "off":
            remove.append(keys.KEYRING_NAME)
            if (paths.backups / keys.KEYRING_NAME).exists():
                remove.append((paths.backups / keys.KEYRING_NAME).relative_to(root).as_posix())
        (journal / PLAN).write_text(json.dumps({"direction": direction, "remove": remove}))
        _sync_tree(journal)
        _commit(journal)
    except BaseException:
        _roll_back(journal, plaintext_staged=new_key is None)
        raise
    _roll_forward(root, journal)
    services.ctx.db = db.reopened(new_key)
    services.ctx.store = AttachmentStore(paths.attachments, new_key)
    progress(total, total)


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # Windows cannot open folders; its renames are already durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        _fsync(path)
    _fsync(folder)


def _commit(journal: Path) -> None:
    marker = journal / COMMITTED
    with open(marker, "wb") as handle:
        handle.write(b"committed\n")
        handle.flush()
        os.fsync(handle.fileno())
    _fsync(journal)


def _remove_tree(folder: Path, *, overwrite: bool) -> None:
    if not folder.exists():
        return
    if overwrite:
        for path in _files(folder):
            wipe(path)
    shutil.rmtree(folder, ignore_errors=True)


def _roll_back(journal: Path, *, plaintext_staged: bool) -> None:
    _remove_tree(journal, overwrite=plaintext_staged)


def _roll_forward(root: Path, journal: Path) -> None:
    """Put every converted file in place; repeatable after a crash at any point."""
    plan = json.loads((journal / PLAN).read_text())
    new, old = journal / "new", journal / "old"
    for rel in plan.get("remove", []):
        target = root / rel
        if target.exists():
            (old / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(target, old / rel)
    for staged in list(_files(new)):
        rel = staged.relative_to(new)
        target, aside = root / rel, old / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and not aside.exists():
            aside.parent.mkdir(parents=True, exist_ok=True)
            os.replace(target, aside)
        os.replace(staged, target)
    _fsync(root)
    # The old copies are plaintext when switching on: overwrite them before they go.
    _remove_tree(old, overwrite=plan.get("direction") == "on")
    shutil.rmtree(journal, ignore_errors=True)


def finish_interrupted_switch(paths: DataPaths) -> None:
    """Complete a committed switch, or clear an uncommitted one (left by a crash)."""
    journal = paths.root / JOURNAL
    if not journal.exists():
        return
    if (journal / COMMITTED).exists():
        _roll_forward(paths.root, journal)
        return
    direction = "on"
    try:
        direction = json.loads((journal / PLAN).read_text()).get("direction", "on")
    except (OSError, ValueError):
        direction = "off"  # unknown: assume the staged copies may be plaintext
    _roll_back(journal, plaintext_staged=direction == "off")
