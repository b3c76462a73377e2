"""Backup files: taking a checked copy, naming it, listing, retention.

The lowest layer of backups: it knows SQLite files and the backups folder, nothing of the
services, the instance lock or encryption switches, so opening a data folder (`db.opening`)
can use it for the copy before a migration without a cycle (issue 17). `io.backups` explains
the design of backups as a whole and re-exports these names.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.io.backup_keys import is_protected

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


def _connect_with(key: bytes | None) -> Connect:
    """How to open a file of the records: SQLite for a plain one, SQLCipher with the key."""
    if key is None:
        return sqlite3.connect
    from coprod_desktop.core.db.cipher import connect as keyed

    return lambda target: keyed(Path(target), key)


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
