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

import hashlib
import json
import os
import re
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.io.backup_keys import is_protected
from coprod_desktop.paths import DataPaths

if TYPE_CHECKING:
    from coprod_desktop.core.io.instance_lock import InstanceLock
    from coprod_desktop.core.services.context import Context

SUFFIX = ".sqlite3"
SEALED_SUFFIX = ".sealed"  # a backup sealed under a passphrase (`coprod backup --encrypt`)
SEALED_REASON = "sealed"
STATE_FILE = "last-backup.json"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
# Reasons whose copies are never pruned: the member's way back from a migration or a restore.
KEPT_ALWAYS = ("before-migration", "before-restore")
# Tables every Coprod Desktop database has (a file without them is some other database).
REQUIRED_TABLES = frozenset({"alembic_version", "profile", "organisations", "activities"})

_NAME = re.compile(
    r"^(?P<reason>[a-z0-9][a-z0-9-]*?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?"
    r"(?P<ext>\.sqlite3|\.sealed)$"
)
# Header bytes that say nothing about the content (change counter, version-valid-for, library
# version): masked before hashing so two copies of the same records hash the same.
_VOLATILE_HEADER = ((24, 28), (92, 100))

Connect = Callable[[str], Any]


@dataclass(frozen=True)
class BackupInfo:
    """One backup, as plain data for the window and the command."""

    path: Path
    taken_at: datetime
    size: int
    reason: str
    protected: bool = False  # encrypted: opening it needs the passphrase (see backup_keys)
    sealed: bool = False  # sealed under a passphrase of its own (`coprod backup --encrypt`)

    @property
    def kept_always(self) -> bool:
        return self.sealed or self.reason.startswith(KEPT_ALWAYS)

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "taken_at": self.taken_at.isoformat(timespec="seconds"),
            "size": self.size,
            "reason": self.reason,
            "protected": self.protected,
            "sealed": self.sealed,
        }


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, as plain data: the copy kept of what was there, and any conversion.

    `converted` is "protected" when a plain backup was encrypted with the folder's key,
    "rekeyed" when a backup from an earlier key was moved to the folder's key now, and
    "plain" when a protected backup was restored as ordinary files (protection is off now).
    """

    kept: Path | None
    converted: str | None = None

    def note(self) -> str | None:
        """One sentence for the member when the restored records differ from the backup's form."""
        if self.converted == "protected":
            return (
                "The backup was not protected; it is now protected by your passphrase like the "
                "rest of your records."
            )
        if self.converted == "rekeyed":
            return (
                "The backup was protected by an earlier passphrase; it now opens with the "
                "passphrase your records have today."
            )
        if self.converted == "plain":
            return (
                "The backup was protected by a passphrase; it is restored as ordinary files "
                "because protection is off for these records (turn it on again in Settings)."
            )
        return None


def _db_errors() -> tuple[type[BaseException], ...]:
    """SQLite's error classes, with SQLCipher's when it is loaded (it has its own classes)."""
    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
    sqlcipher = sys.modules.get("sqlcipher3")
    if sqlcipher is not None:
        errors += (sqlcipher.DatabaseError,)
    return errors


# -- taking a copy --------------------------------------------------------------------------------
def copy_database(source: Any, target: Path, *, connect: Connect = sqlite3.connect) -> None:
    """Copy an open DB-API connection's database to `target` in one consistent step.

    `connect` opens the destination (an encrypted source needs a destination opened the same
    way). The copy is left in rollback-journal mode so it is one self-contained file.
    """
    dest = connect(str(target))
    try:
        # No syncing page by page: the file is synced once, whole, below; until then it has
        # a temporary name and counts for nothing.
        dest.execute("PRAGMA synchronous=OFF")
        source.backup(dest)  # pages=-1: all pages in one step, so one snapshot
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def check_file(path: Path, *, connect: Connect = sqlite3.connect) -> str | None:
    """None if the copy passes `PRAGMA integrity_check`, else SQLite's first complaint."""
    try:
        with closing(connect(str(path))) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except _db_errors() as exc:
        return str(exc)
    first = rows[0][0] if rows else "no answer"
    return None if first == "ok" else str(first)


