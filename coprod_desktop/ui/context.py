"""What every page shares: the services (once open), the background runner, undo, messages.

One object handed to each page rather than a main-window singleton, so a page can be built and
tested on its own with a synchronous runner and an injected `Services`.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.ui.tasks import TaskRunner
from coprod_desktop.ui.theme import Appearance, load_appearance, save_appearance
from coprod_desktop.ui.undo import UndoController

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services
    from coprod_desktop.core.services.clock import Clock
    from coprod_desktop.paths import DataPaths
    from coprod_desktop.ui.theme import ThemeManager

# Which lists a change to one kind of record can alter (fees depend on terms and the profile,
# claim numbers show on activities and expenses, organisation names show everywhere).
AFFECTS: dict[str, frozenset[str]] = {
    "activity": frozenset({"activity", "claim"}),
    "expense": frozenset({"expense", "claim"}),
    "organisation": frozenset({"organisation", "activity", "expense", "claim", "agreement"}),
    "agreement": frozenset({"agreement", "activity", "expense"}),
    "claim": frozenset({"claim", "activity", "expense"}),
    "payment": frozenset({"claim"}),
    "profile": frozenset({"activity", "expense", "claim", "agreement", "organisation"}),
}


class WindowContext(QObject):
    """Shared state of one window. `changed(kind)` fires after any record of `kind` changed."""

    services_ready = Signal()
    changed = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        *,
        clock: Clock | None = None,
        paths: DataPaths | None = None,
        theme: ThemeManager | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.clock = clock
        self.paths = paths
        self.theme = theme
        self._appearance = Appearance()
        self.services: Services | None = None
        self.stack = QUndoStack(self)
        self.undo = UndoController(self.stack, self.changed.emit, self.report)
        runner.default_error = self._background_error

    def bind(self, services: Services) -> None:
        self.services = services
        self.paths = services.paths
        if self.clock is None:
            self.clock = services.ctx.clock
        self.undo.bind(services)
        self.services_ready.emit()

    # -- appearance (text size, contrast): kept in the data folder, applied app-wide -----------
    def appearance(self) -> Appearance:
        return self._appearance

    def load_appearance(self) -> Appearance:
        if self.paths is not None:
            self._appearance = load_appearance(self.paths.settings)
        if self.theme is not None:
            self.theme.apply(self._appearance)
        return self._appearance

    def set_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance.clamped()
        if self.theme is not None:
            self.theme.apply(self._appearance)
        if self.paths is not None:
            try:
                save_appearance(self.paths.settings, self._appearance)
            except OSError as exc:
                self.report(f"The text size could not be saved for next time: {exc.strerror}.")

    @property
    def ready(self) -> bool:
        return self.services is not None

    def today(self) -> date:
        return self.clock.today() if self.clock is not None else date.today()

    def report(self, text: str) -> None:
        """A short message in the status bar (undo results, lifecycle steps)."""
        self.message.emit(text)

    def show_error(self, error: UserError, parent: QWidget | None = None) -> None:
        """A member's mistake or a refusal: one plain sentence, never a traceback."""
        self.report(error.message)
        QMessageBox.information(parent, "Not done", error.message)

    def attempt(self, parent: QWidget | None, action: Callable[[], Any]) -> Any:
        """Run a service call now; a UserError is shown plainly and None returned."""
        try:
            return action()
        except UserError as exc:
            self.show_error(exc, parent)
            return None

    def _background_error(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.report(error.message)
        else:
            traceback.print_exception(error)  # a bug: keep the details for a report
            self.report(f"Something went wrong while loading: {error}")
