"""The portfolio's short forms: the highlights listing and the one-page summary.

Kept apart from `portfolio` (the renderer and the full listing) so each stays small. Both are
built from what `portfolio_builder` chose; nothing here decides what is private.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from coprod_desktop.core.domain.formatting import count, grouped, hours_minutes
from coprod_desktop.core.reports.base import HEADER_FILL, RULE
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.portfolio_data import Contribution, YearOrganisationTotals
from coprod_desktop.core.reports.row_table import RowTable, RowTableLook
from coprod_desktop.core.reports.text import TextBlock, clean_text

if TYPE_CHECKING:
    from coprod_desktop.core.reports.portfolio import PortfolioRenderer

#: The summary page's budgets, tried in turn until the page holds everything: (highlights,
#: characters of about me, roles, characters of each highlight's impact, skills, characters
#: of a name or title). The last ones are for names and titles far longer than real ones.
SUMMARY_BUDGETS = (
    (5, 900, 6, 220, 8, 120),
    (4, 600, 5, 160, 6, 120),
    (3, 420, 4, 120, 5, 120),
    (3, 300, 3, 100, 4, 120),
    (3, 220, 2, 80, 3, 120),
    (3, 140, 2, 0, 3, 80),
    (3, 0, 1, 0, 2, 40),
)
#: Large print starts lower: three times the area a line of normal print takes. Its taller
#: footer leaves less room, so before a highlight loses its impact (what a panel reads for),
#: "about me" and the roles give way.
LARGE_PRINT_BUDGETS = (
    *SUMMARY_BUDGETS[2:5],
    (3, 140, 2, 60, 3, 80),
    (3, 0, 2, 60, 2, 60),
    (3, 0, 1, 40, 2, 40),
    *SUMMARY_BUDGETS[5:],
)


def totals_text(t: YearOrganisationTotals) -> str:
    """A year's work for one organisation in one line: "142 contributions · 310h 20m ·
    £3,120.00 in fees"."""
    parts = [count(t.count, "contribution"), hours_minutes(t.minutes)]
    if t.fees.pence:
        parts.append(f"{t.fees.display()} in fees")
    return " · ".join(parts)


def highlights_intro(r: PortfolioRenderer) -> str:
    doc = r.doc
    shown, available = len(doc.highlights), doc.highlights_available
    rolled = (
        " Each year and organisation is rolled up into a line of totals (contributions, hours, "
        "fees), so every contribution is counted."
    )
    if doc.highlights_basis == "recent":
        return (
            f"Of my {count(doc.contribution_count, 'contribution')} in this period, none is "
            "marked as a highlight or has its impact or feedback recorded, so the "
            f"{grouped(shown)} most recent are shown, most recent first.{rolled}"
        )
    if doc.highlights_basis == "marked":
        what = f"{count(available, 'contribution')} I marked as highlights"
    else:
        what = f"{count(available, 'contribution')} with impact or feedback"
    capped = f"; the {grouped(shown)} most recent are shown" if shown < available else ", all shown"
    return (
        f"Of my {count(doc.contribution_count, 'contribution')} in this period: {what}{capped}, "
        f"most recent first.{rolled}"
    )


def highlights_section(r: PortfolioRenderer) -> list[Flowable]:
    """Year by year, most recent first: each organisation's line of totals, then the
    highlights of that year with it."""
    doc, s = r.doc, r.styles
    if not doc.year_totals:
        return []
    blocks: list[Flowable] = [
        CondPageBreak(50 * mm),
        TextBlock("Highlights, year by year", s.heading),
        TextBlock(highlights_intro(r), s.small),
    ]
    by_key: dict[tuple[int, str], list[Contribution]] = {}
    for c in doc.highlights:
        by_key.setdefault((c.date.year, c.organisation), []).append(c)
    for year, lines in groupby(doc.year_totals, key=lambda t: t.year):
        blocks.append(CondPageBreak(s.heading.leading * 5))
        blocks.append(TextBlock(str(year), replace(s.heading, space_before=8.0, space_after=0.0)))
        for totals in lines:
            entries = by_key.get((year, totals.organisation), [])
            # The totals line keeps its first highlight (or the next line) with it.
            blocks.append(CondPageBreak(s.body.leading * (6 if entries else 3)))
            blocks.append(
                TextBlock(
                    totals.organisation, replace(s.body_bold, space_before=4.0, space_after=0.0)
                )
            )
            blocks.append(TextBlock(totals_text(totals), replace(s.small, space_after=2.0)))
            if entries:
                blocks.append(highlight_table(r, entries))
    return blocks


