"""Bar charts for the evidence pack, drawn with reportlab.graphics shapes.

Why our own small charts rather than reportlab's chart classes: each part of a bar needs a
pattern as well as a shade (meaning never rests on colour alone, and the pack is often printed
in black and white), and every bar carries its figure as text. Labels on the charts are only
the app's own words, organisation codes and tax years; the tables beside each chart give
names. A label the chart's font cannot draw (a code from someone else's bundle may be in any
script) takes the first font of the document's chain that can.

Large print: the words are Atkinson Hyperlegible Next at 16 pt, like every other text of a
large-print document, and every other measure (bars, gaps, legend keys, hatching, dots, marks)
grows in proportion, so a large-print chart is the normal one drawn bigger. Where the words
beside a bar would squeeze the bars, they go under it; a legend too wide for the page wraps
onto more lines; a long label wraps onto more lines and its row grows to hold them (a label
is never cut: "Riverside NHS Foundati…" names no one). Every word is written upright.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from coprod_desktop.core.reports.fonts import covers, font_chain, get_font

FONT = "CoprodSans"
LARGE_FONT = "CoprodLarge"
#: The size every other measure of a chart is drawn in proportion to.
BASE_SIZE = 8.0
#: A row label never takes more than this share of the chart's width.
LABEL_SHARE = 0.3
DARK = colors.HexColor("#1f3a5a")
MID = colors.HexColor("#7a94b0")
LIGHT = colors.HexColor("#e4e4e4")
INK = colors.black


@dataclass(frozen=True, slots=True)
class Segment:
    """How one part of a chart looks: a fill and a pattern, named in the legend. The pattern
    "dash" is a dashed upright mark (the days promised), not a box."""

    name: str
    fill: colors.Color | None
    pattern: str  # "solid" | "hatch" | "dots" | "dash"


PAID = Segment("Paid", DARK, "solid")
DECLINED = Segment("Declined by me", colors.white, "hatch")
UNPAID = Segment("Unpaid by the organisation", LIGHT, "dots")
MEDIAN = Segment("Median days to pay", MID, "hatch")
PROMISED = Segment("Days promised (median)", None, "dash")


@dataclass(frozen=True, slots=True)
class _Look:
    """The chart's words (font and size) and the scale of everything else."""

    font: str
    size: float

    @property
    def scale(self) -> float:
        return self.size / BASE_SIZE

    def width(self, text: str, font: str | None = None) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        name = font or self.font
        get_font(name)
        return stringWidth(text, name, self.size)

    def font_for(self, text: str) -> str:
        """The chart's font if it draws all of `text`, else the first of the chain that does."""
        if covers(self.font, text):
            return self.font
        chain = font_chain(large_print=self.font == LARGE_FONT)
        return next((name for name in chain if covers(name, text)), self.font)

    def string(self, x: float, y: float, text: str) -> String:
        return String(x, y, text, fontName=self.font_for(text), fontSize=self.size)

    def wrap(self, text: str, width: float) -> list[str]:
        """`text` in lines no wider than `width`, broken between words, and inside a word
        only when the word alone is wider than `width`."""
        font = self.font_for(text)
        lines: list[str] = []
        line = ""
        for word in text.split():
            candidate = f"{line} {word}" if line else word
            if self.width(candidate, font) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            for char in word:
                if line and self.width(line + char, font) > width:
                    lines.append(line)
                    line = ""
                line += char
        if line or not lines:
            lines.append(line)
        return lines

    @property
    def line_height(self) -> float:
        return self.size * 1.15

    def row_height(self, lines: Sequence[str], bar: float) -> float:
        """A row holds its bar and every line of its label."""
        return max(bar, len(lines) * self.line_height)

    def label(self, d: Drawing, lines: Sequence[str], middle: float) -> None:
        """Draw a label's lines centred on `middle` (the middle of its bar)."""
        top = middle + len(lines) * self.line_height / 2
        for number, line in enumerate(lines):
            baseline = top - (number + 1) * self.line_height + self.size * 0.3
            d.add(self.string(0, baseline, line))


