"""The expense form's receipts list: its entries, files dropped onto it, and thumbnails.

Split from expense.py (the form) so each stays a readable size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImageReader, QPixmap

from coprod_desktop.core.services.expenses import NewFile

THUMB = QSize(96, 96)


@dataclass(frozen=True, slots=True)
class Receipt:
    """One entry in the receipts list: a stored attachment, or a new file not yet saved."""

    name: str
    attachment_id: int | None = None
    new_file: NewFile | None = None


class DropFilter(QObject):
    """Takes files dropped onto the receipts list (its viewport gets the drag events)."""

    def __init__(self, on_files: Callable[[list[Path]], None], parent: QObject) -> None:
        super().__init__(parent)
        self.on_files = on_files

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if _local_files(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = _local_files(event)
            if files:
                event.acceptProposedAction()
                self.on_files(files)
                return True
        return super().eventFilter(watched, event)


def _local_files(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def thumbnail(data: bytes, media_type: str, fallback: QIcon) -> QIcon:
    """A small picture of an image receipt, decoded at thumbnail size (cheap for big photos);
    a PDF, or an image Qt cannot read, gets the document icon."""
    if not media_type.startswith("image/"):
        return fallback
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return fallback
    return QIcon(QPixmap.fromImage(image))


__all__ = ["THUMB", "DropFilter", "Receipt", "thumbnail"]
