"""Say what just happened to a screen reader, not only in the status bar.

Why: a status-bar message ("Deleted. Undo (Ctrl+Z) brings it back.", "Undone: Delete
activity") is seen by a sighted member at a glance but never read out, so a blind member
pressing Delete or Ctrl+Z heard nothing. Each message is also posted as an accessibility
announcement (Qt 6.8's QAccessibleAnnouncementEvent), which screen readers speak at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QUndoStack
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Ask the screen reader to read `text` now (politely: after what it is saying)."""
    if not text:
        return
    widget.setAccessibleDescription(text)  # also there for a reader that looks, not listens
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


class UndoTeller(QObject):
    """Reports each Undo and Redo in words ("Undone: Delete activity."), through `report`
    (the status bar, whose messages `announce` reads out). Connected after the actions' own
    connection to the stack, so the stack has moved when this runs."""

    def __init__(
        self, stack: QUndoStack, undo: QAction, redo: QAction, report: Callable[[str], None]
    ) -> None:
        super().__init__(stack)
        self.stack = stack
        self.report = report
        undo.triggered.connect(self._undone)
        redo.triggered.connect(self._redone)

    def _undone(self) -> None:
        command = self.stack.command(self.stack.index())
        if command is not None:
            self.report(f"Undone: {command.text()}. Redo (Ctrl+Shift+Z) does it again.")

    def _redone(self) -> None:
        command = self.stack.command(self.stack.index() - 1)
        if command is not None:
            self.report(f"Redone: {command.text()}.")


__all__ = ["UndoTeller", "announce"]