def _pattern(
    d: Drawing, x: float, y: float, w: float, h: float, segment: Segment, scale: float = 1.0
) -> None:
    d.add(Rect(x, y, w, h, fillColor=segment.fill, strokeColor=INK, strokeWidth=0.5))
    if segment.pattern == "hatch" and w > 0.5:
        step = 3.5 * scale
        c = -h
        while c < w:  # lines x - y = c (45°), clipped to the box
            x0, y0 = max(c, 0.0), max(c, 0.0) - c
            x1 = min(w, h + c)
            y1 = x1 - c
            if x1 > x0:
                d.add(Line(x + x0, y + y0, x + x1, y + y1, strokeColor=INK, strokeWidth=0.5))
            c += step
    elif segment.pattern == "dots" and w > 2 * scale:
        step = 3.0 * scale
        dot = 0.7 * scale
        yy = y + step / 2
        row = 0
        while yy < y + h:
            xx = x + (step / 2 if row % 2 else step)
            while xx < x + w - dot + 0.1:
                d.add(Rect(xx, yy, dot, dot, fillColor=INK, strokeColor=None))
                xx += step
            yy += step
            row += 1


def _dash(d: Drawing, x: float, y0: float, y1: float, scale: float) -> None:
    """The dashed upright mark of the days promised."""
    d.add(
        Line(
            x,
            y0,
            x,
            y1,
            strokeColor=INK,
            strokeWidth=1.6 * scale,
            strokeDashArray=[2 * scale, 1.5 * scale],
        )
    )


def _key_width(segment: Segment, look: _Look) -> float:
    """From the start of a legend item to the start of its words."""
    return look.size * (0.6 if segment.pattern == "dash" else 2.1)


def _legend_lines(items: Sequence[Segment], look: _Look, width: float) -> list[list[float]]:
    """Where each legend item starts, line by line: an item that would run past `width`
    starts a new line."""
    lines: list[list[float]] = [[]]
    x = 0.0
    for segment in items:
        item = _key_width(segment, look) + look.width(segment.name)
        # A thin dashed mark stands further off the words before it.
        lead = look.size * 1.2 if segment.pattern == "dash" and lines[-1] else 0.0
        if lines[-1] and x + lead + item > width:
            lines.append([])
            x, lead = 0.0, 0.0
        x += lead
        lines[-1].append(x)
        x += item + look.size * 1.7
    return lines


def _legend_height(items: Sequence[Segment], look: _Look, width: float) -> float:
    return look.size * (2.4 + 1.6 * (len(_legend_lines(items, look, width)) - 1))


def _legend(d: Drawing, items: Sequence[Segment], look: _Look, width: float) -> None:
    size, scale = look.size, look.scale
    queue = list(items)
    for number, starts in enumerate(_legend_lines(items, look, width)):
        y = d.height - size * (1.3 + 1.6 * number)
        for x in starts:
            segment = queue.pop(0)
            if segment.pattern == "dash":
                _dash(d, x, y - scale, y + size + scale, scale)
            else:
                _pattern(d, x, y, size * 1.6, size, segment, scale)
            d.add(look.string(x + _key_width(segment, look), y + size * 0.15, segment.name))


def _drawing(width: float, height: float, look: _Look) -> Drawing:
    d = Drawing(width, height)
    # Our embedded font from the first operator, so the PDF never names an unembedded
    # Helvetica (the drawing's default).
    d.initialFontName = look.font
    return d


def _labels(
    rows: Sequence[tuple[Any, ...]], measure: Sequence[tuple[Any, ...]], look: _Look, limit: float
) -> tuple[list[list[str]], float]:
    """The rows' labels wrapped to `limit`, and the width of the label column, which is
    measured over every row of the chart so that each part of a chart drawn in parts lines up."""
    shown = [look.wrap(label, limit) for label, *_ in rows]
    measured = [line for label, *_ in measure for line in look.wrap(label, limit)]
    widest = max((look.width(line, look.font_for(line)) for line in measured), default=0)
    return shown, widest + look.size


def stacked_hours_chart(
    rows: Sequence[tuple[str, int, int, int]],
    width: float,
    *,
    font_size: float = BASE_SIZE,
    font: str = FONT,
    measure: Sequence[tuple[str, int, int, int]] | None = None,
) -> Drawing:
    """Horizontal bars, one per row label, of paid / declined / unpaid minutes, each bar
    ending in its total in hours. `measure` (all the rows, when this drawing is one part of
    a chart) sets the scale and the columns, so that every part is drawn alike."""
    measure = rows if measure is None else measure
    look = _Look(font, font_size)
    size, scale = font_size, look.scale
    bar = size * 1.6
    gap = size * 0.9
    labels, label_w = _labels(rows, measure, look, width * LABEL_SHARE)
    totals = [_hours(p + dc + u) for _, p, dc, u in rows]
    every_total = [_hours(p + dc + u) for _, p, dc, u in measure]
    total_w = max(look.width(t) for t in ("00,000.0 h", *every_total)) + size
    items = (PAID, DECLINED, UNPAID)
    legend_h = _legend_height(items, look, width)
    row_hs = [look.row_height(lines, bar) for lines in labels]
    height = legend_h + sum(row_hs) + len(rows) * gap + gap
    d = _drawing(width, height, look)
    plot_x = label_w
    plot_w = max(width - label_w - total_w, 10)
    biggest = max((p + dc + u for _, p, dc, u in measure), default=0) or 1
    top = height - legend_h - gap
    for lines, total, row_h, (_, paid, declined, unpaid) in zip(
        labels, totals, row_hs, rows, strict=True
    ):
        y = top - row_h / 2 - bar / 2
        look.label(d, lines, y + bar / 2)
        x = plot_x
        for minutes, segment in ((paid, PAID), (declined, DECLINED), (unpaid, UNPAID)):
            w = plot_w * minutes / biggest
            if minutes:
                _pattern(d, x, y, max(w, 0.8), bar, segment, scale)
            x += w
        d.add(look.string(x + size * 0.5, y + bar * 0.3, total))
        top -= row_h + gap
    d.add(Line(plot_x, 0, plot_x, height - legend_h, strokeColor=INK, strokeWidth=0.6 * scale))
    _legend(d, items, look, width)
    return d


