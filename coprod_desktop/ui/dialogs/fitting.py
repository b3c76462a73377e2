"""Fitting a form to the member's text size and screen: one-line labels, wrapping rows, and a
dialog that opens no larger than the screen and scrolls when it must.

Split from common.py (which keeps the names importable): these are about size, not records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def finish_form(root: QWidget, text_lines: int = 4) -> None:
    """Last touches every form needs, whatever Designer could not express.

    The line edits Qt makes inside editable combos and spin boxes get their owner's accessible
    name (a screen reader landing on one would otherwise announce nothing), and multi-line
    boxes are a few lines tall in the current font rather than Qt's default ten, so a form
    shows more of itself at 200% font."""
    for form in root.findChildren(QFormLayout):
        reflow_form(form)
    for edit in root.findChildren(QPlainTextEdit):
        margins = edit.contentsMargins()
        frame = 2 * edit.frameWidth() + margins.top() + margins.bottom() + 8
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * text_lines + frame)
    for owner in root.findChildren(QWidget):
        if isinstance(owner, QComboBox) and owner.lineEdit() is not None:
            owner.lineEdit().setAccessibleName(owner.accessibleName())
        elif isinstance(owner, QAbstractSpinBox):
            for inner in owner.findChildren(QLineEdit):
                inner.setAccessibleName(owner.accessibleName())


def reflow_form(form: QFormLayout) -> None:
    """Labels on one line, and a field that has no room beside its label goes under it.

    A word-wrapped label in a form row is given only its field's height, so at 200% text (and
    at 100% for the longest, "Minimum paid time (optional):") its second line was cut off.
    Unwrapped labels set the label column's width; when the window is too narrow for label and
    field side by side, Qt puts the field on the next line rather than squeezing either."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setWordWrap(False)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)


def scroll_contents(dialog: QDialog) -> QScrollArea:
    """Put a dialog's contents in a scroll area, its buttons staying below in reach.

    For a dialog whose smallest size is taller than the screen (200% text in high contrast
    on a 1366×768 laptop): it scrolls rather than run off the bottom with its buttons."""
    layout = dialog.layout()
    buttons = [
        layout.itemAt(i).widget()
        for i in range(layout.count())
        if isinstance(layout.itemAt(i).widget(), QDialogButtonBox)
    ]
    for box in buttons:
        layout.removeWidget(box)
    inner = QWidget()
    inner.setObjectName(f"{dialog.objectName()}Contents")
    inner.setLayout(layout)  # Qt hands the layout, and the widgets in it, to `inner`
    area = QScrollArea(dialog)
    area.setObjectName(f"{dialog.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(inner)
    outer = QVBoxLayout(dialog)
    outer.addWidget(area, 1)
    for box in buttons:
        outer.addWidget(box)
    return area


def fit_to_screen(dialog: QDialog, contents: QWidget | None = None, chars: int = 90) -> None:
    """Open about `chars` characters wide in the dialog's own font, and never beyond the screen.

    Measuring in characters makes the form grow with the member's font size (at 200% the
    labels and the text they type keep their room); capping at the screen keeps Save in reach
    on a 1366×768 laptop, the scroll area taking whatever is left over."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    dialog.ensurePolished()  # the stylesheet's borders and padding count in the sizes below
    layout = dialog.layout()
    if (
        contents is None
        and layout is not None
        and layout.totalMinimumSize().height() > avail.height() * 0.9
    ):
        scroll_contents(dialog)
    want = dialog.sizeHint()
    width = max(want.width(), chars * dialog.fontMetrics().averageCharWidth())
    height = want.height()
    if contents is not None:
        width = max(width, contents.sizeHint().width() + 60)
        height = max(
            height, contents.sizeHint().height() + 40 * dialog.fontMetrics().height() // 10
        )
    width = min(width, int(avail.width() * 0.92))
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        # wrapped text needs more lines when the dialog is narrower than it would like
        height = max(height, layout.totalHeightForWidth(width))
    dialog.resize(width, min(height, int(avail.height() * 0.9)))


__all__ = ["finish_form", "fit_to_screen", "reflow_form", "scroll_contents"]
