"""Never lose typed work: a form with changes asks before it closes.

Why one mechanism for every form: the member learns one question ("Save, Discard, or Keep
editing?") and gets it wherever they press Escape, Cancel or Close, or close the window. The
form's values are read when it is first shown and compared with the values when it is asked to
close; only a real difference asks (an untouched form closes at once).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

SAVE, DISCARD, KEEP = "save", "discard", "keep"


def form_state(root: QWidget) -> list[tuple[str, Any]]:
    """Every value a member can change in `root`, in a comparable form.

    Line edits inside combo boxes and spin boxes are their owner's business (the owner's value
    is read instead), and read-only text is not the member's work."""
    state: list[tuple[str, Any]] = []
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                continue
            if not widget.isReadOnly():
                state.append((name, widget.text()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            if not widget.isReadOnly():
                state.append((name, widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            state.append((name, (widget.currentIndex(), widget.currentText())))
        elif isinstance(widget, QAbstractSpinBox):
            state.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append((name, widget.isChecked()))
    return state


def ask_unsaved(parent: QWidget, what: str = "this form") -> str:
    """Save, Discard or Keep editing: the member's answer as SAVE, DISCARD or KEEP.

    Keep editing is the default and Escape's answer, so a second Escape never throws work away."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"You have changed {what}. Save the changes before closing?")
    box.setAccessibleName("Unsaved changes")
    box.setAccessibleDescription(box.text())
    save = box.addButton("&Save", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("&Discard changes", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("&Keep editing", QMessageBox.ButtonRole.RejectRole)
    save.setAccessibleName("Save the changes and close")
    discard.setAccessibleName("Discard the changes and close")
    keep.setAccessibleName("Keep editing")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SAVE
    if clicked is discard:
        return DISCARD
    return KEEP


class GuardedDialog(QDialog):
    """A dialog that asks before throwing away changes.

    Subclasses say how to save (`save_from_guard`, which closes the dialog when it saved) and
    may add state the widgets do not show (`extra_state`, e.g. receipts added)."""

    _snapshot: list[tuple[str, Any]] | None = None
    guard_enabled = True
    guard_what = "this form"

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._snapshot is None:
            self.take_snapshot()

    def take_snapshot(self) -> None:
        """The values now count as unchanged (after loading a record, or after saving)."""
        self._snapshot = self._state()

    def _state(self) -> list[tuple[str, Any]]:
        return [*form_state(self), ("__extra__", self.extra_state())]

    def extra_state(self) -> Any:
        return None

    def has_changes(self) -> bool:
        return self.guard_enabled and self._snapshot is not None and self._state() != self._snapshot

    def save_from_guard(self) -> None:
        raise NotImplementedError

    def confirm_close(self) -> bool:
        """Ask when there are changes; True when the dialog may close now (or has closed)."""
        if not self.has_changes():
            return True
        answer = ask_unsaved(self, self.guard_what)
        if answer == DISCARD:
            self.guard_enabled = False
            return True
        if answer == SAVE:
            self.save_from_guard()  # closes the dialog itself when the save went through
            return not self.isVisible()
        return False

    def reject(self) -> None:
        if self.isVisible() and not self.confirm_close():
            return
        if self.isVisible():
            super().reject()


def confirm_window_close(pages: list[Any]) -> bool:
    """Before the window closes: every open form with changes, and unsaved settings, ask.

    True when the window may close (each change was saved or discarded); False when the member
    chose to keep editing, or a save was refused (its sentence is then on the form)."""
    for page in pages:
        dialog = getattr(page, "open_dialog", None)
        if isinstance(dialog, GuardedDialog) and dialog.isVisible():
            if not dialog.confirm_close():
                dialog.raise_()
                dialog.activateWindow()
                return False
            dialog.guard_enabled = False
        has_changes = getattr(page, "has_unsaved_changes", None)
        if has_changes is not None and has_changes():
            answer = ask_unsaved(page, getattr(page, "guard_what", "your settings"))
            if answer == KEEP or (answer == SAVE and not page.save_unsaved_changes()):
                return False
    return True


__all__ = [
    "DISCARD",
    "KEEP",
    "SAVE",
    "GuardedDialog",
    "ask_unsaved",
    "confirm_window_close",
    "form_state",
]
