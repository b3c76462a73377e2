"""The portfolio's charts: hours by year (vertical bars) and hours by organisation (one
labelled horizontal bar a row).

Drawn directly on the canvas rather than with ReportLab's chart classes, whose import alone
costs a portfolio run a twentieth of a second. Every label is whole and upright: a name too
long for its column wraps onto more lines, a figure too wide for its bar is staggered onto a
second line, and a year the period covers only in part says so ("2026 (to Dec)").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable

from coprod_desktop.core.domain.formatting import grouped, hours_minutes
from coprod_desktop.core.reports.base import MUTED
from coprod_desktop.core.reports.fonts import get_font
from coprod_desktop.core.reports.portfolio_data import YearHours
from coprod_desktop.core.reports.text import TextBlock, TextStyle, draw_text_line

#: Bar fill: dark enough to read against white; every bar also carries its figure in words.
BAR_FILL = colors.HexColor("#2f5d8a")
#: Most characters of an organisation's name beside its bar (real names are far shorter).
LABEL_LIMIT = 200
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def hours_words(minutes: int) -> str:
    """Hours for sentences and bars, in the one style: "1,204h 05m"."""
    return hours_minutes(minutes)


def nice_step(most: float, ticks: int = 6) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` ticks up to
    `most`, as a reader expects an axis to count."""
    if most <= 0:
        return 1.0
    raw = most / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def year_labels(years: Sequence[int], start: date | None, end: date) -> list[tuple[str, str]]:
    """(year, note) for each bar: the note marks a year the period covers in part, e.g.
    ("2026", "(to Dec)") when the period ends on 6 December, ("2016", "(from Mar)") when it
    starts in March (or the first contribution is in March, when the period has no start)."""
    labels = []
    for year in years:
        note = ""
        if year == end.year and (end.month, end.day) != (12, 31):
            note = f"(to {_MONTHS[end.month - 1]})"
        if start is not None and year == start.year and (start.month, start.day) != (1, 1):
            note = (
                f"(from {_MONTHS[start.month - 1]})"
                if not note
                else (f"({_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]})")
            )
        labels.append((str(year), note))
    return labels


class HoursBar(Flowable):
    """One labelled horizontal bar: the label in words (any script, wrapped onto as many
    lines as it needs, never cut), the bar, the hours at its end. A row each, so a long list
    of organisations splits over pages."""

    def __init__(self, label: str, minutes: int, most: int, style: TextStyle) -> None:
        super().__init__()
        self.label = label
        self.minutes = minutes
        self.most = max(most, 1)
        self.style = style
        # A name wraps onto as many lines as it needs; only a name longer than any real one
        # (a pasted paragraph) is shortened, so one bar never outgrows a page.
        shown = label if len(label) <= LABEL_LIMIT else label[:LABEL_LIMIT].rstrip() + "…"
        self._label_block = TextBlock(shown, replace(style, align="left"))

    def _label_width(self, width: float) -> float:
        return width * (0.42 if self.style.large_print else 0.38)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, label_height = self._label_block.wrap(self._label_width(availWidth) - 6, 1e6)
        self.bar_height = self.style.leading * 1.5
        self.height = max(self.bar_height, label_height + self.style.leading * 0.3)
        return self.width, self.height

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        label_width = self._label_width(self.width)
        value_text = hours_words(self.minutes)
        value_width = self.width * 0.22
        bar_space = self.width - label_width - value_width - 12
        _, label_height = self._label_block.wrap(label_width - 6, 1e6)
        self._label_block.drawOn(canvas, 0, self.height - label_height)
        top = self.height
        bar_bottom = top - self.bar_height * 0.8
        bar_width = bar_space * self.minutes / self.most
        canvas.saveState()
        canvas.setFillColor(BAR_FILL)
        canvas.setStrokeColor(BAR_FILL)
        canvas.rect(label_width, bar_bottom, max(bar_width, 0.5), self.bar_height * 0.6, fill=1)
        canvas.restoreState()
        baseline = bar_bottom + self.bar_height * 0.3 - style.size * 0.35
        draw_text_line(
            canvas,
            label_width + bar_width + 6,
            baseline,
            value_text,
            replace(style, align="left"),
            value_width + 6,
        )


