"""Images the app places in PDFs (receipt photos, signatures): checked by content, turned the
right way up, shrunk to print size.

Why re-encode: a phone photo is 12 megapixels; printed at 150 dpi on A4 it needs about two.
Shrinking keeps a claim with ten receipts small and fast, and decoding every image through
Pillow first means a file that is not really an image, or a decompression bomb, is refused with
a plain message instead of reaching the PDF.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass

from coprod_desktop.core.domain.errors import UserError

#: Longest side, in pixels, of an image placed in a PDF (an A4 receipt area at about 170 dpi).
MAX_SIDE = 1600
#: Refuse images that claim more pixels than this (a 24 KB PNG can declare 196 megapixels).
MAX_PIXELS = 60_000_000


@dataclass(frozen=True, slots=True)
class PreparedImage:
    data: bytes  # JPEG or PNG bytes, ready to embed
    width: int
    height: int


#: Prepared copies kept in memory, by the SHA-256 of the original and the options: a claim
#: previewed and then saved, or submitted, shrinks each photo once, not each time.
_CACHE_SIZE = 32
_prepared: OrderedDict[tuple[bytes, bool], PreparedImage] = OrderedDict()
_lock = threading.Lock()


def prepare_image(data: bytes, what: str, *, keep_transparency: bool = False) -> PreparedImage:
    """Decode, orient, shrink and re-encode an image; raise UserError naming `what` if the bytes
    are not a PNG or JPEG image that can be read safely."""
    key = (hashlib.sha256(data).digest(), keep_transparency)
    with _lock:
        found = _prepared.get(key)
        if found is not None:
            _prepared.move_to_end(key)
            return found
    prepared = _prepare(data, what, keep_transparency)
    with _lock:
        _prepared[key] = prepared
        while len(_prepared) > _CACHE_SIZE:
            _prepared.popitem(last=False)
    return prepared


def prepare_images(images: list[bytes]) -> None:
    """Shrink several photos at once, two at a time (Pillow decodes and encodes without holding
    Python's lock, so a two-core machine does two photos in the time of one). The results wait
    in the cache for `prepare_image`, which also reports any image that cannot be read: here a
    failure is left for it to raise in the document's order."""
    todo = [data for data in images if (hashlib.sha256(data).digest(), False) not in _prepared]
    if len(todo) < 2:
        return
    from concurrent.futures import ThreadPoolExecutor

    def attempt(data: bytes) -> None:
        with contextlib.suppress(UserError):  # raised again, in order, by the caller
            prepare_image(data, "A receipt")

    workers = min(len(todo), max(1, min(2, os.cpu_count() or 1)))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(attempt, todo))


def _prepare(data: bytes, what: str, keep_transparency: bool) -> PreparedImage:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in ("PNG", "JPEG"):
                raise UserError(f"{what} is not a PNG or JPEG image, so it cannot go in the PDF.")
            if probe.width * probe.height > MAX_PIXELS:
                raise UserError(
                    f"{what} says it is {probe.width} × {probe.height} pixels, too large to "
                    "place safely. Save a smaller copy and attach that."
                )
            if probe.format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 size straight from the JPEG data: a phone photo
                # then costs milliseconds, not a third of a second.
                ratio = min(1.0, MAX_SIDE / max(probe.width, probe.height, 1))
                probe.draft("RGB", (int(probe.width * ratio), int(probe.height * ratio)))
            probe.load()
            image = ImageOps.exif_transpose(probe)
    except UserError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise UserError(f"{what} could not be read as an image ({type(exc).__name__}).") from None
    if max(image.size) > MAX_SIDE * 1.3:  # JPEG draft decoding usually lands close enough
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS, reducing_gap=2.0)
    out = io.BytesIO()
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    if keep_transparency and has_alpha:
        image = image.convert("RGBA")
        image.save(out, format="PNG", optimize=False)
    else:
        if has_alpha:
            background = Image.new("RGB", image.size, "white")
            background.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
            image = background
        elif image.mode != "RGB":
            image = image.convert("RGB")
        image.save(out, format="JPEG", quality=85, optimize=False)
    return PreparedImage(out.getvalue(), image.width, image.height)
