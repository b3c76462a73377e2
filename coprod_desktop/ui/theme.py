"""Text size and the high-contrast theme, applied to the whole application.

Why app-wide: members with low vision set a size once and expect every page and dialog, including
ones opened later, to follow. Qt passes an application font change to every widget that has not
set its own font, so no form sets a font of its own; headings use a relative stylesheet size.

Window preferences are not records, so they live in a small JSON file in the data folder
(`DataPaths.settings`), written atomically, not in the database.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader

MIN_SCALE = 100
MAX_SCALE = 200

_FLIPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class WindowStyle(QProxyStyle):
    """Fusion (the same look, focus ring and scaling everywhere), with two corrections.

    Qt hands the style "sort up" for a list sorted newest first, so Fusion drew a ▲ over a list
    that runs downhill. Members read the arrow as the direction the values run (▼: newest or
    largest at the top, as in a file manager), so the arrow is turned the right way here.

    Fusion sizes a menu item a hair narrower than its text draws at large text sizes, so at
    200% a long item lost letters from its middle ("Save a copy of…ll my records…"). Each menu
    item is given one average character of room more."""

    high_contrast = False  # set by ThemeManager.apply: icons follow the theme

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: Any = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            turned = QStyleOptionHeader(option)
            turned.sortIndicator = _FLIPPED.get(option.sortIndicator, option.sortIndicator)
            option = turned
        super().drawPrimitive(element, option, painter, widget)

    def standardIcon(
        self, standard: QStyle.StandardPixmap, option: Any = None, widget: Any = None
    ) -> QIcon:
        """In high contrast, every standard icon (the dialogs' Save and Cancel, a date
        field's calendar) drawn in the text colour: Fusion's dark grey icons vanish on black."""
        icon = super().standardIcon(standard, option, widget)
        if not WindowStyle.high_contrast or icon.isNull():
            return icon
        return silhouette(icon, QColor("#ffffff"))

    def sizeFromContents(
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: Any = None,
    ) -> QSize:
        result = super().sizeFromContents(contents, option, size, widget)
        if contents == QStyle.ContentsType.CT_MenuItem:
            result.setWidth(result.width() + option.fontMetrics.averageCharWidth())
        return result


@dataclass(frozen=True)
class Appearance:
    font_percent: int = 100
    high_contrast: bool = False

    def clamped(self) -> Appearance:
        pct = max(MIN_SCALE, min(MAX_SCALE, int(self.font_percent)))
        return Appearance(pct, bool(self.high_contrast))


def load_appearance(path: Path) -> Appearance:
    """The saved preferences, or the defaults when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Appearance(int(data.get("font_percent", 100)), bool(data.get("high_contrast")))
    except (OSError, ValueError, TypeError, AttributeError):
        return Appearance()


def save_appearance(path: Path, appearance: Appearance) -> None:
    """Write to a temporary file and rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(appearance.clamped()), handle)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise


class ThemeManager:
    """Remembers the platform's own font and palette so scaling never compounds."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.base_font = QFont(app.font())
        self.base_palette = QPalette(app.palette())
        self.current = Appearance()
        self._applied = False

    def apply(self, appearance: Appearance) -> None:
        """Set font, palette and stylesheet, each only when it differs from what is set:
        every change makes Qt re-polish every widget in the application."""
        appearance = appearance.clamped()
        self.current = appearance
        font = QFont(self.base_font)
        base_size = self.base_font.pointSizeF()
        if base_size <= 0:
            base_size = 10.0
        font.setPointSizeF(base_size * appearance.font_percent / 100)
        if self.app.font() != font:
            self.app.setFont(font)
        WindowStyle.high_contrast = appearance.high_contrast
        palette = high_contrast_palette() if appearance.high_contrast else self.base_palette
        if self.app.palette() != palette:
            self.app.setPalette(palette)
        sheet = stylesheet(appearance, base_size)
        if self.app.styleSheet() != sheet:
            self.app.setStyleSheet(sheet)


def silhouette(icon: QIcon, colour: QColor) -> QIcon:
    """`icon`'s shape in one colour (its transparency kept), at the sizes buttons use."""
    out = QIcon()
    for size in (16, 20, 24, 32, 48, 64):
        pixmap = icon.pixmap(size, size)
        if pixmap.isNull():
            continue
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
        painter.end()
        out.addPixmap(pixmap)
    return out


def high_contrast_palette() -> QPalette:
    """White on black with yellow selection: well over the 7:1 contrast of WCAG AAA."""
    pal = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    grey = QColor("#c0c0c0")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, black)
        pal.setColor(group, QPalette.ColorRole.WindowText, white)
        pal.setColor(group, QPalette.ColorRole.Base, black)
        pal.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
        pal.setColor(group, QPalette.ColorRole.Text, white)
        pal.setColor(group, QPalette.ColorRole.Button, black)
        pal.setColor(group, QPalette.ColorRole.ButtonText, white)
        pal.setColor(group, QPalette.ColorRole.Highlight, yellow)
        pal.setColor(group, QPalette.ColorRole.HighlightedText, black)
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, black)
        pal.setColor(group, QPalette.ColorRole.ToolTipText, white)
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, grey)
        pal.setColor(group, QPalette.ColorRole.Link, QColor("#00ffff"))
        pal.setColor(group, QPalette.ColorRole.BrightText, yellow)
        pal.setColor(group, QPalette.ColorRole.Light, white)
        pal.setColor(group, QPalette.ColorRole.Mid, grey)
        pal.setColor(group, QPalette.ColorRole.Dark, white)
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(disabled, role, grey)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        pal.setColor(disabled, role, black)
    return pal