def lateness_chart(
    rows: Sequence[tuple[str, Decimal, Decimal | None, int]],
    width: float,
    *,
    font_size: float = BASE_SIZE,
    font: str = FONT,
    measure: Sequence[tuple[str, Decimal, Decimal | None, int]] | None = None,
) -> Drawing:
    """One bar per organisation: the median days to pay, with a marked line at the median
    promised days, and the figures in words at the end of the bar, or under it where words
    beside the bars would leave them too little room. `measure` as for the hours chart."""
    measure = rows if measure is None else measure
    look = _Look(font, font_size)
    size, scale = font_size, look.scale
    bar = size * 1.6
    gap = size * 1.0
    words = [_lateness_words(median, promised, worst) for _, median, promised, worst in rows]
    sample = "median 000 days; promised 000; worst 0000 days late"
    every = [_lateness_words(m, p, w) for _, m, p, w in measure]
    text_w = max(look.width(w) for w in (sample, *every)) + size
    limit = width * LABEL_SHARE
    labels, label_w = _labels(rows, measure, look, limit)
    beside = width - label_w - text_w >= width * 0.4
    if not beside:
        # The words go under each bar, starting beside the axis: labels give way to them,
        # down to a tenth of the width (past that the words start under the label).
        limit = min(limit, max(width - text_w - size * 1.4, width * 0.1))
        labels, label_w = _labels(rows, measure, look, limit)
    below = 0.0 if beside else size * 1.45
    items = (MEDIAN, PROMISED)
    legend_h = _legend_height(items, look, width)
    row_hs = [look.row_height(lines, bar) for lines in labels]
    height = legend_h + sum(row_hs) + len(rows) * (below + gap) + gap
    d = _drawing(width, height, look)
    plot_x = label_w
    plot_w = max(width - label_w - (text_w if beside else size), 10)
    biggest = float(max((max(m, p or 0) for _, m, p, _w in measure), default=0) or 1)
    under_x = plot_x + size * 0.4 if plot_x + size * 0.4 + text_w <= width + size else 0.0
    top = height - legend_h - gap
    for lines, text, row_h, (_, median, promised, _worst) in zip(
        labels, words, row_hs, rows, strict=True
    ):
        y = top - row_h / 2 - bar / 2
        look.label(d, lines, y + bar / 2)
        w = plot_w * float(median) / biggest
        if median:
            _pattern(d, plot_x, y, max(w, 0.8), bar, MEDIAN, scale)
        end = max(w, plot_w * float(promised or 0) / biggest)
        if promised is not None:
            px = plot_x + plot_w * float(promised) / biggest
            _dash(d, px, y - 2 * scale, y + bar + 2 * scale, scale)
        if beside:
            d.add(look.string(plot_x + end + size * 0.6, y + bar * 0.3, text))
        else:
            d.add(look.string(under_x, top - row_h - size * 1.25, text))
        top -= row_h + below + gap
    d.add(Line(plot_x, 0, plot_x, height - legend_h, strokeColor=INK, strokeWidth=0.6 * scale))
    _legend(d, items, look, width)
    return d


def _hours(minutes: int) -> str:
    from coprod_desktop.core.domain.formatting import hours_minutes

    return hours_minutes(minutes)


def _lateness_words(median: Decimal, promised: Decimal | None, worst: int) -> str:
    words = f"median {_days(median)} days"
    if promised is not None:
        words += f"; promised {_days(promised)}"
    return words + f"; worst {worst} days late"


def _days(value: Decimal) -> str:
    return format(value.normalize(), "f")