def content_hash(path: Path) -> str:
    """A hash of a copy's content, blind to header counters that change with no new records."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        head = bytearray(fh.read(100))
        for start, end in _VOLATILE_HEADER:
            head[start:end] = bytes(end - start)
        digest.update(head)
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _free_name(folder: Path, reason: str, now: datetime, suffix: str = SUFFIX) -> Path:
    """A new name; copies taken within one second (of any reason) are numbered -2, -3… in
    the order taken, so "the newest" is always well defined.

    The number is one more than the highest already used in that second (not a count of the
    copies there): after retention pruned -1 and -2, a count would hand out -2 again, below
    the -3 still there, and the new copy would be pruned as the older one (issue 17)."""
    stamp = f"{now:%Y%m%d-%H%M%S}"
    used = [_NAME.match(path.name) for path in folder.glob(f"*-{stamp}*")]
    n = max((int(m["n"] or 1) for m in used if m and m["stamp"] == stamp), default=0) + 1
    while True:
        target = folder / (
            f"{reason}-{stamp}{suffix}" if n == 1 else f"{reason}-{stamp}-{n}{suffix}"
        )
        if not target.exists():
            return target
        n += 1


def _reason_ok(reason: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", reason):
        raise ValueError(f"backup reason {reason!r} must be lower-case words joined by hyphens")
    return reason


def _storage_error(exc: BaseException, what: str) -> StorageError:
    text = str(exc).lower()
    if "full" in text or "too large" in text or getattr(exc, "errno", None) == 28:
        return StorageError(
            f"{what} was not made: the disk is full. Free some space and try again; your "
            "records are unchanged."
        )
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return StorageError(
            f"{what} was not made: the backups folder is read-only. Check you can write to "
            "the data folder; your records are unchanged."
        )
    return StorageError(f"{what} was not made ({exc}); your records are unchanged.")


def take_copy(
    source: Any,
    folder: Path,
    reason: str,
    now: datetime,
    *,
    connect: Connect = sqlite3.connect,
) -> tuple[Path, str]:
    """Copy, check and name a backup in `folder`. Returns (path, content hash).

    The copy is written under a hidden temporary name and renamed only once it has passed its
    check, so a half-written or damaged copy is never listed as a backup.
    """
    _reason_ok(reason)
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f".partial-{os.getpid()}-{reason}{SUFFIX}"
    try:
        copy_database(source, temp, connect=connect)
        problem = check_file(temp, connect=connect)
        if problem is not None:
            raise StorageError(
                "The backup just taken failed its check, so your records file may be damaged "
                f"({problem}). Your earlier backups are kept; restore one of them."
            )
        digest = content_hash(temp)
        target = _free_name(folder, reason, now)
        os.replace(temp, target)
    except (*_db_errors(), OSError) as exc:
        raise _storage_error(exc, "The backup") from exc
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            with suppress(FileNotFoundError):
                leftover.unlink()
    return target, digest


def backup_file(db_file: Path, folder: Path, reason: str, now: datetime) -> Path:
    """A checked backup of a database file that is not open here (e.g. before a migration)."""
    with closing(sqlite3.connect(str(db_file))) as source:
        path, digest = take_copy(source, folder, reason, now)
    _write_state(folder, path, digest)
    return path


# -- what is there --------------------------------------------------------------------------------
def parse_name(path: Path) -> tuple[str, datetime] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return match["reason"], taken


def _order(backup: BackupInfo) -> tuple[datetime, int]:
    """Oldest to newest; copies taken within one second are told apart by their -2, -3…"""
    match = _NAME.match(backup.path.name)
    return backup.taken_at, int(match["n"]) if match and match["n"] else 1


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in `folder`, newest first."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        parsed = parse_name(path)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            continue  # pruned by another copy while we looked
        sealed = path.suffix == SEALED_SUFFIX
        found.append(
            BackupInfo(path, parsed[1], size, parsed[0], sealed or is_protected(path), sealed)
        )
    found.sort(key=_order, reverse=True)
    return found


def latest_backup(folder: Path) -> Path | None:
    """The newest backup worth offering (not a byte copy of a file that was already damaged).

    A passphrase-sealed backup is offered only when there is no ordinary one: the member may
    not have its passphrase at hand, and it is no guide to whether the records changed.
    """
    usable = [b for b in list_backups(folder) if not b.reason.endswith("damaged")]
    for backup in sorted(usable, key=lambda b: b.sealed):  # stable: newest first within each
        return backup.path
    return None


# -- retention ------------------------------------------------------------------------------------
def keep_set(
    backups: Iterable[BackupInfo],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[Path]:
    """Which backups retention keeps: the newest of each of the last N days, weeks, months
    that have a backup (each rule on its own, the union kept), and every always-kept one."""
    ordered = sorted(backups, key=_order, reverse=True)
    keep = {b.path for b in ordered if b.kept_always}
    regular = [b for b in ordered if not b.kept_always]

    def newest_per(period: Callable[[date], object], count: int) -> None:
        seen: list[object] = []
        for backup in regular:
            key = period(backup.taken_at.date())
            if key in seen:
                continue
            if len(seen) == count:
                return
            seen.append(key)
            keep.add(backup.path)

    newest_per(lambda d: d, daily)
    newest_per(lambda d: tuple(d.isocalendar())[:2], weekly)
    newest_per(lambda d: (d.year, d.month), monthly)
    return keep


def prune(folder: Path, *, spare: Path | None = None) -> list[Path]:
    """Delete the backups retention does not keep; returns what was deleted.

    `spare` (the copy just taken) is never deleted, whatever the clock says: a clock set back
    would otherwise make the newest copy look like the oldest of its day."""
    backups = list_backups(folder)
    keep = keep_set(backups) | ({spare} if spare is not None else set())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with suppress(FileNotFoundError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


# -- the last backup's fingerprint ----------------------------------------------------------------
def _write_state(folder: Path, path: Path, digest: str) -> None:
    state = {"file": path.name, "content": digest}
    temp = folder / f".{STATE_FILE}.tmp"
    try:
        temp.write_text(json.dumps(state), encoding="utf-8")
        os.replace(temp, folder / STATE_FILE)
    except OSError:
        with suppress(OSError):
            temp.unlink()  # only an optimisation: the next start recomputes it from the file


def last_content_hash(folder: Path) -> str | None:
    """The content hash of the newest backup (remembered, or worked out from the file)."""
    newest = latest_backup(folder)
    if newest is None:
        return None
    try:
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        if state.get("file") == newest.name and isinstance(state.get("content"), str):
            return state["content"]
    except (OSError, ValueError):
        pass
    try:
        return content_hash(newest)
    except OSError:
        return None


def take_backup(
    source: Any,
    folder: Path,
    reason: str,
    now: datetime,
    *,
    only_if_changed: bool = False,
    connect: Connect = sqlite3.connect,
) -> BackupInfo | None:
    """Take a checked backup into `folder`, then apply retention.

    With `only_if_changed`, the new copy is kept only if its content differs from the newest
    backup's; otherwise it is discarded and None returned.
    """
    previous = last_content_hash(folder) if only_if_changed else None
    path, digest = take_copy(source, folder, reason, now, connect=connect)
    if previous is not None and digest == previous:
        path.unlink()
        return None
    _write_state(folder, path, digest)
    prune(folder, spare=path)
    return BackupInfo(
        path, now.replace(microsecond=0), path.stat().st_size, reason, is_protected(path)
    )


# -- restoring ------------------------------------------------------------------------------------
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


def _connect_with(key: bytes | None) -> Connect:
    """How to open a file of the records: SQLite for a plain one, SQLCipher with the key."""
    if key is None:
        return sqlite3.connect
    from coprod_desktop.core.db.cipher import connect as keyed

    return lambda target: keyed(Path(target), key)


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
        if "disk is full" in exc.message or "read-only" in exc.message:
            raise
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


def check_out(out: Path) -> Path:
    """A file the member named for a copy: not a folder, and in a folder that exists."""
    out = Path(out)
    if out.is_dir():
        raise UserError(f"--out '{out}' is a folder: give a file name.", "--out")
    if not out.parent.exists():
        raise UserError(f"The folder for --out '{out}' does not exist.", "--out")
    return out


def copy_to(source: Any, out: Path, *, connect: Connect = sqlite3.connect) -> Path:
    """A checked backup at a place the member chose (`coprod backup --out FILE`)."""
    out = check_out(out)
    path, _digest = take_copy(source, out.parent, "copy", datetime(2000, 1, 1), connect=connect)
    try:
        os.replace(path, out)
    except OSError as exc:
        with suppress(OSError):
            path.unlink()
        raise _storage_error(exc, "The backup") from exc
    return out


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