def stylesheet(appearance: Appearance, base_pt: float = 10.0) -> str:
    """Headings sized relative to the chosen text size, and a focus ring nobody can miss.

    The focus ring is drawn as a thick outline in the highlight colour on top of Fusion's own
    indicator, because Fusion's default focus frame is a thin, low-contrast line."""
    heading_pt = round(base_pt * 1.5 * appearance.font_percent / 100)
    ring = "#ffff00" if appearance.high_contrast else "#1a56db"
    box = round(13 * appearance.font_percent / 100)  # tick boxes grow with the text
    return f"""
QLabel#heading {{ font-size: {heading_pt}pt; font-weight: bold; }}
QLabel[role="error"] {{ font-weight: bold; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QAbstractItemView:focus {{ border: 3px solid {ring}; }}
QPushButton:focus, QToolButton:focus {{
    border: 3px solid {ring}; border-radius: 4px; padding: 4px 10px;
}}
QCheckBox:focus, QRadioButton:focus {{ border: 2px dashed {ring}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}
""" + (_high_contrast_frames() if appearance.high_contrast else "")


def _high_contrast_frames() -> str:
    """Fusion draws field frames a shade darker than the window: on black that is black, so in
    high contrast every field, list and tick box gets a white frame, and a checked box a tick."""
    from coprod_desktop.paths import resources_dir

    tick = (resources_dir() / "icons" / "check-high-contrast.svg").as_posix()
    return f"""
QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView {{
    border: 2px solid #ffffff;
}}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QAbstractItemView:focus {{ border: 3px solid #ffff00; }}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled {{ border-color: #c0c0c0; }}
QPushButton {{ border: 2px solid #ffffff; border-radius: 4px; padding: 4px 10px; }}
QPushButton:disabled {{ border-color: #808080; }}
QPushButton:focus {{ border: 3px solid #ffff00; }}
QCheckBox::indicator, QRadioButton::indicator {{ border: 2px solid #ffffff; background: #000000; }}
QCheckBox::indicator:checked {{ image: url({tick}); background: #ffff00; }}
QHeaderView::section {{ border: 1px solid #ffffff; background: #000000; color: #ffffff; }}
QGroupBox {{ border: 1px solid #ffffff; margin-top: 1.5em; padding-top: 0.5em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0.5em; }}
QScrollBar {{ background: #000000; border: 2px solid #ffffff; }}
QScrollBar:vertical {{ width: 1.2em; }}
QScrollBar:horizontal {{ height: 1.2em; }}
QScrollBar::handle {{ background: #ffffff; border: 2px solid #000000; min-height: 2em;
    min-width: 2em; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: #ffff00; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: #000000; }}
"""
