"""Record sets: several people's records on one computer, each in a folder of its own.

A record set is one person's whole records: its own data folder (database, receipts, backups,
documents, window settings and, if they chose one, its own passphrase). Nothing is shared
between sets, so one person's backups or exports can never pick up another's records.

The registry is one small JSON file (``record-sets.json`` in the platform's user *config*
folder, 0600, written atomically) that lists the sets by the name each person chose, with
their folder, and remembers the one used last. It holds no records, only names and folders.

Why the platform's default data folder is always the first set: members who used the app
before record sets existed keep their records where they are, with nothing to move. Until
the registry is first written that folder is listed implicitly, named from the profile name in
its database (read-only, without SQLAlchemy) or "My records".

Why forgetting never deletes files by default: a name removed from a list by mistake costs
nothing; a folder deleted by mistake is ten years of someone's records. `forget` removes the
name and says where the files are; `delete_files` is a separate step the window and the command
each guard with an explicit confirmation (typing the name, or `--delete-files` given twice).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.io.safe_write import write_atomic

REGISTRY_NAME = "record-sets.json"
REGISTRY_FORMAT = "coprod-desktop-record-sets"
REGISTRY_VERSION = 1
DEFAULT_NAME = "My records"
SAMPLE_NAME = "Sample records"
MAX_NAME = 60
NEW_SETS_FOLDER = "coprod-desktop-records"  # beside the default data folder, never inside it


@dataclass(frozen=True, slots=True)
class RecordSet:
    """One person's records: the name they chose and the folder that holds everything."""

    name: str
    folder: Path

    @property
    def protected(self) -> bool:
        """True when the folder's records need a passphrase to open (cheap: one file lookup)."""
        from coprod_desktop.core.io import keys

        return keys.needs_passphrase(self.folder)

    @property
    def title(self) -> str:
        """Whose records these are, for a window title: "Dafydd's records", "Sample records"."""
        return records_title(self.name)


def records_title(name: str) -> str:
    """ "Rukhsana" → "Rukhsana's records"; a name that already says "records" stays as it is."""
    if name.casefold().endswith("records"):
        return name
    return f"{name}'s records"


def registry_dir() -> Path:
    """The platform's user config folder (e.g. ~/.config/coprod-desktop)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("coprod-desktop", appauthor=False, roaming=True))


def new_sets_dir() -> Path:
    """Where new record sets get their folders unless the member names one."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(NEW_SETS_FOLDER, appauthor=False, roaming=False))


def check_name(name: str) -> str:
    """The name tidied, or a plain sentence saying what is wrong with it."""
    tidy = " ".join(unicodedata.normalize("NFC", name or "").split())
    if not tidy:
        raise UserError("Type a name for these records, like your own name.", "name")
    if len(tidy) > MAX_NAME:
        raise UserError(f"Keep the name of the records under {MAX_NAME} characters.", "name")
    if any(unicodedata.category(ch).startswith("C") for ch in tidy):
        raise UserError(
            "The name of the records can only hold letters, numbers and spaces.", "name"
        )
    return tidy


def folder_slug(name: str) -> str:
    """A folder name from a person's name: letters and digits kept (any script), the rest '-'."""
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in name)
    slug = "-".join(part for part in out.split("-") if part)
    return slug[:40] or "records"


def profile_name(folder: Path) -> str:
    """The name in a folder's profile, or "" when there is none or it cannot be read plainly.

    Read-only through the standard library (no SQLAlchemy, no migration, no lock), so listing
    record sets stays instant; a protected (encrypted) database simply gives "".
    """
    from coprod_desktop.paths import DB_NAME

    database = folder / DB_NAME
    try:
        if not database.is_file():
            return ""
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=0.5)
        try:
            row = conn.execute("SELECT name FROM profile WHERE id = 1").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError):  # not readable by this user: no name, nothing to fix here
        return ""
    return str(row[0]).strip() if row and row[0] else ""


