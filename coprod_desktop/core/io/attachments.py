"""The attachments store: receipts, agreements and certificates copied into the data folder.

Files are stored by the SHA-256 of their content (`attachments/ab/abcdef...`), so the same
receipt added twice is kept once and a name like `../../x` can never choose where bytes land.
Only PNG, JPEG and PDF are taken, recognised by their content, not their name; images that
declare more pixels than a phone camera makes are refused before they are decoded.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.io.safe_write import write_atomic, write_many_atomic

MAX_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 60_000_000  # ~60 megapixels: larger than any phone photo, far below a bomb
ALLOWED = ("image/png", "image/jpeg", "application/pdf")


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    media_type: str
    size: int
    original_name: str


def sniff_media_type(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "application/pdf"
    return None


def clean_name(name: str) -> str:
    """A display name only (never a path): no folders, no control characters, not too long."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip(" .")
    return (base or "file")[:120]


def check_content(data: bytes, name: str) -> str:
    """Check a file is one we accept; return its media type or raise a plain UserError."""
    shown = clean_name(name)
    if len(data) == 0:
        raise UserError(f"The file '{shown}' is empty: choose the receipt file again.", "receipt")
    if len(data) > MAX_BYTES:
        raise UserError(
            f"The file '{shown}' is larger than 25 MB: save a smaller copy and add that.", "receipt"
        )
    media_type = sniff_media_type(data)
    if media_type is None:
        raise UserError(
            f"The file '{shown}' is not a PNG, JPEG or PDF: add a photo or a PDF of the receipt.",
            "receipt",
        )
    if media_type.startswith("image/"):
        _check_image(data, shown)
    else:
        _check_pdf(data, shown)
    return media_type


def _check_image(data: bytes, shown: str) -> None:
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise UserError(
                    f"The image '{shown}' declares {width}×{height} pixels, more than any photo "
                    "needs: save a smaller copy and add that.",
                    "receipt",
                )
            image.verify()
    except UserError:
        raise
    except Image.DecompressionBombError:  # Pillow's own guard fires first above ~179 megapixels
        raise UserError(
            f"The image '{shown}' declares more pixels than any photo needs: save a smaller "
            "copy and add that.",
            "receipt",
        ) from None
    except Exception:
        raise UserError(
            f"The image '{shown}' is damaged and cannot be read: add another copy.", "receipt"
        ) from None


def _check_pdf(data: bytes, shown: str) -> None:
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = len(reader.pages)
    except Exception:
        raise UserError(
            f"The file '{shown}' says it is a PDF but cannot be read as one: add another copy.",
            "receipt",
        ) from None
    if pages == 0 or pages > 200:
        raise UserError(
            f"The PDF '{shown}' has {pages} pages: a receipt should have between 1 and 200.",
            "receipt",
        )
    _check_pdf_builds(reader, shown)


# What a PDF receipt may inflate to, all pages' drawing together. A scanned receipt is a few
# megabytes inflated; a 437 KB file that inflates to hundreds of megabytes is a bomb.
MAX_PDF_INFLATED = 64 * 1024 * 1024


def _check_pdf_builds(reader: Any, shown: str) -> None:
    """Do now, once, what a claim PDF does with this receipt (issue 17, finding 5): unlock it,
    inflate each page's drawing within a budget, turn it upright and place it on a page. A
    receipt that passes always builds in a claim PDF; one that fails is refused here, with a
    sentence, instead of failing every claim it is in."""
    import io

    from pypdf import PdfWriter, Transformation
    from pypdf.errors import LimitReachedError

    bomb = UserError(
        f"The PDF '{shown}' inflates to far more than a receipt does (it may be made to fill "
        "memory): print it to a new PDF and add that.",
        "receipt",
    )
    try:
        if reader.is_encrypted and not reader.decrypt(""):
            raise UserError(
                f"The PDF '{shown}' is password-protected: add an unlocked copy.", "receipt"
            )
        inflated = 0
        for page in reader.pages:
            contents = page.get_contents()
            inflated += len(contents.get_data()) if contents is not None else 0
            if inflated > MAX_PDF_INFLATED:
                raise bomb
        upright = PdfWriter(clone_from=reader)
        trial = PdfWriter()
        for page in upright.pages:
            if page.rotation:
                page.transfer_rotation_to_content()
            box = page.mediabox
            target = trial.add_blank_page(float(box.width) or 595, float(box.height) or 842)
            target.merge_transformed_page(page, Transformation())
        trial.write(io.BytesIO())
    except UserError:
        raise
    except (LimitReachedError, MemoryError):
        raise bomb from None
    except Exception:
        raise UserError(
            f"The file '{shown}' says it is a PDF but cannot be placed in a claim: add another "
            "copy (for example printed to a new PDF).",
            "receipt",
        ) from None


class AttachmentStore:
    """Content-addressed files. With a data `key` (encryption on) each file is kept sealed
    (AES-256-GCM, `sealed.seal_with_key`); its name stays the SHA-256 of the *plain* content, so
    the same receipt added twice is still found and kept once.
    """

    def __init__(self, root: Path, key: bytes | None = None) -> None:
        self.root = root
        self.key = key

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a sha256 digest")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes, original_name: str) -> StoredFile:
        media_type = check_content(data, original_name)
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if not target.exists():
            write_atomic(target, self.encode(digest, data))
        return StoredFile(digest, media_type, len(data), clean_name(original_name))

    def put_many(self, files: Iterable[tuple[bytes, str]]) -> list[StoredFile]:
        """`put` for many files at once (a whole import), checked one by one like `put`.

        Every file is checked before any is written, and the new ones are written with
        `write_many_atomic`, which waits for the disk once for all of them instead of once per
        file. A file already in the store (or twice in `files`) is written once.
        """
        stored: list[StoredFile] = []
        new: dict[Path, bytes] = {}
        for data, original_name in files:
            media_type = check_content(data, original_name)
            digest = hashlib.sha256(data).hexdigest()
            target = self.path_for(digest)
            if target not in new and not target.exists():
                new[target] = self.encode(digest, data)
            stored.append(StoredFile(digest, media_type, len(data), clean_name(original_name)))
        write_many_atomic(list(new.items()))
        return stored

    def read(self, sha256: str) -> bytes:
        try:
            stored = self.path_for(sha256).read_bytes()
        except FileNotFoundError:
            raise UserError(
                "A stored file is missing from the attachments folder: restore a backup to "
                "get it back.",
                "attachment",
            ) from None
        return self.decode(sha256, stored)

    def encode(self, name: str, data: bytes) -> bytes:
        """The bytes to keep on disk for plain content `data` stored under `name`."""
        if self.key is None:
            return data
        from coprod_desktop.core.io.sealed import seal_with_key

        return seal_with_key(data, self.key, name)

    def decode(self, name: str, stored: bytes) -> bytes:
        """The plain content of a stored file (sealed or not: a plain file still reads)."""
        from coprod_desktop.core.io.sealed import is_key_sealed

        if not is_key_sealed(stored):
            return stored
        if self.key is None:
            raise UserError(
                "A stored file is encrypted but your records are not: restore a backup to get "
                "it back.",
                "attachment",
            )
        from coprod_desktop.core.io.sealed import unseal_with_key

        return unseal_with_key(stored, self.key, name)
