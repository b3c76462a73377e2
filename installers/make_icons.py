"""Draw the app icon at every size the three platforms ask for, from one description.

The icon is a record book (a blue cover, a white page) with two linked rings: a member's own
record of shared work. It is drawn with Pillow at eight times the target size and scaled down,
so every size is sharp; at 16, 24 and 32 px a simpler variant with thicker rings and no line is
used, because the full drawing turns to mush there. Writes into resources/icons:

  coprod-<N>.png   N = 16 24 32 48 64 128 256 512 (Linux hicolor theme, the window icon)
  coprod.png       the 256 px image (kept for older callers)
  coprod.ico       Windows: 16-256 px in one file (the executables and the installer)
  coprod.icns      macOS: the .app bundle

coprod.svg beside them is the same drawing as a vector, for the Linux "scalable" icon.
Run: ``.venv/bin/python installers/make_icons.py``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL = 32  # at or below this size the simple variant is drawn
OVERSAMPLE = 8

BLUE = (26, 86, 219, 255)  # #1a56db, as in coprod.svg
GREEN = (14, 159, 110, 255)  # #0e9f6e
WHITE = (255, 255, 255, 255)


def _draw(size: int) -> Image.Image:
    """The icon at `size` px, drawn on a 64-unit grid like coprod.svg."""
    big = size * OVERSAMPLE
    unit = big / 64
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        return (x0 * unit, y0 * unit, x1 * unit, y1 * unit)

    if size > SMALL:
        pen.rounded_rectangle(box(6, 4, 58, 60), radius=6 * unit, fill=BLUE)
        pen.rounded_rectangle(box(12, 10, 52, 54), radius=3 * unit, fill=WHITE)
        rings, radius, stroke = ((26, 28), (38, 28)), 9, 4
        pen.rounded_rectangle(box(18, 43, 46, 47), radius=2 * unit, fill=BLUE)
    else:
        # Fewer, bolder shapes: a full-bleed cover, a thin page edge and two fat rings.
        pen.rounded_rectangle(box(1, 1, 63, 63), radius=10 * unit, fill=BLUE)
        pen.rounded_rectangle(box(7, 7, 57, 57), radius=5 * unit, fill=WHITE)
        rings, radius, stroke = ((23, 32), (41, 32)), 12, 8
    for (cx, cy), colour in zip(rings, (BLUE, GREEN), strict=True):
        pen.ellipse(
            box(cx - radius, cy - radius, cx + radius, cy + radius),
            outline=colour,
            width=round(stroke * unit),
        )
    # Link the rings: the blue ring passes back over the green one at the lower crossing.
    (bx, by), (gx, _gy) = rings
    middle = (bx + gx) / 2
    blue_ring = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    ImageDraw.Draw(blue_ring).ellipse(
        box(bx - radius, by - radius, bx + radius, by + radius),
        outline=BLUE,
        width=round(stroke * unit),
    )
    crossing = Image.new("L", (big, big), 0)
    ImageDraw.Draw(crossing).rectangle(
        box(middle - radius * 0.45, by + 2, middle + radius * 0.45, by + radius + stroke), fill=255
    )
    image.paste(blue_ring, (0, 0), ImageChops.multiply(blue_ring.getchannel("A"), crossing))
    return image.resize((size, size), Image.Resampling.LANCZOS)


def build(folder: Path = ICONS) -> list[Path]:
    """Write every icon file; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    images = {size: _draw(size) for size in SIZES}
    written = []
    for size, image in images.items():
        path = folder / f"coprod-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    images[256].save(folder / "coprod.png", optimize=True)
    written.append(folder / "coprod.png")
    ico = folder / "coprod.ico"
    images[256].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in SIZES if s <= 256],
        append_images=[images[s] for s in SIZES if s < 256],
    )
    written.append(ico)
    icns = folder / "coprod.icns"
    images[512].save(icns, format="ICNS", append_images=[images[s] for s in (16, 32, 64, 128, 256)])
    written.append(icns)
    return written


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(ROOT))
