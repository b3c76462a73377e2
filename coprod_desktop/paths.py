"""Where the member's data lives. The one place that knows.

Order: an explicit --data-dir, then an explicit --records NAME, then COPROD_DATA_DIR, then
COPROD_RECORDS, then the record set used last (see `core/io/record_sets.py`), then the
platform's user data folder (e.g. ~/.local/share/coprod-desktop, %LOCALAPPDATA%\\coprod-desktop,
~/Library/Application Support), which is also the first record set. What is typed on the
command line wins over what the environment says, so a variable left set by a script never
silently opens someone else's records; a folder wins over a name, as before record sets.
The folder is private to the member (0700 on POSIX) because it holds bank details and notes.
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "COPROD_DATA_DIR"
RECORDS_ENV_VAR = "COPROD_RECORDS"
DB_NAME = "coprod.sqlite3"


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_NAME

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def documents(self) -> Path:
        """Generated PDFs the app keeps (e.g. a claim exactly as it was submitted)."""
        return self.root / "documents"

    @property
    def lock(self) -> Path:
        return self.root / "coprod.lock"

    @property
    def settings(self) -> Path:
        """Window-only preferences (font size, theme): not records, so not in the database."""
        return self.root / "window-settings.json"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("coprod-desktop", appauthor=False, roaming=False))


def resolve_data_dir(
    explicit: str | os.PathLike[str] | None = None, records: str | None = None
) -> DataPaths:
    """The data folder to open. `records` names a record set; an unknown name is a UserError."""
    if explicit:
        root = Path(explicit)
    elif records:
        root = _record_set_folder(records)
    elif os.environ.get(ENV_VAR):
        root = Path(os.environ[ENV_VAR])
    elif os.environ.get(RECORDS_ENV_VAR):
        root = _record_set_folder(os.environ[RECORDS_ENV_VAR])
    else:
        from coprod_desktop.core.io.record_sets import RecordSets

        last = RecordSets().last_used()
        root = last.folder if last is not None else default_data_dir()
    return DataPaths(root.expanduser().absolute())


def _record_set_folder(name: str) -> Path:
    from coprod_desktop.core.io.record_sets import RecordSets

    return RecordSets().find(name).folder


def ensure_private_dir(path: Path) -> None:
    """Create a folder readable only by the member (0700 on POSIX)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with suppress(PermissionError):  # not the member's: opening reports read-only plainly
            os.chmod(path, 0o700)


def resources_dir() -> Path:
    """The shipped resources folder (icons, fonts, templates), in a checkout or in a bundle."""
    override = os.environ.get("COPROD_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
