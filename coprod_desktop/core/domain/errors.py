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
    """The records file cannot be opened (damaged, not a database, a newer schema, or locked
    with a passphrase). The file is left exactly as it was; `latest_backup` (a path, or None)
    is what the window and the command offer to restore."""

    def __init__(self, message: str, latest_backup: object = None) -> None:
        super().__init__(message)
        self.latest_backup = latest_backup