class YearBars(Flowable):
    """Vertical bars of hours by year, every year of the period (none left out for having no
    contributions), each labelled with its hours. Labels are years and figures only (digits
    the first font always has), so no member text reaches the chart."""

    def __init__(
        self,
        years: Sequence[YearHours],
        style: TextStyle,
        height: float,
        labels: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__()
        self.years = list(years)
        self.style = style
        self.chart_height = height
        self.labels = list(labels) if labels else [(str(y.year), "") for y in self.years]
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.chart_height
        return self.width, self.height

    def fits(self, width: float) -> bool:
        """Can every label be drawn whole and upright, alternating over two lines at most?
        (Measured with the chart's first font, as `draw` measures.)"""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        font, size = self.style.chain()[0], self.style.size
        get_font(font)
        band = (width - size * 4 - 16) / max(len(self.years), 1)
        texts = [t for label in self.labels for t in label if t]
        figures = [hours_minutes((y.minutes + 30) // 60 * 60) for y in self.years]
        figure_size = size if self.style.large_print else size * 0.9
        widest = max(
            [stringWidth(t, font, size) for t in texts]
            + [stringWidth(f, font, figure_size) for f in figures],
            default=0.0,
        )
        return widest <= 2 * band - 4

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        font, size = style.chain()[0], style.size
        get_font(font)
        width_of = canvas.stringWidth
        hours = [y.minutes / 60 for y in self.years]
        step = nice_step(max(hours, default=0.0))
        top = step * max(math.ceil(max(hours, default=0.0) / step), 1)
        tick_texts = []
        value = 0.0
        while value <= top + step / 1000:
            tick_texts.append((value, grouped(Decimal(repr(value)), 1)))
            value += step
        left = max(width_of(t, font, size) for _, t in tick_texts) + 10
        count = max(len(self.years), 1)
        plot_w = self.width - left - 6
        band = plot_w / count
        # Whole hours on the bars: the exact time is in the tables.
        figures = [hours_minutes((y.minutes + 30) // 60 * 60) for y in self.years]
        # Large print keeps every figure at the body size (16 pt); normal print a little smaller.
        figure_size = size if self.style.large_print else size * 0.9
        # Whole labels, upright: a row of labels too wide for its bands alternates between two
        # lines, so neighbours never touch.
        years_stagger = any(width_of(t, font, size) > band - 2 for t, _ in self.labels)
        notes_stagger = any(width_of(n, font, size) > band - 2 for _, n in self.labels if n)
        figures_stagger = any(width_of(f, font, figure_size) > band - 2 for f in figures)
        label_lines = (2 if years_stagger else 1) + (
            (2 if notes_stagger or years_stagger else 1) if any(n for _, n in self.labels) else 0
        )
        bottom = size * (1.25 * label_lines + 0.6)
        headroom = figure_size * (2.6 if figures_stagger else 1.5)
        plot_h = self.height - bottom - headroom
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.5)
        canvas.line(left, bottom, left, bottom + plot_h)
        for value, text in tick_texts:
            y = bottom + plot_h * value / top
            canvas.line(left - 4, y, left, y)
            canvas.drawRightString(left - 6, y - size * 0.35, text)
        canvas.line(left, bottom, left + plot_w, bottom)
        for index in range(count + 1):
            canvas.line(left + band * index, bottom, left + band * index, bottom - 4)
        canvas.setFillColor(BAR_FILL)
        bar_w = band * 0.6
        for index, amount in enumerate(hours):
            x = left + band * index + (band - bar_w) / 2
            canvas.rect(x, bottom, bar_w, plot_h * amount / top, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        for index, amount in enumerate(hours):
            middle = left + band * index + band / 2
            year, note = self.labels[index]
            line = 1 + (index % 2 if years_stagger else 0)
            canvas.setFont(font, size)
            canvas.drawCentredString(middle, bottom - size * 1.25 * line, year)
            if note:
                note_line = (
                    (2 if years_stagger else 1)
                    + 1
                    + (index % 2 if (notes_stagger or years_stagger) else 0)
                )
                canvas.drawCentredString(middle, bottom - size * 1.25 * note_line, note)
            canvas.setFont(font, figure_size)
            lift = figure_size * 1.2 * (index % 2) if figures_stagger else 0.0
            bar_top = bottom + plot_h * amount / top
            canvas.drawCentredString(middle, bar_top + size * 0.4 + lift, figures[index])
        canvas.restoreState()
