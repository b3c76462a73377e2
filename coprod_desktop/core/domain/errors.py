"""Errors a member can cause, each carrying one plain sentence that names the field and the fix.

The window shows `message` next to `field`; the command prints it on stderr and exits 1.
Anything that is *not* a UserError is a bug and is allowed to surface as one.
"""

from __future__ import annotations


class UserError(Exception):
    """A mistake in what the member asked for. Nothing has been changed when this is raised."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """The member named a record that does not exist."""


class Conflict(UserError):
    """The change would break a rule about other records (e.g. claiming something twice)."""


class StorageError(UserError):
    """The data could not be read or written (disk full, read-only folder, locked elsewhere)."""


class DataWillNotOpen(StorageError):
    """The records file cannot be opened (damaged, or saved by a newer version). The file is
    left exactly as it was. Only when `damaged` is a restore offered: `latest_backup` (a path,
    or None) is what the window and the command offer, and `backup_taken` (a datetime) says
    how old it is, so the member knows which changes it lacks. (A full disk, an I/O error or a
    missing key file are plain StorageErrors: restoring would only lose newer records.)"""

    def __init__(
        self, message: str, latest_backup: object = None, *, damaged: bool = False
    ) -> None:
        super().__init__(message)
        self.latest_backup = latest_backup
        self.damaged = damaged
        self.backup_taken: object = None
