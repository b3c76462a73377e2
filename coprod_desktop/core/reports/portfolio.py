"""The portfolio PDF: about me, roles held, contributions (by organisation or by theme) with
impact and feedback, skills, training, testimonials, and hours at a glance with charts.

Speed: a portfolio of ten years may hold thousands of contributions. Each contribution is one
row of a `RowTable` (fixed column widths, each row measured once, split between rows without
measuring again) with two text blocks (title; details). On 1,000 contributions this takes less
than half the time ReportLab's Table took for the same rows (see `row_table`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from coprod_desktop.core.domain.jsonable import hours_text
from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.core.reports.base import (
    HEADER_FILL,
    MUTED,
    RULE,
    DocumentInfo,
    DocumentRenderer,
)
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.fonts import get_font
from coprod_desktop.core.reports.portfolio_data import (
    Contribution,
    ContributionGroup,
    PortfolioDocument,
    YearHours,
)
from coprod_desktop.core.reports.renderable import check_renderable
from coprod_desktop.core.reports.row_table import RowTable, RowTableLook
from coprod_desktop.core.reports.text import TextBlock, TextStyle, clean_text, draw_text_line

#: A contribution with more text than this may be split inside its row (see `_long`).
LONG_ROW_CHARS = 1200
#: A bar's label longer than this (no real organisation's name is) is cut.
LABEL_CHARS = 200
#: Bar fill: dark enough to read against white; every bar also carries its figure in words.
BAR_FILL = colors.HexColor("#2f5d8a")


def period_text(doc: PortfolioDocument) -> str:
    if doc.period_start is None:
        return f"Everything on record up to {format_date(doc.period_end)}"
    return f"{format_date(doc.period_start)} to {format_date(doc.period_end)}"


def hours_words(minutes: int) -> str:
    text = hours_text(minutes)
    return f"{text} hour" if text == "1.00" else f"{text} hours"


def portfolio_texts(doc: PortfolioDocument) -> list[tuple[str, str]]:
    """Every piece of member text in the portfolio, named as the member would find it."""
    fields = [
        ("your name", doc.name),
        ("your preferred name", doc.preferred_name),
        ("your pronouns", doc.pronouns),
        ("your personal statement", doc.statement),
        ("the organisation's name", doc.organisation),
    ]
    for role in doc.roles:
        where = f"the role '{clean_text(role.role)[:40]}'"
        fields += [
            (f"{where} (organisation)", role.organisation),
            (f"{where} (title)", role.role),
            (f"{where} (contact)", role.contact),
        ]
    for group in doc.groups:
        fields.append(("an organisation's name", group.title))
        for c in group.entries:
            where = f"the activity on {format_date(c.date)}"
            fields += [
                (f"the title of {where}", c.title),
                (f"the organisation of {where}", c.organisation),
                (f"the described level of {where}", c.described),
                (f"the impact of {where}", c.impact),
                (f"the feedback of {where}", c.feedback),
            ]
    for skill in doc.skills:
        fields.append(("the skills of an activity", skill.skill))
    for item in doc.training or ():
        where = f"the training on {format_date(item.date)}"
        fields += [
            (f"the title of {where}", item.title),
            (f"the provider of {where}", item.provider),
        ]
    for item in doc.testimonials or ():
        where = f"the feedback of {format_date(item.date)}"
        fields += [(f"the quote of {where}", item.quote), (f"who gave {where}", item.attribution)]
    return fields


def check_portfolio_renderable(doc: PortfolioDocument) -> None:
    check_renderable("portfolio PDF", portfolio_texts(doc))


class _HoursBar(Flowable):
    """One labelled horizontal bar: the label in words (any script), the bar, the hours in
    words at its end. A row each, so a long list of organisations splits over pages."""

    def __init__(self, label: str, minutes: int, most: int, style: TextStyle) -> None:
        super().__init__()
        self.label = label
        self.minutes = minutes
        self.most = max(most, 1)
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The label wraps onto as many lines as it needs: a name is never cut short, unless
        # it is longer than any real name (the group's heading above gives it in full).
        self.width = availWidth
        label = self.label if len(self.label) <= LABEL_CHARS else self.label[:LABEL_CHARS] + "…"
        self.label_block = TextBlock(label, replace(self.style, align="left"))
        _, self.label_height = self.label_block.wrap(self.width * 0.38 - 6, availHeight)
        self.height = max(self.style.leading * 1.5, self.label_height + self.style.leading * 0.5)
        return self.width, self.height

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        label_width = self.width * 0.38
        value_text = hours_words(self.minutes)
        # The figure's own width (never cut), measured in the first font: it is digits only.
        value_width = stringWidth(value_text, get_font(style.chain()[0]).fontName, style.size)
        bar_space = self.width - label_width - value_width - 12
        baseline = (self.height - style.size) / 2 + style.size * 0.2
        self.label_block.drawOn(canvas, 0, (self.height - self.label_height) / 2)
        bar_width = bar_space * self.minutes / self.most
        bar_height = style.leading * 0.9
        canvas.saveState()
        canvas.setFillColor(BAR_FILL)
        canvas.setStrokeColor(BAR_FILL)
        bottom = (self.height - bar_height) / 2
        canvas.rect(label_width, bottom, max(bar_width, 0.5), bar_height, fill=1)
        canvas.restoreState()
        draw_text_line(
            canvas,
            label_width + bar_width + 6,
            baseline,
            value_text,
            replace(style, align="left"),
            value_width + 6,
        )


class PortfolioRenderer(DocumentRenderer):
    """Lays out one portfolio; see `render_portfolio_pdf`."""

    def __init__(self, doc: PortfolioDocument) -> None:
        self.doc = doc
        name = clean_text(doc.name).replace("\n", " ")[:120]
        super().__init__(
            DocumentInfo(
                title=f"Portfolio of involvement: {name}".strip(),
                author=name,
                subject="Involvement and co-production: roles, contributions, skills and hours",
                keywords="portfolio, involvement, co-production, public contributor",
                created=doc.made_on,
            ),
            large_print=doc.large_print,
        )

    def header_text(self) -> str:
        return self.info.title

    def rows_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        col_fractions: Sequence[float],
        *,
        right_columns: Sequence[int] = (),
    ) -> Table:
        """The base table, with rows kept whole unless one holds enough text to be taller
        than a page: ReportLab puts a stray header above the first half of a split row."""
        table = self.table(header, rows, col_fractions, right_columns=right_columns)
        if all(sum(len(str(v)) for v in row) <= LONG_ROW_CHARS for row in rows):
            table.splitInRow = 0
        return table

    def footer_text(self) -> str:
        return f"Portfolio · {clean_text(self.doc.name).replace(chr(10), ' ')}"

    # -- the story ----------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        story: list[Flowable] = []
        story += self._cover()
        story += self._about()
        story += self._roles()
        story += self._contributions()
        story += self._skills()
        if doc.training is not None:
            story += self._training()
        if doc.testimonials is not None:
            story += self._testimonials()
        story += self._at_a_glance()
        if not doc.groups:
            story.append(Spacer(1, 2 * mm))
            story.append(TextBlock("No contributions in this period.", s.body))
        return story

    def _cover(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        name = clean_text(doc.name)
        blocks: list[Flowable] = [
            TextBlock("Portfolio of involvement", s.heading),
            TextBlock(name[:300] + ("…" if len(name) > 300 else ""), s.title),
        ]
        facts = []
        if clean_text(doc.preferred_name).strip():
            facts.append(("Preferred name", doc.preferred_name))
        if clean_text(doc.pronouns).strip():
            facts.append(("Pronouns", doc.pronouns))
        facts.append(("Period", period_text(doc)))
        if clean_text(doc.organisation).strip():
            facts.append(("Organisation", doc.organisation))
        facts.append(
            (
                "In brief",
                f"{doc.contribution_count:,} contributions, {hours_words(doc.total_minutes)}, "
                f"with {len(doc.hours_by_organisation):,} "
                + ("organisation" if len(doc.hours_by_organisation) == 1 else "organisations"),
            )
        )
        facts.append(("Made on", format_date(doc.made_on)))
        blocks.append(self._facts(facts))
        return blocks

    def _facts(self, facts: Sequence[tuple[str, str]]) -> Table:
        s = self.styles
        width = self.content_width()
        first = 0.32 if s.large_print else 0.22
        data = [[TextBlock(k, s.body_bold), TextBlock(v, s.body)] for k, v in facts]
        table = Table(
            data, colWidths=[width * first, width * (1 - first)], hAlign="LEFT", splitInRow=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *self.cell_font_commands(),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def _about(self) -> list[Flowable]:
        s = self.styles
        statement = clean_text(self.doc.statement).strip()
        if not statement:
            return []
        return [TextBlock("About me", s.heading), TextBlock(statement, s.body)]

    def _roles(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        if not doc.roles:
            return []
        rows = []
        for role in doc.roles:
            until = format_date(role.end) if role.end else "now"
            title = clean_text(role.role)
            contact = clean_text(role.contact).strip()
            if contact:
                title += f"\nContact: {contact}"
            rows.append([role.organisation, title, f"{format_date(role.start)} to {until}"])
        header = ["Organisation", "Role", "From – to"]
        fractions = (0.34, 0.36, 0.30) if s.large_print else (0.36, 0.38, 0.26)
        return [TextBlock("Roles held", s.heading), self.rows_table(header, rows, fractions)]

    # -- contributions ------------------------------------------------------------------------
    def _contributions(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        if not doc.groups:
            return []
        by = "organisation" if doc.group_by == "organisation" else "theme"
        blocks: list[Flowable] = [
            CondPageBreak(40 * mm),
            TextBlock(f"Contributions by {by}", s.heading),
        ]
        for group in doc.groups:
            count = len(group.entries)
            blocks.append(CondPageBreak(s.heading.leading * 4))
            # Both lines are headings: they keep the table's first row on their page.
            blocks.append(TextBlock(group.title, s.subheading))
            blocks.append(
                TextBlock(
                    f"{count:,} contribution{'s' if count != 1 else ''}, "
                    f"{hours_words(group.minutes)}",
                    replace(s.small, keep_with_next=True),
                )
            )
            blocks.append(self._contribution_table(group))
        return blocks

    def _contribution_cell(self, c: Contribution) -> list[TextBlock]:
        """The title in bold, then one block of details: two text blocks a row, not five,
        because laying text out is most of the time a long portfolio takes."""
        s = self.styles
        facts = [c.kind if self.doc.group_by == "organisation" else c.organisation]
        if c.attended_as:
            facts.append(c.attended_as.capitalize())
        if c.level:
            facts.append(f"My judgement of its level: {c.level}")
        described = clean_text(c.described).strip()
        if described:
            facts.append(f"Described by them as: {described}")
        lines = [" · ".join(f for f in facts if f)]
        impact = clean_text(c.impact).strip()
        if impact:
            lines.append(f"Impact: {impact}")
        feedback = clean_text(c.feedback).strip()
        if feedback:
            lines.append(f"Feedback: {feedback}")
        return [TextBlock(c.title, s.cell_bold), TextBlock("\n".join(lines), s.cell)]

    def _contribution_table(self, group: ContributionGroup) -> RowTable:
        s = self.styles
        width = self.content_width()
        fractions = (0.2, 0.62, 0.18) if s.large_print else (0.15, 0.72, 0.13)
        header = [
            [TextBlock("Date", s.cell_bold)],
            [TextBlock("Contribution", s.cell_bold)],
            [TextBlock("Time", s.cell_money_bold)],
        ]
        rows = [
            [
                [TextBlock(format_date(c.date), s.cell)],
                self._contribution_cell(c),
                [TextBlock(format_minutes(c.minutes), s.cell_money)],
            ]
            for c in group.entries
        ]
        look = RowTableLook(padding=4 if s.large_print else 3, header_fill=HEADER_FILL, rule=RULE)
        return RowTable(
            header,
            rows,
            [width * f for f in fractions],
            look,
            # Only a row that could be taller than a page may split between its lines.
            splittable=[_long(c) for c in group.entries],
        )

    # -- the rest -----------------------------------------------------------------------------
    def _skills(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        if not doc.skills:
            return []
        rows = [
            [skill.skill, f"{skill.count:,} contribution{'s' if skill.count != 1 else ''}"]
            for skill in doc.skills
        ]
        return [
            CondPageBreak(30 * mm),
            TextBlock("Skills", s.heading),
            TextBlock("The skills I named in my contributions, most used first.", s.small),
            self.rows_table(["Skill", "Used in"], rows, (0.65, 0.35), right_columns=(1,)),
        ]

    def _training(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        blocks: list[Flowable] = [CondPageBreak(30 * mm), TextBlock("Training", s.heading)]
        if not doc.training:
            return [*blocks, TextBlock("No training recorded in this period.", s.body)]
        rows = [
            [format_date(t.date), t.title, t.provider, t.hours and f"{t.hours} h"]
            for t in doc.training
        ]
        fractions = (0.2, 0.4, 0.26, 0.14) if s.large_print else (0.16, 0.46, 0.26, 0.12)
        blocks.append(
            self.rows_table(
                ["Date", "Course", "Provider", "Hours"], rows, fractions, right_columns=(3,)
            )
        )
        return blocks

    def _testimonials(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        blocks: list[Flowable] = [CondPageBreak(30 * mm), TextBlock("Testimonials", s.heading)]
        if not doc.testimonials:
            return [*blocks, TextBlock("No testimonials recorded in this period.", s.body)]
        for item in doc.testimonials:
            quote = TextBlock(f"“{clean_text(item.quote)}”", replace(s.body, space_before=4.0))
            who = clean_text(item.attribution).strip()
            source = f"— {who}, {format_date(item.date)}" if who else f"— {format_date(item.date)}"
            blocks.append(quote)
            blocks.append(TextBlock(source, replace(s.small, space_after=4.0)))
        return blocks

    def _at_a_glance(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        if not doc.hours_by_year:
            return []
        blocks: list[Flowable] = [
            CondPageBreak(90 * mm),
            TextBlock("Hours at a glance", s.heading),
            TextBlock(
                f"All time given (preparation, contact, travel and follow-up): "
                f"{hours_words(doc.total_minutes)} over {doc.contribution_count:,} "
                "contributions. Each bar is labelled with its hours.",
                s.body,
            ),
            TextBlock("Hours by year", s.subheading),
            self._year_chart(),
            CondPageBreak(s.body.leading * 6),
            TextBlock("Hours by organisation", s.subheading),
        ]
        most = max((o.minutes for o in doc.hours_by_organisation), default=1)
        for org in doc.hours_by_organisation:
            blocks.append(_HoursBar(org.organisation, org.minutes, most, s.cell))
        rows = [
            [str(r.year), r.organisation, f"{r.count:,}", hours_text(r.minutes)]
            for r in doc.hours_by_year_and_organisation
        ]
        blocks += [
            CondPageBreak(s.body.leading * 6),
            TextBlock("Hours by year and organisation", s.subheading),
            self.rows_table(
                ["Year", "Organisation", "Contributions", "Hours"],
                rows,
                (0.14, 0.5, 0.18, 0.18) if not s.large_print else (0.14, 0.4, 0.26, 0.2),
                right_columns=(2, 3),
            ),
        ]
        return blocks

    def _year_chart(self) -> Flowable:
        """Hours by year as bars, every bar labelled with its hours."""
        s = self.styles
        years = self.doc.hours_by_year
        size = s.cell.size
        plot_w = self.content_width() - size * 3.2 - 6
        if len(years) * size * 3 > plot_w:
            # Too many years for upright figures under upright bars: a bar a row instead, so
            # no year or figure is ever written on its side.
            most = max((y.minutes for y in years), default=1)
            rows: list[Flowable] = [_HoursBar(str(y.year), y.minutes, most, s.cell) for y in years]
            return KeepTogether([*rows, Spacer(1, 2 * mm)])
        height = (95 if s.large_print else 62) * mm
        return KeepTogether([_YearBars(years, s.cell, height), Spacer(1, 2 * mm)])


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


class _YearBars(Flowable):
    """Vertical bars of hours by year, drawn on the canvas.

    Drawn directly rather than with ReportLab's chart classes, whose import alone costs a
    portfolio run a twentieth of a second. Labels are years and figures only (digits the
    first font always has), so no member text reaches the chart.
    """

    def __init__(self, years: Sequence[YearHours], style: TextStyle, height: float) -> None:
        super().__init__()
        self.years = list(years)
        self.style = style
        self.chart_height = height
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.chart_height
        return self.width, self.height

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        font, size = style.chain()[0], style.size
        get_font(font)
        left, bottom = size * 3.2, size * 2.4
        plot_w = self.width - left - 6
        plot_h = self.height - bottom - size * 2.2
        hours = [y.minutes / 60 for y in self.years]
        step = nice_step(max(hours, default=0.0))
        top = step * max(math.ceil(max(hours, default=0.0) / step), 1)
        count = max(len(self.years), 1)
        band = plot_w / count
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.5)
        # The value axis: a line, ticks and figures.
        canvas.line(left, bottom, left, bottom + plot_h)
        value = 0.0
        while value <= top + step / 1000:
            y = bottom + plot_h * value / top
            canvas.line(left - 4, y, left, y)
            canvas.drawRightString(left - 6, y - size * 0.35, f"{value:g}")
            value += step
        # The year axis: a line and a tick between years.
        canvas.line(left, bottom, left + plot_w, bottom)
        for index in range(count + 1):
            canvas.line(left + band * index, bottom, left + band * index, bottom - 4)
        turn_years = count * size * 2.6 > plot_w
        turn_figures = count * size * 3 > plot_w
        label_size = size if self.style.large_print else size * 0.9
        canvas.setFillColor(BAR_FILL)
        bar_w = band * 0.6
        for index, amount in enumerate(hours):
            x = left + band * index + (band - bar_w) / 2
            canvas.rect(x, bottom, bar_w, plot_h * amount / top, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        for index, (row, amount) in enumerate(zip(self.years, hours, strict=True)):
            middle = left + band * index + band / 2
            bar_top = bottom + plot_h * amount / top
            canvas.setFont(font, size)
            if turn_years:
                _turned(canvas, middle + size * 0.35, bottom - 6, str(row.year), right=True)
            else:
                canvas.drawCentredString(middle, bottom - size * 1.3, str(row.year))
            canvas.setFont(font, label_size)
            figure = f"{amount:.1f}"
            if turn_figures:
                _turned(canvas, middle + label_size * 0.35, bar_top + size * 0.6, figure)
            else:
                canvas.drawCentredString(middle, bar_top + size * 0.6, figure)
        canvas.restoreState()


def _turned(canvas: Any, x: float, y: float, text: str, *, right: bool = False) -> None:
    """Text turned to read upwards from (x, y); `right` ends it there instead."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.rotate(90)
    if right:
        canvas.drawRightString(0, 0, text)
    else:
        canvas.drawString(0, 0, text)
    canvas.restoreState()


def _long(c: Contribution) -> bool:
    """Could this contribution's row be taller than a page? (A page holds about 1,500
    characters of a contribution cell even in large print.)"""
    return len(c.title) + len(c.described) + len(c.impact) + len(c.feedback) > LONG_ROW_CHARS


def render_portfolio_pdf(doc: PortfolioDocument) -> bytes:
    """The portfolio as PDF bytes. Raises UserError (before any layout) if some text has
    characters no shipped font can draw."""
    check_portfolio_renderable(doc)
    return PortfolioRenderer(doc).render()
