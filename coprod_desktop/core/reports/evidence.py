"""The member's evidence pack PDF: hours paid, declined and unpaid by organisation and tax
year, the value of the time, payment lateness, the timeline of terms changes and what they
cost, described level against the member's judgement, and power-sharing. (A group's pack is
`core.reports.group_evidence`, which borrows this renderer's tables.)

Figures come in finished (`EvidenceFigures`); nothing here computes a fee. Member text (names,
role titles, descriptions) is only ever drawn through TextBlock, never parsed as markup; very
long text is cut in a table and given in full once, below the tables.

Large print (`large_print=True`) uses the shared large-print styles of `DocumentRenderer`
(16 pt everywhere, Atkinson Hyperlegible Next first), charts included. A table whose columns
cannot all hold their words and figures at 16 pt is printed as two narrower tables, each
repeating its first column; no figure is left out or cut.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.evidence_views import EvidenceFigures, Hours
from coprod_desktop.core.domain.formatting import grouped, hours_minutes
from coprod_desktop.core.domain.kinds import Level
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.reports.base import LARGE_MIN, DocumentInfo, DocumentRenderer
from coprod_desktop.core.reports.chart_years import UK_YEAR_START, axis_years
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.evidence_charts import (
    FONT,
    LARGE_FONT,
    lateness_chart,
    stacked_hours_chart,
)
from coprod_desktop.core.reports.fonts import find_unrenderable
from coprod_desktop.core.reports.text import TextBlock, clean_text

#: A table cell longer than this shows its start and points to the full text at the end.
CELL_LIMIT = 300
CELL_SHOWN = 120
#: Charts show at most this many bars; the tables list every row.
CHART_ROWS = 15
#: Rows of the described-versus-judged table; rarer descriptions are added up in one row.
DESCRIBED_ROWS = 12
#: Entries "in members' own words" shown in the PDF (the latest first).
OWN_WORDS_ROWS = 40
#: A large-print table of at most this many rows is kept on one page.
SHORT_TABLE_ROWS = 8
#: A chart taller than this share of a page's frame is drawn in parts.
CHART_PAGE_SHARE = 0.7

#: Columns of a table in large print: each part is one table of (column, share of the width);
#: the first column is repeated in every part so each part reads on its own.
Parts = Sequence[Sequence[tuple[int, float]]]
#: Hours by organisation or tax year in normal print: each hours column holds "32,073h 57m"
#: on one line (hours are written "h m" everywhere).
HOURS_COLUMNS = [0.2, 0.13, 0.13, 0.12, 0.12, 0.15, 0.15]
#: Hours by organisation or tax year in large print: the hours, then the money.
HOURS_LARGE: Parts = (
    ((0, 0.28), (1, 0.18), (2, 0.18), (3, 0.18), (4, 0.18)),
    ((0, 0.4), (5, 0.3), (6, 0.3)),
)


def evidence_texts(f: EvidenceFigures) -> list[tuple[str, str]]:
    """Every piece of member text the pack draws, with where it is, for the font check."""
    fields = [("the member's name", f.member_name)]
    for o in f.by_organisation:
        fields.append((f"organisation {o.code}", f"{o.code} {o.name}"))
    for c in f.terms_changes:
        fields.append((f"the role at {c.organisation_code}", c.role))
        fields.append((f"the source of a change at {c.organisation_code}", c.source))
    for o in f.claims.overdue_list:
        fields.append(("an overdue claim number", o.number))
    for level in f.levels:
        fields.append(("a described level", level.described))
    for w in f.own_words:
        fields.append((f"an activity at {w.organisation_code}", f"{w.title} {w.impact}"))
    return fields


def check_evidence_renderable(f: EvidenceFigures) -> None:
    fields = evidence_texts(f)
    problems = find_unrenderable(text for _, text in fields)
    if not problems:
        return
    first = problems[0]
    raise UserError(
        f"The evidence pack cannot show '{first.character}' ({first.codepoint} "
        f"{first.char_name.title()}) in {fields[first.text_index][0]}: no font in the app has "
        "it (emoji are not supported); remove or replace it and try again.",
        fields[first.text_index][0],
    )


class EvidenceRenderer(DocumentRenderer):
    def __init__(
        self,
        figures: EvidenceFigures,
        *,
        progress: Progress = no_progress,
        large_print: bool = False,
        year_start: tuple[int, int] = UK_YEAR_START,
    ) -> None:
        self.f = figures
        self.year_start = year_start
        self.progress = progress
        title = "Evidence pack"
        name = clean_text(figures.member_name).replace("\n", " ")[:120]
        super().__init__(
            DocumentInfo(
                title=title,
                author=name,
                subject="Hours, value, payment lateness, terms changes and power-sharing",
                keywords="evidence, involvement, co-production, hours, payments",
                created=figures.today,
            ),
            large_print=large_print,
        )
        self._notes: list[str] = []

    # -- helpers ----------------------------------------------------------------------------
    def money(self, amount: Money) -> str:
        return amount.display(self.f.currency_symbol)

    def cell_text(self, value: str) -> str:
        text = clean_text(value).replace("\n", " ")
        if len(text) <= CELL_LIMIT:
            return text
        if text in self._notes:
            n = self._notes.index(text) + 1
        else:
            self._notes.append(text)
            n = len(self._notes)
        return f"{text[:CELL_SHOWN]}… (in full in note {n} at the end)"

    def org_label(self, code: str, name: str) -> str:
        return self.cell_text(f"{name} ({code})")

    def footer_text(self) -> str:
        name = clean_text(self.f.member_name).replace("\n", " ")[:80]
        return f"{self.info.title} · {name}" if name else self.info.title

    def heading(self, text: str) -> list[Flowable]:
        room = (60 if self.large_print else 45) * mm
        return [CondPageBreak(room), TextBlock(text, self.styles.heading)]

    def chart_font(self) -> float:
        """Chart words: 16 pt in large print, like every other word of the pack."""
        return LARGE_MIN if self.large_print else 8.0

    def chart_font_name(self) -> str:
        return LARGE_FONT if self.large_print else FONT

    def frame_height(self) -> float:
        """The height of the frame on pages after the first (the smaller one)."""
        return self.page_size[1] - self.margin_top - self.header_height() - self.margin_bottom

    def columns_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        fractions: Sequence[float],
        large: Parts,
        *,
        right_columns: Sequence[int] = (),
        footer_rows: int = 0,
    ) -> list[Flowable]:
        """One table with `fractions` of the width; in large print, the tables `large` gives
        (the same rows, the columns shared out so each holds its words at 16 pt), a short
        one kept on one page."""
        if not self.large_print:
            return [
                self.table(
                    header, rows, fractions, right_columns=right_columns, footer_rows=footer_rows
                )
            ]
        out: list[Flowable] = []
        for number, part in enumerate(large):
            columns = [column for column, _ in part]
            if number:
                out.append(Spacer(1, 3 * mm))
            table = self.table(
                [header[c] for c in columns],
                [[row[c] for c in columns] for row in rows],
                [share for _, share in part],
                right_columns=tuple(i for i, c in enumerate(columns) if c in right_columns),
                footer_rows=footer_rows,
            )
            # A short table stays on one page: at 16 pt, a row or two carried over alone is
            # far from its header and the rest.
            out.append(KeepTogether([table]) if len(rows) <= SHORT_TABLE_ROWS else table)
        return out

    def chart(
        self,
        caption: str,
        draw: Callable[[Sequence[Any], Sequence[Any]], Drawing],
        rows: Sequence[Any],
    ) -> list[Flowable]:
        """A caption and its chart, kept together. A chart taller than most of a page (many
        rows in large print) is drawn in parts, each with its legend, the later ones
        captioned as continued, all on one scale.
        `draw(rows, all_rows)` draws some rows measured against all of them."""
        style = self.styles.body_bold
        drawing = draw(rows, rows)
        parts = math.ceil(drawing.height / (CHART_PAGE_SHARE * self.frame_height()))
        if parts <= 1:
            return [KeepTogether([TextBlock(caption, style), drawing])]
        per = math.ceil(len(rows) / parts)
        return [
            KeepTogether(
                [
                    TextBlock(caption if not start else f"{caption} (continued)", style),
                    draw(rows[start : start + per], rows),
                ]
            )
            for start in range(0, len(rows), per)
        ]

    def _tax_year_chart(self) -> list[Flowable]:
        """Hours by tax year: every year from the first to the last on the axis, empty ones
        included, and a part year marked in its label and told in a note with its dates."""
        f, s = self.f, self.styles
        if not any(y.hours.total_minutes for y in f.by_tax_year):
            return []
        hours = {y.tax_year: y.hours for y in f.by_tax_year}
        axis = axis_years(
            list(hours),
            date_from=f.date_from,
            date_to=f.date_to,
            today=f.today,
            year_start=self.year_start,
        )
        shown = axis[-CHART_ROWS:]
        years = []
        for year in shown:
            h = hours.get(year.label)
            paid, declined, unpaid = (
                (h.paid_minutes, h.declined_minutes, h.unpaid_minutes) if h else (0, 0, 0)
            )
            years.append((year.axis_label, paid, declined, unpaid))
        out: list[Flowable] = [Spacer(1, 3 * mm)]
        out += self.chart("Hours by tax year, paid, declined and unpaid", self.hours_chart, years)
        notes = [
            f"{y.label} is a part year: the figures cover {format_date(y.first)} to "
            f"{format_date(y.last)}."
            for y in shown
            if y.part and y.first <= y.last
        ]
        if len(axis) > CHART_ROWS:
            notes.append(f"The chart shows the latest {CHART_ROWS} tax years.")
        out += [TextBlock(note, s.small) for note in notes]
        return out

    def hours_chart(self, rows: Sequence[Any], measure: Sequence[Any]) -> Drawing:
        return stacked_hours_chart(
            rows,
            self.content_width(),
            font_size=self.chart_font(),
            font=self.chart_font_name(),
            measure=measure,
        )

    def days_chart(self, rows: Sequence[Any], measure: Sequence[Any]) -> Drawing:
        return lateness_chart(
            rows,
            self.content_width(),
            font_size=self.chart_font(),
            font=self.chart_font_name(),
            measure=measure,
        )

    # -- the story ----------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        self._notes = []
        steps = (
            self._summary,
            self._hours,
            self._lateness,
            self._terms,
            self._levels,
            self._power,
            self._own_words,
        )
        story: list[Flowable] = []
        for done, step in enumerate(steps):
            self.progress(done, len(steps) + 1)
            story += step()
        if self._notes:
            story += self.heading("Full text of long entries")
            for n, text in enumerate(self._notes, 1):
                story.append(TextBlock(f"Note {n}", self.styles.body_bold))
                story.append(TextBlock(text, self.styles.body))
        self.progress(len(steps), len(steps) + 1)
        return story

    def _summary(self) -> list[Flowable]:
        f, s = self.f, self.styles
        title = self.info.title
        if f.member_name.strip():
            title = f"{title}: {self.cell_text(f.member_name)}"
        out: list[Flowable] = [TextBlock(title, s.title)]
        period = (
            f"{format_date(f.date_from) or 'the first record'} to "
            f"{format_date(f.date_to) or 'the latest record'}"
        )
        facts = [f"Period: {period}. Figures as of {format_date(f.today)}."]
        if f.organisation_code:
            facts.append(f"Organisation: {f.organisation_code} only.")
        if f.reference_rate is not None:
            facts.append(
                f"Value of time: every minute (preparation, contact, travel, follow-up) at my "
                f"reference rate of {self.money(f.reference_rate)} an hour."
            )
        out += [TextBlock(" ".join(facts), s.body), Spacer(1, 3 * mm)]
        h = f.hours
        c = f.claims
        rows = [
            ["Hours in total", hours_minutes(h.total_minutes)],
            ["Hours paid", hours_minutes(h.paid_minutes)],
            ["Hours where I declined the fee", hours_minutes(h.declined_minutes)],
            ["Hours unpaid by the organisation", hours_minutes(h.unpaid_minutes)],
            ["Value of the time", self.money(h.value_of_time)],
            ["Value of the unpaid time", self.money(h.unpaid_value)],
            ["Value of the time where I declined the fee", self.money(h.declined_value)],
            ["Fees earned", self.money(h.fees_earned)],
            ["Fees received (fee part of payments in the period)", self.money(f.fees_received)],
        ]
        if f.unallocated_received.pence:
            rows.append(
                [
                    "Money received without a claim (fee part not known)",
                    self.money(f.unallocated_received),
                ]
            )
        if f.carer_minutes:
            rows.append(["Of the hours, as a carer", hours_minutes(f.carer_minutes)])
        if f.on_behalf_minutes:
            rows.append(["Of the hours, on someone's behalf", hours_minutes(f.on_behalf_minutes)])
        rows += [
            ["Claims submitted", grouped(c.submitted)],
            ["Claims paid in full", grouped(c.paid)],
            ["Claims overdue today", grouped(c.overdue)],
            ["Median days to pay", _days(c.median_days_to_pay)],
            ["Worst days late", grouped(c.worst_days_late)],
            ["Claims chased (chasing letters sent)", f"{grouped(c.chased)} ({grouped(c.chasers)})"],
            ["Cost of re-classifications and lower terms", self.money(f.reclassification_cost)],
        ]
        out += self.columns_table(
            ["Figure", "Amount"], rows, (0.7, 0.3), [[(0, 0.62), (1, 0.38)]], right_columns=(1,)
        )
        return out

    def _hours_cells(self, h: Hours) -> list[str]:
        return [
            hours_minutes(h.total_minutes),
            hours_minutes(h.paid_minutes),
            hours_minutes(h.declined_minutes),
            hours_minutes(h.unpaid_minutes),
            self.money(h.fees_earned),
            self.money(h.unpaid_value),
        ]

    def _hours(self) -> list[Flowable]:
        f, s = self.f, self.styles
        out = self.heading("Hours by organisation")
        if not f.by_organisation:
            return [*out, TextBlock("No activities in this period.", s.body)]
        header = [
            "Organisation",
            "Hours",
            "Paid",
            "Declined",
            "Unpaid",
            "Fees earned",
            "Unpaid value",
        ]
        fractions = HOURS_COLUMNS
        large = HOURS_LARGE
        rows = [
            [self.org_label(o.code, o.name), *self._hours_cells(o.hours)] for o in f.by_organisation
        ]
        rows.append(["All organisations", *self._hours_cells(f.hours)])
        right = tuple(range(1, len(header)))
        out += self.columns_table(
            header, rows, fractions, large, right_columns=right, footer_rows=1
        )
        out.append(Spacer(1, 3 * mm))
        chart_rows = [
            (o.code, o.hours.paid_minutes, o.hours.declined_minutes, o.hours.unpaid_minutes)
            for o in f.by_organisation[:CHART_ROWS]
            if o.hours.total_minutes
        ]
        if chart_rows:
            out += self.chart(
                "Hours by organisation, paid, declined and unpaid", self.hours_chart, chart_rows
            )
            if len(f.by_organisation) > CHART_ROWS:
                out.append(
                    TextBlock(
                        f"The chart shows the {CHART_ROWS} organisations with the most hours; the "
                        "table lists them all.",
                        s.small,
                    )
                )

        out += self.heading("Hours by tax year")
        rows = [[y.tax_year, *self._hours_cells(y.hours)] for y in f.by_tax_year]
        rows.append(["All years", *self._hours_cells(f.hours)])
        out += self.columns_table(
            ["Tax year", "Hours", "Paid", "Declined", "Unpaid", "Fees earned", "Unpaid value"],
            rows,
            HOURS_COLUMNS,
            HOURS_LARGE,
            right_columns=(1, 2, 3, 4, 5, 6),
            footer_rows=1,
        )
        out += self._tax_year_chart()
        if f.by_organisation_and_year and len(f.by_organisation) > 1:
            out += self.heading("Hours by organisation and tax year")
            names = {o.code: o.name for o in f.by_organisation}
            rows = [
                [
                    self.org_label(y.organisation_code, names.get(y.organisation_code, "")),
                    y.tax_year,
                    *self._hours_cells(y.hours)[:4],
                ]
                for y in sorted(
                    f.by_organisation_and_year, key=lambda y: (y.organisation_code, y.tax_year)
                )
            ]
            out += self.columns_table(
                ["Organisation", "Tax year", "Hours", "Paid", "Declined", "Unpaid"],
                rows,
                [0.36, 0.14, 0.125, 0.125, 0.125, 0.125],
                [[(0, 0.25), (1, 0.145), (2, 0.145), (3, 0.145), (4, 0.16), (5, 0.155)]],
                right_columns=(2, 3, 4, 5),
            )
        return out

    def _lateness(self) -> list[Flowable]:
        f, s = self.f, self.styles
        c = f.claims
        out = self.heading("Payment lateness")
        if not c.submitted:
            return [*out, TextBlock("No claims were submitted in this period.", s.body)]
        out.append(
            TextBlock(
                f"{c.submitted} claims submitted, {c.paid} paid in full, {c.overdue} overdue "
                f"today. Median days to pay: {_days(c.median_days_to_pay)} (over the paid "
                f"claims), against a median of {_days(c.median_promised_days)} days promised. "
                f"Worst: {c.worst_days_late} days late.",
                s.body,
            )
        )
        out.append(Spacer(1, 2 * mm))
        header = [
            "Organisation",
            "Submitted",
            "Paid",
            "Overdue",
            "Median days to pay",
            "Days promised",
            "Worst days late",
        ]
        rows = [
            [
                self.org_label(o.code, o.name),
                grouped(o.claims.submitted),
                grouped(o.claims.paid),
                grouped(o.claims.overdue),
                _days(o.claims.median_days_to_pay),
                _days(o.claims.median_promised_days),
                grouped(o.claims.worst_days_late),
            ]
            for o in f.by_organisation
            if o.claims.submitted
        ]
        out += self.columns_table(
            header,
            rows,
            [0.28, 0.11, 0.08, 0.1, 0.14, 0.14, 0.15],
            [
                [(0, 0.4), (1, 0.2), (2, 0.2), (3, 0.2)],
                [(0, 0.4), (4, 0.2), (5, 0.2), (6, 0.2)],
            ],
            right_columns=(1, 2, 3, 4, 5, 6),
        )
        chart_rows = [
            (
                o.code,
                o.claims.median_days_to_pay or Decimal(0),
                o.claims.median_promised_days,
                o.claims.worst_days_late,
            )
            for o in f.by_organisation
            if o.claims.submitted
        ][:CHART_ROWS]
        out.append(Spacer(1, 3 * mm))
        out += self.chart(
            "Median days to pay against the days promised", self.days_chart, chart_rows
        )
        if c.overdue_list:
            out += self.heading("Overdue claims")
            show_numbers = any(o.number for o in c.overdue_list)
            rows = []
            for o in c.overdue_list:
                row = [
                    self.org_label(o.organisation_code, o.organisation_name),
                    format_date(o.due_date),
                    grouped(o.days_late),
                    self.money(o.outstanding),
                ]
                if show_numbers:
                    row.insert(0, self.cell_text(o.number))
                rows.append(row)
            header = ["Organisation", "Due date", "Days late", "Outstanding"]
            fractions = [0.46, 0.18, 0.14, 0.22]
            large: Parts = [[(0, 0.4), (1, 0.2), (2, 0.16), (3, 0.24)]]
            if show_numbers:
                header.insert(0, "Claim")
                fractions = [0.2, 0.36, 0.16, 0.12, 0.16]
                # A claim number is one long word: its column needs a third of the page.
                large = [[(0, 0.34), (1, 0.41), (2, 0.25)], [(0, 0.34), (3, 0.3), (4, 0.36)]]
            out += self.columns_table(
                header,
                rows,
                fractions,
                large,
                right_columns=tuple(range(len(header) - 2, len(header))),
            )
        return out

    def _terms(self) -> list[Flowable]:
        f, s = self.f, self.styles
        out = self.heading("Changes to the terms of my roles")
        if not f.terms_changes:
            return [*out, TextBlock("No terms changed in this period.", s.body)]
        lowered = [c for c in f.terms_changes if c.lowered]
        if lowered:
            earned = sum((c.earned for c in lowered), Money.zero())
            old = sum((c.old_terms_fees for c in lowered), Money.zero())
            count = sum(c.activities_affected for c in lowered)
            out.append(
                TextBlock(
                    f"{_changes(len(lowered))} re-classified a role or lowered its fees. The "
                    f"{count} activities done since under the new terms earned "
                    f"{self.money(earned)}; under the terms before the change they would have "
                    f"earned {self.money(old)}. Cost: {self.money(f.reclassification_cost)}.",
                    s.body,
                )
            )
            out.append(Spacer(1, 2 * mm))
        rows = []
        for c in f.terms_changes:
            what = self.org_label(c.organisation_code, c.organisation_name)
            if c.role.strip():
                what += f"\n{self.cell_text(c.role)}"
            if c.source.strip():
                what += f"\nSource: {self.cell_text(c.source)}"
            change = f"From: {c.before.text}\nTo: {c.after.text}"
            if c.reclassified:
                change = "Re-classified. " + change
            cost = self.money(c.cost) if c.lowered else "none"
            rows.append(
                [format_date(c.date), what, change, f"{cost}\n({c.activities_affected} activities)"]
            )
        out += self.columns_table(
            [
                "Date",
                "Organisation and role",
                "Change",
                "Cost to me",
            ],
            rows,
            [0.14, 0.28, 0.40, 0.18],
            [[(0, 0.17), (1, 0.27), (2, 0.36), (3, 0.2)]],
            right_columns=(3,),
        )
        return out

    def _levels(self) -> list[Flowable]:
        f, s = self.f, self.styles
        out = self.heading("How the work was described, and how I judged it")
        if not f.levels:
            return [*out, TextBlock("No activities in this period.", s.body)]
        out.append(
            TextBlock(
                f"{f.overstated} activities were described by the organisation as more than "
                "the judgement of the member who did them (for example called co-production "
                "when it was consultation). Rows: the organisation's description; columns: "
                "the member's own judgement on the ladder.",
                s.body,
            )
        )
        out.append(Spacer(1, 2 * mm))
        columns = [lv.value for lv in Level] + [""]
        totals: dict[str, dict[str, int]] = {}
        for c in f.levels:
            totals.setdefault(c.described, {})
            totals[c.described][c.judged] = totals[c.described].get(c.judged, 0) + c.count
        ordered = sorted(totals, key=lambda d: (-sum(totals[d].values()), d))
        shown, rest = ordered[:DESCRIBED_ROWS], ordered[DESCRIBED_ROWS:]
        rows = []
        for described in shown:
            counts = totals[described]
            rows.append(
                [
                    self.cell_text(described) if described else "(not recorded)",
                    *[grouped(counts.get(col, 0)) for col in columns],
                    grouped(sum(counts.values())),
                ]
            )
        if rest:
            merged: dict[str, int] = {}
            for d in rest:
                for col, n in totals[d].items():
                    merged[col] = merged.get(col, 0) + n
            rows.append(
                [
                    f"{len(rest)} other descriptions",
                    *[grouped(merged.get(col, 0)) for col in columns],
                    grouped(sum(merged.values())),
                ]
            )
        header = [
            "Described as",
            "Informed",
            "Consulted",
            "Involved",
            "Co-\ndesigned",
            "Co-\nproduced",
            "Led by\nus",
            "Not\njudged",
            "Total",
        ]
        out += self.columns_table(
            header,
            rows,
            [0.24] + [0.104] * 5 + [0.08] * 3,
            [
                [(0, 0.3), (1, 0.175), (2, 0.175), (3, 0.175), (4, 0.175)],
                [(0, 0.3), (5, 0.175), (6, 0.175), (7, 0.175), (8, 0.175)],
            ],
            right_columns=tuple(range(1, 9)),
        )
        return out

    def _power(self) -> list[Flowable]:
        f, s = self.f, self.styles
        # A short section: start it on a new page rather than leave one row over.
        out: list[Flowable] = [
            CondPageBreak((130 if self.large_print else 80) * mm),
            TextBlock("Power-sharing checks", s.heading),
        ]
        days = sum(n for _, n in f.power.papers_days_ahead)
        if days:
            out.append(
                TextBlock(
                    f"Papers arrived a median of {_days(f.power.papers_days_median)} days ahead "
                    f"(recorded for {days} activities).",
                    s.body,
                )
            )
            out.append(Spacer(1, 2 * mm))
        rows = []
        for p in f.power.checks:
            answered = p.yes + p.no + p.unsure
            share = (
                f"{(Decimal(p.yes) * 100 / answered).quantize(Decimal(1))}%" if answered else "–"
            )
            rows.append(
                [
                    p.label,
                    grouped(p.yes),
                    grouped(p.no),
                    grouped(p.unsure),
                    grouped(p.not_recorded),
                    share,
                ]
            )
        out += self.columns_table(
            ["Check", "Yes", "No", "Not sure", "Not recorded", "Yes of answered"],
            rows,
            [0.4, 0.1, 0.1, 0.12, 0.14, 0.14],
            [[(0, 0.33), (1, 0.1), (2, 0.09), (3, 0.12), (4, 0.18), (5, 0.18)]],
            right_columns=(1, 2, 3, 4, 5),
        )
        return out

    def _own_words(self) -> list[Flowable]:
        f = self.f
        if not f.own_words:
            return []
        out = self.heading("In my own words")
        latest = sorted(f.own_words, key=lambda w: w.date, reverse=True)[:OWN_WORDS_ROWS]
        rows = [
            [
                format_date(w.date),
                self.cell_text(w.organisation_code),
                self.cell_text(w.title),
                self.cell_text(w.impact or w.feedback),
            ]
            for w in latest
        ]
        out += self.columns_table(
            ["Date", "Organisation", "Activity", "What changed"],
            rows,
            [0.14, 0.14, 0.32, 0.40],
            [[(0, 0.17), (1, 0.22), (2, 0.27), (3, 0.34)]],
        )
        if len(f.own_words) > OWN_WORDS_ROWS:
            out.append(
                TextBlock(
                    f"The latest {OWN_WORDS_ROWS} of {len(f.own_words)} entries; the bundles "
                    "hold them all.",
                    self.styles.small,
                )
            )
        return out


def _changes(count: int) -> str:
    return "1 change" if count == 1 else f"{count} changes"


def _days(value: Decimal | None) -> str:
    return "–" if value is None else grouped(value, None)


def render_evidence_pdf(
    figures: EvidenceFigures,
    *,
    progress: Progress = no_progress,
    large_print: bool = False,
    year_start: tuple[int, int] = UK_YEAR_START,
) -> bytes:
    """The evidence pack as PDF bytes (in large print if asked). Raises UserError first if
    some member text has characters no shipped font can draw (large print falls back to the
    same fonts, so the one check serves both)."""
    check_evidence_renderable(figures)
    renderer = EvidenceRenderer(
        figures, progress=progress, large_print=large_print, year_start=year_start
    )
    pdf = renderer.render()
    progress(1, 1)
    return pdf


__all__ = ["EvidenceRenderer", "check_evidence_renderable", "render_evidence_pdf"]
