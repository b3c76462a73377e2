"""What "fits" means for a window or dialog, checked widget by widget.

Three failures, each a thing a member with large text has met: a control placed outside its
window (out of reach), a label or button whose text needs more room than it was given (cut
off), and two sibling controls drawn over each other (unreadable). Controls inside a scroll
area are measured against the scrolled contents, since the member can scroll to them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

CONTROLS = (
    QLabel,
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QGroupBox,
)


def _plain(text: str) -> str:
    """A label's or button's text as drawn: no mnemonic ampersands, no markup."""
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("&nbsp;", " ").replace("&amp;", "&")


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a combo's line edit, a table's scroll bar)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            return True
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = f" {_plain(widget.text())[:40]!r}"
    return f"{type(widget).__name__} {widget.objectName() or '?'}{text}"


def outside(root: QWidget) -> list[str]:
    """Controls whose rectangle leaves the window, or their parent (scroll contents excepted)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or _internal(widget) or widget.isWindow():
            continue
        parent = widget.parentWidget()
        if parent is None or widget.window() is not root.window():
            continue
        viewport_of = parent.parentWidget()
        if isinstance(viewport_of, QAbstractScrollArea) and parent is viewport_of.viewport():
            continue  # scrolled contents: reached by scrolling
        bounds = parent.rect()
        if not bounds.contains(widget.geometry()):
            found.append(f"{_name(widget)} at {_rect(widget.geometry())} outside {_rect(bounds)}")
    return found


def _rect(r: QRect) -> str:
    return f"{r.x()},{r.y()} {r.width()}×{r.height()}"


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons and group titles whose text needs more room than they have."""
    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or _internal(widget):
            continue
        if isinstance(widget, QLabel):
            problem = _label_clipped(widget)
        elif isinstance(widget, QPushButton | QToolButton):
            if isinstance(widget, QToolButton) and (
                widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
                and not widget.icon().isNull()
            ):
                continue  # an icon button: its text is its name, never drawn
            text = _plain(widget.text())
            need = widget.fontMetrics().horizontalAdvance(text)
            if not widget.icon().isNull():
                need += widget.iconSize().width()
            problem = need > widget.width() - 4 and bool(text)
        elif isinstance(widget, QCheckBox | QRadioButton):
            problem = widget.sizeHint().width() > widget.width() + 1
        elif isinstance(widget, QGroupBox):
            title = _plain(widget.title())
            problem = widget.fontMetrics().horizontalAdvance(title) > widget.width() - 8
        else:
            continue
        if problem:
            found.append(f"{_name(widget)} is {widget.width()}×{widget.height()}, too small")
    return found


SQUEEZABLE = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def squeezed(root: QWidget) -> list[str]:
    """Fields and buttons given less height than their text needs (lines drawn over lines)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or _internal(widget) or not isinstance(widget, SQUEEZABLE):
            continue
        if isinstance(widget, QToolButton) and widget.toolButtonStyle() == (
            Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            continue
        need = min(widget.minimumSizeHint().height(), widget.sizeHint().height())
        if need > 0 and widget.height() < need - 1:
            found.append(f"{_name(widget)} is {widget.height()} high, needs {need}")
    return found


def _label_clipped(label: QLabel) -> bool:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return False
    text = label.text()
    if not text.strip():
        return False
    room = label.contentsRect()
    margin = 2 * label.margin() + 2 * max(label.indent(), 0)
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        return need > label.height() + 1
    metrics = label.fontMetrics()
    lines = _plain(text).splitlines() or [""]
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    return widest + margin > room.width() + 1 or (metrics.height() * len(lines) > room.height() + 2)


def overlapping(root: QWidget) -> list[str]:
    """Sibling controls drawn over each other (a pixel's touch is allowed)."""
    found = []
    parents = [root, *root.findChildren(QWidget)]
    for parent in parents:
        if not _shown(parent, root) and parent is not root:
            continue
        if _internal(parent) or isinstance(parent, QAbstractItemView):
            continue
        kids = [
            w
            for w in parent.findChildren(QWidget, options=_direct())
            if _shown(w, root) and not w.isWindow() and isinstance(w, CONTROLS)
        ]
        for i, first in enumerate(kids):
            a = first.geometry().adjusted(1, 1, -1, -1)
            for second in kids[i + 1 :]:
                b = second.geometry().adjusted(1, 1, -1, -1)
                if a.intersects(b):
                    found.append(f"{_name(first)} overlaps {_name(second)}")
    return found


def _direct() -> Qt.FindChildOption:
    return Qt.FindChildOption.FindDirectChildrenOnly


def too_big(window: QWidget) -> list[str]:
    """A window larger than the screen's available area (the part not under panels)."""
    screen = window.screen()
    avail = screen.availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > avail.width() or frame.height() > avail.height():
        return [f"{window.windowTitle()!r} is {frame.width()}×{frame.height()} on {_rect(avail)}"]
    return []


def layout_problems(window: QWidget) -> list[str]:
    return [
        *too_big(window),
        *outside(window),
        *clipped(window),
        *squeezed(window),
        *overlapping(window),
    ]
