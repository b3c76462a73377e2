"""The group pack's detail: each table titled by the question it answers, each figure defined
under the table that uses it. A part of `GroupEvidenceRenderer`, kept apart so each module
reads in one sitting.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from coprod_desktop.core.domain.group_views import JUDGED_GROUPS, GroupFigures, OrgCase
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.reports.evidence import EvidenceRenderer, Parts
from coprod_desktop.core.reports.group_evidence_words import (
    DESCRIBED_WORDS,
    days_text,
    group_hours,
    month_words,
    months_words,
    percent,
    plural,
    sources_text,
)
from coprod_desktop.core.reports.text import TextBlock


class GroupDetail(EvidenceRenderer):
    """The detail tables of the group pack (the opening page is the renderer's own)."""

    g: GroupFigures

    def money(self, amount: Money) -> str:
        return amount.display(self.g.currency_symbol)

    def footer_text(self) -> str:
        return self.info.title

    def org_name(self, case: OrgCase) -> str:
        return "Other organisations" if case.merged else self.org_label(case.code, case.name)

    # -- the story ------------------------------------------------------------------------
    def _define(self, text: str) -> list[Flowable]:
        return [Spacer(1, 1.5 * mm), TextBlock(text, self.styles.small)]

    def _hours_table(self) -> list[Flowable]:
        g = self.g
        out = self.heading("Who worked with each organisation, and for how many hours?")
        rows = [
            [
                self.org_name(c),
                str(c.members),
                group_hours(c.hours.total_minutes),
                _or_star(c, "paid", group_hours(c.hours.paid_minutes)),
                _or_star(c, "declined", group_hours(c.hours.declined_minutes)),
                _or_star(c, "unpaid", group_hours(c.hours.unpaid_minutes)),
                _or_star(c, "fees_earned", self.money(c.hours.fees_earned)),
                _or_star(c, "unpaid_value", self.money(c.hours.unpaid_value)),
            ]
            for c in g.cases
        ]
        h = g.hours

        def total(name: str, text: str) -> str:
            # A total less the rows shown would give back a figure left out: left out too.
            return "*" if any(c.hides(name) for c in g.cases) else text

        rows.append(
            [
                "All shown",
                str(g.members),
                group_hours(h.total_minutes),
                total("paid", group_hours(h.paid_minutes)),
                total("declined", group_hours(h.declined_minutes)),
                total("unpaid", group_hours(h.unpaid_minutes)),
                total("fees_earned", self.money(h.fees_earned)),
                total("unpaid_value", self.money(h.unpaid_value)),
            ]
        )
        large: Parts = [
            [(0, 0.28), (1, 0.18), (2, 0.18), (3, 0.18), (4, 0.18)],
            [(0, 0.28), (5, 0.18), (6, 0.27), (7, 0.27)],
        ]
        out += self.columns_table(
            [
                "Organisation",
                "Members",
                "Hours",
                "Paid",
                "Declined by members",
                "Unpaid",
                "Fees earned",
                "Unpaid value",
            ],
            rows,
            [0.2, 0.1, 0.1, 0.1, 0.11, 0.1, 0.14, 0.15],
            large,
            right_columns=tuple(range(1, 8)),
            footer_rows=1,
        )
        out += self._define(
            "Hours: all the time members gave (preparation, contact, travel, follow-up). Paid: "
            "work with a fee. Declined by members: work whose fee a member chose not to take. "
            "Unpaid: work whose terms gave no fee. Unpaid value: the unpaid hours valued at "
            "each member's own reference hourly rate (what they count an hour of their time "
            "as worth); declined work is not in it. '*': a figure only 1 or 2 members add to, "
            "left out, and the total of its column with it."
        )
        return out

    def _lateness_table(self) -> list[Flowable]:
        cases = [c for c in self.g.cases if c.submitted]
        out = self.heading("How long did each organisation take to pay?")
        if not cases:
            return [*out, TextBlock("No claims were submitted in this period.", self.styles.body)]
        rows = [
            [
                self.org_name(c),
                str(c.paid_members),
                str(c.submitted),
                str(c.paid),
                days_text(c.median_days_to_pay),
                days_text(c.median_promised_days),
                "–" if c.worst_days_to_pay is None else str(c.worst_days_to_pay),
            ]
            for c in cases
        ]
        out += self.columns_table(
            [
                "Organisation",
                "Members paid",
                "Claims",
                "Paid",
                "Median days to pay",
                "Days promised",
                "Longest wait (days)",
            ],
            rows,
            [0.28, 0.1, 0.1, 0.08, 0.15, 0.13, 0.16],
            [[(0, 0.4), (1, 0.2), (2, 0.2), (3, 0.2)], [(0, 0.4), (4, 0.2), (5, 0.2), (6, 0.2)]],
            right_columns=tuple(range(1, 7)),
        )
        out += self._define(
            "Median days to pay: from submitting a claim to the payment that completed it. "
            "Bundles hold no claim's own dates, so each member's median for a tax year is "
            "counted once for every claim it stands for. Days promised: the median of what the "
            "terms promised. Longest wait: the most days any member waited for a claim. Shown "
            "only where 3 or more members had a claim paid."
        )
        return out

    def _overdue_table(self) -> list[Flowable]:
        cases = [c for c in self.g.cases if c.submitted]
        if not cases:
            return []
        out = self.heading(
            "How many claims are unpaid past their due date, and how late were claims?"
        )
        rows = []
        for c in cases:
            bands = [b for b in c.bands if b.claims] or []
            band_text = (
                "; ".join(f"{b.label}: {b.claims}" for b in bands) or "not shown (too few members)"
            )
            rows.append(
                [
                    self.org_name(c),
                    _or_star(c, "overdue", str(c.overdue)),
                    _or_star(c, "overdue", self.money(c.outstanding)),
                    band_text,
                ]
            )
        out += self.columns_table(
            ["Organisation", "Overdue today", "Still owed", "Claims by days late (paid or not)"],
            rows,
            [0.26, 0.12, 0.16, 0.46],
            [[(0, 0.34), (1, 0.22), (2, 0.44)], [(0, 0.34), (3, 0.66)]],
            right_columns=(1, 2),
        )
        out += self._define(
            "Overdue: not fully paid and past its due date (submitted date plus the days "
            "promised) today. Still owed: the total not yet paid on the overdue claims. Days "
            "late: from the due date to the payment that completed the claim, or to today if "
            "unpaid. No claim's own date or amount is shown."
        )
        return out

    def _changes_table(self) -> list[Flowable]:
        s = self.styles
        out = self.heading("Which changes of terms did members report, and what did they cost?")
        changes = [ch for c in self.g.cases for ch in c.changes]
        if not changes:
            return [
                *out,
                TextBlock("No change of terms was reported by 3 or more members.", s.body),
            ]
        rows = [
            [
                self.org_label(ch.code, ch.name),
                months_words(ch.first_month, ch.last_month),
                f"{'Re-classified: ' if ch.reclassified else ''}{ch.before} → {ch.after}",
                str(ch.members),
                sources_text(ch.sources),
                f"{self.money(ch.cost)}\n({plural(ch.activities, 'activity', 'activities')})",
            ]
            for ch in changes
        ]
        out += self.columns_table(
            ["Organisation", "When", "Change", "Members", "Source", "Re-classification cost"],
            rows,
            [0.19, 0.13, 0.25, 0.11, 0.13, 0.19],
            [[(0, 0.3), (1, 0.3), (2, 0.4)], [(0, 0.3), (3, 0.2), (4, 0.22), (5, 0.28)]],
            right_columns=(3, 5),
        )
        out += self._define(
            "Re-classification cost: what the activities done under the new terms would have "
            "earned under the terms before the change, less what they earned, at the "
            "organisation's own old rates. It differs from unpaid value, which values unpaid "
            "time at members' own reference rates, over all their unpaid work. Changes of the "
            "same kind at one organisation within a month of each other are one row; the "
            "source counts the kinds of document members received (letter, email, meeting)."
        )
        return out

    def _levels_tables(self) -> list[Flowable]:
        out = self.heading(
            "How did each organisation describe the work, and how did members judge it?"
        )
        header = ["Described as", *[name for name, _ in JUDGED_GROUPS], "Total"]
        for c in self.g.cases:
            if not c.levels:
                continue
            rows = []
            for row in c.levels:
                cells = ["*" if n is None else f"{n} ({percent(n, row.total)})" for n in row.cells]
                rows.append(
                    [DESCRIBED_WORDS.get(row.described, row.described), *cells, str(row.total)]
                )
            # The organisation's name stays with (the start of) its table.
            out.append(CondPageBreak((50 if self.large_print else 30) * mm))
            out.append(TextBlock(self.org_name(c), self.styles.body_bold))
            out += self.columns_table(
                header,
                rows,
                [0.19, 0.15, 0.12, 0.16, 0.13, 0.13, 0.12],
                [
                    [(0, 0.3), (1, 0.24), (2, 0.22), (3, 0.24)],
                    [(0, 0.3), (4, 0.24), (5, 0.22), (6, 0.24)],
                ],
                right_columns=tuple(range(1, 7)),
            )
            out.append(Spacer(1, 3 * mm))
        out += self._define(
            "Rows: how the organisation described the work; columns: the judgement of the member "
            "who did it, with the share of the row. '*': fewer than 3 members, left out of the "
            "cell (the total still counts it)."
        )
        return out

    def _power_table(self) -> list[Flowable]:
        p = self.g.power
        out = self.heading("Did members share power in the room?")
        rows = []
        for check in p.checks:
            answered = check.yes + check.no + check.unsure
            rows.append(
                [
                    check.label,
                    str(check.yes),
                    str(check.no),
                    str(check.unsure),
                    str(check.not_recorded),
                    percent(check.yes, answered),
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

    def _words(self) -> list[Flowable]:
        words = sorted(self.g.own_words, key=lambda w: w.date, reverse=True)[:40]
        if not words:
            return []
        out = self.heading("In members' own words (shared by their choice)")
        rows = [
            [
                month_words(w.date),
                self.cell_text(w.organisation_code),
                self.cell_text(w.title),
                self.cell_text(w.impact or w.feedback),
            ]
            for w in words
        ]
        out += self.columns_table(
            ["Month", "Organisation", "Activity", "What changed"],
            rows,
            [0.16, 0.14, 0.3, 0.4],
            [[(0, 0.2), (1, 0.22), (2, 0.25), (3, 0.33)]],
        )
        return out


def _or_star(case: OrgCase, name: str, text: str) -> str:
    """The figure, or "*" when only 1 or 2 members add to it."""
    return "*" if case.hides(name) else text
