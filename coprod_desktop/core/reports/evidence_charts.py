"""Bar charts for the evidence pack, drawn with reportlab.graphics shapes.

Why our own small charts rather than reportlab's chart classes: each part of a bar needs a
pattern as well as a shade (meaning never rests on colour alone, and the pack is often printed
in black and white), and every bar carries its figure as text. Labels on the charts are only
the app's own words, organisation codes (letters, digits and _) and tax years, so no member
text reaches a drawing that has no script fallback; the tables beside each chart give names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from coprod_desktop.core.reports.fonts import get_font

FONT = "CoprodSans"
DARK = colors.HexColor("#1f3a5a")
MID = colors.HexColor("#7a94b0")
LIGHT = colors.HexColor("#e4e4e4")
INK = colors.black


@dataclass(frozen=True, slots=True)
class Segment:
    """How one part of a stacked bar looks: a fill and a pattern, named in the legend."""

    name: str
    fill: colors.Color
    pattern: str  # "solid" | "hatch" | "dots"


PAID = Segment("Paid", DARK, "solid")
DECLINED = Segment("Declined by me", colors.white, "hatch")
UNPAID = Segment("Unpaid by the organisation", LIGHT, "dots")


def _pattern(d: Drawing, x: float, y: float, w: float, h: float, segment: Segment) -> None:
    d.add(Rect(x, y, w, h, fillColor=segment.fill, strokeColor=INK, strokeWidth=0.5))
    if segment.pattern == "hatch" and w > 0.5:
        step = 3.5
        c = -h
        while c < w:  # lines x - y = c (45°), clipped to the box
            x0, y0 = max(c, 0.0), max(c, 0.0) - c
            x1 = min(w, h + c)
            y1 = x1 - c
            if x1 > x0:
                d.add(Line(x + x0, y + y0, x + x1, y + y1, strokeColor=INK, strokeWidth=0.5))
            c += step
    elif segment.pattern == "dots" and w > 2:
        step = 3.0
        yy = y + step / 2
        row = 0
        while yy < y + h:
            xx = x + (step / 2 if row % 2 else step)
            while xx < x + w - 0.6:
                d.add(Rect(xx, yy, 0.7, 0.7, fillColor=INK, strokeColor=None))
                xx += step
            yy += step
            row += 1


def _legend(d: Drawing, x: float, y: float, items: Sequence[Segment], size: float) -> None:
    for segment in items:
        _pattern(d, x, y, size * 1.6, size, segment)
        label = String(x + size * 2.1, y + size * 0.15, segment.name, fontName=FONT, fontSize=size)
        d.add(label)
        x += size * 2.6 + _width(segment.name, size) + size * 1.2


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    # Our embedded font from the first operator, so the PDF never names an unembedded
    # Helvetica (the drawing's default).
    d.initialFontName = FONT
    return d


def _width(text: str, size: float) -> float:
    get_font(FONT)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, FONT, size)


def stacked_hours_chart(
    rows: Sequence[tuple[str, int, int, int]], width: float, *, font_size: float = 8.0
) -> Drawing:
    """Horizontal bars, one per row label, of paid / declined / unpaid minutes, each bar
    ending in its total in hours."""
    get_font(FONT)
    bar = font_size * 1.6
    gap = font_size * 0.9
    label_w = max((_width(label, font_size) for label, *_ in rows), default=0) + font_size
    total_w = _width("00,000.0 h", font_size) + font_size
    legend_h = font_size * 2.4
    height = legend_h + len(rows) * (bar + gap) + gap
    d = _drawing(width, height)
    plot_x = label_w
    plot_w = max(width - label_w - total_w, 10)
    biggest = max((p + dc + u for _, p, dc, u in rows), default=0) or 1
    y = height - legend_h - gap - bar
    for label, paid, declined, unpaid in rows:
        d.add(String(0, y + bar * 0.3, label, fontName=FONT, fontSize=font_size))
        x = plot_x
        for minutes, segment in ((paid, PAID), (declined, DECLINED), (unpaid, UNPAID)):
            w = plot_w * minutes / biggest
            if minutes:
                _pattern(d, x, y, max(w, 0.8), bar, segment)
            x += w
        hours = Decimal(paid + declined + unpaid) / 60
        d.add(
            String(
                x + font_size * 0.5,
                y + bar * 0.3,
                f"{hours:,.1f} h",
                fontName=FONT,
                fontSize=font_size,
            )
        )
        y -= bar + gap
    d.add(Line(plot_x, 0, plot_x, height - legend_h, strokeColor=INK, strokeWidth=0.6))
    _legend(d, 0, height - font_size * 1.3, (PAID, DECLINED, UNPAID), font_size)
    return d


def lateness_chart(
    rows: Sequence[tuple[str, Decimal, Decimal | None, int]],
    width: float,
    *,
    font_size: float = 8.0,
) -> Drawing:
    """One bar per organisation: the median days to pay, with a marked line at the median
    promised days, and the figures in words at the end of the bar."""
    get_font(FONT)
    bar = font_size * 1.6
    gap = font_size * 1.0
    label_w = max((_width(label, font_size) for label, *_ in rows), default=0) + font_size
    text_w = _width("median 000 days; promised 000; worst 0000 days late", font_size) + font_size
    legend_h = font_size * 2.4
    height = legend_h + len(rows) * (bar + gap) + gap
    d = _drawing(width, height)
    plot_x = label_w
    plot_w = max(width - label_w - text_w, 10)
    biggest = float(max((max(m, p or 0) for _, m, p, _w in rows), default=0) or 1)
    median_seg = Segment("Median days to pay", MID, "hatch")
    y = height - legend_h - gap - bar
    for label, median, promised, worst in rows:
        d.add(String(0, y + bar * 0.3, label, fontName=FONT, fontSize=font_size))
        w = plot_w * float(median) / biggest
        if median:
            _pattern(d, plot_x, y, max(w, 0.8), bar, median_seg)
        end = max(w, plot_w * float(promised or 0) / biggest)
        if promised is not None:
            px = plot_x + plot_w * float(promised) / biggest
            d.add(
                Line(
                    px,
                    y - 2,
                    px,
                    y + bar + 2,
                    strokeColor=INK,
                    strokeWidth=1.6,
                    strokeDashArray=[2, 1.5],
                )
            )
        words = f"median {_days(median)} days"
        if promised is not None:
            words += f"; promised {_days(promised)}"
        words += f"; worst {worst} days late"
        d.add(
            String(
                plot_x + end + font_size * 0.6,
                y + bar * 0.3,
                words,
                fontName=FONT,
                fontSize=font_size,
            )
        )
        y -= bar + gap
    d.add(Line(plot_x, 0, plot_x, height - legend_h, strokeColor=INK, strokeWidth=0.6))
    _legend(d, 0, height - font_size * 1.3, (median_seg,), font_size)
    # The promised-days marker in the legend: a dashed line and its words.
    lx = _width(median_seg.name, font_size) + font_size * 5
    ly = height - font_size * 1.3
    d.add(
        Line(
            lx,
            ly - 1,
            lx,
            ly + font_size + 1,
            strokeColor=INK,
            strokeWidth=1.6,
            strokeDashArray=[2, 1.5],
        )
    )
    d.add(
        String(
            lx + font_size * 0.6,
            ly + font_size * 0.15,
            "Days promised (median)",
            fontName=FONT,
            fontSize=font_size,
        )
    )
    return d


def _days(value: Decimal) -> str:
    return format(value.normalize(), "f")
