"""Keep the window inside the screen at any text size: pages scroll, the window never grows.

Why: at 200% text on a 1366×768 laptop the pages' smallest sizes added up to a window of
1398×801, larger than the screen, so the Claims page's last columns and its "Claim PDF…"
button were off-screen and the Documents options were squeezed into each other. Each page now
sits in a scroll area (it keeps the room its layout needs and scrolls when the window is
smaller), and the window opens no larger than the screen's available area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget


def page_scroller(page: QWidget, parent: QWidget | None = None) -> QWidget:
    """`page` in a frameless scroll area that resizes it: it fills the space when there is
    room, and scrolls (rather than squeezing or leaving the screen) when there is not.

    A page that already scrolls its own contents (a scroll area named "scroll", as the
    Dashboard and Settings have) is left as it is: two scroll bars side by side confuse, and
    a word-wrapped line on such a page would make the outer one scroll for nothing."""
    if own_scroll_area(page) is not None:
        return page
    area = QScrollArea(parent)
    area.setObjectName(f"{page.objectName() or type(page).__name__}Scroller")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls, not here
    area.setAccessibleName(page.accessibleName() or "Page")
    area.setWidget(page)
    area.follower = _FocusFollower(area)  # type: ignore[attr-defined]
    return area


def own_scroll_area(page: QWidget) -> QScrollArea | None:
    return page.findChild(QScrollArea, "scroll", Qt.FindChildOption.FindDirectChildrenOnly)


def page_scroll_area(holder: QWidget) -> QScrollArea | None:
    """The scroll area that scrolls a page shown in the window (ours, or the page's own)."""
    if isinstance(holder, QScrollArea) and holder.objectName().endswith("Scroller"):
        return holder
    return own_scroll_area(holder)


class _FocusFollower(QObject):
    """Keeps the control with keyboard focus in view when the page scrolls. A child of the
    scroll area, so the connection ends when the area is deleted."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.follow)

    def follow(self, _old: QObject | None, new: QObject | None) -> None:
        inner = self.area.widget()
        if isinstance(new, QWidget) and inner is not None and inner.isAncestorOf(new):
            self.area.ensureWidgetVisible(new, 16, 16)


def fit_window_to_screen(window: QWidget, want: QSize | None = None) -> None:
    """`want` (or the window's size), but no larger than the available area of the window's
    screen (the part not under panels and docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    frame_extra = window.frameGeometry().size() - window.geometry().size()
    want = want or window.size()
    width = min(want.width(), avail.width() - frame_extra.width())
    height = min(want.height(), avail.height() - frame_extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    geometry = window.frameGeometry()
    if not avail.contains(geometry):
        window.move(
            max(avail.left(), min(geometry.left(), avail.right() - geometry.width() + 1)),
            max(avail.top(), min(geometry.top(), avail.bottom() - geometry.height() + 1)),
        )


class WindowFitter(QObject):
    """When the text grows, the window grows with it, up to the screen's available area.

    The window's first size suits the platform's own text size; at 150% text it is given 150%
    of that room (a 1366×768 laptop: the whole screen), so the pages scroll less."""

    def __init__(self, window: QWidget, base_points: float | None = None) -> None:
        """`base_points`: the platform's own text size (before the app's setting scales it)."""
        super().__init__(window)
        self.window = window
        self.base_size = QSize(window.size())
        # never more than 10 pt: a system whose own text is enlarged (GNOME's Large text,
        # Windows' Text size) counts as larger text too, and the window grows for it
        self.base_points = min(base_points or window.font().pointSizeF(), 10.0)
        self._pending = False
        window.installEventFilter(self)
        self._fit()  # the saved text size may already be large when the window is made

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        font_changed = event.type() == QEvent.Type.FontChange
        if watched is self.window and font_changed and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._fit)
        return False

    def _fit(self) -> None:
        self._pending = False
        points = self.window.font().pointSizeF()
        if self.base_points <= 0 or points <= 0:
            return
        ratio = max(1.0, points / self.base_points)
        want = QSize(round(self.base_size.width() * ratio), round(self.base_size.height() * ratio))
        fit_window_to_screen(self.window, want.expandedTo(self.window.size()))


__all__ = [
    "WindowFitter",
    "fit_window_to_screen",
    "own_scroll_area",
    "page_scroll_area",
    "page_scroller",
]
