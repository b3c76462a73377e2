"""Alt+letter keys (mnemonics) of what a window shows, for the accessibility tests."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget


def shared_alt_keys(root: QWidget) -> dict[str, list[str]]:
    """Letters that more than one shown button, group or labelled field in `root` uses as its
    Alt key, with the texts that use each. A shared letter only cycles between the controls,
    which a keyboard user cannot tell from the key doing nothing new."""
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            continue
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}
