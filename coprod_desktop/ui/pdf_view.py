"""Showing a PDF the app made, saving it, and opening it in the member's own PDF viewer.

Why pypdfium2 for the preview: Qt's own PDF module ships only in the 60 MB PySide6-Addons
wheel, while PDFium (the engine inside Chromium) comes as a small, well-kept wheel that renders
pages to bitmaps. Pages are rendered off the GUI thread into plain bytes; only the GUI thread
turns them into pixmaps.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QLayout, QWidget

from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.io.safe_write import write_atomic
from coprod_desktop.ui.dialogs.common import ERROR_SIGN

if TYPE_CHECKING:
    from coprod_desktop.core.services.preferences import PreferenceService

MAX_PREVIEW_PAGES = 60  # a long portfolio previews its first pages; the file holds them all

#: PDFium is not thread-safe, not even across documents: the preview and printing both render
#: in worker threads, so every PDFium call holds this lock (a page at a time, so they take turns).
PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """One rendered page as plain RGBA bytes (safe to hand from a pool thread)."""

    width: int
    height: int
    rgba: bytes


@dataclass(frozen=True)
class Rendered:
    pages: tuple[PageImage, ...]
    page_count: int


def render_pages(data: bytes, width_px: int, progress: Progress = no_progress) -> Rendered:
    """Render up to MAX_PREVIEW_PAGES pages, each `width_px` wide. Runs in a pool thread."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        count = len(document)
    try:
        shown = min(count, MAX_PREVIEW_PAGES)
        pages: list[PageImage] = []
        for index in range(shown):
            progress(index, shown)
            with PDFIUM_LOCK:
                page = document[index]
                scale = width_px / max(page.get_width(), 1)
                image = page.render(scale=scale).to_pil().convert("RGBA")
                page.close()
            pages.append(PageImage(image.width, image.height, image.tobytes()))
        return Rendered(tuple(pages), count)
    finally:
        with PDFIUM_LOCK:
            document.close()


def show_pages(layout: QLayout, rendered: Rendered) -> list[QLabel]:
    """Replace what `layout` shows with the rendered pages, each named for a screen reader."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    labels: list[QLabel] = []
    total = rendered.page_count
    for number, page in enumerate(rendered.pages, start=1):
        image = QImage(page.rgba, page.width, page.height, QImage.Format.Format_RGBA8888).copy()
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(image))
        label.setMinimumSize(image.size())  # a long document scrolls; pages never squash
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setAccessibleName(f"Page {number} of {total}")
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(label)
        labels.append(label)
    if total > len(rendered.pages):
        more = QLabel(
            f"The preview shows the first {len(rendered.pages)} of {total} pages; "
            "the saved file holds them all."
        )
        more.setWordWrap(True)
        layout.addWidget(more)
        labels.append(more)
    return labels


def safe_file_name(name: str) -> str:
    """A file name from a document title or claim number: no folders, nothing a system
    refuses, never empty."""
    cleaned = re.sub(r"[^\w.\- ]+", "-", name, flags=re.UNICODE).strip(" .-")
    return (cleaned or "document")[:120]


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(preferences: PreferenceService | None) -> Path:
    """Where Save as opens: the folder the member last saved into, if it is still there, else
    their Documents folder (never the app's own folder, where nobody would look)."""
    last = preferences.save_folder() if preferences is not None else None
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def save_pdf_as(
    parent: QWidget, data: bytes, suggested: str, preferences: PreferenceService | None = None
) -> Path | None:
    """Ask where, then write the file whole (never half a PDF). None if the member cancels.
    With `preferences`, the folder chosen is remembered for the next Save as."""
    start = start_folder(preferences) / safe_file_name(suggested)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, "Save the PDF as", str(start), "PDF files (*.pdf)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    write_file(path, data)
    if preferences is not None:
        preferences.remember_save_folder(str(path.parent))
    return path


def write_file(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data, private=True)
    except OSError as exc:
        reason = exc.strerror or "it could not be written"
        raise StorageError(
            f"The PDF was not saved to {path.parent}: {reason}. Choose another folder.",
            "file",
        ) from exc


def open_in_viewer(data: bytes, name: str, folder: Path) -> tuple[Path, bool]:
    """Write the PDF into the data folder's documents folder and ask the system to open it.

    Returns the file and whether a viewer was started, so the window can say where it is."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe_file_name(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    write_file(path, data)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return path, False  # no desktop to open it on (tests, the self-test)
    return path, QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_as_sentence(
    parent: QWidget, data: bytes, suggested: str, preferences: PreferenceService | None = None
) -> str | None:
    """Save as, told in one sentence for the status line (None if the member cancelled)."""
    try:
        path = save_pdf_as(parent, data, suggested, preferences)
    except UserError as error:
        return f"{ERROR_SIGN} {error.message}"
    return None if path is None else f"Saved as {path}."


def open_in_viewer_sentence(data: bytes, name: str, folder: Path) -> str:
    """Open in the member's viewer, told in one sentence that always says where the file is."""
    try:
        path, opened = open_in_viewer(data, name, folder)
    except UserError as error:
        return f"{ERROR_SIGN} {error.message}"
    if opened:
        return f"Opened in your PDF viewer. The file is {path}."
    return f"No PDF viewer could be started. The file is saved as {path}: open it from there."