class RecordSets:
    """The registry of record sets on this computer. Every change is saved at once, atomically."""

    def __init__(self, file: Path | None = None, default_folder: Path | None = None) -> None:
        from coprod_desktop.paths import default_data_dir

        self.file = file or registry_dir() / REGISTRY_NAME
        self.default_folder = (default_folder or default_data_dir()).expanduser().absolute()

    # -- reading ---------------------------------------------------------------------------------
    def _read(self) -> dict[str, Any] | None:
        try:
            raw = self.file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise UserError(
                f"The list of records at {self.file} could not be read ({exc.strerror})."
            ) from exc
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise UserError(
                f"The list of records at {self.file} is damaged; move it aside and the app "
                "starts a new one (no records are in it)."
            ) from exc
        if not isinstance(data, dict) or data.get("format") != REGISTRY_FORMAT:
            raise UserError(f"{self.file} is not a Coprod Desktop list of records.")
        return data

    def sets(self) -> list[RecordSet]:
        """Every record set, in the order they were added (the default folder first)."""
        data = self._read()
        if data is None:
            name = profile_name(self.default_folder) or DEFAULT_NAME
            return [RecordSet(check_name(name), self.default_folder)]
        return [
            RecordSet(str(item["name"]), Path(str(item["folder"])))
            for item in data.get("sets", [])
            if isinstance(item, dict) and "name" in item and "folder" in item
        ]

    def names(self) -> list[str]:
        return [s.name for s in self.sets()]

    def last_used(self) -> RecordSet | None:
        """The set opened last in the window, or None when no list was ever saved."""
        data = self._read()
        if data is None:
            return None
        wanted = data.get("last_used")
        return next((s for s in self.sets() if s.name == wanted), None)

    def _lookup(self, name: str) -> RecordSet | None:
        key = " ".join(name.split()).casefold()
        return next((s for s in self.sets() if s.name.casefold() == key), None)

    def find(self, name: str) -> RecordSet:
        """The set called `name` (any case), or a sentence listing the names there are."""
        found = self._lookup(name)
        if found is None:
            known = ", ".join(f'"{n}"' for n in self.names())
            raise UserError(
                f'There are no records called "{name}" on this computer; the records here '
                f"are {known} (see `coprod records list`).",
                "records",
            )
        return found

    def for_folder(self, folder: Path) -> RecordSet | None:
        """The set whose folder this is, if any (a --data-dir folder may be in no set)."""
        target = _same(folder)
        return next((s for s in self.sets() if _same(s.folder) == target), None)

    # -- changing --------------------------------------------------------------------------------
    def _save(self, sets: list[RecordSet], last_used: str | None) -> None:
        data = {
            "format": REGISTRY_FORMAT,
            "version": REGISTRY_VERSION,
            "last_used": last_used,
            "sets": [{"name": s.name, "folder": str(s.folder)} for s in sets],
        }
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        self.file.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.file, text.encode("utf-8"))

    def _last_name(self) -> str | None:
        data = self._read()
        return None if data is None else data.get("last_used")

    def add(self, name: str, folder: Path | None = None) -> RecordSet:
        """A new, empty record set. Its folder is made (0700) when its records are first opened."""
        name = check_name(name)
        same = self._lookup(name)
        if same is not None:
            raise UserError(
                f'There are already records called "{same.name}"; choose another name.', "name"
            )
        sets = self.sets()
        if folder is None:
            base = new_sets_dir()
            slug = folder_slug(name)
            folder = base / slug
            taken = {_same(s.folder) for s in sets}
            number = 2
            while _same(folder) in taken or folder.exists():
                folder, number = base / f"{slug}-{number}", number + 1
        folder = folder.expanduser().absolute()
        owner = self.for_folder(folder)
        if owner is not None:
            raise UserError(
                f'That folder already holds the records called "{owner.name}"; choose another.',
                "folder",
            )
        for other in sets:
            if _inside(folder, other.folder) or _inside(other.folder, folder):
                raise UserError(
                    f'That folder is inside the records called "{other.name}" (or holds them); '
                    "choose a folder of its own, so their backups never mix.",
                    "folder",
                )
        added = RecordSet(name, folder)
        self._save([*sets, added], self._last_name())
        return added

    def rename(self, old: str, new: str) -> RecordSet:
        found = self.find(old)
        new = check_name(new)
        other = self._lookup(new)
        if other is not None and other.name != found.name:
            raise UserError(
                f'There are already records called "{new}"; choose another name.', "name"
            )
        last = self._last_name()
        sets = [RecordSet(new, s.folder) if s.name == found.name else s for s in self.sets()]
        self._save(sets, new if last == found.name else last)
        return RecordSet(new, found.folder)

    def remember_last(self, name: str) -> None:
        """The set to open next time the window starts with no --records or --data-dir."""
        found = self.find(name)
        if self._last_name() != found.name or self._read() is None:
            self._save(self.sets(), found.name)

    def forget(self, name: str, *, open_folder: Path | None = None) -> RecordSet:
        """Take a set off the list; its files stay where they are. Not the set that is open."""
        found = self.find(name)
        if open_folder is not None and _same(found.folder) == _same(open_folder):
            raise UserError(
                f'"{found.name}" are the records open now; open other records first, then '
                "forget these.",
                "records",
            )
        sets = [s for s in self.sets() if s.name != found.name]
        last = self._last_name()
        self._save(sets, None if last == found.name else last)
        return found


def check_deletable(record_set: RecordSet) -> None:
    """Refuse, before anything changes, a folder that does not look like records."""
    from coprod_desktop.core.io import keys
    from coprod_desktop.paths import DB_NAME

    folder = record_set.folder
    if not folder.exists():
        return
    looks_like_records = (folder / DB_NAME).exists() or keys.keyring_path(folder).exists()
    empty = not any(folder.iterdir())
    if not (looks_like_records or empty):
        raise UserError(
            f"{folder} does not look like a records folder, so nothing was deleted or changed.",
            "folder",
        )


def delete_files(record_set: RecordSet) -> None:
    """Delete a *forgotten* set's folder and everything in it. Callers confirm first.

    Refuses a folder that does not look like records (no database or keyring in it), so a
    wrongly typed --folder can never lead to deleting someone's documents.
    """
    folder = record_set.folder
    if not folder.exists():
        return
    check_deletable(record_set)
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        raise UserError(
            f"Some files in {folder} could not be deleted ({exc.strerror}); delete the folder "
            "yourself."
        ) from exc


def _same(folder: Path) -> str:
    return os.path.normcase(os.path.abspath(os.path.expanduser(folder)))


def _inside(child: Path, parent: Path) -> bool:
    c, p = _same(child), _same(parent)
    return c != p and c.startswith(p.rstrip(os.sep) + os.sep)


def open_elsewhere(folder: Path) -> bool:
    """True when a running copy of the app (a window, a command) holds these records now."""
    from datetime import datetime

    from coprod_desktop.core.io.instance_lock import AlreadyOpen, InstanceLock
    from coprod_desktop.paths import DataPaths

    lock_file = DataPaths(folder).lock
    if not lock_file.exists():
        return False
    try:
        with InstanceLock(lock_file, datetime.now()):
            return False
    except AlreadyOpen:
        return True
    except UserError:  # a read-only folder: nobody can be writing to it through this app
        return False
