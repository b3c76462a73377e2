"""Small, real receipt images for the demo data, drawn with Pillow.

Why real images: the demo exercises everything a member's data does, and receipts travel through
the attachments store (which checks the content), claim PDFs (which append them as pages) and
JSON exports. Why a template pool: at scale 15 the demo needs ~2,000 receipts; each one is a copy
of a pre-drawn template with only the variable lines (amount, date, ticket number) drawn on, so
every receipt has distinct content (a distinct SHA-256) but generation stays fast. Output depends
only on the arguments, never on the clock, so two runs give the same bytes.
"""

from __future__ import annotations

import io
from datetime import date
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from coprod_desktop.core.domain.money import Money

_SIZE = (220, 300)


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The app's shipped font (it has a £ sign); Pillow's own font if it is missing."""
    from coprod_desktop.paths import resources_dir

    path = resources_dir() / "fonts" / "AtkinsonHyperlegible-Regular.ttf"
    try:
        return ImageFont.truetype(str(path), size)
    except OSError:
        return ImageFont.load_default(size=size)


def _money_text(amount: Money) -> str:
    font = _font(12)
    if isinstance(font, ImageFont.FreeTypeFont) and "Atkinson" in (font.getname()[0] or ""):
        return amount.display()
    return f"GBP {amount}"


@lru_cache(maxsize=16)
def _template(heading: str, subheading: str) -> Image.Image:
    """The unchanging part of a receipt: drawn once, copied for each receipt."""
    image = Image.new("L", _SIZE, 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, _SIZE[0] - 5, _SIZE[1] - 5), outline=0, width=2)
    draw.text((_SIZE[0] // 2, 22), heading, fill=0, font=_font(18), anchor="mm")
    draw.text((_SIZE[0] // 2, 44), subheading, fill=60, font=_font(11), anchor="mm")
    draw.line((14, 60, _SIZE[0] - 14, 60), fill=0, width=1)
    draw.text(
        (_SIZE[0] // 2, _SIZE[1] - 24),
        "Thank you - keep this receipt",
        fill=80,
        font=_font(10),
        anchor="mm",
    )
    return image


def receipt_image(
    heading: str,
    subheading: str,
    lines: tuple[str, ...],
    amount: Money,
    on: date,
    number: int,
    *,
    jpeg: bool = False,
) -> bytes:
    """A receipt as PNG (or JPEG, like a phone photo) bytes, a few KB each."""
    image = _template(heading, subheading).copy()
    draw = ImageDraw.Draw(image)
    small = _font(12)
    y = 76
    draw.text((16, y), f"Date  {on.strftime('%d/%m/%Y')}", fill=0, font=small)
    y += 20
    draw.text((16, y), f"Ref   {number:06d}", fill=0, font=small)
    y += 26
    for line in lines[:6]:
        draw.text((16, y), line[:30], fill=0, font=small)
        y += 18
    y = max(y + 10, 210)
    draw.line((14, y, _SIZE[0] - 14, y), fill=0, width=1)
    draw.text((16, y + 10), "TOTAL", fill=0, font=_font(16))
    draw.text((_SIZE[0] - 16, y + 10), _money_text(amount), fill=0, font=_font(16), anchor="ra")
    buffer = io.BytesIO()
    if jpeg:
        image.save(buffer, format="JPEG", quality=70)
    else:
        image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
