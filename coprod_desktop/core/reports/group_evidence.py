"""The group evidence pack PDF: the case per organisation on the opening page, then the detail,
each table titled by the question it answers.

Figures come in finished (`GroupFigures`, from `core.services.group_evidence`): nothing here
adds up, merges or withholds; it says in words what the figures show and, at the end, what was
merged or left out so that no member can be picked out. The group speaks of itself as
"members" ("declined by members", "led by members"), never "me" or "us".

Shared with the member's evidence pack: the page, the styles (large print too), the tables that
split into narrower ones at 16 pt, and the handling of member text (never parsed as markup).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.group_views import JUDGED_GROUPS, GroupFigures, OrgCase
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.reports.base import DocumentInfo, DocumentRenderer
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.evidence import EvidenceRenderer, Parts
from coprod_desktop.core.reports.fonts import find_unrenderable
from coprod_desktop.core.reports.text import TextBlock

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SOURCE_WORDS = {
    "letter": ("letter", "letters"),
    "email": ("email", "emails"),
    "meeting": ("meeting", "meetings"),
    "other": ("other document", "other documents"),
    "not said": ("not said", "not said"),
}
_DESCRIBED_WORDS = {
    "co-production": "Co-production",
    "co-design": "Co-design",
    "involvement": "Involvement",
    "engagement": "Engagement",
    "consultation": "Consultation",
    "information": "Information",
    "other": "Other words",
    "": "Not recorded",
    "other descriptions": "Other descriptions",
}


def group_hours(minutes: int) -> str:
    """Hours as the member's documents write them, with thousands marked: "48,292.08".

    A small formatter of this module's own until the shared number-format module lands; the
    lead may fold it in there."""
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{hours:,}"


def percent(part: int, whole: int) -> str:
    if not whole:
        return "–"
    share = (Decimal(part) * 100 / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{share}%"


def month_words(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.year}"


def months_words(first: date, last: date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return month_words(first)
    return f"{month_words(first)} to {month_words(last)}"


def _days(value: Decimal | None) -> str:
    return "–" if value is None else format(value.normalize(), "f")


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _sources(pairs: Sequence[tuple[str, int]]) -> str:
    return ", ".join(
        _plural(n, *_SOURCE_WORDS.get(kind, (kind, kind)))
        if kind != "not said"
        else f"{n} not said"
        for kind, n in pairs
    )


def check_group_renderable(g: GroupFigures) -> None:
    fields = [(f"organisation {c.code}", f"{c.code} {c.name}") for c in g.cases]
    fields += [
        (f"an activity at {w.organisation_code}", f"{w.title} {w.impact} {w.feedback}")
        for w in g.own_words
    ]
    problems = find_unrenderable(text for _, text in fields)
    if problems:
        first = problems[0]
        raise UserError(
            f"The group pack cannot show '{first.character}' ({first.codepoint} "
            f"{first.char_name.title()}) in {fields[first.text_index][0]}: no font in the app "
            "has it (emoji are not supported); ask the member for a bundle without it.",
            "bundle",
        )


class GroupEvidenceRenderer(EvidenceRenderer):
    """The group pack. It borrows the member pack's table and heading helpers; its story and
    words are its own."""

    def __init__(
        self, figures: GroupFigures, *, progress: Progress = no_progress, large_print: bool = False
    ) -> None:
        self.g = figures
        self.group = True
        self.progress = progress
        DocumentRenderer.__init__(
            self,
            DocumentInfo(
                title="Group evidence pack",
                author="",
                subject="The case per organisation: re-classifications, lateness, and how "
                "work was described against members' judgement",
                keywords="group evidence, involvement, co-production, advocacy",
                created=figures.period_end or date(2000, 1, 1),
            ),
            large_print=large_print,
        )
        self._notes = []

    def money(self, amount: Money) -> str:
        return amount.display(self.g.currency_symbol)

    def footer_text(self) -> str:
        return self.info.title

    def org_name(self, case: OrgCase) -> str:
        return "Other organisations" if case.merged else self.org_label(case.code, case.name)

    # -- the story ------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        self._notes = []
        steps = (
            self._opening,
            self._hours_table,
            self._lateness_table,
            self._overdue_table,
            self._changes_table,
            self._levels_tables,
            self._power_table,
            self._words,
            self._withheld,
        )
        story: list[Flowable] = []
        for done, step in enumerate(steps):
            self.progress(done, len(steps) + 1)
            story += step()
        if self._notes:
            story += self.heading("Full text of long entries")
            for n, text in enumerate(self._notes, 1):
                story += [
                    TextBlock(f"Note {n}", self.styles.body_bold),
                    TextBlock(text, self.styles.body),
                ]
        self.progress(len(steps), len(steps) + 1)
        return story

    def _period(self) -> str:
        g = self.g
        if g.period_start is None or g.period_end is None:
            return "Period: no figures fall in the dates asked for."
        text = f"Period: {format_date(g.period_start)} to {format_date(g.period_end)}"
        if g.asked_from or g.asked_to:
            start = format_date(g.asked_from) or "the start"
            asked = f"{start} to {format_date(g.asked_to) or 'the end'}"
            text += (
                f" (asked for {asked}; members' bundles keep figures by tax year, so whole "
                "tax years are counted)"
            )
        else:
            text += " (whole tax years: members' bundles keep figures by tax year)"
        return text + "."

    def _opening(self) -> list[Flowable]:
        g, s = self.g, self.styles
        facts = [
            f"Combined from {g.members} members' anonymised evidence bundles.",
            self._period(),
        ]
        if g.organisations_asked:
            facts.append(f"Organisations asked for: {', '.join(g.organisations_asked)}.")
        out: list[Flowable] = [
            TextBlock("Group evidence pack", s.title),
            TextBlock(" ".join(facts), s.body),
            Spacer(1, 2 * mm),
            TextBlock("The case, organisation by organisation (largest harm first)", s.heading),
        ]
        cases = [c for c in g.cases if not c.merged]
        if not cases:
            out.append(TextBlock("No organisation is named by 3 or more members.", s.body))
        for case in cases:
            out.append(KeepTogether(self._case_block(case)))
        if g.withheld:
            out.append(
                TextBlock(
                    f"To protect members, {_plural(len(g.withheld), 'figure')} "
                    "standing for fewer than 3 members "
                    f"{'is' if len(g.withheld) == 1 else 'are'} merged or left out: see the "
                    "last page.",
                    s.small,
                )
            )
        # The case stands on its own: the detail starts on a page of its own.
        out.append(PageBreak())
        return out

    def _case_block(self, c: OrgCase) -> list[Flowable]:
        s = self.styles
        lines = [
            f"{c.affected} of {self.g.members} members affected"
            + (
                f" ({c.reclassified_members} re-classified or paid less, {c.late_members} paid "
                f"late, {c.overstated_members} whose work was described as more than it was)"
                if c.affected
                else ""
            )
            + f"; {c.members} of {self.g.members} members worked with it."
        ]
        for ch in c.changes:
            lines.append(
                f"{months_words(ch.first_month, ch.last_month)}: "
                f"{'re-classified' if ch.reclassified else 'terms changed'} from {ch.before} to "
                f"{ch.after}, for {ch.members} members (source: {_sources(ch.sources)}). "
                f"Cost to them at the old terms: {self.money(ch.cost)} over "
                f"{_plural(ch.activities, 'activity', 'activities')}."
            )
        if c.median_days_to_pay is not None:
            lines.append(
                f"Days to pay: median {_days(c.median_days_to_pay)} days against "
                f"{_days(c.median_promised_days)} promised; the longest wait "
                f"{c.worst_days_to_pay} days. {c.overdue} claims overdue today."
            )
        elif c.submitted:
            lines.append(
                f"{c.submitted} claims submitted; too few members were paid to show days to pay."
            )
        if c.called_coproduction and c.called_members >= 3:
            lines.append(
                f"Work it called co-production or co-design: {c.called_coproduction} activities; "
                f"members judged {c.called_judged_consultation} of them "
                f"({percent(c.called_judged_consultation, c.called_coproduction)}) as "
                "consultation or less."
            )
        return [
            Spacer(1, 2 * mm),
            TextBlock(self.org_name(c), s.body_bold),
            *[TextBlock(f"•  {line}", s.body) for line in lines],
        ]

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
                group_hours(c.hours.paid_minutes),
                group_hours(c.hours.declined_minutes),
                group_hours(c.hours.unpaid_minutes),
                self.money(c.hours.fees_earned),
                self.money(c.hours.unpaid_value),
            ]
            for c in g.cases
        ]
        h = g.hours
        rows.append(
            [
                "All shown",
                str(g.members),
                group_hours(h.total_minutes),
                group_hours(h.paid_minutes),
                group_hours(h.declined_minutes),
                group_hours(h.unpaid_minutes),
                self.money(h.fees_earned),
                self.money(h.unpaid_value),
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
            "as worth); declined work is not in it."
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
                _days(c.median_days_to_pay),
                _days(c.median_promised_days),
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
            rows.append([self.org_name(c), str(c.overdue), self.money(c.outstanding), band_text])
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
                _sources(ch.sources),
                f"{self.money(ch.cost)}\n({_plural(ch.activities, 'activity', 'activities')})",
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
                    [_DESCRIBED_WORDS.get(row.described, row.described), *cells, str(row.total)]
                )
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

    def _withheld(self) -> list[Flowable]:
        s = self.styles
        out = self.heading("How this pack protects members")
        out.append(
            TextBlock(
                "No member can be picked out from this pack or from the bundles it was made "
                "from: they hold no names, contacts, notes, claim numbers, rates or words of "
                "members' own (unless a member chose to share them), no claim's own date or "
                "amount, and no date finer than the month. Every figure stands for 3 or more "
                "members; where one would not, it is merged or left out, as follows.",
                s.body,
            )
        )
        for sentence in self.g.withheld or ("Nothing needed to be merged or left out.",):
            out.append(TextBlock(f"•  {sentence}", s.body))
        return out


def render_group_pdf(
    figures: GroupFigures, *, progress: Progress = no_progress, large_print: bool = False
) -> bytes:
    """The group pack as PDF bytes (in large print if asked)."""
    check_group_renderable(figures)
    pdf = GroupEvidenceRenderer(figures, progress=progress, large_print=large_print).render()
    progress(1, 1)
    return pdf
