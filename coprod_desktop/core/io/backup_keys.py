"""Which key opens a backup, and the key file that travels with backups of protected records.

Why it is done this way:
- The data key of a protected data folder never changes while protection stays on (changing
  the passphrase only re-wraps it), and turning protection on or off converts every backup in
  the backups folder too. So a backup *in the folder* always opens with the folder's key now.
- A backup that left the folder (`coprod backup --out FILE`, or a copy on a memory stick) keeps
  the key it was taken with, which is lost for good if protection is later turned off and on
  again, or the computer dies with `keyring.json` on it. So every protected backup carries the
  key file as it was: `FILE.keyring.json` beside a backup written elsewhere, and one copy
  `backups/keyring.json` kept equal to the folder's own key file (copy the backups folder and
  the key goes with it). The key file holds only the data key wrapped by the passphrase (and the
  recovery key), so it is as safe to keep beside a backup as `keyring.json` is beside the records.
- A restore never changes whether the folder is protected: the backup is converted to the
  folder's key now (or to a plain file when protection is off), so the records, the receipts
  (sealed with the folder's key) and the key file always agree.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.io import keys

PLAIN_HEADER = b"SQLite format 3\x00"
SIDECAR_SUFFIX = ".keyring.json"


class BackupPassphraseNeeded(UserError):
    """The backup was taken under another key: the passphrase of that time is needed."""

    def __init__(
        self, backup: Path, how: str = "type that passphrase", *, protected_now: bool = True
    ) -> None:
        then = "the passphrase your records had when it was taken"
        if protected_now:
            then += ", not the one they have now"
        super().__init__(
            f"The backup {backup.name} is protected by {then}: {how} to restore it; nothing "
            "was changed.",
            "backup_passphrase",
        )
        self.protected_now = protected_now


def wrong_backup_passphrase(backup: Path) -> keys.WrongPassphrase:
    return keys.WrongPassphrase(
        f"That passphrase does not open the backup {backup.name}: type the passphrase your "
        "records had when it was taken (capital letters count); nothing was changed.",
        "backup_passphrase",
    )


def is_protected(path: Path) -> bool:
    """Is this backup encrypted (not a plain SQLite file)? Reads 16 bytes, never the key.

    A file too short to be either is reported as not protected: it is simply damaged.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return len(head) == len(PLAIN_HEADER) and head != PLAIN_HEADER


def sidecar(backup: Path) -> Path:
    """Where the key file of a backup written outside the backups folder goes."""
    return backup.with_name(backup.name + SIDECAR_SUFFIX)


def key_file_for(backup: Path) -> Path | None:
    """The key file that came with `backup`: its own sidecar, else `keyring.json` beside it."""
    for candidate in (sidecar(backup), backup.parent / keys.KEYRING_NAME):
        if candidate.is_file():
            return candidate
    return None


def keep_key_with(folder_keyring: Path, target: Path) -> None:
    """Write a copy of the folder's key file to `target` (only if it differs)."""
    from coprod_desktop.core.io.safe_write import write_atomic

    data = folder_keyring.read_bytes()
    with suppress(OSError):
        if target.read_bytes() == data:
            return
    write_atomic(target, data, private=True)


def _foreign(copy: bytes, ours: bytes) -> bool:
    """Is `copy` a readable key file for another data key? Two key files of one data key keep
    the same recovery box (a change of passphrase keeps it; a new key makes a new one), so this
    needs no passphrase. A damaged copy is not foreign: it opens nothing and may be replaced."""
    try:
        theirs = keys.Keyring.from_bytes(copy)
    except UserError:
        return False
    mine = keys.Keyring.from_bytes(ours)
    return (theirs.recovery_salt, theirs.recovery_box) != (mine.recovery_salt, mine.recovery_box)


def refresh_backups_copy(root: Path, backups: Path) -> None:
    """Keep `backups/keyring.json` equal to the folder's key file while protection is on.

    A key file already there for another key (the member brought old backups in with theirs)
    is left alone: it is the only way into those backups. Best effort: the copy is a second way
    in, refreshed at every backup, so failing to write it must never undo or block the change
    of passphrase that called this. (Turning protection off removes the copy with the rest.)
    """
    folder_keyring = keys.keyring_path(root)
    copy = backups / keys.KEYRING_NAME
    with suppress(OSError, UserError):
        if not folder_keyring.is_file() or not backups.is_dir():
            return
        if copy.exists() and _foreign(copy.read_bytes(), folder_keyring.read_bytes()):
            return
        keep_key_with(folder_keyring, copy)


def key_for_backup(
    staged: Path,
    original: Path,
    folder_key: bytes | None,
    backup_passphrase: str | None = None,
    *,
    also_try: str | None = None,
) -> bytes | None:
    """The key that reads `staged` (a copy of `original`): None for a plain file.

    Tries the folder's key first (every backup in the backups folder opens with it), then the
    backup's own key file with `backup_passphrase` (the earlier passphrase the member typed),
    or quietly with `also_try` (the passphrase the records were opened with, which is often the
    same). Raises a plain UserError, changing nothing, when no key is at hand.
    """
    from coprod_desktop.core.db.cipher import opens_with

    if not is_protected(staged):
        return None
    if folder_key is not None and opens_with(staged, folder_key):
        return folder_key
    key_file = key_file_for(original)
    if key_file is None:
        raise UserError(
            f"{original.name} cannot be restored: it is not a plain database and no key file "
            f"({sidecar(original).name} or {keys.KEYRING_NAME}) is beside it; if it is a "
            "protected backup, put its key file in the same folder and try again.",
            "backup file",
        )
    try:
        keyring = keys.Keyring.from_bytes(key_file.read_bytes())
    except OSError as exc:
        raise StorageError(
            f"The key file {key_file} cannot be read ({exc.strerror}): nothing was changed."
        ) from exc
    if backup_passphrase:
        try:
            data_key = keyring.unlock(backup_passphrase)
        except keys.WrongPassphrase:
            raise wrong_backup_passphrase(original) from None
    elif also_try:
        try:
            data_key = keyring.unlock(also_try)
        except keys.WrongPassphrase:
            raise BackupPassphraseNeeded(original, protected_now=folder_key is not None) from None
    else:
        raise BackupPassphraseNeeded(original, protected_now=folder_key is not None)
    if not opens_with(staged, data_key):
        raise UserError(
            f"{original.name} cannot be restored: it does not open with the key file "
            f"{key_file.name} beside it (the file is damaged, or the key file belongs to "
            "another backup). Choose another backup; nothing was changed.",
            "backup file",
        )
    return data_key


def discard(path: Path, *, plaintext: bool) -> None:
    """Remove a staged copy; a plaintext one inside a protected folder is overwritten first."""
    if plaintext:
        from coprod_desktop.core.io.safe_write import wipe

        wipe(path)
    else:
        with suppress(FileNotFoundError):
            os.unlink(path)