def highlight_table(r: PortfolioRenderer, entries: Sequence[Contribution]) -> RowTable:
    s = r.styles
    width = r.content_width()
    fractions = (0.25, 0.57, 0.18) if s.large_print else (0.15, 0.72, 0.13)
    header = [
        [TextBlock("Date", s.cell_bold)],
        [TextBlock("Highlight", s.cell_bold)],
        [TextBlock("Time", s.cell_money_bold)],
    ]
    rows = [
        [
            [TextBlock(format_date(c.date), s.cell)],
            r.contribution_cell(c, facts=[c.kind]),
            [TextBlock(hours_minutes(c.minutes), s.cell_money)],
        ]
        for c in entries
    ]
    look = RowTableLook(padding=4 if s.large_print else 3, header_fill=HEADER_FILL, rule=RULE)
    from coprod_desktop.core.reports.portfolio import row_may_outgrow_page

    return RowTable(
        header,
        rows,
        [width * f for f in fractions],
        look,
        splittable=[row_may_outgrow_page(c) for c in entries],
    )


# -- the one-page summary ----------------------------------------------------------------------
def summary_story(r: PortfolioRenderer, budget: Sequence[int]) -> list[Flowable]:
    """One page: who I am, about me, roles, totals, top skills, three to five highlights."""
    doc, s = r.doc, r.styles
    most_highlights, about_chars, most_roles, impact_chars, most_skills, name_chars = budget
    name = clean_text(doc.name).strip()
    who = [_cut(clean_text(doc.preferred_name), name_chars), _cut(clean_text(doc.pronouns), 40)]
    story: list[Flowable] = [
        TextBlock("Portfolio of involvement: summary", s.small),
        TextBlock(_cut(name, name_chars), s.title),
    ]
    lines = []
    if who[0]:
        lines.append(f"Known as {who[0]}")
    if who[1]:
        lines.append(f"Pronouns: {who[1]}")
    from coprod_desktop.core.reports.portfolio import period_text

    lines.append(period_text(doc))
    if clean_text(doc.organisation).strip():
        lines.append(f"With {_cut(clean_text(doc.organisation), name_chars)}")
    story.append(TextBlock(" · ".join(lines), s.body))
    statement = clean_text(doc.statement).strip()
    if statement and about_chars:
        story += [_heading(r, "About me"), TextBlock(_cut(statement, about_chars), s.body)]
    if doc.roles and most_roles:
        story.append(_heading(r, "Roles held"))
        roles = sorted(doc.roles, key=lambda role: role.start, reverse=True)
        for role in roles[:most_roles]:
            until = str(role.end.year) if role.end else "now"
            story.append(
                TextBlock(
                    f"{_cut(clean_text(role.role), name_chars)}, "
                    f"{_cut(clean_text(role.organisation), name_chars)}"
                    f" ({role.start.year} to {until})",
                    s.body,
                )
            )
        if len(roles) > most_roles:
            story.append(TextBlock(f"and {count(len(roles) - most_roles, 'more role')}", s.small))
    story += [_heading(r, "In numbers"), _numbers(r)]
    if doc.skills and most_skills:
        skills = " · ".join(_cut(clean_text(k.skill), 40) for k in doc.skills[:most_skills])
        story += [_heading(r, "Top skills"), TextBlock(skills, s.body)]
    if doc.highlights:
        story.append(_heading(r, "Highlights"))
        for c in doc.highlights[:most_highlights]:
            story.append(
                TextBlock(
                    f"{_cut(clean_text(c.title), name_chars)}",
                    replace(s.body_bold, space_before=3.0),
                )
            )
            story.append(
                TextBlock(
                    f"{format_date(c.date)} · {_cut(clean_text(c.organisation), name_chars)}",
                    s.small,
                )
            )
            impact = clean_text(c.impact).strip()
            if impact and impact_chars:
                story.append(TextBlock(f"Impact: {_cut(impact, impact_chars)}", s.body))
    return story


def _numbers(r: PortfolioRenderer) -> Flowable:
    """The totals: a grid in normal print; one sentence in large print, where a grid would
    take the room of two highlights."""
    doc, s = r.doc, r.styles
    years = [y.year for y in doc.hours_by_year]
    facts = [
        ("Contributions", grouped(doc.contribution_count)),
        ("Time given", hours_minutes(doc.total_minutes)),
        ("Organisations", grouped(len(doc.hours_by_organisation))),
    ]
    if years:
        facts.append(("Years", f"{years[0]} to {years[-1]}"))
    if doc.total_fees is not None and doc.total_fees.pence:
        facts.append(("Fees earned", doc.total_fees.display()))
    if s.large_print:
        words = {
            "Contributions": "{} contributions",
            "Organisations": "{} organisations",
            "Fees earned": "{} in fees",
        }
        parts = [words.get(label, "{}").format(value) for label, value in facts]
        return TextBlock(" · ".join(parts), s.body)
    width = r.content_width()
    columns = 3
    cells = [[TextBlock(label, s.small), TextBlock(value, s.body_bold)] for label, value in facts]
    data = []
    for start in range(0, len(cells), columns):
        row: list[object] = list(cells[start : start + columns])
        data.append(row + [""] * (columns - len(row)))
    table = Table(data, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _heading(r: PortfolioRenderer, text: str) -> TextBlock:
    return TextBlock(text, replace(r.styles.heading, space_before=6.0, space_after=1.0))


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters, ending at a word with an ellipsis: the summary is one
    page, and the full text is in the other forms."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.")
    return f"{cut}…"
