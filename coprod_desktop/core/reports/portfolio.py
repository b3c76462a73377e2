"""The portfolio PDF: about me, roles held, contributions (by organisation or by theme) with
impact and feedback, skills, training, testimonials, and hours at a glance with charts.

Speed: a portfolio of ten years may hold thousands of contributions. Each contribution is one
row of a `RowTable` (fixed column widths, each row measured once, split between rows without
measuring again) with two text blocks (title; details). On 1,000 contributions this takes less
than half the time ReportLab's Table took for the same rows (see `row_table`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from coprod_desktop.core.domain.formatting import count, grouped, hours_minutes
from coprod_desktop.core.reports.base import (
    HEADER_FILL,
    RULE,
    DocumentInfo,
    DocumentRenderer,
)
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.portfolio_charts import (
    HoursBar,
    YearBars,
    hours_words,
    nice_step,
    year_labels,
)
from coprod_desktop.core.reports.portfolio_data import (
    Contribution,
    ContributionGroup,
    PortfolioDocument,
)
from coprod_desktop.core.reports.portfolio_forms import (
    LARGE_PRINT_BUDGETS,
    SUMMARY_BUDGETS,
    highlights_section,
    summary_story,
)
from coprod_desktop.core.reports.renderable import check_renderable
from coprod_desktop.core.reports.row_table import RowTable, RowTableLook
from coprod_desktop.core.reports.text import TextBlock, clean_text

#: Organisations' bars kept on one page with their heading when there are at most this many.
KEEP_BARS = 12
#: A page object in ReportLab's output (not the page tree, "/Pages").
_PAGE_OBJECT = re.compile(rb"/Type /Page\b(?!s)")
#: A contribution with more text than this may be split inside its row (see `row_may_outgrow_page`).
LONG_ROW_CHARS = 1200


def period_text(doc: PortfolioDocument) -> str:
    if doc.period_start is None:
        return f"Everything on record up to {format_date(doc.period_end)}"
    return f"{format_date(doc.period_start)} to {format_date(doc.period_end)}"


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
    entries = [c for group in doc.groups for c in group.entries] + list(doc.highlights)
    fields += [("an organisation's name", group.title) for group in doc.groups]
    fields += [("an organisation's name", t.organisation) for t in doc.year_totals]
    for c in entries:
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


class PortfolioRenderer(DocumentRenderer):
    """Lays out one portfolio; see `render_portfolio_pdf`."""

    def __init__(self, doc: PortfolioDocument) -> None:
        self.doc = doc
        self.summary_budget = SUMMARY_BUDGETS[0]
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

    def render(self) -> bytes:
        """The summary form is one page: it is laid out with the roomiest budget first and
        trimmed (fewer highlights, shorter texts) until it fits."""
        if self.doc.form != "summary":
            return super().render()
        data = b""
        for budget in LARGE_PRINT_BUDGETS if self.large_print else SUMMARY_BUDGETS:
            self.summary_budget = budget
            data = super().render()
            if len(_PAGE_OBJECT.findall(data)) <= 1:
                break
        return data

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
        if doc.form == "summary":
            return summary_story(self, self.summary_budget)
        story: list[Flowable] = []
        story += self._cover()
        story += self._about()
        story += self._roles()
        if doc.form == "highlights":
            story += highlights_section(self)
        else:
            story += self._contributions()
        story += self._skills()
        if doc.training is not None:
            story += self._training()
        if doc.testimonials is not None:
            story += self._testimonials()
        story += self._at_a_glance()
        if not doc.contribution_count:
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
                f"{count(doc.contribution_count, 'contribution')}, "
                f"{hours_words(doc.total_minutes)}, "
                f"with {count(len(doc.hours_by_organisation), 'organisation')}"
                + (
                    f", {doc.total_fees.display()} in fees"
                    if doc.total_fees is not None and doc.total_fees.pence
                    else ""
                ),
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
            blocks.append(CondPageBreak(s.heading.leading * 4))
            # Both lines are headings: they keep the table's first row on their page.
            blocks.append(TextBlock(group.title, s.subheading))
            blocks.append(
                TextBlock(
                    f"{count(len(group.entries), 'contribution')}, {hours_words(group.minutes)}",
                    replace(s.small, keep_with_next=True),
                )
            )
            blocks.append(self._contribution_table(group))
        return blocks

    def contribution_cell(self, c: Contribution, facts: list[str] | None = None) -> list[TextBlock]:
        """The title in bold, then one block of details: two text blocks a row, not five,
        because laying text out is most of the time a long portfolio takes. The level labels
        are in `c` only when the member asked for them (see `portfolio_builder`)."""
        s = self.styles
        if facts is None:
            facts = [c.kind if self.doc.group_by == "organisation" else c.organisation]
        if c.level:
            facts.append(f"My judgement of its level: {c.level}")
        described = clean_text(c.described).strip()
        if described:
            facts.append(f"Described by them as: {described}")
        if c.attended_as:
            facts.append(c.attended_as.capitalize())
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
        fractions = (0.25, 0.57, 0.18) if s.large_print else (0.15, 0.72, 0.13)
        header = [
            [TextBlock("Date", s.cell_bold)],
            [TextBlock("Contribution", s.cell_bold)],
            [TextBlock("Time", s.cell_money_bold)],
        ]
        rows = [
            [
                [TextBlock(format_date(c.date), s.cell)],
                self.contribution_cell(c),
                [TextBlock(hours_minutes(c.minutes), s.cell_money)],
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
            splittable=[row_may_outgrow_page(c) for c in group.entries],
        )

    # -- the rest -----------------------------------------------------------------------------
    def _skills(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        if not doc.skills:
            return []
        rows = [[skill.skill, count(skill.count, "contribution")] for skill in doc.skills]
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
            [format_date(t.date), t.title, t.provider, t.hours and _training_hours(t.hours)]
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
                f"{hours_words(doc.total_minutes)} over "
                f"{count(doc.contribution_count, 'contribution')}. "
                "Each bar is labelled with its hours.",
                s.body,
            ),
            # Each chart's heading stays on the page with its chart.
            KeepTogether(
                [
                    TextBlock("Hours by year", s.subheading),
                    self._year_chart(),
                ]
            ),
        ]
        most = max((o.minutes for o in doc.hours_by_organisation), default=1)
        bars: list[Flowable] = [
            TextBlock("Hours by organisation", s.subheading),
            *(
                HoursBar(org.organisation, org.minutes, most, s.cell)
                for org in doc.hours_by_organisation
            ),
        ]
        # A short list stays on one page with its heading; a long one splits between bars,
        # its heading kept with the first few.
        if len(bars) <= KEEP_BARS + 1:
            blocks.append(KeepTogether(bars))
        else:
            blocks += [KeepTogether(bars[:4]), *bars[4:]]
        if doc.form == "highlights":
            return blocks  # each year and organisation already has its line of totals
        rows = [
            [str(r.year), r.organisation, grouped(r.count), hours_minutes(r.minutes)]
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
        height = (95 if s.large_print else 62) * mm
        doc = self.doc
        labels = year_labels(
            [y.year for y in doc.hours_by_year],
            doc.period_start or doc.first_contribution,
            doc.period_end,
        )
        chart = YearBars(doc.hours_by_year, s.cell, height, labels)
        if not chart.fits(self.content_width()):
            # Too many years for upright labels side by side (decades, or large print): a
            # bar a row instead, so every year is still shown, whole and upright.
            most = max((y.minutes for y in doc.hours_by_year), default=1)
            return KeepTogether(
                [
                    HoursBar(" ".join(p for p in label if p), y.minutes, most, s.cell)
                    for y, label in zip(doc.hours_by_year, labels, strict=True)
                ]
            )
        return KeepTogether([chart, Spacer(1, 2 * mm)])


def _training_hours(hours: str) -> str:
    """A course's hours ("6.5", as recorded) in the one style for time: "6h 30m"."""
    return hours_minutes(int((Decimal(hours) * 60).to_integral_value()))


def row_may_outgrow_page(c: Contribution) -> bool:
    """Could this contribution's row be taller than a page? (A page holds about 1,500
    characters of a contribution cell even in large print.)"""
    return len(c.title) + len(c.described) + len(c.impact) + len(c.feedback) > LONG_ROW_CHARS


def render_portfolio_pdf(doc: PortfolioDocument) -> bytes:
    """The portfolio as PDF bytes. Raises UserError (before any layout) if some text has
    characters no shipped font can draw."""
    check_portfolio_renderable(doc)
    return PortfolioRenderer(doc).render()


# Moved to `portfolio_charts`; still importable from here for code written before the move.
__all__ = [
    "PortfolioRenderer",
    "check_portfolio_renderable",
    "hours_words",
    "nice_step",
    "period_text",
    "portfolio_texts",
    "render_portfolio_pdf",
]
